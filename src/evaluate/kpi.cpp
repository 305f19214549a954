// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// A KPI: each year judged against its plan, the verdict on the latest judged year, its
// effect rating and, for an increment KPI, the running total (docs/evaluation.md).
#include <grantkpi/evaluate.hpp>

#include "detail/year_index.hpp"
#include "evaluate/fill.hpp"
#include "evaluate/wide_int.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>

namespace grantkpi {
namespace {

bool at_least_as_good(Direction direction, Decimal actual, Decimal reference) noexcept {
    return direction == Direction::increase ? actual >= reference : actual <= reference;
}

bool strictly_better(Direction direction, Decimal actual, Decimal reference) noexcept {
    return direction == Direction::increase ? actual > reference : actual < reference;
}

// The baseline the effect rating compares an actual with: the actual row's 当初値, the value
// measured before the project; the plan row's when the actual row has none.
const Observation* measured_baseline(const Kpi& kpi) noexcept {
    if (kpi.baseline.actual.has_value()) {
        return &kpi.baseline.actual;
    }
    if (kpi.baseline.plan.has_value()) {
        return &kpi.baseline.plan;
    }
    return nullptr;
}

// The baseline progress is measured from: the plan row's 当初値, the origin the targets were
// set from (plan - baseline is the planned change); the actual row's when the plan row has
// none. The seed shows why: KPI② of its first project plans 800 from 700 while the actual
// row's 当初値 is 916, so measuring from 916 would turn a planned rise into a fall.
const Observation* planned_baseline(const Kpi& kpi) noexcept {
    if (kpi.baseline.plan.has_value()) {
        return &kpi.baseline.plan;
    }
    if (kpi.baseline.actual.has_value()) {
        return &kpi.baseline.actual;
    }
    return nullptr;
}

struct Rating {
    EffectRating level = EffectRating::not_rated;
    bool provisional = false;
    bool without_baseline = false;
};

// The effect rating of a judged KPI-year (see KpiEvaluation::effect).
Rating rate(const Kpi& kpi, const KpiYearEvaluation& year, const EvaluationOptions& options) {
    Rating rating;
    rating.provisional = year.provisional;
    if (*year.met) {
        rating.level = EffectRating::target_reached;
        return rating;
    }
    const Decimal actual = *year.actual.value();
    const Decimal plan = *year.plan.value();
    const Decimal zero{0};
    const Fraction threshold = options.close_to_target;
    // increase: actual / plan >= t  <=>  actual >= plan x t  (plan > 0)
    // decrease: plan / actual >= t  <=>  plan >= actual x t  (actual > 0)
    const bool close = kpi.direction == Direction::increase
                           ? plan > zero && detail::at_least_share_of(actual, plan, threshold)
                           : actual > zero && detail::at_least_share_of(plan, actual, threshold);
    if (close) {
        rating.level = EffectRating::close_to_target;
        return rating;
    }
    const Observation* baseline = measured_baseline(kpi);
    if (baseline == nullptr) {
        rating.level = EffectRating::not_better;
        rating.without_baseline = true;
        return rating;
    }
    rating.provisional = rating.provisional || baseline->is_expected();
    rating.level = strictly_better(kpi.direction, actual, *baseline->value())
                       ? EffectRating::better_than_baseline
                       : EffectRating::not_better;
    return rating;
}

std::optional<RunningTotal> running_total_of(const KpiEvaluation& e) {
    RunningTotal total;
    total.through = *e.latest_year;
    for (const auto& year : e.years) {
        if (!year.met) {
            continue;
        }
        auto plan = total.plan.checked_add(*year.plan.value());
        auto actual = total.actual.checked_add(*year.actual.value());
        if (!plan || !actual) {
            return std::nullopt; // beyond 18 digits: no total rather than a wrong one
        }
        total.plan = *plan;
        total.actual = *actual;
        ++total.years;
        total.provisional = total.provisional || year.provisional;
    }
    total.met = at_least_as_good(e.direction, total.actual, total.plan);
    total.ratio = make_ratio(total.actual, total.plan);
    return total;
}

// The years in column order: the plan row's, then those only the actual row has; a year
// twice in a row (GK402) once, with its first cells.
void fill_years(const Kpi& kpi, KpiEvaluation& e) {
    const Observation* baseline = planned_baseline(kpi);
    const Decimal baseline_value = baseline != nullptr ? *baseline->value() : Decimal{};
    e.years.reserve(std::max(kpi.plan.size(), kpi.actual.size()));
    auto evaluate_year = [&](FiscalYear year, const Observation* plan_cell,
                             const Observation* actual_cell) {
        const bool has_plan = plan_cell != nullptr && plan_cell->has_value();
        const bool has_actual = actual_cell != nullptr && actual_cell->has_value();
        if (!has_plan && !has_actual) {
            return;
        }
        // Filled in place from the cells, never reading back what was just written (a
        // read of fields written piecemeal waits for the writes to reach the cache).
        KpiYearEvaluation& y = e.years.emplace_back();
        y.year = year;
        if (has_plan) {
            y.plan = *plan_cell;
        }
        if (has_actual) {
            y.actual = *actual_cell;
        }
        y.provisional =
            (has_plan && plan_cell->is_expected()) || (has_actual && actual_cell->is_expected());
        if (has_plan && has_actual) {
            const Decimal plan = *plan_cell->value();
            const Decimal actual = *actual_cell->value();
            y.met = at_least_as_good(kpi.direction, actual, plan);
            y.ratio = make_ratio(actual, plan);
            if (baseline != nullptr && baseline_value != plan) {
                auto done = actual.checked_subtract(baseline_value);
                auto planned = plan.checked_subtract(baseline_value);
                if (done && planned) {
                    y.progress = make_ratio(*done, *planned);
                }
            }
        }
    };
    const auto& plans = kpi.plan.values;
    const auto& actuals = kpi.actual.values;
    // The usual table: the same years in both rows, column by column, increasing. Then each
    // year is once in each row and in the same column.
    bool aligned = plans.size() == actuals.size();
    for (std::size_t i = 0; aligned && i < plans.size(); ++i) {
        aligned = plans[i].year == actuals[i].year && (i == 0 || plans[i - 1].year < plans[i].year);
    }
    if (aligned) {
        for (std::size_t i = 0; i < plans.size(); ++i) {
            evaluate_year(plans[i].year, &plans[i].value, &actuals[i].value);
        }
        return;
    }
    // Any other table: each row's columns sorted by year once, then looked up (a row may
    // have 9,000 years; comparing each column with every other took minutes).
    const detail::YearIndex plan_index(plans);
    const detail::YearIndex actual_index(actuals);
    for (std::size_t i = 0; i < plans.size(); ++i) {
        if (plan_index.is_first(i)) {
            const std::size_t actual = actual_index.find(plans[i].year);
            evaluate_year(plans[i].year, &plans[i].value,
                          actual < actuals.size() ? &actuals[actual].value : nullptr);
        }
    }
    for (std::size_t i = 0; i < actuals.size(); ++i) {
        if (actual_index.is_first(i) && plan_index.find(actuals[i].year) == plans.size()) {
            evaluate_year(actuals[i].year, nullptr, &actuals[i].value);
        }
    }
}

// From the judged years: the verdict on the latest one and on the latest confirmed one,
// the effect rating and the running total.
void fill_verdict(const Kpi& kpi, const EvaluationOptions& options, KpiEvaluation& e) {
    const KpiYearEvaluation* latest = nullptr;
    const KpiYearEvaluation* latest_confirmed = nullptr;
    for (const auto& y : e.years) {
        if (!y.met) {
            continue;
        }
        if (latest == nullptr || y.year > latest->year) {
            latest = &y;
        }
        if (!y.provisional && (latest_confirmed == nullptr || y.year > latest_confirmed->year)) {
            latest_confirmed = &y;
        }
    }
    if (latest_confirmed != nullptr) {
        e.latest_confirmed_year = latest_confirmed->year;
        e.latest_confirmed_met = latest_confirmed->met;
    }
    if (latest == nullptr) {
        const bool has_plan = std::any_of(kpi.plan.begin(), kpi.plan.end(),
                                          [](const auto& v) { return v.value.has_value(); });
        e.verdict = has_plan ? Verdict::not_reported : Verdict::no_plan;
        return;
    }
    e.latest_year = latest->year;
    e.verdict = *latest->met ? Verdict::met : Verdict::not_met;
    e.provisional = latest->provisional;
    const Rating rating = rate(kpi, *latest, options);
    e.effect = rating.level;
    e.effect_provisional = rating.provisional;
    e.effect_without_baseline = rating.without_baseline;
    if (kpi.accumulation == Accumulation::increment) {
        e.running_total = running_total_of(e);
    }
}

} // namespace

void detail::fill_kpi(const Kpi& kpi, const EvaluationOptions& options, KpiEvaluation& e) {
    e.model = ModelLink<Kpi>{kpi};
    e.number = kpi.number;
    e.direction = kpi.direction;
    e.direction_basis = kpi.direction_basis;
    e.accumulation = kpi.accumulation;
    fill_years(kpi, e);
    fill_verdict(kpi, options, e);
}

const KpiYearEvaluation* KpiEvaluation::latest() const noexcept {
    if (!latest_year) {
        return nullptr;
    }
    // The judged year: the entry of latest_year with both a plan and an actual (a year is
    // in `years` once).
    const auto found = std::find_if(years.begin(), years.end(), [this](const KpiYearEvaluation& y) {
        return y.year == *latest_year && y.met.has_value();
    });
    return found != years.end() ? &*found : nullptr;
}

KpiEvaluation evaluate_kpi(const Kpi& kpi, const EvaluationOptions& options) {
    detail::check_options(options);
    KpiEvaluation e;
    detail::fill_kpi(kpi, options, e);
    return e;
}

} // namespace grantkpi
