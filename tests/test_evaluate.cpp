// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/evaluate.hpp>

#include <grantkpi/json.hpp>

#include "../bench/corpus.hpp"

#include "support/printers.hpp"
#include "support/random_report.hpp"

#include "support/seed.hpp"
#include "support/values.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// Hand-calculated figures of the seed report (examples/data/sapporo_fy2022.txt, Sapporo
// city; its JSON form examples/data/sapporo_fy2022.json), each with its calculation, and the
// edge cases of docs/evaluation.md on small hand-built KPIs.

using namespace grantkpi;
using testing::c;
using testing::d;
using testing::e;

namespace {

const Report& seed() {
    return testing::seed_report();
}

const ReportEvaluation& seed_evaluation() {
    static const ReportEvaluation evaluation = evaluate(seed());
    return evaluation;
}

// Projects of the seed in document order: R1 [0] UIJ ターンによる..., [1] UIJ ターン新規就業...,
// [2] 外国人の活躍..., R2 [0] デジタル技術..., [1] いしかり..., R4 [0] 地域のデジタル改革...
const ProjectEvaluation& seed_project(std::size_t round, std::size_t project) {
    return seed_evaluation().rounds.at(round).projects.at(project);
}
const ProjectEvaluation& uij_return() {
    return seed_project(0, 0);
}
const ProjectEvaluation& uij_new_job() {
    return seed_project(0, 1);
}
const ProjectEvaluation& foreign() {
    return seed_project(0, 2);
}
const ProjectEvaluation& digital() {
    return seed_project(1, 0);
}
const ProjectEvaluation& ishikari() {
    return seed_project(1, 1);
}
const ProjectEvaluation& smart_city() {
    return seed_project(3, 0);
}

const KpiYearEvaluation& year_of(const KpiEvaluation& kpi, int year) {
    for (const auto& y : kpi.years) {
        if (y.year == FiscalYear{year}) {
            return y;
        }
    }
    FAIL("no year " << year);
    throw;
}

Observation none() {
    return Observation::not_set();
}

std::string rounded(const std::optional<Ratio>& ratio) {
    return ratio ? ratio->rounded.to_string() : std::string("none");
}

Kpi make_kpi(std::initializer_list<std::pair<int, Observation>> plan,
             std::initializer_list<std::pair<int, Observation>> actual,
             Direction direction = Direction::increase,
             Accumulation accumulation = Accumulation::level, Baseline baseline = {}) {
    Kpi kpi;
    kpi.number = 1;
    kpi.title = "kpi";
    kpi.unit = Unit::from_label("件");
    kpi.direction = direction;
    kpi.accumulation = accumulation;
    kpi.baseline = baseline;
    for (const auto& [year, cell] : plan) {
        kpi.plan.values.push_back(PeriodValue{FiscalYear{year}, cell});
    }
    for (const auto& [year, cell] : actual) {
        kpi.actual.values.push_back(PeriodValue{FiscalYear{year}, cell});
    }
    return kpi;
}

// A one-KPI-year KPI: plan and actual for R1.
Kpi single_year(const char* plan, const char* actual, Direction direction = Direction::increase,
                Baseline baseline = {}) {
    return make_kpi({{2019, c(plan)}}, {{2019, c(actual)}}, direction, Accumulation::level,
                    baseline);
}

Project make_project(std::vector<Kpi> kpis, const char* budget = "1000",
                     Fraction share = Fraction{1, 2}) {
    Project project;
    project.name = "project";
    project.budget = Money{d(budget)};
    project.national_share = share;
    project.first_fiscal_year = FiscalYear{2019};
    project.last_fiscal_year = FiscalYear{2021};
    project.kpis = std::move(kpis);
    return project;
}

} // namespace

TEST_SUITE_BEGIN("evaluate");

// ------------------------------------------------------------------ seed: KPI-years

TEST_CASE("seed: KPI ① of the first project (窓口を利用した...就職内定件数) in R1 and R3") {
    const KpiEvaluation& kpi = uij_return().kpis.at(0);
    const auto& r1 = year_of(kpi, 2019);
    CHECK(r1.plan == c("150"));
    CHECK(r1.actual == c("136"));
    CHECK(r1.met == false);               // 136 < 150
    CHECK(rounded(r1.ratio) == "0.9067"); // 136 / 150 = 0.90666... -> 0.9067
    CHECK(r1.ratio->value == doctest::Approx(0.906667).epsilon(1e-6));
    CHECK(rounded(r1.progress) == "0.5333"); // (136 - 120) / (150 - 120) = 16 / 30
    CHECK_FALSE(r1.provisional);

    const auto& r3 = year_of(kpi, 2021);
    CHECK(r3.met == true);                   // 212 >= 170
    CHECK(rounded(r3.ratio) == "1.2471");    // 212 / 170 = 1.247058... -> 1.2471
    CHECK(rounded(r3.progress) == "1.8400"); // (212 - 120) / (170 - 120) = 92 / 50

    CHECK(kpi.latest_year == FiscalYear{2021}); // R3, the last column with both values
    CHECK(kpi.verdict == Verdict::met);
    CHECK_FALSE(kpi.provisional);
    CHECK(kpi.latest_confirmed_year == FiscalYear{2021});
    CHECK(kpi.latest_confirmed_met == true);
    CHECK_FALSE(kpi.running_total); // a level KPI has no running total
    CHECK(kpi.effect == EffectRating::target_reached);
}

TEST_CASE("seed: KPI ② of the first project: progress from the plan row's baseline") {
    // 当初値 700 (plan row) vs 916 (actual row); R1 plan 800, actual 1,111. Progress is
    // measured from 700, the origin of the plan: (1111 - 700) / (800 - 700) = 411 / 100 = 4.11.
    // (From 916 it would be 195 / -116: a planned rise read as a fall.)
    const KpiEvaluation& kpi = uij_return().kpis.at(1);
    CHECK(rounded(year_of(kpi, 2019).progress) == "4.1100");
    CHECK(rounded(year_of(kpi, 2019).ratio) == "1.3888"); // 1111 / 800 = 1.38875 -> 1.3888
    CHECK(year_of(kpi, 2020).met == false);               // 932 < 1,100
}

TEST_CASE("seed: KPI ③ of the foreign-residents project (外国人居住者数: increment)") {
    const KpiEvaluation& kpi = foreign().kpis.at(2);
    CHECK(kpi.accumulation == Accumulation::increment);
    const auto& r2 = year_of(kpi, 2020);
    CHECK(r2.plan == c("2324"));
    CHECK(r2.actual == c("-3760"));
    CHECK(r2.met == false);                // -3,760 < 2,324
    CHECK(rounded(r2.ratio) == "-1.6179"); // -3760 / 2324 = -1.617900... -> -1.6179
    CHECK_FALSE(r2.progress);              // no baseline (当初値 —)

    CHECK(kpi.latest_year == FiscalYear{2021});
    CHECK(kpi.verdict == Verdict::not_met); // R3: -274 < 2,324
    REQUIRE(kpi.running_total);
    const RunningTotal& total = *kpi.running_total;
    CHECK(total.through == FiscalYear{2021});
    CHECK(total.years == 3);
    CHECK(total.plan == d("4805"));          // 157 + 2,324 + 2,324
    CHECK(total.actual == d("1552"));        // 5,586 - 3,760 - 274
    CHECK_FALSE(total.met);                  // 1,552 < 4,805
    CHECK(rounded(total.ratio) == "0.3230"); // 1552 / 4805 = 0.322996... -> 0.3230
    CHECK_FALSE(total.provisional);
    // Not met, attainment -274 / 2,324 < 0.8, no baseline: not better, for want of a baseline.
    CHECK(kpi.effect == EffectRating::not_better);
    CHECK(kpi.effect_without_baseline);
}

TEST_CASE("seed: KPI ② of the digital-innovation project: plan 0 and actual 0 in R2") {
    const KpiEvaluation& kpi = digital().kpis.at(1);
    const auto& r2 = year_of(kpi, 2020);
    CHECK(r2.met == true); // 0 >= 0
    CHECK_FALSE(r2.ratio); // 0 / 0: no ratio, and no division by zero
    CHECK_FALSE(r2.provisional);

    const auto& r4 = year_of(kpi, 2022); // 11(見込) against 5
    CHECK(r4.actual == e("11"));
    CHECK(r4.provisional);
    CHECK(r4.met == true);
    CHECK(rounded(r4.ratio) == "2.2000"); // 11 / 5

    CHECK(kpi.latest_year == FiscalYear{2022}); // R4 counts, as provisional
    CHECK(kpi.verdict == Verdict::met);
    CHECK(kpi.provisional);
    CHECK(kpi.latest_confirmed_year == FiscalYear{2021}); // R3: 7 against 5
    CHECK(kpi.latest_confirmed_met == true);
    CHECK(kpi.effect == EffectRating::target_reached);
    CHECK(kpi.effect_provisional);
}

TEST_CASE("seed: the digital-innovation project's R4 figures are all provisional") {
    // 16(見込), 11(見込), 12(見込) against 9, 5, 10: met, provisionally.
    for (const auto& kpi : digital().kpis) {
        CAPTURE(kpi.number);
        const auto& r4 = year_of(kpi, 2022);
        CHECK(r4.actual.is_expected());
        CHECK(r4.provisional);
        CHECK(kpi.verdict == Verdict::met);
        CHECK(kpi.provisional);
    }
    // KPI ③ 0 against 10 in R3 (confirmed, not met), 12(見込) against 10 in R4.
    const KpiEvaluation& engineers = digital().kpis.at(2);
    CHECK(year_of(engineers, 2021).met == false);
    CHECK(rounded(year_of(engineers, 2021).ratio) == "0.0000"); // 0 / 10
    CHECK(engineers.latest_confirmed_met == false);
    CHECK(digital().kpi_counts.met_provisional == 3);
    CHECK(digital().kpi_counts.met_confirmed == 0);
    CHECK(digital().outcome == ProjectOutcome::met_at_least_one);
    CHECK(digital().outcome_provisional);
}

TEST_CASE("seed: no_plan and not_reported") {
    // UIJ ターン新規就業支援事業: — in every plan cell, actuals 0, 6, 9, 6 and 0, 1, 2, 0.
    REQUIRE(uij_new_job().kpis.size() == 2);
    for (const auto& kpi : uij_new_job().kpis) {
        CHECK(kpi.verdict == Verdict::no_plan);
        CHECK_FALSE(kpi.latest_year);
        CHECK(kpi.effect == EffectRating::not_rated);
        CHECK(kpi.years.size() == 4); // R1..R4: each has an actual
        CHECK_FALSE(kpi.years[0].met);
    }
    CHECK(uij_new_job().outcome == ProjectOutcome::not_judged);
    // いしかり...: no plan either; KPI ② (3年累計, cumulative) 66, 171, 257.
    CHECK(ishikari().kpis.at(1).accumulation == Accumulation::cumulative);
    CHECK(ishikari().kpis.at(1).verdict == Verdict::no_plan);
    // スマートシティ (R4): plans 10, 100, 200 ... and — in every actual cell.
    for (const auto& kpi : smart_city().kpis) {
        CHECK(kpi.verdict == Verdict::not_reported);
        CHECK(kpi.years.size() == 3);
        CHECK_FALSE(kpi.years[0].met);
    }
    CHECK(smart_city().kpi_counts.not_reported == 3);
    CHECK(smart_city().outcome == ProjectOutcome::not_judged);
    CHECK(smart_city().effect == EffectRating::not_rated);
}

// ------------------------------------------------------------------ seed: projects

TEST_CASE("seed: project verdicts and ratings and national shares") {
    // UIJ ターンによる...: R3 170/212, 1,100/1,216, 750/900: all three met.
    CHECK(uij_return().kpis_met == std::vector<int>{1, 2, 3});
    CHECK(uij_return().outcome == ProjectOutcome::met_at_least_one);
    CHECK_FALSE(uij_return().outcome_provisional);
    CHECK(uij_return().effect == EffectRating::target_reached);
    CHECK(uij_return().national_share_amount == Money{d("13562.5")}); // 27,125 x 1/2
    CHECK_FALSE(uij_return().national_share_amount_rounded);

    // 外国人の活躍...: R3 ① 66/115 met; ② 5/2, ③ 2,324/-274, ④ 55,000/20,060 not met.
    CHECK(foreign().kpis_met == std::vector<int>{1});
    CHECK(foreign().kpi_counts.met_confirmed == 1);
    CHECK(foreign().kpi_counts.not_met_confirmed == 3);
    CHECK(foreign().outcome == ProjectOutcome::met_at_least_one);
    // Ratings: ① target_reached; ② 2/5 = 0.4, ③ negative, ④ 20,060/55,000 = 0.3647, all
    // below 0.8 and without a baseline: not_better. At least half (2 of 4) reach only
    // not_better: 1 of 4 reach target_reached, close_to_target or better_than_baseline.
    CHECK(foreign().kpis.at(1).effect == EffectRating::not_better);
    CHECK(foreign().kpis.at(3).effect == EffectRating::not_better);
    CHECK(foreign().effect == EffectRating::not_better);
    CHECK(foreign().national_share_amount == Money{d("4825")}); // 9,650 x 1/2

    CHECK(uij_new_job().budget_scope == BudgetScope::joint_total);
    CHECK(uij_new_job().national_share_amount == Money{d("35674.5")}); // 71,349 x 1/2
    CHECK(digital().effect == EffectRating::target_reached);
    CHECK(digital().effect_provisional);
    CHECK(smart_city().national_share_amount == Money{d("4179.5")}); // 8,359 x 1/2
}

// ------------------------------------------------------------------ seed: headline figures

TEST_CASE("seed: the report's headline figures by hand") {
    const Summary& s = seed_evaluation().summary;
    // Projects: 3 (R1) + 2 (R2) + 0 (R3) + 1 (R4) = 6.
    // KPIs: 3 + 2 + 4 (R1) + 3 + 2 (R2) + 3 (R4) = 17.
    CHECK(s.projects.total == 6);
    CHECK(s.kpis.total == 17);
    // KPI verdicts on their latest evaluated year:
    //   met, confirmed:      UIJ ターンによる ①②③ (R3) + 外国人 ① (R3)              = 4
    //   met, provisional:    デジタル ①②③ (R4 見込)                                  = 3
    //   not met, confirmed:  外国人 ②③④ (R3)                                         = 3
    //   not met, provisional: none                                                   = 0
    //   no plan:             UIJ ターン新規 ①②, いしかり ①②                          = 4
    //   not reported:        スマートシティ ①②③                                      = 3
    //   4 + 3 + 3 + 0 + 4 + 3 = 17
    CHECK(s.kpis.met_confirmed == 4);
    CHECK(s.kpis.met_provisional == 3);
    CHECK(s.kpis.not_met_confirmed == 3);
    CHECK(s.kpis.not_met_provisional == 0);
    CHECK(s.kpis.no_plan == 4);
    CHECK(s.kpis.not_reported == 3);
    // Share of KPIs that met their target:
    //   confirmed of judged:        4 / (4 + 3)        = 4 / 7   = 0.571428... -> 0.5714
    //   confirmed of all:           4 / 17             = 0.235294... -> 0.2353
    //   with provisional of judged: (4 + 3) / (7 + 3)  = 7 / 10  = 0.7000
    //   with provisional of all:    7 / 17             = 0.411764... -> 0.4118
    CHECK(s.kpis_met.confirmed_of_judged.count == 4);
    CHECK(s.kpis_met.confirmed_of_judged.of == 7);
    CHECK(rounded(s.kpis_met.confirmed_of_judged.value) == "0.5714");
    CHECK(s.kpis_met.confirmed_of_all.of == 17);
    CHECK(rounded(s.kpis_met.confirmed_of_all.value) == "0.2353");
    CHECK(s.kpis_met.with_provisional_of_judged.count == 7);
    CHECK(s.kpis_met.with_provisional_of_judged.of == 10);
    CHECK(rounded(s.kpis_met.with_provisional_of_judged.value) == "0.7000");
    CHECK(rounded(s.kpis_met.with_provisional_of_all.value) == "0.4118");
    // Projects that met at least one KPI:
    //   confirmed:   UIJ ターンによる, 外国人 = 2; provisional only: デジタル = 1;
    //   met none: 0; not judged: UIJ ターン新規, いしかり, スマートシティ = 3.
    CHECK(s.projects.met_at_least_one_confirmed == 2);
    CHECK(s.projects.met_at_least_one_provisional == 1);
    CHECK(s.projects.met_none_confirmed == 0);
    CHECK(s.projects.met_none_provisional == 0);
    CHECK(s.projects.not_judged == 3);
    //   confirmed of judged 2 / 2 = 1.0000; confirmed of all 2 / 6 = 0.3333;
    //   with provisional of judged 3 / 3 = 1.0000; of all 3 / 6 = 0.5000.
    CHECK(rounded(s.projects_met_at_least_one.confirmed_of_judged.value) == "1.0000");
    CHECK(rounded(s.projects_met_at_least_one.confirmed_of_all.value) == "0.3333");
    CHECK(rounded(s.projects_met_at_least_one.with_provisional_of_judged.value) == "1.0000");
    CHECK(rounded(s.projects_met_at_least_one.with_provisional_of_all.value) == "0.5000");
    // Budgets, never mixing scopes:
    //   own: 27,125 + 9,650 + 25,370 + 23,500 + 8,359 = 94,004 (5 projects),
    //        national share 94,004 / 2 = 47,002;
    //   joint total (※道全体の採択額): 71,349 (1 project), national share 35,674.5.
    CHECK(s.budget.own_projects == 5);
    CHECK(s.budget.own == Money{d("94004")});
    CHECK(s.budget.own_national_share == Money{d("47002")});
    CHECK(s.budget.joint_total_projects == 1);
    CHECK(s.budget.joint_total == Money{d("71349")});
    CHECK(s.budget.joint_total_national_share == Money{d("35674.5")});
    CHECK(s.budget.rounded_national_shares == 0);
    // The seed's JSON states every direction, and gives no own part of its joint total.
    CHECK(s.kpis.weak_direction == 0);
    CHECK(s.budget.own_parts == 0);
    CHECK(s.budget.weak_scopes == 0);
}

TEST_CASE("seed: round summaries") {
    const auto& rounds = seed_evaluation().rounds;
    REQUIRE(rounds.size() == 4);
    // R1: 3 projects, 3 + 2 + 4 = 9 KPIs; met 3 + 1, not met 3, no plan 2.
    const Summary& r1 = rounds[0].summary;
    CHECK(rounds[0].fiscal_year == FiscalYear{2019});
    CHECK(r1.projects.total == 3);
    CHECK(r1.kpis.total == 9);
    CHECK(r1.kpis.met_confirmed == 4);
    CHECK(r1.kpis.not_met_confirmed == 3);
    CHECK(r1.kpis.no_plan == 2);
    CHECK(rounded(r1.kpis_met.confirmed_of_judged.value) == "0.5714"); // 4 / 7
    CHECK(r1.budget.own == Money{d("36775")});                         // 27,125 + 9,650
    CHECK(r1.budget.joint_total == Money{d("71349")});
    // R2: 2 projects, 5 KPIs: 3 met provisionally, 2 without plan; 25,370 + 23,500 = 48,870.
    const Summary& r2 = rounds[1].summary;
    CHECK(r2.kpis.total == 5);
    CHECK(r2.kpis.met_provisional == 3);
    CHECK(r2.kpis.judged_confirmed() == 0);
    CHECK_FALSE(r2.kpis_met.confirmed_of_judged.value);                       // 0 / 0: no share
    CHECK(rounded(r2.kpis_met.with_provisional_of_judged.value) == "1.0000"); // 3 / 3
    CHECK(r2.budget.own == Money{d("48870")});
    CHECK(r2.budget.own_national_share == Money{d("24435")});
    // R3: no project adopted.
    const Summary& r3 = rounds[2].summary;
    CHECK(r3.projects.total == 0);
    CHECK(r3.kpis.total == 0);
    CHECK_FALSE(r3.kpis_met.confirmed_of_all.value);
    CHECK(r3.budget.own == Money{});
    // R4: 1 project, 3 KPIs, none reported yet.
    CHECK(rounds[3].summary.kpis.not_reported == 3);
    CHECK(rounds[3].summary.projects.not_judged == 1);
}

// ------------------------------------------------------------------ KPI-year edge cases

TEST_CASE("KPI-year: met by direction and the ratio and plan 0") {
    struct Row {
        const char* plan;
        const char* actual;
        Direction direction;
        bool met;
        const char* ratio;
    };
    const Row rows[] = {
        {"10", "10", Direction::increase, true, "1.0000"},
        {"10", "9.99", Direction::increase, false, "0.9990"},
        {"10", "8", Direction::decrease, true, "0.8000"}, // lower is better
        {"10", "12", Direction::decrease, false, "1.2000"},
        {"0", "0", Direction::increase, true, "none"}, // plan 0: met, no ratio
        {"0", "5", Direction::increase, true, "none"},
        {"0", "-5", Direction::increase, false, "none"},
        {"0", "0", Direction::decrease, true, "none"},
        {"0", "3", Direction::decrease, false, "none"},
        {"-100", "-50", Direction::increase, true, "0.5000"},     // published formula, any sign
        {"3", "1", Direction::increase, false, "0.3333"},         // 1/3 rounds down
        {"3", "2", Direction::increase, false, "0.6667"},         // 2/3 rounds up
        {"3", "-2", Direction::increase, false, "-0.6667"},       // half away from zero, negative
        {"32.10", "31.20", Direction::increase, false, "0.9720"}, // 31.20 / 32.10 = 0.97196...
        {"20000", "1", Direction::increase, false, "0.0001"},     // 0.00005: half away from zero
        {"20000", "-1", Direction::increase, false, "-0.0001"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.plan);
        CAPTURE(row.actual);
        CAPTURE(row.direction);
        const KpiEvaluation kpi = evaluate_kpi(single_year(row.plan, row.actual, row.direction));
        REQUIRE(kpi.years.size() == 1);
        CHECK(kpi.years[0].met == row.met);
        CHECK(rounded(kpi.years[0].ratio) == row.ratio);
        CHECK(kpi.verdict == (row.met ? Verdict::met : Verdict::not_met));
    }
}

TEST_CASE("KPI-year: progress needs a baseline that differs from the plan") {
    // (actual - baseline) / (plan - baseline); the plan row's baseline first.
    CHECK(rounded(evaluate_kpi(
                      single_year("30", "20", Direction::increase, Baseline{c("10"), none(), {}}))
                      .years[0]
                      .progress) == "0.5000"); // (20 - 10) / (30 - 10)
    // Only an actual-row baseline: that one.
    CHECK(rounded(evaluate_kpi(
                      single_year("30", "20", Direction::increase, Baseline{none(), c("15"), {}}))
                      .years[0]
                      .progress) == "0.3333"); // (20 - 15) / (30 - 15)
    // Lower is better: (6 - 10) / (2 - 10) = 0.5, the same formula.
    CHECK(rounded(evaluate_kpi(
                      single_year("2", "6", Direction::decrease, Baseline{c("10"), c("10"), {}}))
                      .years[0]
                      .progress) == "0.5000");
    // Baseline equal to the plan: no progress (no division by zero).
    CHECK_FALSE(
        evaluate_kpi(single_year("30", "20", Direction::increase, Baseline{c("30"), c("30"), {}}))
            .years[0]
            .progress);
    CHECK_FALSE(evaluate_kpi(single_year("30", "20")).years[0].progress); // no baseline
}

TEST_CASE("KPI-year: an expected plan or actual makes the year provisional") {
    const Kpi kpi = make_kpi({{2019, e("10")}, {2020, c("10")}, {2021, c("10")}},
                             {{2019, c("12")}, {2020, e("12")}, {2021, none()}});
    const KpiEvaluation ev = evaluate_kpi(kpi);
    CHECK(year_of(ev, 2019).provisional);
    CHECK(year_of(ev, 2020).provisional);
    CHECK_FALSE(year_of(ev, 2021).provisional);
    CHECK_FALSE(year_of(ev, 2021).met); // plan only
}

// ------------------------------------------------------------------ KPI edge cases

TEST_CASE("KPI: the latest evaluated year is the latest fiscal year and not the last column") {
    // Columns out of order: R3 first. R3 has both values, R4 only a plan.
    const Kpi kpi = make_kpi({{2021, c("10")}, {2019, c("10")}, {2022, c("10")}},
                             {{2021, c("5")}, {2019, c("20")}, {2022, none()}});
    const KpiEvaluation ev = evaluate_kpi(kpi);
    CHECK(ev.latest_year == FiscalYear{2021});
    CHECK(ev.verdict == Verdict::not_met);
    // The years keep the column order.
    REQUIRE(ev.years.size() == 3);
    CHECK(ev.years[0].year == FiscalYear{2021});
    CHECK(ev.years[1].year == FiscalYear{2019});
}

TEST_CASE("KPI: no_plan and not_reported and plans and actuals in different years") {
    CHECK(evaluate_kpi(make_kpi({{2019, none()}}, {{2019, c("5")}})).verdict == Verdict::no_plan);
    CHECK(evaluate_kpi(make_kpi({}, {})).verdict == Verdict::no_plan);
    CHECK(evaluate_kpi(make_kpi({{2019, c("5")}}, {{2019, none()}})).verdict ==
          Verdict::not_reported);
    // A plan for R1 and an actual for R2 only: nothing to judge, and there is a plan.
    const KpiEvaluation split =
        evaluate_kpi(make_kpi({{2019, c("5")}, {2020, none()}}, {{2019, none()}, {2020, c("7")}}));
    CHECK(split.verdict == Verdict::not_reported);
    CHECK(split.years.size() == 2);
    // A year only the actual row has is evaluated after the plan row's years.
    const KpiEvaluation extra =
        evaluate_kpi(make_kpi({{2019, c("5")}}, {{2019, c("6")}, {2020, c("7")}}));
    REQUIRE(extra.years.size() == 2);
    CHECK(extra.years[1].year == FiscalYear{2020});
    CHECK(extra.years[1].plan == none());
}

TEST_CASE("KPI: a year twice in a row is evaluated once with its first cells") {
    const KpiEvaluation ev =
        evaluate_kpi(make_kpi({{2019, c("10")}, {2019, c("1")}}, {{2019, c("5")}}));
    REQUIRE(ev.years.size() == 1);
    CHECK(ev.years[0].plan == c("10"));
    CHECK(ev.verdict == Verdict::not_met);
}

// evaluate finds the first cell of each year in rows sorted once, unless the rows have the
// same increasing years (the usual table): a row may have 9,000 years, and comparing each
// column with every earlier one and searching the other row took minutes on a crafted file.
// The years must be exactly those of the old scans below.

namespace {

// The years of a KPI as evaluate took them before it sorted: the plan row's years in column
// order, each once with its first cells, then the years only the actual row has. Each year
// is judged as a KPI of that one year (the usual table's path).
std::vector<KpiYearEvaluation> years_the_old_way(const Kpi& kpi) {
    std::vector<KpiYearEvaluation> years;
    const auto evaluate_year = [&](FiscalYear year, const Observation* plan,
                                   const Observation* actual) {
        Kpi one = kpi;
        one.plan.values = {PeriodValue{year, plan != nullptr ? *plan : none()}};
        one.actual.values = {PeriodValue{year, actual != nullptr ? *actual : none()}};
        const KpiEvaluation ev = evaluate_kpi(one);
        years.insert(years.end(), ev.years.begin(), ev.years.end()); // none without values
    };
    const auto& plans = kpi.plan.values;
    const auto& actuals = kpi.actual.values;
    const auto seen_before = [](const std::vector<PeriodValue>& row, std::size_t i) {
        return std::any_of(row.begin(), row.begin() + static_cast<std::ptrdiff_t>(i),
                           [&](const PeriodValue& v) { return v.year == row[i].year; });
    };
    for (std::size_t i = 0; i < plans.size(); ++i) {
        if (!seen_before(plans, i)) {
            evaluate_year(plans[i].year, &plans[i].value, kpi.actual.find(plans[i].year));
        }
    }
    for (std::size_t i = 0; i < actuals.size(); ++i) {
        if (kpi.plan.find(actuals[i].year) == nullptr && !seen_before(actuals, i)) {
            evaluate_year(actuals[i].year, nullptr, &actuals[i].value);
        }
    }
    return years;
}

// A row of `size` cells in the years 2019..2019 + spread - 1 in random order (so with
// repeats), each confirmed, expected or not set.
std::vector<std::pair<int, Observation>> random_cells(testing::Random& random, std::int64_t size,
                                                      int spread) {
    std::vector<std::pair<int, Observation>> cells;
    for (std::int64_t i = 0; i < size; ++i) {
        const int year = 2019 + static_cast<int>(random.between(0, spread - 1));
        const Decimal value{random.between(-5, 40)};
        const auto status = random.between(1, 10);
        cells.emplace_back(year, status <= 5   ? Observation::confirmed(value)
                                 : status <= 8 ? Observation::expected(value)
                                               : none());
    }
    return cells;
}

} // namespace

TEST_CASE("KPI: the years agree with scanning the rows for each column") {
    // Small KPIs full of repeated, unordered and misaligned years, and some usual ones.
    std::size_t aligned = 0;
    std::size_t judged = 0;
    for (std::uint64_t seed_value = 1; seed_value <= 500; ++seed_value) {
        CAPTURE(seed_value);
        testing::Random random(seed_value);
        Kpi kpi = make_kpi({}, {}, random.chance(50) ? Direction::increase : Direction::decrease,
                           random.chance(50) ? Accumulation::increment : Accumulation::level,
                           Baseline{random.chance(50) ? c("3") : none(), c("4"), {}});
        const int spread = static_cast<int>(random.between(1, 8));
        for (const auto& [year, cell] : random_cells(random, random.between(0, 9), spread)) {
            kpi.plan.values.push_back(PeriodValue{FiscalYear{year}, cell});
        }
        if (random.chance(25)) {
            // The usual table: the same increasing years in both rows.
            std::sort(kpi.plan.values.begin(), kpi.plan.values.end(),
                      [](const PeriodValue& a, const PeriodValue& b) { return a.year < b.year; });
            kpi.plan.values.erase(std::unique(kpi.plan.values.begin(), kpi.plan.values.end(),
                                              [](const PeriodValue& a, const PeriodValue& b) {
                                                  return a.year == b.year;
                                              }),
                                  kpi.plan.values.end());
            for (const auto& v : kpi.plan) {
                kpi.actual.values.push_back(
                    PeriodValue{v.year, random_cells(random, 1, 1)[0].second});
            }
            ++aligned;
        } else if (random.chance(30)) {
            // The plan's years in another order (or the same).
            kpi.actual = kpi.plan;
            auto& cells = kpi.actual.values;
            for (std::size_t i = cells.size(); i > 1; --i) {
                std::swap(cells[i - 1].year, cells[static_cast<std::size_t>(random.between(
                                                       0, static_cast<std::int64_t>(i) - 1))]
                                                 .year);
            }
            for (auto& v : cells) {
                v.value = random_cells(random, 1, 1)[0].second;
            }
        } else {
            for (const auto& [year, cell] : random_cells(random, random.between(0, 9), spread)) {
                kpi.actual.values.push_back(PeriodValue{FiscalYear{year}, cell});
            }
        }
        const std::vector<KpiYearEvaluation> expected = years_the_old_way(kpi);
        const KpiEvaluation ev = evaluate_kpi(kpi);
        CHECK(ev.years == expected);
        // The rest follows from the years: the latest judged year and the verdict.
        std::optional<FiscalYear> latest;
        for (const auto& y : expected) {
            if (y.met && (!latest || y.year > *latest)) {
                latest = y.year;
            }
        }
        CHECK(ev.latest_year == latest);
        judged += latest ? 1 : 0;
    }
    CHECK(aligned >= 50);
    CHECK(judged >= 200);
}

TEST_CASE("KPI: rows of 9,000 years in falling and scrambled order, exactly and quickly") {
    // Plan FY9999 down to FY1000 without FY3333, then FY5000 again (ignored: its first cells
    // count); actual in a scrambled order (column i has FY1000 + 7919 i mod 9000) without
    // FY2000 and FY7777, then FY4242 again (ignored). Plans 10; actuals the year, expected
    // (見込) for FY9999.
    Kpi kpi = make_kpi({}, {});
    for (int year = 9999; year >= 1000; --year) {
        if (year != 3333) {
            kpi.plan.values.push_back(PeriodValue{FiscalYear{year}, c("10")});
        }
    }
    kpi.plan.values.push_back(PeriodValue{FiscalYear{5000}, c("99999")});
    for (int i = 0; i < 9000; ++i) {
        const int year = 1000 + i * 7919 % 9000;
        const Decimal value{year};
        if (year != 2000 && year != 7777) {
            kpi.actual.values.push_back(
                PeriodValue{FiscalYear{year}, year == 9999 ? Observation::expected(value)
                                                           : Observation::confirmed(value)});
        }
    }
    kpi.actual.values.push_back(PeriodValue{FiscalYear{4242}, c("0")});

    const KpiEvaluation ev = evaluate_kpi(kpi);
    // The plan's 8,999 years in column order, then FY3333, which only the actual row has.
    std::vector<int> expected_years;
    for (int year = 9999; year >= 1000; --year) {
        if (year != 3333) {
            expected_years.push_back(year);
        }
    }
    expected_years.push_back(3333);
    REQUIRE(ev.years.size() == expected_years.size());
    std::size_t wrong = 0;
    for (std::size_t i = 0; i < ev.years.size(); ++i) {
        const KpiYearEvaluation& y = ev.years[i];
        const int year = expected_years[i];
        const bool has_actual = year != 2000 && year != 7777;
        const Observation actual = !has_actual    ? none()
                                   : year == 9999 ? Observation::expected(Decimal{year})
                                                  : Observation::confirmed(Decimal{year});
        const bool ok =
            y.year == FiscalYear{year} && y.plan == (year == 3333 ? none() : c("10")) &&
            y.actual == actual &&
            y.met == (has_actual && year != 3333 ? std::optional<bool>{true} : std::nullopt) &&
            y.provisional == (year == 9999);
        if (!ok) {
            CAPTURE(year);
            CHECK(ok);
            ++wrong;
        }
    }
    CHECK(wrong == 0);
    CHECK(ev.latest_year == FiscalYear{9999});
    CHECK(ev.verdict == Verdict::met);
    CHECK(ev.provisional);
    CHECK(ev.latest_confirmed_year == FiscalYear{9998});
    CHECK(ev.latest_confirmed_met == true);

    // Both rows falling, in the same columns: every year judged once, in column order.
    Kpi falling = make_kpi({}, {}, Direction::decrease);
    for (int year = 9999; year >= 1000; --year) {
        falling.plan.values.push_back(PeriodValue{FiscalYear{year}, c("100")});
        falling.actual.values.push_back(
            PeriodValue{FiscalYear{year}, year % 2 == 0 ? c("99") : c("101")});
    }
    const KpiEvaluation fell = evaluate_kpi(falling);
    REQUIRE(fell.years.size() == 9000);
    std::size_t met = 0;
    for (std::size_t i = 0; i < fell.years.size(); ++i) {
        const int year = 9999 - static_cast<int>(i);
        met += fell.years[i].year == FiscalYear{year} &&
                       fell.years[i].met == std::optional<bool>{year % 2 == 0}
                   ? 1
                   : 0;
    }
    CHECK(met == 9000);
    CHECK(fell.latest_year == FiscalYear{9999});
    CHECK(fell.verdict == Verdict::not_met);

    // In a report: the same evaluation.
    Report report;
    report.rounds.emplace_back().projects.push_back(make_project({kpi, falling}));
    const ReportEvaluation whole = evaluate(report);
    CHECK(whole.rounds.at(0).projects.at(0).kpis.at(0) == ev);
    CHECK(whole.rounds.at(0).projects.at(0).kpis.at(1) == fell);
}

TEST_CASE("KPI: a provisional latest year and the latest confirmed one") {
    const Kpi kpi = make_kpi({{2019, c("10")}, {2020, c("10")}}, {{2019, c("5")}, {2020, e("11")}});
    const KpiEvaluation ev = evaluate_kpi(kpi);
    CHECK(ev.latest_year == FiscalYear{2020});
    CHECK(ev.verdict == Verdict::met);
    CHECK(ev.provisional);
    CHECK(ev.latest_confirmed_year == FiscalYear{2019});
    CHECK(ev.latest_confirmed_met == false);
    // Only provisional years: no confirmed verdict at all.
    const KpiEvaluation only = evaluate_kpi(make_kpi({{2019, c("10")}}, {{2019, e("11")}}));
    CHECK_FALSE(only.latest_confirmed_year);
    CHECK_FALSE(only.latest_confirmed_met);
}

TEST_CASE("KPI: running totals of an increment KPI") {
    // Plans 100, 100, 100; actuals 150, -20, 90(見込). Latest R3: 90 < 100, not met.
    // Running sums: 300 planned, 150 - 20 + 90 = 220 achieved: not met, 220 / 300 = 0.7333.
    const Kpi kpi = make_kpi({{2019, c("100")}, {2020, c("100")}, {2021, c("100")}},
                             {{2019, c("150")}, {2020, c("-20")}, {2021, e("90")}},
                             Direction::increase, Accumulation::increment);
    const KpiEvaluation ev = evaluate_kpi(kpi);
    CHECK(ev.verdict == Verdict::not_met);
    REQUIRE(ev.running_total);
    CHECK(ev.running_total->plan == d("300"));
    CHECK(ev.running_total->actual == d("220"));
    CHECK_FALSE(ev.running_total->met);
    CHECK(rounded(ev.running_total->ratio) == "0.7333");
    CHECK(ev.running_total->provisional); // R3 is 見込
    // Years without both values are not summed: R2 plan only.
    const Kpi gap = make_kpi({{2019, c("10")}, {2020, c("10")}, {2021, c("10")}},
                             {{2019, c("30")}, {2020, none()}, {2021, c("5")}}, Direction::increase,
                             Accumulation::increment);
    const KpiEvaluation gap_ev = evaluate_kpi(gap);
    CHECK(gap_ev.verdict == Verdict::not_met); // R3: 5 < 10
    CHECK(gap_ev.running_total->years == 2);
    CHECK(gap_ev.running_total->plan == d("20"));   // 10 + 10
    CHECK(gap_ev.running_total->actual == d("35")); // 30 + 5
    CHECK(gap_ev.running_total->met);
    // Cumulative and level KPIs have none.
    CHECK_FALSE(evaluate_kpi(make_kpi({{2019, c("1")}}, {{2019, c("2")}}, Direction::increase,
                                      Accumulation::cumulative))
                    .running_total);
}

TEST_CASE("KPI: effect rating thresholds") {
    struct Row {
        const char* plan;
        const char* actual;
        Direction direction;
        Baseline baseline;
        EffectRating effect;
        bool without_baseline;
    };
    const Row rows[] = {
        {"10", "10", Direction::increase, {}, EffectRating::target_reached, false},
        {"10", "8", Direction::increase, {}, EffectRating::close_to_target, false}, // exactly
                                                                                    // 0.8
        {"10", "7.99", Direction::increase, {}, EffectRating::not_better, true},
        {"10",
         "7.99",
         Direction::increase,
         {none(), c("7"), {}},
         EffectRating::better_than_baseline,
         false},
        {"10", "7", Direction::increase, {none(), c("7"), {}}, EffectRating::not_better, false},
        // The actual row's baseline is the measured start: 8 (plan row 5) -> 7.5 is worse.
        {"10", "7.5", Direction::increase, {c("5"), c("8"), {}}, EffectRating::not_better, false},
        {"10",
         "7.5",
         Direction::increase,
         {c("5"), none(), {}},
         EffectRating::better_than_baseline,
         false},
        {"0", "-1", Direction::increase, {}, EffectRating::not_better, true}, // plan 0: no
                                                                              // ratio
        // Lower is better: attainment plan / actual: 10 / 12.5 = 0.8.
        {"10", "12.5", Direction::decrease, {}, EffectRating::close_to_target, false},
        {"10",
         "13",
         Direction::decrease,
         {c("15"), c("15"), {}},
         EffectRating::better_than_baseline,
         false},
        {"10", "15", Direction::decrease, {c("15"), c("15"), {}}, EffectRating::not_better, false},
    };
    for (const auto& row : rows) {
        CAPTURE(row.plan);
        CAPTURE(row.actual);
        CAPTURE(row.direction);
        const KpiEvaluation ev =
            evaluate_kpi(single_year(row.plan, row.actual, row.direction, row.baseline));
        CHECK(ev.effect == row.effect);
        CHECK(ev.effect_without_baseline == row.without_baseline);
    }
    // A stricter threshold: 8 of 10 is no longer close.
    EvaluationOptions strict;
    strict.close_to_target = Fraction{9, 10};
    CHECK(evaluate_kpi(single_year("10", "8"), strict).effect == EffectRating::not_better);
    CHECK(evaluate_kpi(single_year("10", "9"), strict).effect == EffectRating::close_to_target);
    // An expected baseline makes a baseline-based rating provisional.
    const KpiEvaluation expected_baseline =
        evaluate_kpi(single_year("10", "7", Direction::increase, Baseline{none(), e("5"), {}}));
    CHECK(expected_baseline.effect == EffectRating::better_than_baseline);
    CHECK(expected_baseline.effect_provisional);
    CHECK_FALSE(expected_baseline.provisional);
}

TEST_CASE("effect rating: exact on the threshold when the products exceed 18 digits") {
    // actual x 5 and plan x 4 do not fit a Decimal here. As doubles, 399999999999999999 is
    // 4e17 and would be rated close to the target; exactly, it is 1 short of 80 %.
    const auto effect = [](const char* plan, const char* actual, Direction direction) {
        return evaluate_kpi(single_year(plan, actual, direction)).effect;
    };
    const auto increase = Direction::increase;
    const auto decrease = Direction::decrease;
    CHECK(effect("500000000000000000", "400000000000000000", increase) ==
          EffectRating::close_to_target);
    CHECK(effect("500000000000000000", "399999999999999999", increase) == EffectRating::not_better);
    // Other scales: 40000000000000000.0 / 50000000000000000 = 0.8, and a tenth less.
    CHECK(effect("50000000000000000", "40000000000000000.0", increase) ==
          EffectRating::close_to_target);
    CHECK(effect("50000000000000000", "39999999999999999.9", increase) == EffectRating::not_better);
    CHECK(effect("50000000000000000.0", "39999999999999999", increase) == EffectRating::not_better);
    CHECK(effect("5000000000000000.00", "400000000000000000", increase) ==
          EffectRating::target_reached);
    // A decrease KPI compares plan / actual: 4e17 / 5e17 = 0.8.
    CHECK(effect("400000000000000000", "500000000000000000", decrease) ==
          EffectRating::close_to_target);
    CHECK(effect("399999999999999999", "500000000000000000", decrease) == EffectRating::not_better);
}

// ------------------------------------------------------------------ project edge cases

TEST_CASE("project: effect rating by quorum") {
    const Kpi reached = single_year("10", "10");
    const Kpi close = single_year("10", "9");
    const Kpi not_better = single_year("10", "1");
    const Kpi unrated = make_kpi({{2019, none()}}, {{2019, c("1")}});
    struct Row {
        std::vector<Kpi> kpis;
        Fraction quorum;
        EffectRating effect;
    };
    const Row rows[] = {
        {{reached, reached, not_better}, Fraction{1, 2}, EffectRating::target_reached}, // 2/3
        {{reached, close, not_better, not_better},
         Fraction{1, 2},
         EffectRating::close_to_target}, // 1/4 reached, 2/4 close or better
        {{reached, not_better, not_better}, Fraction{1, 2}, EffectRating::not_better},
        {{reached, close, not_better}, Fraction{1, 1}, EffectRating::not_better},     // the worst
        {{reached, close, not_better}, Fraction{1, 3}, EffectRating::target_reached}, // the best
        {{reached, unrated, unrated}, Fraction{1, 2}, EffectRating::target_reached},  // 1/1 rated
        {{unrated}, Fraction{1, 2}, EffectRating::not_rated},
        {{}, Fraction{1, 2}, EffectRating::not_rated},
    };
    for (const auto& row : rows) {
        CAPTURE(row.kpis.size());
        CAPTURE(row.quorum);
        EvaluationOptions options;
        options.project_quorum = row.quorum;
        CHECK(evaluate_project(make_project(row.kpis), options).effect == row.effect);
    }
}

TEST_CASE("project: met at least one with provisional verdicts apart") {
    const Kpi met = single_year("10", "10");
    const Kpi missed = single_year("10", "1");
    const Kpi met_provisional = make_kpi({{2019, c("10")}}, {{2019, e("11")}});
    const Kpi missed_provisional = make_kpi({{2019, c("10")}}, {{2019, e("1")}});
    const Kpi no_plan = make_kpi({{2019, none()}}, {{2019, c("1")}});
    struct Row {
        std::vector<Kpi> kpis;
        ProjectOutcome outcome;
        bool provisional;
    };
    const Row rows[] = {
        {{met, missed_provisional}, ProjectOutcome::met_at_least_one, false},
        {{met_provisional, missed}, ProjectOutcome::met_at_least_one, true},
        {{missed, missed}, ProjectOutcome::met_none, false},
        {{missed, missed_provisional}, ProjectOutcome::met_none, true},
        {{no_plan}, ProjectOutcome::not_judged, false},
        {{}, ProjectOutcome::not_judged, false},
    };
    for (const auto& row : rows) {
        CAPTURE(row.kpis.size());
        const ProjectEvaluation ev = evaluate_project(make_project(row.kpis));
        CHECK(ev.outcome == row.outcome);
        CHECK(ev.outcome_provisional == row.provisional);
    }
}

TEST_CASE("project: the national-share amount is exact or rounded and flagged") {
    const ProjectEvaluation half = evaluate_project(make_project({}, "27125", Fraction{1, 2}));
    CHECK(half.national_share_amount == Money{d("13562.5")}); // 27,125 / 2
    CHECK_FALSE(half.national_share_amount_rounded);
    const ProjectEvaluation eighth = evaluate_project(make_project({}, "27125", Fraction{1, 8}));
    CHECK(eighth.national_share_amount == Money{d("3390.625")}); // exact to the yen
    CHECK_FALSE(eighth.national_share_amount_rounded);
    const ProjectEvaluation third = evaluate_project(make_project({}, "100", Fraction{1, 3}));
    CHECK(third.national_share_amount == Money{d("33.333")}); // 33.3333... -> 3 decimals
    CHECK(third.national_share_amount_rounded);
    const ProjectEvaluation two_thirds = evaluate_project(make_project({}, "100", Fraction{2, 3}));
    CHECK(two_thirds.national_share_amount == Money{d("66.667")}); // 66.6666... half up
    // The summary counts the rounded amounts in its sums.
    const std::vector<const ProjectEvaluation*> both{&half, &third};
    const Summary s = summarize(both);
    CHECK(s.budget.own == Money{d("27225")});
    CHECK(s.budget.own_national_share == Money{d("13595.833")}); // 13,562.5 + 33.333
    CHECK(s.budget.rounded_national_shares == 1);
}

TEST_CASE("project: the own part of a joint total is added to the own budgets and counted") {
    Project own = make_project({}, "12000");
    Project joint = make_project({}, "30000");
    joint.budget_scope = BudgetScope::joint_total;
    joint.budget_scope_basis = Provenance::inferred_by("next line: x");
    joint.own_budget = Money{d("8000")};
    Project without_part = make_project({}, "50000", Fraction{1, 3});
    without_part.budget_scope = BudgetScope::joint_total;
    // An own part on an own-scope project means nothing more: the budget is all its own.
    Project own_with_part = make_project({}, "700");
    own_with_part.own_budget = Money{d("100")};
    const ProjectEvaluation a = evaluate_project(own);
    const ProjectEvaluation b = evaluate_project(joint);
    const ProjectEvaluation c3 = evaluate_project(without_part);
    const ProjectEvaluation d4 = evaluate_project(own_with_part);
    CHECK(b.budget_scope_basis == Provenance::inferred_by("next line: x"));
    REQUIRE(b.own_budget);
    CHECK(*b.own_budget == Money{d("8000")});
    CHECK(b.own_national_share_amount == Money{d("4000")}); // 8,000 x 1/2
    CHECK_FALSE(b.own_national_share_amount_rounded);
    CHECK_FALSE(c3.own_budget);
    CHECK_FALSE(d4.own_budget);
    const std::vector<const ProjectEvaluation*> all{&a, &b, &c3, &d4};
    const Summary s = summarize(all);
    // own: 12,000 + 700 (own projects) + 8,000 (the joint total's own part) = 20,700;
    // national share 6,000 + 350 + 4,000 = 10,350.
    CHECK(s.budget.own_projects == 2);
    CHECK(s.budget.own_parts == 1);
    CHECK(s.budget.own == Money{d("20700")});
    CHECK(s.budget.own_national_share == Money{d("10350")});
    // joint total: 30,000 + 50,000 = 80,000, whole; national share 15,000 + 16,666.667.
    CHECK(s.budget.joint_total_projects == 2);
    CHECK(s.budget.joint_total == Money{d("80000")});
    CHECK(s.budget.joint_total_national_share == Money{d("31666.667")});
    CHECK(s.budget.rounded_national_shares == 1); // 50,000 / 3
    CHECK(s.budget.weak_scopes == 0);             // every scope stated or inferred for sure
    without_part.budget_scope_basis = Provenance::assumed_default();
    const ProjectEvaluation assumed_scope = evaluate_project(without_part);
    const std::vector<const ProjectEvaluation*> with_assumed{&a, &assumed_scope};
    CHECK(summarize(with_assumed).budget.weak_scopes == 1);
    // An own part of 1,000 at 1/3: 333.333, rounded, counted apart from its project's.
    Project third = without_part;
    third.own_budget = Money{d("1000")};
    const ProjectEvaluation e5 = evaluate_project(third);
    CHECK(e5.own_national_share_amount == Money{d("333.333")});
    CHECK(e5.own_national_share_amount_rounded);
    const std::vector<const ProjectEvaluation*> one{&e5};
    CHECK(summarize(one).budget.rounded_national_shares == 2);
    CHECK(summarize(one).budget.own == Money{d("1000")});
}

TEST_CASE("KPI: the direction's basis is passed on; judged KPIs on a weak one are counted") {
    // Four judged KPIs (R1 8 against 10: not met as increase) and one not judged.
    Kpi stated = single_year("10", "8");
    stated.direction_basis = Provenance::stated_by("annotations.json");
    Kpi certain = single_year("10", "8");
    certain.direction_basis = Provenance::inferred_by("title: x");
    Kpi trend = single_year("10", "8", Direction::decrease);
    trend.direction_basis = Provenance::inferred_by("plan falls from the baseline", true);
    Kpi assumed = single_year("10", "8");
    assumed.direction_basis = Provenance::assumed_default();
    Kpi unjudged = make_kpi({{2019, c("10")}}, {{2019, none()}});
    unjudged.direction_basis = Provenance::assumed_default();
    Kpi provisional = make_kpi({{2019, c("10")}}, {{2019, e("12")}});
    provisional.direction_basis = Provenance::assumed_default();
    const ProjectEvaluation p =
        evaluate_project(make_project({stated, certain, trend, assumed, unjudged, provisional}));
    REQUIRE(p.kpis.size() == 6);
    CHECK(p.kpis[0].direction_basis == Provenance::stated_by("annotations.json"));
    CHECK(p.kpis[2].direction_basis == trend.direction_basis);
    CHECK(p.kpis[2].verdict == Verdict::met); // 8 <= 10, as decrease
    CHECK(p.kpis[3].direction_basis.is_weak());
    // Weak and judged: the trend (uncertain), the assumed one, the provisional assumed one;
    // not the stated, the certain inference, or the unjudged KPI.
    CHECK(p.kpi_counts.weak_direction == 3);
    CHECK(p.kpi_counts.judged() == 5);
    // Summed like the other counts in every summary.
    Report report;
    report.rounds.push_back(
        Round{FiscalYear{2019},
              "S",
              {},
              {},
              {},
              {},
              {make_project({stated, certain, trend, assumed, unjudged, provisional})}});
    report.rounds.push_back(report.rounds[0]);
    report.rounds[1].fiscal_year = FiscalYear{2020};
    const ReportEvaluation evaluation = evaluate(report);
    CHECK(evaluation.rounds[1].summary.kpis.weak_direction == 3);
    CHECK(evaluation.summary.kpis.weak_direction == 6);
    const std::vector<Report> two{report, report};
    CHECK(evaluate_collection(two).summary.kpis.weak_direction == 12);
}

TEST_CASE("options that are not a share above 0 and at most 1 are refused") {
    EvaluationOptions bad;
    bad.close_to_target = Fraction{3, 2};
    CHECK_THROWS_AS((void)evaluate(seed(), bad), error_exception);
    const auto result = try_evaluate(seed(), bad);
    REQUIRE_FALSE(result);
    CHECK(result.error().message == "evaluation option close_to_target is 3/2, outside (0, 1]");
    EvaluationOptions zero;
    zero.project_quorum = Fraction{0, 1};
    CHECK_FALSE(try_evaluate(seed(), zero));
    CHECK(try_evaluate(seed()));
}

// ------------------------------------------------------------------ ratios

TEST_CASE("make_ratio rounds exactly and half away from zero") {
    CHECK(rounded(make_ratio(d("136"), d("150"))) == "0.9067");
    CHECK(rounded(make_ratio(d("1"), d("0"))) == "none");
    CHECK(rounded(make_ratio(d("0"), d("7"))) == "0.0000");
    CHECK(rounded(make_ratio(d("0.00005"), d("1"))) == "0.0001");
    CHECK(rounded(make_ratio(d("0.000049999"), d("1"))) == "0.0000");
    CHECK(rounded(make_ratio(d("-0.00005"), d("1"))) == "-0.0001");
    CHECK(rounded(make_ratio(d("1"), d("-8"))) == "-0.1250");
    CHECK(rounded(make_ratio(d("1.5"), d("0.003"))) == "500.0000");
    // Extreme scales: 1 / 10^-18 is 10^18, beyond 18 digits at 4 decimals: no ratio.
    CHECK(rounded(make_ratio(Decimal{1}, Decimal{1, 18})) == "none");
    CHECK(rounded(make_ratio(Decimal{1, 18}, Decimal{999'999'999'999'999'999})) == "0.0000");
    CHECK(rounded(make_ratio(Decimal{999'999'999'999'999'999, 18}, Decimal{3, 4})) ==
          "3333.3333"); // 0.999999999999999999 / 0.0003 = 3333.33333...
    CHECK(rounded(make_ratio(std::size_t{2}, std::size_t{3})) == "0.6667");
    CHECK(rounded(make_ratio(std::size_t{2}, std::size_t{0})) == "none");
}

TEST_CASE("make_ratio: the double is the correctly rounded ratio when the terms allow") {
    // Both terms brought to one scale are integers below 2^53: one IEEE division of exact
    // doubles. 0.1 / 3 = 1 / 30 exactly, whereas 0.1 as a double is already rounded.
    CHECK(make_ratio(d("0.1"), d("3"))->value == 1.0 / 30.0);
    CHECK(make_ratio(d("136"), d("150"))->value == 136.0 / 150.0);
    CHECK(make_ratio(d("31.20"), d("40.5"))->value == 3120.0 / 4050.0);
    CHECK(make_ratio(d("-3760"), d("2324"))->value == -3760.0 / 2324.0);
    // Beyond 2^53: the quotient of the two nearest doubles.
    const auto large = make_ratio(Decimal{999'999'999'999'999'999}, Decimal{3'000'000'000'000'000});
    REQUIRE(large);
    CHECK(large->value == 1e18 / 3e15);
    const auto small = make_ratio(Decimal{1, 18}, Decimal{3, 1}); // 10^17 x 3 is beyond 2^53
    REQUIRE(small);
    CHECK(small->value == 1e-18 / 0.3);
}

TEST_CASE("make_ratio: the rounding is within half a unit of the exact ratio (seeded)") {
    // |actual - rounded x plan| <= 0.00005 x |plan|, checked in exact decimals, and the
    // double agrees with the rounding to 1e-4.
    testing::Random random(20260401);
    for (int i = 0; i < 2000; ++i) {
        const Decimal actual{random.between(-999'999'999, 999'999'999),
                             static_cast<int>(random.between(0, 4))};
        const Decimal plan{random.between(1, 999'999), static_cast<int>(random.between(0, 4))};
        CAPTURE(actual);
        CAPTURE(plan);
        const auto ratio = make_ratio(actual, plan);
        REQUIRE(ratio);
        const Decimal error = (actual - ratio->rounded * plan);
        const Decimal bound = Decimal{5, 5} * plan;
        CHECK(error <= bound);
        CHECK(-error <= bound);
        CHECK(std::abs(ratio->value - ratio->rounded.to_double()) <=
              0.00005 + 1e-12 * std::abs(ratio->value));
    }
}

// ------------------------------------------------------------------ many reports

TEST_CASE("many reports: a joint project reported twice is counted once") {
    // The seed, and the seed again as if another city had sent it: its three joint projects
    // with 道 (UIJ ターン新規就業, 外国人の活躍, いしかり) have the same round, name and
    // partners.
    Report other = seed();
    other.municipality = "小樽市";
    const std::vector<Report> reports{seed(), other};
    const CollectionEvaluation c = evaluate_collection(reports);
    CHECK(c.reports.size() == 2);
    CHECK(c.reports[1].summary == c.reports[0].summary); // each report on its own
    CHECK(c.duplicates_merged == 3);
    REQUIRE(c.merged.size() == 3);
    CHECK(c.merged[0].round_fiscal_year == FiscalYear{2019});
    CHECK(c.merged[0].name == seed().rounds[0].projects[1].name);
    CHECK(c.merged[0].partners == std::vector<std::string>{"道"});
    CHECK(c.merged[0].kept_report == 0);
    CHECK(c.merged[0].kept_pointer == "/rounds/0/projects/1");
    CHECK(c.merged[0].merged_report == 1);
    CHECK(c.merged[0].merged_pointer == "/rounds/0/projects/1");
    CHECK(c.merged[1].kept_pointer == "/rounds/0/projects/2");
    CHECK(c.merged[2].kept_pointer == "/rounds/1/projects/1");
    // Projects: 6 + 6 - 3 = 9. KPIs: single projects 3 + 3 + 3 = 9, twice = 18, plus the
    // joint ones once: 2 + 4 + 2 = 8; 26.
    CHECK(c.summary.projects.total == 9);
    CHECK(c.summary.kpis.total == 26);
    // KPIs met, confirmed: UIJ ターンによる ①②③ twice + 外国人 ① once = 7; provisional:
    // デジタル ①②③ twice = 6; not met confirmed: 外国人 ②③④ once = 3.
    CHECK(c.summary.kpis.met_confirmed == 7);
    CHECK(c.summary.kpis.met_provisional == 6);
    CHECK(c.summary.kpis.not_met_confirmed == 3);
    CHECK(rounded(c.summary.kpis_met.confirmed_of_judged.value) == "0.7000"); // 7 / 10
    // Own budgets: single ones 27,125 + 25,370 + 8,359 = 60,854, twice = 121,708, plus the
    // joint ones once: 9,650 + 23,500 = 33,150; 154,858. The joint total 71,349 once.
    CHECK(c.summary.budget.own == Money{d("154858")});
    CHECK(c.summary.budget.joint_total == Money{d("71349")});
    CHECK(c.summary.budget.joint_total_projects == 1);
}

TEST_CASE("many reports: what is and is not the same joint project") {
    const auto joint = [](const char* name, std::vector<std::string> partners, int round_year) {
        Project p = make_project({single_year("10", "12")});
        p.name = name;
        p.application = Application::joint;
        p.partners = std::move(partners);
        Round r;
        r.fiscal_year = FiscalYear{round_year};
        r.projects = {p};
        Report report;
        report.rounds = {r};
        return report;
    };
    const std::string a = "道";
    const std::string b = "小樽市";
    struct Row {
        const char* what;
        Report first;
        Report second;
        std::size_t merged;
    };
    const Row rows[] = {
        {"same", joint("UIJ project", {a}, 2019), joint("UIJ project", {a}, 2019), 1},
        {"spacing and full width differ", joint("UIJ project", {a}, 2019),
         joint("ＵＩＪ\u3000project", {a}, 2019), 1}, // ＵＩＪ　project
        {"partners in another order", joint("P", {a, b}, 2019), joint("P", {b, a}, 2019), 1},
        {"another partner", joint("P", {a}, 2019), joint("P", {b}, 2019), 0},
        {"another round", joint("P", {a}, 2019), joint("P", {a}, 2020), 0},
        {"another name", joint("P", {a}, 2019), joint("Q", {a}, 2019), 0},
    };
    for (const auto& row : rows) {
        CAPTURE(row.what);
        const std::vector<Report> reports{row.first, row.second};
        const CollectionEvaluation c = evaluate_collection(reports);
        CHECK(c.duplicates_merged == row.merged);
        CHECK(c.summary.projects.total == 2 - row.merged);
    }
    // A single project is never merged, and copies within one report are not merged.
    Report single = joint("P", {}, 2019);
    single.rounds[0].projects[0].application = Application::single;
    const std::vector<Report> singles{single, single};
    CHECK(evaluate_collection(singles).duplicates_merged == 0);
    Report twice = joint("P", {a}, 2019);
    twice.rounds[0].projects.push_back(twice.rounds[0].projects[0]);
    const std::vector<Report> one{twice};
    CHECK(evaluate_collection(one).duplicates_merged == 0);
    CHECK(evaluate_collection(one).summary.projects.total == 2);
}

TEST_CASE("many reports: the national summary is the summary of the projects kept") {
    // What `summary` means, computed the plain way: summarize() over every project but the
    // copies listed in `merged`.
    const std::vector<Report> reports =
        bench::generate_corpus(bench::CorpusOptions{.seed = 91, .municipalities = 200});
    const CollectionEvaluation c = evaluate_collection(reports);
    REQUIRE(c.duplicates_merged > 20);
    std::set<std::pair<std::size_t, std::string>> left_out;
    for (const MergedDuplicate& m : c.merged) {
        left_out.emplace(m.merged_report, m.merged_pointer);
    }
    REQUIRE(left_out.size() == c.merged.size());
    std::vector<const ProjectEvaluation*> kept;
    for (std::size_t i = 0; i < c.reports.size(); ++i) {
        const auto& rounds = c.reports[i].rounds;
        for (std::size_t r = 0; r < rounds.size(); ++r) {
            for (std::size_t p = 0; p < rounds[r].projects.size(); ++p) {
                const std::string pointer =
                    "/rounds/" + std::to_string(r) + "/projects/" + std::to_string(p);
                if (left_out.count({i, pointer}) == 0) {
                    kept.push_back(&rounds[r].projects[p]);
                }
            }
        }
    }
    const Summary expected = summarize(kept);
    CHECK(c.summary == expected);
    // The same digits too (Decimal's == compares values: 1.50 == 1.5).
    const BudgetTotals& got = c.summary.budget;
    CHECK(got.own.amount().to_string() == expected.budget.own.amount().to_string());
    CHECK(got.own_national_share.amount().to_string() ==
          expected.budget.own_national_share.amount().to_string());
    CHECK(got.joint_total.amount().to_string() == expected.budget.joint_total.amount().to_string());
    CHECK(got.joint_total_national_share.amount().to_string() ==
          expected.budget.joint_total_national_share.amount().to_string());
}

TEST_CASE("many reports: a national sum of money beyond 18 digits is an error") {
    // Each report's own budget fits 18 digits; the two together do not.
    Report report;
    Project& project =
        report.rounds.emplace_back().projects.emplace_back(make_project({single_year("10", "12")}));
    project.budget = Money{d("600000000000000000")};
    const std::vector<Report> reports{report, report};
    REQUIRE(try_evaluate(report));
    const auto both = try_evaluate_collection(reports);
    REQUIRE_FALSE(both);
    CHECK(both.error().message ==
          "600000000000000000 + 600000000000000000: the result needs more than 18 digits");
    CHECK_THROWS_AS((void)evaluate_collection(reports), error_exception);
}

TEST_CASE("random reports: evaluate never throws and its counts add up") {
    std::size_t kpis = 0;
    std::size_t judged = 0;
    std::size_t weak = 0;
    std::size_t weak_counted = 0;
    for (std::uint64_t seed_value = 1; seed_value <= 200; ++seed_value) {
        CAPTURE(seed_value);
        testing::RandomReportOptions options;
        options.provenance = seed_value % 2 == 0; // bases and own parts in every other one
        const Report report = testing::random_report(seed_value, options);
        const auto result = try_evaluate(report);
        REQUIRE(result);
        const Summary& s = result->summary;
        CHECK(s.kpis.weak_direction <= s.kpis.judged());
        CHECK(s.budget.own_parts <= s.budget.joint_total_projects);
        CHECK(s.kpis.judged() + s.kpis.no_plan + s.kpis.not_reported == s.kpis.total);
        CHECK(s.projects.judged() + s.projects.not_judged == s.projects.total);
        CHECK(s.budget.own_projects + s.budget.joint_total_projects == s.projects.total);
        weak_counted += s.kpis.weak_direction;
        for (const auto& round : result->rounds) {
            for (const auto& project : round.projects) {
                for (const auto& kpi : project.kpis) {
                    CHECK((kpi.latest_year.has_value() ==
                           (kpi.verdict == Verdict::met || kpi.verdict == Verdict::not_met)));
                    CHECK((kpi.effect == EffectRating::not_rated) == !kpi.latest_year.has_value());
                    weak += kpi.latest_year && kpi.direction_basis.is_weak() ? 1 : 0;
                    ++kpis;
                    judged += kpi.latest_year ? 1 : 0;
                }
            }
        }
    }
    // The checks above ran on KPIs of every kind.
    CHECK(weak == weak_counted);
    CHECK(weak > 50);
    CHECK(kpis > 1000);
    CHECK(judged > 100);
    CHECK(judged < kpis);
}

TEST_SUITE_END();
