// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the rules on a KPI's values and unit: GK403, GK406, GK407, GK409. Each check_
// function is the rule's cheap question, asked of the KPI (and of the KpiFacts that
// fast_path.hpp gathers); each report_ function (value_rules.cpp) is its full check and
// message. Their diagnostics are in docs/validation-rules.md, their tests in
// tests/test_validate_values.cpp.

#include "validate/fast_path.hpp"
#include "validate/findings.hpp"
#include "validate/label_kinds.hpp"
#include "validate/messages.hpp"

#include <grantkpi/kpi.hpp>

#include <algorithm>

namespace grantkpi::detail::validation {

GRANTKPI_COLD void report_negative_values(Findings& out, const Kpi& kpi, const Pointer& at);
GRANTKPI_COLD void report_percent_range(Findings& out, const Kpi& kpi, const Pointer& at);
GRANTKPI_COLD void report_unit_label(Findings& out, const Kpi& kpi, UnitKind label_kind,
                                     const Pointer& at);
GRANTKPI_COLD void report_no_plan_value(Findings& out, const Kpi& kpi, const Pointer& at);

inline bool is_negative(const Observation& cell) noexcept {
    return cell.has_value() && cell.value()->is_negative();
}

inline bool outside_percent_range(const Observation& cell) noexcept {
    if (!cell.has_value()) {
        return false;
    }
    const Decimal value = *cell.value();
    return value < Decimal{0} || value > Decimal{100};
}

/// True when `test(cell)` holds for a cell of the KPI (baselines, plan row, actual row).
template <class Test>
bool any_cell(const Kpi& kpi, Test test) {
    const auto in_row = [&](const Series& series) {
        return std::any_of(series.begin(), series.end(),
                           [&](const PeriodValue& v) { return test(v.value); });
    };
    return test(kpi.baseline.plan) || test(kpi.baseline.actual) || in_row(kpi.plan) ||
           in_row(kpi.actual);
}

/// GK403: only an increment KPI counts a change, which may be negative.
inline void check_negative_values(Findings& out, const Kpi& kpi, const KpiFacts& facts,
                                  const Pointer& at) {
    if (kpi.accumulation != Accumulation::increment &&
        (facts.plan.has_negative || facts.actual.has_negative || is_negative(kpi.baseline.plan) ||
         is_negative(kpi.baseline.actual))) {
        report_negative_values(out, kpi, at);
    }
}

/// GK406: an increment percent KPI counts percentage points of change, which may be negative
/// or large; the others hold a share.
inline void check_percent_range(Findings& out, const Kpi& kpi, const Pointer& at) {
    if (kpi.unit.kind == UnitKind::percent && kpi.accumulation != Accumulation::increment &&
        any_cell(kpi, [](const Observation& cell) { return outside_percent_range(cell); })) {
        report_percent_range(out, kpi, at);
    }
}

/// GK407: the model keeps one unit per KPI (the text layout writes it on the plan row only),
/// so rows cannot disagree; what can disagree is the kind with the label.
inline void check_unit_label(Findings& out, LabelKinds& label_kinds, const Kpi& kpi,
                             const Pointer& at) {
    const UnitKind label_kind = label_kinds.classify(kpi.unit.label);
    if (label_kind != UnitKind::other && label_kind != kpi.unit.kind) {
        report_unit_label(out, kpi, label_kind, at);
    }
}

/// GK409.
inline void check_has_plan_value(Findings& out, const Kpi& kpi, const KpiFacts& facts,
                                 const Pointer& at) {
    if (!facts.plan.has_value) {
        report_no_plan_value(out, kpi, at);
    }
}

} // namespace grantkpi::detail::validation
