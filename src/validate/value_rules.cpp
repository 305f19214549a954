// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "validate/value_rules.hpp"

#include <string>
#include <string_view>

namespace grantkpi::detail::validation {
namespace {

// The report's own word for the baseline column, quoted in messages.
constexpr std::string_view baseline_word = "当初値";

// A cell of a KPI, for the per-cell rules; its pointer and its name ("plan for FY2020
// (R2)", "baseline of the actual row") are spelled out only for a diagnostic.
struct Cell {
    enum class Row { baseline_plan, baseline_actual, plan, actual };
    const Observation* value;
    Row row;
    FiscalYear year; // plan and actual rows

    [[nodiscard]] std::string pointer(const Pointer& at) const {
        switch (row) {
        case Row::baseline_plan:
            return at + "/baseline/plan";
        case Row::baseline_actual:
            return at + "/baseline/actual";
        case Row::plan:
            return concat(at.str(), "/plan/", std::to_string(year.gregorian()));
        case Row::actual:
            break;
        }
        return concat(at.str(), "/actual/", std::to_string(year.gregorian()));
    }
    [[nodiscard]] std::string name() const {
        switch (row) {
        case Row::baseline_plan:
            return concat("baseline (", baseline_word, ") of the plan row");
        case Row::baseline_actual:
            return concat("baseline (", baseline_word, ") of the actual row");
        case Row::plan:
            return concat("plan for ", fy_text(year));
        case Row::actual:
            break;
        }
        return concat("actual for ", fy_text(year));
    }
};

// Calls `visit(cell)` for each cell of a KPI: the baselines of the plan and actual rows,
// then the plan row, then the actual row, each in column order.
template <class Visit>
void for_each_cell(const Kpi& kpi, Visit&& visit) {
    visit(Cell{&kpi.baseline.plan, Cell::Row::baseline_plan, {}});
    visit(Cell{&kpi.baseline.actual, Cell::Row::baseline_actual, {}});
    for (const auto& v : kpi.plan) {
        visit(Cell{&v.value, Cell::Row::plan, v.year});
    }
    for (const auto& v : kpi.actual) {
        visit(Cell{&v.value, Cell::Row::actual, v.year});
    }
}

} // namespace

// GK403, for a non-increment KPI with a negative value.
void report_negative_values(Findings& out, const Kpi& kpi, const Pointer& at) {
    for_each_cell(kpi, [&](const Cell& cell) {
        if (is_negative(*cell.value)) {
            out.add("GK403", cell.pointer(at),
                    concat(kpi_name(kpi), " ", cell.name(), " is ", cell_text(*cell.value),
                           ", negative in a ", enum_name(kpi.accumulation, "level"),
                           " KPI; only an increment KPI (a yearly change) may be negative"));
        }
    });
}

// GK406, for a percent KPI that is not an increment and has a value outside 0..100.
void report_percent_range(Findings& out, const Kpi& kpi, const Pointer& at) {
    for_each_cell(kpi, [&](const Cell& cell) {
        if (outside_percent_range(*cell.value)) {
            out.add("GK406", cell.pointer(at),
                    concat(kpi_name(kpi), " ", cell.name(), " is ", cell_text(*cell.value),
                           "%, outside 0..100"));
        }
    });
}

// GK407, for a KPI whose unit label denotes another kind than its unit's.
void report_unit_label(Findings& out, const Kpi& kpi, UnitKind label_kind, const Pointer& at) {
    out.add("GK407", at + "/unit",
            concat(kpi_name(kpi), " unit kind is ", enum_name(kpi.unit.kind, "other"),
                   " but its label \"", kpi.unit.label, "\" denotes ",
                   enum_name(label_kind, "other")));
}

// GK409, for a KPI whose plan row has no value.
void report_no_plan_value(Findings& out, const Kpi& kpi, const Pointer& at) {
    out.add("GK409", at + "/plan",
            concat(kpi_name(kpi),
                   " has no plan value in any year: it cannot be judged against a target"));
}

} // namespace grantkpi::detail::validation
