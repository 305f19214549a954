// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "table.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

namespace grantkpi::detail::text {

using namespace layout;

/// `KPI①<TAB>…` or a table header, seen before 【KPI】.
bool looks_like_table(const Piece& piece, std::string_view line) {
    std::size_t length = 0;
    const std::string_view f = piece.folded;
    if (f.size() > 3 && starts_with_kpi(f) && kpi_number_at(f, 3, length) != 0) {
        const std::size_t after = 3 + length;
        return after < f.size() && (f[after] == '\t' || f[after] == ':');
    }
    const std::size_t tab = line.find('\t');
    return tab != npos &&
           detail::trim(line.substr(tab + 1, line.find('\t', tab + 1) - tab - 1)) == toshochi;
}

/// `KPI①<TAB>title<TAB><TAB>…`.
KpiTitleLine parse_kpi_title(const Piece& piece, DiagnosticSink& sink) {
    const std::string_view f = piece.folded;
    KpiTitleLine line;
    if (!starts_with_kpi(f)) {
        return line;
    }
    std::size_t length = 0;
    const int number = kpi_number_at(f, 3, length);
    if (number == 0) {
        return line;
    }
    line.kind = KpiTitleLine::Kind::refused;
    const std::string_view written = piece.original_of(0, 3 + length);
    if (number < 0) {
        sink.error(piece.column, "the KPI number in " + detail::quoted(written) +
                                     " is outside 1.." + std::to_string(max_kpi_number));
        return line;
    }
    std::size_t pos = 3 + length;
    while (pos < f.size() && f[pos] == ' ') {
        ++pos;
    }
    if (pos < f.size() && f[pos] == ':') {
        ++pos;
    }
    const std::string_view rest = piece.original_of(pos, f.size());
    Cells cells(rest, piece.column_at(pos));
    std::string_view title;
    for (Cell cell; cells.next(cell);) {
        if (cell.text.empty()) {
            continue;
        }
        if (title.empty()) {
            title = cell.text;
        } else {
            sink.warning(cell.column(), "ignored the cell " + detail::quoted(cell.text) +
                                            " after the title of " + detail::quoted(written));
            break;
        }
    }
    if (title.empty()) {
        sink.error(piece.column, "expected a title after " + detail::quoted(written) +
                                     ", as in \"KPI\xE2\x91\xA0<TAB>title\"");
        return line;
    }
    line.kind = KpiTitleLine::Kind::title;
    line.number = number;
    line.title = title;
    return line;
}

/// `<TAB>当初値<TAB>R1<TAB>R2<TAB>R3<TAB>単位`; `cells` stands after the 当初値 cell.
Table parse_table_header(Cells& cells, const Cell& baseline, std::vector<Column> memory,
                         DiagnosticSink& sink) {
    Table table;
    table.columns = std::move(memory);
    table.columns.clear();
    std::size_t index = 2;
    // A run of empty cells not yet known to be trailing, and its first cell. (Not an
    // optional Cell: g++ 12 then warns, wrongly, that the cell may be used uninitialized.)
    bool empty_run = false;
    Cell first_empty;
    bool unit_seen = false;
    for (Cell cell; !sink.stopped() && cells.next(cell); ++index) {
        if (unit_seen) {
            if (!cell.text.empty()) {
                sink.error(cell.column(), "unexpected cell " + detail::quoted(cell.text) +
                                              " after the " + std::string(tani) +
                                              " column of the table header");
                break;
            }
            continue;
        }
        if (cell.text.empty()) {
            if (!empty_run) {
                empty_run = true;
                first_empty = cell;
                table.unit_index = index;
            }
            continue;
        }
        if (empty_run) { // empty cells between the fiscal years
            sink.error(first_empty.column(), "expected a fiscal year such as \"R4\", \"R" +
                                                 std::string(gan) + "\" or \"H30\", or \"" +
                                                 std::string(tani) +
                                                 "\", in the table header, got an empty cell");
            empty_run = false;
        }
        table.unit_index = index + 1;
        if (equals(cell.text, tani)) {
            table.unit_index = index;
            unit_seen = true;
            continue;
        }
        const auto year = FiscalYear::parse(cell.text);
        if (!year) {
            sink.error(cell.column(), "expected a fiscal year such as \"R4\", \"R" +
                                          std::string(gan) + "\" or \"H30\", or \"" +
                                          std::string(tani) + "\", in the table header, got " +
                                          detail::quoted(cell.text) + reason_of(year.error()));
        } else if (!table.columns.empty() && *year <= table.columns.back().year) {
            sink.error(cell.column(), "the fiscal year " + detail::quoted(cell.text) +
                                          " in the table header does not come after " +
                                          to_string(table.columns.back().year));
        } else {
            warn_if_heisei_past_its_end(cell.text, *year, cell.column(), sink);
            table.columns.push_back(Column{index, *year, std::string(cell.text)});
        }
    }
    if (table.unit_index == 2 && !sink.stopped()) {
        sink.error(baseline.column(), "the table header has no fiscal-year columns: expected \"" +
                                          std::string(toshochi) +
                                          "\", fiscal years such as \"R1\", \"R2\", \"R3\" and \"" +
                                          std::string(tani) + "\", separated by tabs");
    }
    table.line = sink.line;
    return table;
}

/// A table cell: a number, 16(見込), or not set (empty or dashes).
Observation read_cell(const Cell& cell, std::string_view column, bool plain, DiagnosticSink& sink) {
    if (cell.text.empty()) {
        return Observation::not_set();
    }
    const Folded folded(cell.text, plain);
    if (only_dashes(folded)) {
        return Observation::not_set();
    }
    std::string_view number = folded;
    bool expected = false;
    for (const std::string_view suffix : {mikomi, mikomi_long}) {
        if (ends_with(number, suffix)) {
            number.remove_suffix(suffix.size());
            expected = true;
            break;
        }
    }
    const auto value = Decimal::parse(number);
    if (!value) {
        sink.error(cell.column(), "expected " + std::string(example_cell_values) + " in column " +
                                      std::string(column) + ", got " + detail::quoted(cell.text) +
                                      reason_of(value.error()));
        return Observation::not_set();
    }
    return expected ? Observation::expected(*value) : Observation::confirmed(*value);
}

/// `①計画<TAB>120<TAB>150<TAB>…<TAB>件`; `cells` stands after `baseline_cell`. The
/// reader has checked that there is a header with columns and a title line for the KPI.
void parse_table_row(Cells& cells, const Cell& label, const Cell* baseline_cell, RowKind kind,
                     const Table& table, KpiState& kpi, bool plain, DiagnosticSink& sink) {
    const int number = kpi.kpi.number;
    bool& seen = kind == RowKind::plan ? kpi.has_plan : kpi.has_actual;
    if (seen) {
        sink.error(label.column(), "a second row " + detail::quoted(label.text) + " for KPI" +
                                       circled_number(number));
        return;
    }
    seen = true;
    // Both rows of a KPI under one header's fiscal years: the model has one list of years
    // per KPI in the text layout, and the writer writes one header for both rows.
    const bool other_seen = kind == RowKind::plan ? kpi.has_actual : kpi.has_plan;
    if (!other_seen) {
        kpi.first_row_line = sink.line;
        kpi.first_header_line = table.line;
    } else {
        const Series& other = kind == RowKind::plan ? kpi.kpi.actual : kpi.kpi.plan;
        const bool same_years =
            std::equal(other.begin(), other.end(), table.columns.begin(), table.columns.end(),
                       [](const PeriodValue& value, const Column& column) {
                           return value.year == column.year;
                       });
        if (!same_years) {
            sink.error(label.column(),
                       "the row " + detail::quoted(label.text) +
                           " comes under the table header of line " + std::to_string(table.line) +
                           " (" + table.years() + "), the other row of KPI" +
                           circled_number(number) + " (line " + std::to_string(kpi.first_row_line) +
                           ") under the one of line " + std::to_string(kpi.first_header_line) +
                           "; both rows of a KPI need the same fiscal years");
            Series& mine = kind == RowKind::plan ? kpi.kpi.plan : kpi.kpi.actual;
            for (const PeriodValue& value : other) { // keep the other row's years, not set
                mine.values.push_back(PeriodValue{value.year, Observation::not_set()});
            }
            return;
        }
    }
    const Observation baseline = baseline_cell != nullptr
                                     ? read_cell(*baseline_cell, toshochi, plain, sink)
                                     : Observation::not_set();
    Series series;
    series.values.reserve(table.columns.size());
    std::optional<Cell> unit_cell;
    auto column = table.columns.begin();
    std::size_t index = 2;
    for (Cell cell; !sink.stopped() && cells.next(cell); ++index) {
        if (column != table.columns.end() && column->index == index) {
            // Filled in place: a PeriodValue built aside would be copied in with wide
            // loads of its narrow stores, which wait for them (a store-forwarding stall).
            PeriodValue& value = series.values.emplace_back();
            value.year = column->year;
            value.value = read_cell(cell, column->label, plain, sink);
            ++column;
        } else if (index == table.unit_index) {
            unit_cell = cell;
        } else if (index > table.unit_index && !cell.text.empty()) {
            sink.error(cell.column(),
                       "unexpected cell " + detail::quoted(cell.text) + " after the " +
                           std::string(tani) + " column of the row " + detail::quoted(label.text) +
                           " (the table header has " + std::to_string(table.unit_index - 2) +
                           " fiscal-year columns)");
            break;
        }
    }
    for (; column != table.columns.end(); ++column) { // a row cut short: not set
        series.values.push_back(PeriodValue{column->year, Observation::not_set()});
    }
    const std::string_view unit = unit_cell ? unit_cell->text : std::string_view{};
    const auto unit_column = [&] {
        return unit_cell ? unit_cell->column() : label.column();
    };
    const auto differ = [&](std::string_view first, std::string_view second) {
        return "the units of the rows of KPI" + circled_number(number) +
               " differ: " + detail::quoted(first) + " and " + detail::quoted(second) + "; the " +
               std::string(keikaku) + " row's is kept";
    };
    if (kind == RowKind::plan) {
        kpi.kpi.baseline.plan = baseline;
        kpi.kpi.plan = std::move(series);
        kpi.kpi.unit = Unit::from_label(unit);
        if (unit.empty()) {
            sink.warning(unit_column(), "no unit in the " + std::string(tani) +
                                            " column of the row " + detail::quoted(label.text));
        } else if (kpi.has_actual && !kpi.actual_unit.empty() && kpi.actual_unit != unit) {
            sink.warning(unit_column(), differ(unit, kpi.actual_unit));
        }
    } else {
        kpi.kpi.baseline.actual = baseline;
        kpi.kpi.actual = std::move(series);
        kpi.actual_unit = std::string(unit);
        if (kpi.has_plan && !unit.empty() && unit != kpi.kpi.unit.label) {
            sink.warning(unit_column(), differ(kpi.kpi.unit.label, unit));
        }
    }
}

void complete_rows(KpiState& state, bool report, DiagnosticSink& sink) {
    Kpi& kpi = state.kpi;
    if (!state.has_plan || !state.has_actual) {
        const std::string name = "KPI" + circled_number(kpi.number);
        const std::string plan_row = circled_number(kpi.number) + std::string(keikaku);
        const std::string actual_row = circled_number(kpi.number) + std::string(jisseki);
        std::string missing;
        if (!state.has_plan && !state.has_actual) {
            missing = "rows " + detail::quoted(plan_row) + " and " + detail::quoted(actual_row);
        } else {
            missing = "row " + detail::quoted(state.has_plan ? actual_row : plan_row);
        }
        if (report) {
            sink.error(state.line, state.column,
                       name + " " + detail::quoted(kpi.title) + " has no table " + missing);
        }
        // Keep the years the other row has, not set.
        Series& empty = state.has_plan ? kpi.actual : kpi.plan;
        const Series& other = state.has_plan ? kpi.plan : kpi.actual;
        for (const PeriodValue& value : other) {
            empty.values.push_back(PeriodValue{value.year, Observation::not_set()});
        }
    }
}

} // namespace grantkpi::detail::text
