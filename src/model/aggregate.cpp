// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/aggregate.hpp>

#include <string>

namespace grantkpi::detail {

void count_kpi(KpiCounts& counts, const KpiEvaluation& kpi) noexcept {
    // Also how evaluate counts a project's KPIs (ProjectEvaluation::kpi_counts).
    ++counts.total;
    if (kpi.latest_year && kpi.direction_basis.is_weak()) {
        ++counts.weak_direction;
    }
    switch (kpi.verdict) {
    case Verdict::met:
        ++(kpi.provisional ? counts.met_provisional : counts.met_confirmed);
        break;
    case Verdict::not_met:
        ++(kpi.provisional ? counts.not_met_provisional : counts.not_met_confirmed);
        break;
    case Verdict::no_plan:
        ++counts.no_plan;
        break;
    case Verdict::not_reported:
        ++counts.not_reported;
        break;
    }
}

void add_counts(KpiCounts& counts, const KpiCounts& more) noexcept {
    counts.total += more.total;
    counts.met_confirmed += more.met_confirmed;
    counts.met_provisional += more.met_provisional;
    counts.not_met_confirmed += more.not_met_confirmed;
    counts.not_met_provisional += more.not_met_provisional;
    counts.no_plan += more.no_plan;
    counts.not_reported += more.not_reported;
    counts.weak_direction += more.weak_direction;
}

HeadlineShare headline(const KpiCounts& c) noexcept {
    // The four shares of docs/evaluation.md ("The headline figures").
    HeadlineShare h;
    h.confirmed_of_judged = Share{c.met_confirmed, c.judged_confirmed(),
                                  make_ratio(c.met_confirmed, c.judged_confirmed())};
    h.confirmed_of_all = Share{c.met_confirmed, c.total, make_ratio(c.met_confirmed, c.total)};
    h.with_provisional_of_judged = Share{c.met(), c.judged(), make_ratio(c.met(), c.judged())};
    h.with_provisional_of_all = Share{c.met(), c.total, make_ratio(c.met(), c.total)};
    return h;
}

std::string describe_kpi(const Kpi& kpi, const Project& project, std::size_t report_index,
                         const std::string& pointer) {
    return "KPI " + std::to_string(kpi.number) + " of " + project.name + " (report " +
           std::to_string(report_index) + ", " + pointer + ")";
}

Error unit_kind_error(std::string_view function, const Unit& unit, std::string_view wanted,
                      const std::string& where) {
    std::string message(function);
    message +=
        ": " + where + " is in " + (unit.label.empty() ? "no unit" : unit.label) + ", not in ";
    message += wanted;
    return Error::plain(std::move(message));
}

namespace {

// Adds `cell` to `sum`, confirmed and expected apart.
Result<void> add_cell(ValueSum<Decimal>& sum, const Observation& cell, std::string_view function,
                      const std::string& where) {
    Decimal& total = cell.is_expected() ? sum.expected : sum.confirmed;
    auto added = total.checked_add(*cell.value());
    if (!added) {
        Error error = added.error();
        error.message = std::string(function) + ": " + where + ": " + error.message;
        return error;
    }
    total = *added;
    ++(cell.is_expected() ? sum.expected_cells : sum.confirmed_cells);
    return {};
}

} // namespace

Result<void> add_values(ValueTotals<Decimal>& totals, const Kpi& kpi, TableRow row,
                        std::string_view function, const std::string& where) {
    if (totals.kpis == 0) {
        totals.unit = kpi.unit;
    } else if (kpi.unit.label != totals.unit.label) {
        std::string message(function);
        message += ": " + where + " is in " +
                   (kpi.unit.label.empty() ? "no unit" : kpi.unit.label) +
                   ", the KPIs before it in " + totals.unit.label +
                   ": values of different units are not added (group by::unit first, or use "
                   "aggregate::values_by_unit)";
        return Error::plain(std::move(message));
    }
    ++totals.kpis;
    const Series& series = row == TableRow::plan ? kpi.plan : kpi.actual;
    if (kpi.accumulation == Accumulation::cumulative) {
        // A running total: its latest cell is all of it; adding its years would count the
        // early ones again and again.
        ++totals.cumulative_kpis;
        if (const PeriodValue* latest = series.latest()) {
            return add_cell(totals.cumulative_latest, latest->value, function, where);
        }
        return {};
    }
    for (std::size_t i = 0; i < series.values.size(); ++i) {
        const PeriodValue& column = series.values[i];
        if (!column.value.has_value() || series.find(column.year) != &column.value) {
            continue; // not set, or a year already counted with its first cell
        }
        auto added = add_cell(totals.per_year[column.year], column.value, function, where);
        if (!added) {
            return added;
        }
    }
    return {};
}

} // namespace grantkpi::detail
