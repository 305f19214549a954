// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/evaluate.hpp>

#include "support/evaluate_helpers.hpp"
#include "support/printers.hpp"

#include <doctest/doctest.h>

#include <vector>

// Hand-calculated figures of the seed report (examples/data/sapporo_fy2022.txt, Sapporo
// city; its JSON form examples/data/sapporo_fy2022.json), each with its calculation: KPI-years,
// KPIs, projects, the report's headline figures and its round summaries.

using namespace grantkpi;
using namespace grantkpi::testing::evaluate_helpers;
using testing::c;
using testing::d;
using testing::e;

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

TEST_SUITE_END();
