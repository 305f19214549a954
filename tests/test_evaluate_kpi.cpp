// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/evaluate.hpp>

#include "support/evaluate_helpers.hpp"
#include "support/printers.hpp"

#include <doctest/doctest.h>

#include <vector>

// The edge cases of docs/evaluation.md for KPI-years and KPIs, on small hand-built KPIs:
// direction, plan 0, progress, provisional years, the latest year, running totals, the
// direction's basis.

using namespace grantkpi;
using namespace grantkpi::testing::evaluate_helpers;
using testing::c;
using testing::d;
using testing::e;

TEST_SUITE_BEGIN("evaluate");

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

TEST_SUITE_END();
