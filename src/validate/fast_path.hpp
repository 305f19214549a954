// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the fast path's scan, what one pass over a KPI's rows tells the KPI rules.
//
// How the validator keeps fast. It visits every cell of a report, and nearly all cells, KPIs
// and projects break no rule, so each rule first asks a cheap question (its check_ function
// in the file of its family: structure_rules.hpp, budget_rules.hpp, series_rules.hpp,
// value_rules.hpp, direction_rule.hpp); only when the answer is "maybe" does its full check
// run (its report_ function, out of line and marked cold in the family's .cpp), and only
// that builds messages and pointers. A clean report allocates nothing (unless a unit label
// is new to the thread, or longer than LabelKinds keeps, or its rounds' years, a project's
// KPI numbers or a KPI row's years do not increase, or a KPI's two rows have other years,
// when GK101, GK307, GK402, GK404, GK405 or GK408 sorts them).
//
// A full check is O(n log n) at worst in what it checks (rounds, KPIs, a row's cells): it
// sorts, never compares each element with every other. A KPI row may have 9,000 years
// (FY1000..FY9999), and a crafted file of many such rows in shuffled order took minutes.
//
// What it costs in separation. A KPI rule's question is not asked of the cells themselves:
// the facts it needs (do the years increase, are they inside the project's span, is a value
// negative, set or expected, is a confirmed value after an expected one, do the two rows
// have the same years) are gathered here, for every KPI rule at once, in one branch-free
// pass over both rows. So a KPI rule lives in three places instead of one: the fact in
// RowScan below, its question and its full check with its message in its family's files,
// and its call in validate.cpp's walk, which also fixes the order of the diagnostics. A
// rule that needs a new fact adds it here. The rules above the KPI (GK1xx .. GK3xx) ask
// their questions of the round or project directly and need nothing from this file. And
// every rule's check is two functions, not one: the question, inline in the walk, and the
// full check, out of line, which repeats the question's test cell by cell to say where.
//
// Why it exists, measured on the benchmark corpus x1 (1,741 reports, 919 diagnostics), one
// validate of each report, g++ 12 -O2, when the rules were split into these files: with the
// fast path, 23.3 million instructions (callgrind); with every full check run on every KPI
// instead (no scan, the same 919 diagnostics), 185.8 million, 8 times as many, most of them
// sorting rows and allocating. In time, a median of 21 to 26 ms against 116 to 128 ms (31
// runs, repeated three times, on a shared 2-core machine).

#include <grantkpi/kpi.hpp>
#include <grantkpi/project.hpp>

#include <algorithm>
#include <cstddef>
#include <limits>

namespace grantkpi::detail::validation {

/// What a plan or actual row tells the KPI rules.
struct RowFacts {
    bool increasing = true;    // years strictly increase column by column: no year twice
    bool in_span = true;       // every year is within the project's first..last
    bool has_negative = false; // a value is negative
    bool has_value = false;    // a cell is set
    bool has_expected = false; // a value is expected (見込)
    // A confirmed value is in a column after an expected one; when the years increase,
    // that is what GK405 reports.
    bool confirmed_after_expected = false;
};

/// Gathers the RowFacts of a row cell by cell, without branches: a row has a handful of
/// cells, and branching on each would cost more than the checks.
class RowScan {
public:
    void add(const PeriodValue& cell) noexcept {
        add_year(cell.year);
        add_value(cell.value);
    }
    void add_year(FiscalYear year) noexcept {
        increasing_ &= previous_ < year;
        previous_ = year;
        lowest_ = std::min(lowest_, year);
        highest_ = std::max(highest_, year);
    }
    void add_value(const Observation& value) noexcept {
        confirmed_after_expected_ |=
            (statuses_ & status_bit(ObservationStatus::expected)) != 0 && value.is_confirmed();
        statuses_ |= status_bit(value.status());
        negative_ |= value.value().value_or(Decimal{}).is_negative();
    }
    /// For a row with the same years as `other`, column by column.
    void add_years_of(const RowScan& other) noexcept {
        previous_ = other.previous_;
        lowest_ = other.lowest_;
        highest_ = other.highest_;
        increasing_ = other.increasing_;
    }

    [[nodiscard]] RowFacts facts(const Project& project) const noexcept {
        RowFacts facts;
        // A first year of std::numeric_limits<int>::min() counts as not increasing: that
        // only sends the row to the rules' full checks.
        facts.increasing = increasing_;
        facts.in_span =
            lowest_ > highest_ || // no cell
            (project.first_fiscal_year <= lowest_ && highest_ <= project.last_fiscal_year);
        facts.has_negative = negative_;
        facts.has_value = (statuses_ & (status_bit(ObservationStatus::confirmed) |
                                        status_bit(ObservationStatus::expected))) != 0;
        facts.has_expected = (statuses_ & status_bit(ObservationStatus::expected)) != 0;
        facts.confirmed_after_expected = confirmed_after_expected_;
        return facts;
    }

private:
    static constexpr unsigned status_bit(ObservationStatus status) noexcept {
        return 1U << static_cast<unsigned>(status);
    }

    FiscalYear previous_{std::numeric_limits<int>::min()};
    FiscalYear lowest_{std::numeric_limits<int>::max()};
    FiscalYear highest_{std::numeric_limits<int>::min()};
    bool increasing_ = true;
    bool negative_ = false;
    bool confirmed_after_expected_ = false;
    unsigned statuses_ = 0; // bit s: a cell has ObservationStatus s
};

/// What both rows of a KPI tell the KPI rules.
struct KpiFacts {
    RowFacts plan;
    RowFacts actual;
    // Both rows have the same years in the same columns: then each year of one row is in
    // the other (GK408).
    bool same_years = false;
};

/// One pass over both rows of a KPI. The rows usually have the same years column by column;
/// then they are read side by side, and the years of the plan row stand for both.
inline KpiFacts facts_of(const Kpi& kpi, const Project& project) noexcept {
    const auto& plan = kpi.plan.values;
    const auto& actual = kpi.actual.values;
    RowScan plan_scan;
    RowScan actual_scan;
    bool same_years = plan.size() == actual.size();
    if (same_years) {
        for (std::size_t i = 0; i < plan.size(); ++i) {
            plan_scan.add(plan[i]);
            actual_scan.add_value(actual[i].value);
            same_years &= plan[i].year == actual[i].year;
        }
    } else {
        for (const PeriodValue& cell : plan) {
            plan_scan.add(cell);
        }
        for (const PeriodValue& cell : actual) {
            actual_scan.add_value(cell.value);
        }
    }
    if (same_years) {
        actual_scan.add_years_of(plan_scan);
    } else {
        for (const PeriodValue& cell : actual) {
            actual_scan.add_year(cell.year);
        }
    }
    return {plan_scan.facts(project), actual_scan.facts(project), same_years};
}

} // namespace grantkpi::detail::validation
