// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// What the validation tests (tests/test_validate_*.cpp) share: a small report that breaks no
// rule, to which each test makes one change; the rows of the table-driven rule tests (a
// change that triggers a rule, and one close to it that does not), one table per family of
// rules as src/validate/ has them; and ways to look at what validate found.

#include <grantkpi/validate.hpp>

#include "support/values.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace grantkpi::testing::validation {

inline Series row(std::initializer_list<std::pair<int, Observation>> cells) {
    Series series;
    for (const auto& [year, cell] : cells) {
        series.values.push_back(PeriodValue{FiscalYear{year}, cell});
    }
    return series;
}

inline constexpr const char* scheme = "地方創生推進交付金";
inline constexpr const char* prefecture = "道";
inline constexpr const char* other_scheme = "デジタル田園都市国家構想交付金";
inline constexpr const char* point_label = "ポイント";
inline constexpr std::string_view thousand_yen = "千円";
inline constexpr std::string_view joint_word = "共同申請";
inline constexpr std::string_view single_word = "単独申請";
inline constexpr std::string_view expected_word = "見込";
inline constexpr std::string_view baseline_word = "当初値";
inline const std::string kpi1 = "KPI①";
inline const std::string kpi2 = "KPI②";
inline const std::string kpi3 = "KPI③";

/// A small report that breaks no rule: R1 round, one single project R1..R3 with a level count
/// KPI, a cumulative count KPI and a level percent KPI. Each rule test changes one thing.
inline Report valid_report() {
    Kpi level;
    level.number = 1;
    level.title = "level";
    level.unit = Unit::from_label("件");
    level.baseline = Baseline{c("5"), c("6"), {}};
    level.plan = row({{2019, c("10")}, {2020, c("20")}, {2021, c("30")}});
    level.actual = row({{2019, c("8")}, {2020, c("25")}, {2021, c("31")}});

    Kpi cumulative;
    cumulative.number = 2;
    cumulative.title = "cumulative";
    cumulative.unit = Unit::from_label("社");
    cumulative.accumulation = Accumulation::cumulative;
    cumulative.plan = row({{2019, c("10")}, {2020, c("20")}, {2021, c("30")}});
    cumulative.actual = row({{2019, c("5")}, {2020, c("15")}, {2021, c("25")}});

    Kpi percent;
    percent.number = 3;
    percent.title = "percent";
    percent.unit = Unit::from_label("%");
    percent.baseline = Baseline{c("31.20"), c("31.20"), {}};
    percent.plan = row({{2019, c("50")}, {2020, c("60")}, {2021, c("70")}});
    percent.actual = row({{2019, c("45.5")}, {2020, c("61")}, {2021, Observation::not_set()}});

    Project project;
    project.name = "project";
    project.budget = Money{Decimal{1000}};
    project.first_fiscal_year = FiscalYear{2019};
    project.last_fiscal_year = FiscalYear{2021};
    project.kpis = {level, cumulative, percent};

    Round round;
    round.fiscal_year = FiscalYear{2019};
    round.scheme = scheme;
    round.national_share = Fraction{1, 2};
    round.projects = {project};

    Report report;
    report.rounds = {round};
    return report;
}

inline Project& project0(Report& r) {
    return r.rounds.at(0).projects.at(0);
}
inline Kpi& kpi(Report& r, std::size_t k) {
    return project0(r).kpis.at(k);
}

inline std::vector<Diagnostic> with_code(const std::vector<Diagnostic>& all,
                                         std::string_view code) {
    std::vector<Diagnostic> found;
    std::copy_if(all.begin(), all.end(), std::back_inserter(found),
                 [&](const Diagnostic& d) { return d.code == code; });
    return found;
}

/// A diagnostic's code and pointer, to compare lists of findings.
struct Found {
    std::string code;
    std::string pointer;

    friend bool operator==(const Found&, const Found&) = default;
};

inline std::vector<Found> codes_and_pointers(const std::vector<Diagnostic>& all) {
    std::vector<Found> found;
    for (const auto& d : all) {
        found.push_back({d.code, d.pointer});
    }
    return found;
}

/// A change to valid_report() that breaks one rule once, with the diagnostic's pointer and
/// message, checked exactly.
struct Triggers {
    std::string code;
    std::string what;
    std::function<void(Report&)> change;
    std::string pointer;
    std::string message;
};

/// A change to valid_report() that comes as close to a rule as the rule allows, without
/// breaking it.
struct Passes {
    std::string code;
    std::string what;
    std::function<void(Report&)> change;
};

/// `row(field, ...)` appends a Triggers or Passes row to `rows`, its fields in the struct's
/// order: the tables of the family files are written with it.
template <class Row>
auto row_adder(std::vector<Row>& rows) {
    return [&rows](auto&&... fields) {
        rows.push_back(Row{std::forward<decltype(fields)>(fields)...});
    };
}

/// The rows of each family (test_validate_<family>.cpp), as src/validate/ groups the rules.
std::vector<Triggers> structure_triggering();
std::vector<Passes> structure_passing();
std::vector<Triggers> budget_triggering();
std::vector<Passes> budget_passing();
std::vector<Triggers> series_triggering();
std::vector<Passes> series_passing();
std::vector<Triggers> value_triggering();
std::vector<Passes> value_passing();
std::vector<Triggers> direction_triggering();
std::vector<Passes> direction_passing();

/// The diagnostics of the row's code that validating valid_report() after the row's change
/// gives.
template <class Row>
std::vector<Diagnostic> found_after(const Row& row) {
    Report report = valid_report();
    row.change(report);
    return with_code(validate(report), row.code);
}

/// Each row's change gives exactly one diagnostic of its code, with its pointer, message and
/// the rule's severity.
inline void check_triggering(const std::vector<Triggers>& rows) {
    REQUIRE_FALSE(rows.empty());
    for (const auto& row : rows) {
        CAPTURE(row.code);
        CAPTURE(row.what);
        const auto found = found_after(row);
        REQUIRE(found.size() == 1);
        CHECK(found[0].severity == find_validation_rule(row.code)->severity);
        CHECK(found[0].pointer == row.pointer);
        CHECK(found[0].message == row.message);
        CHECK(found[0].file.empty());
        CHECK(found[0].line == 0);
    }
}

/// No row's change gives a diagnostic of its code.
inline void check_passing(const std::vector<Passes>& rows) {
    REQUIRE_FALSE(rows.empty());
    for (const auto& row : rows) {
        CAPTURE(row.code);
        CAPTURE(row.what);
        const auto found = found_after(row);
        for (const auto& d : found) {
            CAPTURE(d.to_string());
        }
        CHECK(found.empty());
    }
}

} // namespace grantkpi::testing::validation
