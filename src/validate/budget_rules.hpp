// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the rules on money and national shares: GK202, GK204, GK302, GK303, GK309,
// GK310. Each check_ function is the rule's cheap question, which validate.cpp asks of every
// round or project; each report_ function (budget_rules.cpp) is its full check and message.
// Their diagnostics are in docs/validation-rules.md, their tests in
// tests/test_validate_budget.cpp.

#include "validate/findings.hpp"
#include "validate/messages.hpp"

#include <grantkpi/fraction.hpp>
#include <grantkpi/report.hpp>

namespace grantkpi::detail::validation {

GRANTKPI_COLD void report_round_share(Findings& out, const Round& round, const Pointer& at);
GRANTKPI_COLD void report_share_differs(Findings& out, const Round& round, const Project& project,
                                        const Pointer& at);
GRANTKPI_COLD void report_budget_not_positive(Findings& out, const Project& project,
                                              const Pointer& at);
GRANTKPI_COLD void report_project_share(Findings& out, const Project& project, const Pointer& at);
GRANTKPI_COLD void report_own_budget(Findings& out, const Project& project, const Pointer& at);

/// (0, 1]: a share of 1/1 passes, 0 does not.
inline bool share_in_range(Fraction share) noexcept {
    return share > Fraction{0, 1} && share <= Fraction{1, 1};
}

/// GK202. A round without a national share is not checked.
inline void check_round_share(Findings& out, const Round& round, const Pointer& at) {
    if (round.national_share && !share_in_range(*round.national_share)) {
        report_round_share(out, round, at);
    }
}

/// GK204, with the round (it compares the project with its round's heading).
inline void check_share_matches_round(Findings& out, const Round& round, const Project& project,
                                      const Pointer& at) {
    if (round.national_share && project.national_share != *round.national_share) {
        report_share_differs(out, round, project, at);
    }
}

/// GK302.
inline void check_budget_positive(Findings& out, const Project& project, const Pointer& at) {
    if (project.budget.amount() <= Decimal{0}) {
        report_budget_not_positive(out, project, at);
    }
}

/// GK303.
inline void check_project_share(Findings& out, const Project& project, const Pointer& at) {
    if (!share_in_range(project.national_share)) {
        report_project_share(out, project, at);
    }
}

/// GK309, GK310: only a project that gives an own part of its budget.
inline void check_own_budget(Findings& out, const Project& project, const Pointer& at) {
    if (project.own_budget) {
        report_own_budget(out, project, at);
    }
}

} // namespace grantkpi::detail::validation
