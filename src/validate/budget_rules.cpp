// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "validate/budget_rules.hpp"

#include <grantkpi/money.hpp>

namespace grantkpi::detail::validation {

void report_round_share(Findings& out, const Round& round, const Pointer& at) {
    out.add("GK202", at + "/national_share",
            concat("national share ", round.national_share->to_string(), " is outside (0, 1]"));
}

void report_share_differs(Findings& out, const Round& round, const Project& project,
                          const Pointer& at) {
    out.add("GK204", at + "/national_share",
            concat("project national share ", project.national_share.to_string(),
                   " differs from the round's ", round.national_share->to_string()));
}

void report_budget_not_positive(Findings& out, const Project& project, const Pointer& at) {
    out.add("GK302", at + "/budget",
            concat("budget ", to_string(project.budget), " is not positive"));
}

void report_project_share(Findings& out, const Project& project, const Pointer& at) {
    out.add("GK303", at + "/national_share",
            concat("national share ", project.national_share.to_string(), " is outside (0, 1]"));
}

// GK310 when the budget is the project's own (the part is then never used), else GK309 when
// the part is negative or larger than the joint total.
void report_own_budget(Findings& out, const Project& project, const Pointer& at) {
    const Money own = *project.own_budget;
    if (project.budget_scope == BudgetScope::own) {
        out.add("GK310", at + "/own_budget",
                concat("own part ", to_string(own), " is given, but the budget ",
                       to_string(project.budget),
                       " is the project's own (budget_scope own): the evaluation adds the whole "
                       "budget and not the part; if the budget is the whole joint project's, its "
                       "scope is joint_total"));
        return;
    }
    if (own.amount() < Decimal{0} || own.amount() > project.budget.amount()) {
        out.add("GK309", at + "/own_budget",
                concat("own part ", to_string(own), " of the joint-total budget ",
                       to_string(project.budget),
                       own.amount() < Decimal{0} ? " is negative" : " is larger than the whole"));
    }
}

} // namespace grantkpi::detail::validation
