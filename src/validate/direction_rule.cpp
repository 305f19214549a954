// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "validate/direction_rule.hpp"

#include <grantkpi/evaluate.hpp>

#include <algorithm>
#include <string>
#include <string_view>

namespace grantkpi::detail::validation {
namespace {

std::string_view direction_text(Direction direction) noexcept {
    return direction == Direction::increase ? "increase (higher is better)"
                                            : "decrease (lower is better)";
}

// What a weak direction rests on, as GK410 says it.
std::string basis_text(const Provenance& basis) {
    if (basis.source == Source::assumed) {
        return basis.rule.empty() ? std::string("assumed (nothing stated it, no rule fired)")
                                  : concat("assumed (", basis.rule, ")");
    }
    return concat("inferred on weak evidence (rule: ",
                  basis.rule.empty() ? std::string_view("unnamed") : basis.rule, ")");
}

} // namespace

// GK410, for a KPI whose direction is weak: its verdict on its latest judged year, the way
// the evaluation gives it, and the verdict the other direction would give. They differ
// unless the actual equals the plan.
void report_weak_direction(Findings& out, const Kpi& kpi, const Pointer& at) {
    const KpiEvaluation evaluation = evaluate_kpi(kpi);
    if (!evaluation.latest_year) {
        return;
    }
    const auto latest =
        std::find_if(evaluation.years.begin(), evaluation.years.end(),
                     [&](const KpiYearEvaluation& y) { return y.year == *evaluation.latest_year; });
    if (latest == evaluation.years.end() || !latest->met ||
        *latest->actual.value() == *latest->plan.value()) {
        return;
    }
    const bool met = *latest->met;
    const Direction other =
        kpi.direction == Direction::increase ? Direction::decrease : Direction::increase;
    out.add("GK410", at + "/direction",
            concat(kpi_name(kpi), " direction ", direction_text(kpi.direction), " is ",
                   basis_text(kpi.direction_basis), ": on its latest judged year ",
                   fy_text(latest->year), " the actual ", cell_text(latest->actual),
                   " against the plan ", cell_text(latest->plan), met ? " is met" : " is not met",
                   "; as ", direction_text(other), " it would ", met ? "not be met" : "be met",
                   ". State the direction in an annotation file (grantkpi annotate INPUT -o FILE "
                   "writes one to edit) or in the JSON"));
}

} // namespace grantkpi::detail::validation
