// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the table parser of the text layout (docs/text-format.md, "Tables"): KPI title
// lines, table headers, plan and actual rows and their cells. Each function reads one line
// (or cell) and reports its problems into the sink, at the sink's line.

#include "lines.hpp"
#include "sink.hpp"

#include <grantkpi/kpi.hpp>
#include <grantkpi/observation.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace grantkpi::detail::text {

/// A fiscal-year column of a table header that could be read.
struct Column {
    std::size_t index = 0; ///< of the cell in the line: 2 for the first year, after 当初値
    FiscalYear year;
    std::string label; ///< as written: R2
};

struct Table {
    std::vector<Column> columns; ///< increasing years; unreadable header cells left out
    std::size_t unit_index = 2;  ///< the cell of 単位: after every fiscal-year cell
    std::size_t line = 0;        ///< of the header
    /// The year the baseline column names (`当初値（H29）`), for every KPI under the header.
    std::optional<FiscalYear> baseline_year;
    /// The header was refused (reported): the rows under it are not read, and say nothing.
    bool refused = false;

    /// `R1 R2 R3`, as written.
    [[nodiscard]] std::string years() const {
        std::string out;
        for (const Column& column : columns) {
            out += out.empty() ? "" : " ";
            out += column.label;
        }
        return out;
    }
};

struct KpiState {
    Kpi kpi;
    std::size_t line = 0;
    std::size_t column = 0;
    bool has_plan = false;
    bool has_actual = false;
    std::string actual_unit;           ///< the 単位 cell of the actual row, when it has one
    std::size_t first_row_line = 0;    ///< of the first of its rows
    std::size_t first_header_line = 0; ///< of the table header above that row
    /// Where the plan row's unit cell is (for the warning when neither row has a unit).
    std::size_t plan_unit_line = 0;
    DeferredColumn plan_unit_column;
    /// A row of the KPI was refused (reported), or came under a refused header: no further
    /// diagnostic about its rows or its unit (errors do not cascade).
    bool row_refused = false;
};

enum class RowKind { plan, actual };

/// `KPI①<TAB>…` or a table header, seen before 【KPI】 (`line`: the whole line, unused: the
/// piece says it).
bool looks_like_table(const Piece& piece, std::string_view line);

/// What parse_kpi_title found.
struct KpiTitleLine {
    enum class Kind {
        none,    ///< not a title line
        refused, ///< a title line with an error (reported)
        title,   ///< a title line: number and title
    };
    Kind kind = Kind::none;
    int number = 0;
    std::string_view title; ///< as written, trimmed
};

/// A KPI title line `KPI①<TAB>title<TAB><TAB>…` (also `KPI1`, `KPI ①`, `ＫＰＩ①`,
/// `KPI①:title`, and cells separated by runs of spaces).
KpiTitleLine parse_kpi_title(const Piece& piece, DiagnosticSink& sink);

/// The separator of a line of the table: tabs when it has one, else runs of spaces.
Separator separator_of(const Piece& piece) noexcept;

/// What a line of the KPI section is that is not a title line.
struct TableLine {
    enum class Kind {
        none,    ///< nothing of the table
        header,  ///< a table header; `baseline` is its baseline cell
        row,     ///< a row of KPI `number`, `kind`
        refused, ///< a header or a row refused (reported); `number` when a row
    };
    Kind kind = Kind::none;
    int number = 0;
    RowKind row = RowKind::plan;
};

/// Tells the kind of a line of the KPI section that is not a title line, and reports the
/// headers and rows it refuses: a bad baseline column, a line without tabs and with single
/// spaces, a row label one character off a known one (`計書`: "did you mean 計画").
TableLine classify_table_line(const Piece& piece, bool plain, DiagnosticSink& sink);

/// A table header `<TAB>当初値<TAB>R1<TAB>R2<TAB>R3<TAB>単位` (also `基準値`, `現状値`,
/// `当初値（H29）`; the leading empty cell may be left out; cells separated by runs of
/// spaces). `memory`: the vector of an earlier table's columns, reused.
Table parse_table_header(const Piece& piece, bool plain, std::vector<Column> memory,
                         DiagnosticSink& sink);

/// A header repeated after a page break: the same fiscal years and baseline year as the
/// table's.
bool same_header(const Table& table, const Table& header) noexcept;

/// A row without tabs must have exactly the baseline and one value per fiscal-year column
/// after its label, then optionally the unit; false (reported) otherwise.
bool spaced_row_fits(const Piece& piece, const Table& table, bool plain, DiagnosticSink& sink);

/// A table cell: a number, `16(見込)`, or not set (empty or dashes). `column` names the
/// column in messages; `plain`: the line holds no full-width form.
Observation read_cell(const Cell& cell, std::string_view column, bool plain, DiagnosticSink& sink);

/// A row `①計画<TAB>120<TAB>150<TAB>…<TAB>件` of `kpi` under `table`; `cells` stands after
/// `baseline_cell` (null when the row has only its label).
void parse_table_row(Cells& cells, const Cell& label, const Cell* baseline_cell, RowKind kind,
                     const Table& table, KpiState& kpi, bool plain, DiagnosticSink& sink);

/// A line right after a KPI title line that continues the title (a wrapped title): no tab
/// inside it, no run of two or more spaces, and (the caller has checked) nothing else of the
/// table.
bool continues_title(const Piece& piece) noexcept;

/// Appends a continuation line to a title: directly, or after a space when both sides of the
/// join are ASCII letters or digits (`SNS` / `PR 動画`).
void join_title(std::string& title, std::string_view continuation);

/// At the end of a project: an error for a KPI without its plan or actual row (unless
/// `report` is false, or one of its rows was refused: the cause has been reported), which then gets
/// the other row's years, not set.
void complete_rows(KpiState& state, bool report, DiagnosticSink& sink);

} // namespace grantkpi::detail::text
