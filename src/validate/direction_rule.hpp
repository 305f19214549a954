// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: GK410, the rule on a KPI's direction, which judges the KPI the way the evaluation
// does. check_weak_direction is its cheap question, asked of every KPI; report_weak_direction
// (direction_rule.cpp) its full check and message. Its diagnostic is in
// docs/validation-rules.md, its tests in tests/test_validate_direction.cpp.

#include "validate/fast_path.hpp"
#include "validate/findings.hpp"
#include "validate/messages.hpp"

#include <grantkpi/kpi.hpp>

namespace grantkpi::detail::validation {

GRANTKPI_COLD void report_weak_direction(Findings& out, const Kpi& kpi, const Pointer& at);

/// GK410: only a weak direction can be wrong without anyone having said so, and only a KPI
/// with a plan and an actual value can have a verdict.
inline void check_weak_direction(Findings& out, const Kpi& kpi, const KpiFacts& facts,
                                 const Pointer& at) {
    if (kpi.direction_basis.is_weak() && facts.plan.has_value && facts.actual.has_value) {
        report_weak_direction(out, kpi, at);
    }
}

} // namespace grantkpi::detail::validation
