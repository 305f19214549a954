// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// A project: its KPIs and their counts, its budget and national share, its outcome (met at
// least one KPI) and its effect rating by quorum (docs/evaluation.md).
#include <grantkpi/aggregate.hpp>
#include <grantkpi/evaluate.hpp>

#include "evaluate/fill.hpp"

#include <array>
#include <cstddef>
#include <cstdint>

namespace grantkpi {
namespace {

// amount x share into `out`: exact when that has a finite decimal value within 18 digits
// (true), else rounded to one yen (false). Throws error_exception when even that does not fit.
bool share_of(Money amount, Fraction share, Money& out) {
    if (auto exact = amount.checked_share(share)) {
        out = *exact;
        return true;
    }
    // 1/3 of an amount has no finite decimal value: round to one yen (3 decimals of thousand
    // yen), half away from zero, and say so.
    out = amount.share_rounded(share, 3, Rounding::half_away_from_zero).value();
    return false;
}

// The budget, its scope and the national share of it; the own part of a joint total.
void fill_budget(const Project& project, ProjectEvaluation& e) {
    e.budget = project.budget;
    e.budget_scope = project.budget_scope;
    e.budget_scope_basis = project.budget_scope_basis;
    e.national_share = project.national_share;
    e.national_share_amount_rounded =
        !share_of(project.budget, project.national_share, e.national_share_amount);
    if (project.budget_scope == BudgetScope::joint_total && project.own_budget) {
        e.own_budget = project.own_budget;
        e.own_national_share_amount_rounded = !share_of(*project.own_budget, project.national_share,
                                                        e.own_national_share_amount.emplace());
    }
}

// Each KPI evaluated, counted by verdict, and listed when met.
void fill_kpis(const Project& project, const EvaluationOptions& options, ProjectEvaluation& e) {
    KpiCounts& counts = e.kpi_counts;
    e.kpis.reserve(project.kpis.size());
    for (const auto& kpi : project.kpis) {
        KpiEvaluation& k = e.kpis.emplace_back();
        detail::fill_kpi(kpi, options, k);
        detail::count_kpi(counts, k); // as the aggregates count (model/aggregate.cpp)
        if (k.verdict == Verdict::met) {
            if (e.kpis_met.empty()) {
                e.kpis_met.reserve(project.kpis.size());
            }
            e.kpis_met.push_back(k.number);
        }
    }
}

// Met at least one KPI (confirmed, else provisionally), met none, or not judged.
void fill_outcome(ProjectEvaluation& e) {
    const KpiCounts& counts = e.kpi_counts;
    if (counts.met_confirmed > 0) {
        e.outcome = ProjectOutcome::met_at_least_one;
    } else if (counts.met_provisional > 0) {
        e.outcome = ProjectOutcome::met_at_least_one;
        e.outcome_provisional = true;
    } else if (counts.judged() > 0) {
        e.outcome = ProjectOutcome::met_none;
        e.outcome_provisional = counts.not_met_provisional > 0;
    }
}

// The best level reached by at least `project_quorum` of the rated KPIs. The levels are
// declared best first, so "this level or better" is "enumerator <= level": counting the
// KPIs at each level once, the running count is the number reaching the level.
void fill_effect(const EvaluationOptions& options, ProjectEvaluation& e) {
    constexpr auto levels = static_cast<std::size_t>(EffectRating::not_rated);
    std::array<std::size_t, levels> at_level{};
    std::size_t rated = 0;
    for (const auto& k : e.kpis) {
        if (k.effect != EffectRating::not_rated) {
            ++at_level[static_cast<std::size_t>(k.effect)];
            ++rated;
            e.effect_provisional = e.effect_provisional || k.effect_provisional;
        }
    }
    const Fraction quorum = options.project_quorum;
    std::size_t reaching = 0;
    for (std::size_t level = 0; level < levels && rated > 0; ++level) {
        reaching += at_level[level];
        // reaching / rated >= numerator / denominator, in integers
        if (static_cast<std::int64_t>(reaching) * quorum.denominator() >=
            quorum.numerator() * static_cast<std::int64_t>(rated)) {
            e.effect = static_cast<EffectRating>(level);
            break;
        }
    }
}

} // namespace

void detail::fill_project(const Project& project, const EvaluationOptions& options,
                          ProjectEvaluation& e) {
    e.model = ModelLink<Project>{project};
    e.application = project.application;
    fill_budget(project, e);
    fill_kpis(project, options, e);
    fill_outcome(e);
    fill_effect(options, e);
}

ProjectEvaluation evaluate_project(const Project& project, const EvaluationOptions& options) {
    detail::check_options(options);
    ProjectEvaluation e;
    detail::fill_project(project, options, e);
    return e;
}

} // namespace grantkpi
