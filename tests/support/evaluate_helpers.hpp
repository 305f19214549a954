// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// What the evaluation tests (tests/test_evaluate_*.cpp) share: the seed report's evaluation
// and its projects by name, small hand-built KPIs and projects, and ways to look at a result.

#include <grantkpi/evaluate.hpp>

#include "seed.hpp"
#include "values.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace grantkpi::testing::evaluate_helpers {

inline const Report& seed() {
    return testing::seed_report();
}

inline const ReportEvaluation& seed_evaluation() {
    static const ReportEvaluation evaluation = evaluate(seed());
    return evaluation;
}

// Projects of the seed in document order: R1 [0] UIJ ターンによる..., [1] UIJ ターン新規就業...,
// [2] 外国人の活躍..., R2 [0] デジタル技術..., [1] いしかり..., R4 [0] 地域のデジタル改革...
inline const ProjectEvaluation& seed_project(std::size_t round, std::size_t project) {
    return seed_evaluation().rounds.at(round).projects.at(project);
}
inline const ProjectEvaluation& uij_return() {
    return seed_project(0, 0);
}
inline const ProjectEvaluation& uij_new_job() {
    return seed_project(0, 1);
}
inline const ProjectEvaluation& foreign() {
    return seed_project(0, 2);
}
inline const ProjectEvaluation& digital() {
    return seed_project(1, 0);
}
inline const ProjectEvaluation& ishikari() {
    return seed_project(1, 1);
}
inline const ProjectEvaluation& smart_city() {
    return seed_project(3, 0);
}

inline const KpiYearEvaluation& year_of(const KpiEvaluation& kpi, int year) {
    for (const auto& y : kpi.years) {
        if (y.year == FiscalYear{year}) {
            return y;
        }
    }
    FAIL("no year " << year);
    throw;
}

inline Observation none() {
    return Observation::not_set();
}

/// The ratio rounded to 4 decimals as text, "none" for no ratio.
inline std::string rounded(const std::optional<Ratio>& ratio) {
    return ratio ? ratio->rounded.to_string() : std::string("none");
}

/// KPI ① "kpi" in 件 with the given (fiscal year, cell) columns.
inline Kpi make_kpi(std::initializer_list<std::pair<int, Observation>> plan,
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

/// A one-KPI-year KPI: plan and actual for R1.
inline Kpi single_year(const char* plan, const char* actual,
                       Direction direction = Direction::increase, Baseline baseline = {}) {
    return make_kpi({{2019, c(plan)}}, {{2019, c(actual)}}, direction, Accumulation::level,
                    baseline);
}

/// A project of FY2019..FY2021 with these KPIs, budget (thousand yen) and national share.
inline Project make_project(std::vector<Kpi> kpis, const char* budget = "1000",
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

} // namespace grantkpi::testing::evaluate_helpers
