// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// Summaries: the project and KPI counts, the budget totals by scope and the two headline
// shares of a round, a report, a collection or any set of projects (summarize).
#include <grantkpi/evaluate.hpp>

#include "evaluate/summary.hpp"

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <type_traits>

namespace grantkpi {
namespace {

Money checked_sum(Money a, Money b) {
    return Money{a.amount().checked_add(b.amount()).value()};
}

HeadlineShare headline(std::size_t met_confirmed, std::size_t judged_confirmed, std::size_t met,
                       std::size_t judged, std::size_t all) {
    HeadlineShare h;
    h.confirmed_of_judged =
        Share{met_confirmed, judged_confirmed, make_ratio(met_confirmed, judged_confirmed)};
    h.confirmed_of_all = Share{met_confirmed, all, make_ratio(met_confirmed, all)};
    h.with_provisional_of_judged = Share{met, judged, make_ratio(met, judged)};
    h.with_provisional_of_all = Share{met, all, make_ratio(met, all)};
    return h;
}

// a += b member by member, through the Boost.Describe member list (so that a member added to
// the counts is not forgotten): counts are added, money summed exactly (checked_sum).
template <class Counts>
void add_members(Counts& a, const Counts& b) {
    using Members = boost::describe::describe_members<Counts, boost::describe::mod_public>;
    boost::mp11::mp_for_each<Members>([&](auto member) {
        auto& sum = a.*member.pointer;
        const auto& term = b.*member.pointer;
        if constexpr (std::is_same_v<std::decay_t<decltype(sum)>, Money>) {
            sum = checked_sum(sum, term);
        } else {
            sum += term;
        }
    });
}

// The budget of `p` into its scope's totals, never mixing scopes; a joint total's own part
// into the own totals.
void add_budget(BudgetTotals& b, const ProjectEvaluation& p) {
    if (p.budget_scope == BudgetScope::own) {
        ++b.own_projects;
        b.own = checked_sum(b.own, p.budget);
        b.own_national_share = checked_sum(b.own_national_share, p.national_share_amount);
    } else {
        ++b.joint_total_projects;
        b.joint_total = checked_sum(b.joint_total, p.budget);
        b.joint_total_national_share =
            checked_sum(b.joint_total_national_share, p.national_share_amount);
        if (p.own_budget && p.own_national_share_amount) {
            ++b.own_parts;
            b.own = checked_sum(b.own, *p.own_budget);
            b.own_national_share = checked_sum(b.own_national_share, *p.own_national_share_amount);
            if (p.own_national_share_amount_rounded) {
                ++b.rounded_national_shares;
            }
        }
    }
    if (p.national_share_amount_rounded) {
        ++b.rounded_national_shares;
    }
    if (p.budget_scope_basis.is_weak()) {
        ++b.weak_scopes;
    }
}

} // namespace

void detail::add_project(Summary& s, const ProjectEvaluation& p) {
    ProjectCounts& pc = s.projects;
    ++pc.total;
    switch (p.outcome) {
    case ProjectOutcome::met_at_least_one:
        ++(p.outcome_provisional ? pc.met_at_least_one_provisional : pc.met_at_least_one_confirmed);
        break;
    case ProjectOutcome::met_none:
        ++(p.outcome_provisional ? pc.met_none_provisional : pc.met_none_confirmed);
        break;
    case ProjectOutcome::not_judged:
        ++pc.not_judged;
        break;
    }
    add_members(s.kpis, p.kpi_counts);
    add_budget(s.budget, p);
}

void detail::add_summary(Summary& s, const Summary& part) {
    add_members(s.projects, part.projects);
    add_members(s.kpis, part.kpis);
    add_members(s.budget, part.budget);
}

void detail::add_headlines(Summary& s) {
    const KpiCounts& kc = s.kpis;
    s.kpis_met = headline(kc.met_confirmed, kc.judged_confirmed(), kc.met(), kc.judged(), kc.total);
    const ProjectCounts& pc = s.projects;
    s.projects_met_at_least_one = headline(pc.met_at_least_one_confirmed, pc.judged_confirmed(),
                                           pc.met_at_least_one(), pc.judged(), pc.total);
}

Summary summarize(std::span<const ProjectEvaluation* const> projects) {
    Summary s;
    for (const ProjectEvaluation* p : projects) {
        detail::add_project(s, *p);
    }
    detail::add_headlines(s);
    return s;
}

} // namespace grantkpi
