// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/evaluate.hpp>

#include "support/evaluate_helpers.hpp"
#include "support/printers.hpp"
#include "support/random_report.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

// Seeded properties of the evaluation: the years of any table agree with a plain scan, rows
// of 9,000 years are judged exactly and quickly, and random reports evaluate with counts
// that add up.

using namespace grantkpi;
using namespace grantkpi::testing::evaluate_helpers;
using testing::c;

TEST_SUITE_BEGIN("evaluate");

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

// Plan FY9999 down to FY1000 without FY3333, then FY5000 again (ignored: its first cells
// count); actual in a scrambled order (column i has FY1000 + 7919 i mod 9000) without FY2000
// and FY7777, then FY4242 again (ignored). Plans 10; actuals the year, expected (見込) for
// FY9999.
Kpi scrambled_9000_years() {
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
    return kpi;
}

// Both rows falling, FY9999 down to FY1000, in the same columns: plans 100, actuals 99 in
// even years and 101 in odd ones; lower is better.
Kpi falling_9000_years() {
    Kpi falling = make_kpi({}, {}, Direction::decrease);
    for (int year = 9999; year >= 1000; --year) {
        falling.plan.values.push_back(PeriodValue{FiscalYear{year}, c("100")});
        falling.actual.values.push_back(
            PeriodValue{FiscalYear{year}, year % 2 == 0 ? c("99") : c("101")});
    }
    return falling;
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

TEST_CASE("KPI: rows of 9,000 years in scrambled order, exactly and quickly") {
    const KpiEvaluation ev = evaluate_kpi(scrambled_9000_years());
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
}

TEST_CASE("KPI: rows of 9,000 years in falling order, every year judged once in column order") {
    const KpiEvaluation fell = evaluate_kpi(falling_9000_years());
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
}

TEST_CASE("KPI: rows of 9,000 years in a report are evaluated as on their own") {
    const Kpi kpi = scrambled_9000_years();
    const Kpi falling = falling_9000_years();
    Report report;
    report.rounds.emplace_back().projects.push_back(make_project({kpi, falling}));
    const ReportEvaluation whole = evaluate(report);
    CHECK(whole.rounds.at(0).projects.at(0).kpis.at(0) == evaluate_kpi(kpi));
    CHECK(whole.rounds.at(0).projects.at(0).kpis.at(1) == evaluate_kpi(falling));
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
