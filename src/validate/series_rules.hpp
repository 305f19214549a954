// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the rules on the years and the order of a KPI's plan and actual rows: GK401,
// GK402, GK404, GK405, GK408. Each check_ function is the rule's cheap question, asked of
// the KpiFacts that fast_path.hpp gathers for every KPI; each report_ function
// (series_rules.cpp) is its full check and message. Their diagnostics are in
// docs/validation-rules.md, their tests in tests/test_validate_series.cpp.

#include "validate/fast_path.hpp"
#include "validate/findings.hpp"
#include "validate/messages.hpp"

#include <grantkpi/kpi.hpp>
#include <grantkpi/project.hpp>

namespace grantkpi::detail::validation {

GRANTKPI_COLD void report_years_outside_span(Findings& out, const Project& project, const Kpi& kpi,
                                             const Pointer& at);
GRANTKPI_COLD void report_repeated_years(Findings& out, const Kpi& kpi, bool plan_increasing,
                                         bool actual_increasing, const Pointer& at);
GRANTKPI_COLD void report_fall(Findings& out, const Kpi& kpi, const PeriodValue& before,
                               const PeriodValue& after, const Pointer& at);
GRANTKPI_COLD void report_falls_by_year(Findings& out, const Kpi& kpi, const Pointer& at);
GRANTKPI_COLD void report_expected_then_confirmed(Findings& out, const Kpi& kpi, bool in_year_order,
                                                  const Pointer& at);
GRANTKPI_COLD void report_years_in_one_row(Findings& out, const Kpi& kpi, const Pointer& at);

/// GK401: outside first..last. When the span itself is wrong (GK301, `span_ok` false) every
/// year would be reported; the span is the thing to fix, so the years are not.
inline void check_years_in_span(Findings& out, const Project& project, const Kpi& kpi,
                                const KpiFacts& facts, bool span_ok, const Pointer& at) {
    if (span_ok && !(facts.plan.in_span && facts.actual.in_span)) {
        report_years_outside_span(out, project, kpi, at);
    }
}

/// GK402: only a row whose years do not increase can have a year twice.
inline void check_repeated_years(Findings& out, const Kpi& kpi, const KpiFacts& facts,
                                 const Pointer& at) {
    if (!facts.plan.increasing || !facts.actual.increasing) {
        report_repeated_years(out, kpi, facts.plan.increasing, facts.actual.increasing, at);
    }
}

/// GK404: confirmed actuals in fiscal-year order must not fall. When the actual row's years
/// increase, its column order is the fiscal-year order, and the confirmed cells are compared
/// here in one pass; otherwise report_falls_by_year sorts them first.
inline void check_cumulative(Findings& out, const Kpi& kpi, const KpiFacts& facts,
                             const Pointer& at) {
    if (kpi.accumulation != Accumulation::cumulative) {
        return;
    }
    if (!facts.actual.increasing) {
        report_falls_by_year(out, kpi, at);
        return;
    }
    const PeriodValue* before = nullptr;
    for (const auto& v : kpi.actual) {
        if (v.value.is_confirmed()) {
            if (before != nullptr && *v.value.value() < *before->value.value()) {
                report_fall(out, kpi, *before, v, at);
            }
            before = &v;
        }
    }
}

/// GK405: only a KPI with an expected actual. When the actual row's years increase, only one
/// with a confirmed value in a column after an expected one.
inline void check_expected_then_confirmed(Findings& out, const Kpi& kpi, const KpiFacts& facts,
                                          const Pointer& at) {
    const RowFacts& actual = facts.actual;
    if (actual.increasing ? actual.confirmed_after_expected : actual.has_expected) {
        report_expected_then_confirmed(out, kpi, actual.increasing, at);
    }
}

/// GK408: only a KPI whose rows differ in their years (or in their order).
inline void check_years_in_both_rows(Findings& out, const Kpi& kpi, const KpiFacts& facts,
                                     const Pointer& at) {
    if (!facts.same_years) {
        report_years_in_one_row(out, kpi, at);
    }
}

} // namespace grantkpi::detail::validation
