// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "table.hpp"

#include "table_labels.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace grantkpi::detail::text {

using namespace layout;

/// `KPI①<TAB>…` or a table header, seen before 【KPI】.
bool looks_like_table(const Piece& piece, std::string_view /*line*/) {
    std::size_t length = 0;
    const std::string_view f = piece.folded;
    std::size_t at = 3;
    while (at < f.size() && f[at] == ' ') { // KPI ①
        ++at;
    }
    if (f.size() > at && starts_with_kpi(f) && kpi_number_at(f, at, length) != 0) {
        const std::size_t after = at + length;
        return after < f.size() &&
               (f[after] == '\t' || f[after] == ':' || f.substr(after, 2) == "  ");
    }
    // A header: its baseline column first (after the empty cell), then tabs or spaces.
    return table::baseline_label_length(f) != 0 &&
           (piece.original.find('\t') != npos || table::has_space_run(f));
}

Separator separator_of(const Piece& piece) noexcept {
    return piece.has_tab() ? Separator::tabs : Separator::spaces;
}

namespace {

/// The cause of a line without tabs refused for single spaces, after the line is quoted:
/// none of its cells are split (`spaced`: false), or its first cell, a label, is followed
/// by a single space and runs of spaces separate the others.
std::string single_space_cause(bool spaced) {
    return std::string(spaced ? " has no tabs, and its label is followed by a single space"
                              : " has no tabs, and no run of two or more spaces separates its "
                                "cells") +
           ": a single space never separates cells (titles and names hold single spaces); "
           "separate the cells with tabs";
}

/// A text a value cell can hold: a number, an expected value or dashes.
bool is_value_text(std::string_view folded) {
    if (only_dashes(folded)) {
        return true;
    }
    std::string_view number = folded;
    for (const std::string_view suffix : {mikomi, mikomi_long}) {
        if (ends_with(number, suffix)) {
            number.remove_suffix(suffix.size());
            break;
        }
    }
    return Decimal::parse(number).has_value();
}

bool same_unit(std::string_view a, std::string_view b) {
    return a == b || detail::fold_width(a) == detail::fold_width(b);
}

std::string row_name(int number, std::string_view label) {
    return kpi_number_label(number) + std::string(label);
}

} // namespace

// Kept whole: one pass over the cells of a line, on the reader's per-line hot path; its cases
// share the cell cursor and the TableLine being built, which a split would pass around.
// NOLINTNEXTLINE(readability-function-size): one pass over a line's cells, see above
TableLine classify_table_line(const Piece& piece, bool plain, DiagnosticSink& sink) {
    TableLine result;
    const Separator separator = separator_of(piece);
    Cells cells(piece.original, piece.column, separator);
    Cell first;
    cells.next(first);
    const Folded folded_first(first.text, plain);
    const std::string_view f = folded_first;
    // A header: its baseline column, 当初値 基準値 現状値, maybe with a bracketed year.
    const table::BaselineHeader baseline = table::baseline_header(f);
    if (baseline.matched && !baseline.trailing) {
        result.kind = TableLine::Kind::header;
        return result;
    }
    // A header with a caption before its baseline column (`項目<TAB>当初値<TAB>R1…`). The
    // second cell is read once, here, and is the first of the loop at the end.
    Cell second;
    const bool has_second = cells.next(second);
    if (has_second && !first.text.empty() && !is_digit(f.front()) &&
        table::baseline_label_length(f) == 0) {
        const Folded folded_second(second.text, plain);
        const table::BaselineHeader after = table::baseline_header(folded_second);
        if (after.matched && !after.trailing) {
            result.kind = TableLine::Kind::header;
            return result;
        }
    }
    if (separator == Separator::spaces && table::baseline_label_length(f) != 0) {
        sink.error("GK032", piece.column,
                   "the table header " + detail::quoted(piece.original) +
                       single_space_cause(table::has_space_run(piece.folded)));
        result.kind = TableLine::Kind::refused;
        return result;
    }
    // A row: the KPI number and a label.
    std::size_t number_length = 0;
    const int number = kpi_number_at(f, 0, number_length);
    if (number > 0) {
        const std::string_view kind = detail::trim(f.substr(number_length));
        switch (table::row_label(kind)) {
        case table::RowLabel::plan:
            result.kind = TableLine::Kind::row;
            result.number = number;
            result.row = RowKind::plan;
            return result;
        case table::RowLabel::actual:
            result.kind = TableLine::Kind::row;
            result.number = number;
            result.row = RowKind::actual;
            return result;
        case table::RowLabel::none:
            break;
        }
        if (separator == Separator::spaces && table::row_label_before_space(kind) != 0) {
            sink.error("GK032", piece.column,
                       "the row " + detail::quoted(piece.original) +
                           single_space_cause(table::has_space_run(piece.folded)));
            result.kind = TableLine::Kind::refused;
            result.number = number;
            return result;
        }
        const std::string_view suggestion = table::row_label_suggestion(kind);
        if (!suggestion.empty()) {
            // The number as written (`４` is one code point, three bytes, folded or not).
            const std::string written_number(first.text.substr(
                0, offset_of_char(first.text, count_code_points(f.substr(0, number_length)))));
            sink.error("GK033", first.column(),
                       "unknown row label " + detail::quoted(first.text) + ": did you mean " +
                           detail::quoted(written_number + std::string(suggestion)) +
                           "? (plan rows are 計画, "
                           "計画値, 目標 or "
                           "目標値; actual rows "
                           "実績 or 実績値)");
            result.kind = TableLine::Kind::refused;
            result.number = number;
            return result;
        }
        return result;
    }
    // A header whose baseline column is not one: the other cells are 単位 or fiscal years.
    int years = 0;
    bool unit = false;
    bool at_second = has_second;
    for (Cell cell; at_second || cells.next(cell);) {
        if (at_second) {
            cell = second;
            at_second = false;
        }
        const Folded folded(cell.text, plain);
        unit = unit || equals(folded, tani);
        const std::string_view text = folded;
        if (!text.empty() && (text[0] == 'R' || text[0] == 'H') && FiscalYear::parse(text)) {
            ++years;
        }
    }
    if (unit || years >= 2) {
        sink.error("GK034", first.column(),
                   "expected the baseline column \"" + std::string(toshochi) +
                       "\" (or \"基準値\", "
                       "\"現状値\", \"" +
                       std::string(toshochi) + "（H29）\") at the start of the table header, got " +
                       detail::quoted(first.text) + "; the rows under this header are not read");
        result.kind = TableLine::Kind::refused;
    }
    return result;
}

/// `KPI①<TAB>title<TAB><TAB>…`.
KpiTitleLine parse_kpi_title(const Piece& piece, DiagnosticSink& sink) {
    const std::string_view f = piece.folded;
    KpiTitleLine line;
    // `KPl①`, `KP|①`: a look-alike of I (an OCR or typing slip); read, with an error.
    const bool look_alike = !starts_with_kpi(f) && f.size() >= 3 && (f[0] == 'K' || f[0] == 'k') &&
                            (f[1] == 'P' || f[1] == 'p') &&
                            (f[2] == 'l' || f[2] == '|' || f[2] == 'L');
    if (!starts_with_kpi(f) && !look_alike) {
        return line;
    }
    // `KPI ①`, `KPI　①`: spaces (U+3000 folds to one) between the letters and the number.
    std::size_t at = 3;
    while (at < f.size() && f[at] == ' ') {
        ++at;
    }
    std::size_t length = 0;
    const int number = kpi_number_at(f, at, length);
    if (number == 0) {
        return line;
    }
    line.kind = KpiTitleLine::Kind::refused;
    const std::string_view written = piece.original_of(0, at + length);
    if (look_alike && number > 0) {
        sink.error("GK035", piece.column,
                   detail::quoted(written) + " is not a KPI marker: did you mean " +
                       detail::quoted(kpi_label(number)) +
                       "? (the line is read as the title line of KPI" + kpi_number_label(number) +
                       ")");
    }
    if (number < 0) {
        sink.error("GK035", piece.column,
                   "the KPI number in " + detail::quoted(written) + " is outside 1.." +
                       std::to_string(max_text_kpi_number));
        return line;
    }
    std::size_t pos = at + length;
    while (pos < f.size() && f[pos] == ' ') {
        ++pos;
    }
    if (pos < f.size() && f[pos] == ':') {
        ++pos;
    }
    const std::string_view rest = piece.original_of(pos, f.size());
    Cells cells(rest, piece.column_at(pos), separator_of(piece));
    std::string_view title;
    for (Cell cell; cells.next(cell);) {
        if (cell.text.empty()) {
            continue;
        }
        if (title.empty()) {
            title = cell.text;
        } else {
            sink.warning("GK037", cell.column(),
                         "ignored the cell " + detail::quoted(cell.text) + " after the title of " +
                             detail::quoted(written));
            break;
        }
    }
    if (title.empty()) {
        sink.error("GK035", piece.column,
                   "expected a title after " + detail::quoted(written) +
                       ", as in \"KPI①<TAB>title\"");
        return line;
    }
    line.kind = KpiTitleLine::Kind::title;
    line.number = number;
    line.title = title;
    return line;
}

/// `<TAB>当初値<TAB>R1<TAB>R2<TAB>R3<TAB>単位` and its variants.
// Kept whole: the header's cells are read in one pass on the reader's table path, the year
// columns checked as they come; a split would pass the cursor and the half-built Table around.
// NOLINTNEXTLINE(readability-function-size): one pass over the header's cells, see above
Table parse_table_header(const Piece& piece, bool plain, std::vector<Column> memory,
                         DiagnosticSink& sink) {
    Table table;
    table.columns = std::move(memory);
    table.columns.clear();
    table.line = sink.line;
    Cells cells(piece.original, piece.column, separator_of(piece));
    Cell baseline;
    cells.next(baseline);
    if (!table::baseline_header(Folded(baseline.text, plain)).matched) {
        cells.next(baseline); // after a caption (classify_table_line found the baseline there)
    }
    {
        const Folded folded(baseline.text, plain);
        const table::BaselineHeader header = table::baseline_header(folded);
        if (!header.year_text.empty()) {
            // 当初値（H29）: the year of the baseline.
            const auto year = FiscalYear::parse(header.year_text);
            if (year) {
                table.baseline_year = *year;
            } else {
                sink.error("GK034", baseline.column(),
                           "expected a fiscal year such as \"H29\" between the brackets of the "
                           "baseline column " +
                               detail::quoted(baseline.text) + reason_of(year.error()));
            }
        }
    }
    std::size_t index = 2;
    // A run of empty cells not yet known to be trailing, and its first cell. (Not an
    // optional Cell: g++ 12 then warns, wrongly, that the cell may be used uninitialized.)
    bool empty_run = false;
    Cell first_empty;
    bool unit_seen = false;
    // Heisei years after H31 (H32 = R2): read, and named in one warning.
    // (The wording of warn_if_heisei_past_its_end, for all of them at once.)
    std::string after_era;      // "H32", "H33"
    std::string after_era_read; // R2 = FY2020, R3 = FY2021
    std::size_t after_era_count = 0;
    std::size_t after_era_column = 0;
    for (Cell cell; !sink.stopped() && cells.next(cell); ++index) {
        if (unit_seen) {
            if (!cell.text.empty()) {
                sink.error("GK037", cell.column(),
                           "unexpected cell " + detail::quoted(cell.text) + " after the " +
                               std::string(tani) + " column of the table header");
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
            sink.error("GK036", first_empty.column(),
                       "expected a fiscal year such as \"R4\", \"R" + std::string(gan) +
                           "\" or \"H30\", or \"" + std::string(tani) +
                           "\", in the table header, got an empty cell");
            empty_run = false;
        }
        table.unit_index = index + 1;
        const Folded folded(cell.text, plain);
        if (equals(folded, tani)) {
            table.unit_index = index;
            unit_seen = true;
            continue;
        }
        const auto year = FiscalYear::parse(cell.text);
        // H32 = R2: one warning for the header. (Only a year written with H or 平成 can be.)
        const std::string_view year_text = folded;
        if (year && (year_text.front() == 'H' || starts_with(year_text, "平成")) &&
            heisei_past_its_end(year_text)) {
            if (after_era_count++ == 0) {
                after_era_column = cell.column();
            } else {
                after_era += ", ";
                after_era_read += ", ";
            }
            after_era += detail::quoted(cell.text);
            after_era_read += to_string(*year) + " = FY" + std::to_string(year->gregorian());
        }
        if (!year) {
            sink.error("GK036", cell.column(),
                       "expected a fiscal year such as \"R4\", \"R" + std::string(gan) +
                           "\" or \"H30\", or \"" + std::string(tani) +
                           "\", in the table header, got " + detail::quoted(cell.text) +
                           reason_of(year.error()));
        } else if (!table.columns.empty() && *year <= table.columns.back().year) {
            sink.error("GK036", cell.column(),
                       "the fiscal year " + detail::quoted(cell.text) +
                           " in the table header does not come after " +
                           to_string(table.columns.back().year));
        } else {
            table.columns.push_back(Column{index, *year, std::string(cell.text)});
        }
    }
    if (after_era_count > 0) {
        sink.warning("GK042", after_era_column,
                     after_era + (after_era_count == 1 ? " counts" : " count") +
                         " Heisei past its end (H31 = R1 = FY2019, a document drafted before the "
                         "era changed): read as " +
                         after_era_read);
    }
    if (table.unit_index == 2 && !sink.stopped()) {
        sink.error("GK036", baseline.column(),
                   "the table header has no fiscal-year columns: expected \"" +
                       std::string(toshochi) +
                       "\", fiscal years such as \"R1\", \"R2\", \"R3\" and \"" +
                       std::string(tani) + "\", separated by tabs");
        table.refused = true;
    }
    return table;
}

bool same_header(const Table& table, const Table& header) noexcept {
    return table.baseline_year == header.baseline_year &&
           std::equal(table.columns.begin(), table.columns.end(), header.columns.begin(),
                      header.columns.end(), [](const Column& a, const Column& b) {
                          return a.year == b.year && a.index == b.index;
                      });
}

bool spaced_row_fits(const Piece& piece, const Table& table, bool plain, DiagnosticSink& sink) {
    Cells cells(piece.original, piece.column, Separator::spaces);
    Cell label;
    cells.next(label);
    std::size_t count = 0;
    std::string_view last;
    for (Cell cell; cells.next(cell);) {
        ++count;
        last = cell.text;
    }
    const Folded folded_last(last, plain);
    const bool unit = count > 0 && !is_value_text(folded_last);
    const std::size_t values = count - (unit ? 1 : 0);
    const std::size_t needed = table.unit_index - 1; // the baseline and the fiscal years
    if (values == needed || (values == needed + 1 && only_dashes(folded_last))) {
        // (a last dash after all the values: the unit cell, empty)
        return true;
    }
    sink.error("GK038", piece.column,
               "the row " + detail::quoted(label.text) +
                   " has no tabs, and its cells (split at runs of two or more spaces) do not fit "
                   "the table header of line " +
                   std::to_string(table.line) + ": " + std::to_string(values) +
                   " values after the label where the baseline and " + table.years() + " need " +
                   std::to_string(needed) +
                   "; without tabs an empty cell cannot be placed: separate the cells with tabs, "
                   "or write \"" +
                   std::string(em_dash) + "\" in empty cells");
    return false;
}

/// `①計画<TAB>120<TAB>150<TAB>…<TAB>件`; `cells` stands after `baseline_cell`. The
/// reader has checked that there is a header with columns and a title line for the KPI.
// Kept whole: the per-row hot loop of the reader (one pass over a row's cells into the KPI's
// series); its cases share the cell cursor, the column index and the series being filled.
// NOLINTNEXTLINE(readability-function-size): the per-row hot loop, see above
void parse_table_row(Cells& cells, const Cell& label, const Cell* baseline_cell, RowKind kind,
                     const Table& table, KpiState& kpi, bool plain, DiagnosticSink& sink) {
    const int number = kpi.kpi.number;
    bool& seen = kind == RowKind::plan ? kpi.has_plan : kpi.has_actual;
    if (seen) {
        sink.error("GK016", label.column(),
                   "a second row " + detail::quoted(label.text) + " for KPI" +
                       kpi_number_label(number));
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
            sink.error(
                "GK038", label.column(),
                "the row " + detail::quoted(label.text) + " comes under the table header of line " +
                    std::to_string(table.line) + " (" + table.years() + "), the other row of KPI" +
                    kpi_number_label(number) + " (line " + std::to_string(kpi.first_row_line) +
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
            sink.error("GK037", cell.column(),
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
    // A unit cell of dashes only (`—`) says there is none, as a value cell of dashes does.
    std::string_view unit = unit_cell ? unit_cell->text : std::string_view{};
    if (!unit.empty() && only_dashes(Folded(unit, plain))) {
        unit = {};
    }
    const auto unit_column = [&] {
        return unit_cell ? unit_cell->column() : label.column();
    };
    const auto differ = [&](std::string_view first, std::string_view second) {
        return "the units of the rows of KPI" + kpi_number_label(number) +
               " differ: " + detail::quoted(first) + " and " + detail::quoted(second) + "; the " +
               std::string(keikaku) + " row's is kept";
    };
    // The unit is the one either row gives (the plan row's when both do); a warning when
    // both give different labels (not two widths of one: % and ％), or neither gives one.
    const auto no_unit = [&] {
        if (!kpi.row_refused) {
            sink.add(Severity::warning, "GK039", kpi.plan_unit_line, kpi.plan_unit_column.value(),
                     "no unit in the " + std::string(tani) + " column of the rows " +
                         detail::quoted(row_name(number, keikaku)) + " and " +
                         detail::quoted(row_name(number, jisseki)));
        }
    };
    if (kind == RowKind::plan) {
        kpi.kpi.baseline.plan = baseline;
        kpi.kpi.plan = std::move(series);
        kpi.plan_unit_line = sink.line;
        kpi.plan_unit_column = unit_cell ? unit_cell->deferred_column() : label.deferred_column();
        if (!unit.empty()) {
            if (kpi.has_actual && !kpi.actual_unit.empty() && !same_unit(kpi.actual_unit, unit)) {
                sink.warning("GK039", unit_column(), differ(unit, kpi.actual_unit));
            }
            kpi.kpi.unit = Unit::from_label(unit);
        } else if (kpi.has_actual && kpi.actual_unit.empty()) {
            no_unit();
        }
    } else {
        kpi.kpi.baseline.actual = baseline;
        kpi.kpi.actual = std::move(series);
        kpi.actual_unit = std::string(unit);
        if (!unit.empty()) {
            if (kpi.kpi.unit.label.empty()) {
                kpi.kpi.unit = Unit::from_label(unit); // given only on the actual row
            } else if (!same_unit(kpi.kpi.unit.label, unit)) {
                sink.warning("GK039", unit_column(), differ(kpi.kpi.unit.label, unit));
            }
        } else if (kpi.has_plan && kpi.kpi.unit.label.empty()) {
            no_unit();
        }
    }
}

bool continues_title(const Piece& piece) noexcept {
    const std::string_view f = piece.folded;
    return piece.original.find('\t') == npos && !table::has_space_run(f) &&
           !starts_with(f, bracket_open);
}

void join_title(std::string& title, std::string_view continuation) {
    const auto ascii_alnum = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    };
    if (!title.empty() && !continuation.empty() && ascii_alnum(title.back()) &&
        ascii_alnum(continuation.front())) {
        title += ' ';
    }
    title += continuation;
}

void complete_rows(KpiState& state, bool report, DiagnosticSink& sink) {
    Kpi& kpi = state.kpi;
    if ((!state.has_plan || !state.has_actual) && !state.row_refused) {
        const std::string name = kpi_label(kpi.number);
        const std::string plan_row = kpi_number_label(kpi.number) + std::string(keikaku);
        const std::string actual_row = kpi_number_label(kpi.number) + std::string(jisseki);
        std::string missing;
        if (!state.has_plan && !state.has_actual) {
            missing = "rows " + detail::quoted(plan_row) + " and " + detail::quoted(actual_row);
        } else {
            missing = "row " + detail::quoted(state.has_plan ? actual_row : plan_row);
        }
        if (report) {
            sink.error("GK040", state.line, state.column,
                       name + " " + detail::quoted(kpi.title) + " has no table " + missing);
        }
    }
    if (state.has_plan != state.has_actual) {
        // Keep the years the other row has, not set.
        Series& empty = state.has_plan ? kpi.actual : kpi.plan;
        const Series& other = state.has_plan ? kpi.plan : kpi.actual;
        for (const PeriodValue& value : other) {
            empty.values.push_back(PeriodValue{value.year, Observation::not_set()});
        }
    }
}

} // namespace grantkpi::detail::text
