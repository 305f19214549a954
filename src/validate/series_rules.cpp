// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "validate/series_rules.hpp"

#include "validate/first_with_same_key.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace grantkpi::detail::validation {
namespace {

// The plan row, then the actual row, with the row's name.
std::array<std::pair<const Series*, std::string_view>, 2> rows_of(const Kpi& kpi) {
    return {{{&kpi.plan, "plan"}, {&kpi.actual, "actual"}}};
}

// The confirmed cells of the actual row by year, equal years in column order.
std::vector<const PeriodValue*> confirmed_by_year(const Kpi& kpi) {
    std::vector<const PeriodValue*> confirmed;
    for (const auto& v : kpi.actual) {
        if (v.value.is_confirmed()) {
            confirmed.push_back(&v);
        }
    }
    std::stable_sort(confirmed.begin(), confirmed.end(),
                     [](const PeriodValue* a, const PeriodValue* b) { return a->year < b->year; });
    return confirmed;
}

} // namespace

// GK401, for a KPI with a year outside the project's span.
void report_years_outside_span(Findings& out, const Project& project, const Kpi& kpi,
                               const Pointer& at) {
    for (const auto& [series, row] : rows_of(kpi)) {
        for (const auto& v : *series) {
            if (v.year < project.first_fiscal_year || v.year > project.last_fiscal_year) {
                out.add("GK401",
                        concat(at.str(), "/", row, "/", std::to_string(v.year.gregorian())),
                        concat(kpi_name(kpi), " ", row, " for ", fy_text(v.year),
                               " is outside the project's fiscal years ",
                               fy_text(project.first_fiscal_year), " to ",
                               fy_text(project.last_fiscal_year)));
            }
        }
    }
}

// GK402: a year twice in one row, reported at its second and later columns, naming the
// first. Only for a row whose years do not increase (an increasing row has no year twice).
// The first column of each year is found by sorting the row's columns by year, not by
// comparing each column with every earlier one: a row may have 9,000 years.
void report_repeated_years(Findings& out, const Kpi& kpi, bool plan_increasing,
                           bool actual_increasing, const Pointer& at) {
    for (const auto& [series, row] : rows_of(kpi)) {
        if (series == &kpi.plan ? plan_increasing : actual_increasing) {
            continue;
        }
        const auto& cells = series->values;
        const std::vector<std::size_t> first =
            first_with_same_key(cells.size(), [&](std::size_t a, std::size_t b) {
                return cells[a].year <=> cells[b].year;
            });
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (first[i] != i) {
                const FiscalYear year = cells[i].year;
                out.add("GK402", concat(at.str(), "/", row, "/", std::to_string(year.gregorian())),
                        concat(kpi_name(kpi), " ", row, " row has ", fy_text(year),
                               " twice (columns ", std::to_string(first[i] + 1), " and ",
                               std::to_string(i + 1), ")"));
            }
        }
    }
}

// GK404, a confirmed actual below the confirmed actual of the year before it.
void report_fall(Findings& out, const Kpi& kpi, const PeriodValue& before, const PeriodValue& after,
                 const Pointer& at) {
    out.add("GK404", concat(at.str(), "/actual/", std::to_string(after.year.gregorian())),
            concat(kpi_name(kpi), " is cumulative but its actual falls from ",
                   cell_text(before.value), " in ", fy_text(before.year), " to ",
                   cell_text(after.value), " in ", fy_text(after.year),
                   "; a running total cannot decrease"));
}

// GK404, for an actual row whose columns are out of order (or have a year twice): the
// confirmed cells sorted by year, keeping the column order of equal years.
void report_falls_by_year(Findings& out, const Kpi& kpi, const Pointer& at) {
    const std::vector<const PeriodValue*> confirmed = confirmed_by_year(kpi);
    for (std::size_t i = 1; i < confirmed.size(); ++i) {
        if (*confirmed[i]->value.value() < *confirmed[i - 1]->value.value()) {
            report_fall(out, kpi, *confirmed[i - 1], *confirmed[i], at);
        }
    }
}

// GK405: a later year cannot be final while an earlier one is still a projection. Only for a
// KPI with an expected actual. `in_year_order`: the actual row's years increase, so the
// confirmed cell of the nearest later year is the next confirmed column. Linear or
// O(n log n) in the row, never a scan of the row for each expected cell: a row may have
// 9,000 years.
void report_expected_then_confirmed(Findings& out, const Kpi& kpi, bool in_year_order,
                                    const Pointer& at) {
    const auto& cells = kpi.actual.values;
    // Columns out of order: the confirmed cells by year, equal years in column order, so that
    // the first with a later year is the nearest later year's first column.
    const std::vector<const PeriodValue*> confirmed =
        in_year_order ? std::vector<const PeriodValue*>{} : confirmed_by_year(kpi);
    // In year order: the first confirmed column after the last expected one looked at; it
    // only moves forward.
    std::size_t next = 0;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const PeriodValue& v = cells[i];
        if (!v.value.is_expected()) {
            continue;
        }
        const PeriodValue* next_confirmed = nullptr;
        if (in_year_order) {
            if (next <= i) {
                next = i + 1;
                while (next < cells.size() && !cells[next].value.is_confirmed()) {
                    ++next;
                }
            }
            if (next < cells.size()) {
                next_confirmed = &cells[next];
            }
        } else {
            const auto later = std::upper_bound(
                confirmed.begin(), confirmed.end(), v.year,
                [](FiscalYear year, const PeriodValue* cell) { return year < cell->year; });
            if (later != confirmed.end()) {
                next_confirmed = *later;
            }
        }
        if (next_confirmed != nullptr) {
            out.add("GK405", concat(at.str(), "/actual/", std::to_string(v.year.gregorian())),
                    concat(kpi_name(kpi), " actual for ", fy_text(v.year), " is expected (",
                           cell_text(v.value), ") but the later ", fy_text(next_confirmed->year),
                           " is confirmed (", cell_text(next_confirmed->value), ")"));
        }
    }
}

// GK408: the JSON format has the same years in both rows. Only for a KPI whose rows differ in
// their years (or in their order). Each year is looked up in the other row's years, sorted
// once, not searched for column by column: a row may have 9,000 years.
void report_years_in_one_row(Findings& out, const Kpi& kpi, const Pointer& at) {
    const auto sorted_years = [](const Series& series) {
        std::vector<FiscalYear> years;
        years.reserve(series.size());
        for (const auto& v : series) {
            years.push_back(v.year);
        }
        std::sort(years.begin(), years.end());
        return years;
    };
    const std::vector<FiscalYear> plan_years = sorted_years(kpi.plan);
    const std::vector<FiscalYear> actual_years = sorted_years(kpi.actual);
    for (const auto& [series, row] : rows_of(kpi)) {
        const bool is_plan = series == &kpi.plan;
        const std::vector<FiscalYear>& other = is_plan ? actual_years : plan_years;
        const std::string_view other_row = is_plan ? "actual" : "plan";
        for (const auto& v : *series) {
            if (!std::binary_search(other.begin(), other.end(), v.year)) {
                out.add("GK408",
                        concat(at.str(), "/", row, "/", std::to_string(v.year.gregorian())),
                        concat(kpi_name(kpi), " ", row, " row has ", fy_text(v.year), " but the ",
                               other_row, " row has no such column"));
            }
        }
    }
}

} // namespace grantkpi::detail::validation
