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
};

enum class RowKind { plan, actual };

/// `KPI①<TAB>…` or a table header, seen before 【KPI】 (`line`: the whole line).
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

/// A KPI title line `KPI①<TAB>title<TAB><TAB>…` (also `KPI1`, `KPI①:title`).
KpiTitleLine parse_kpi_title(const Piece& piece, DiagnosticSink& sink);

/// A table header `<TAB>当初値<TAB>R1<TAB>R2<TAB>R3<TAB>単位`; `cells` stands after the
/// 当初値 cell `baseline`. `memory`: the vector of an earlier table's columns, reused.
Table parse_table_header(Cells& cells, const Cell& baseline, std::vector<Column> memory,
                         DiagnosticSink& sink);

/// A table cell: a number, `16(見込)`, or not set (empty or dashes). `column` names the
/// column in messages; `plain`: the line holds no full-width form.
Observation read_cell(const Cell& cell, std::string_view column, bool plain, DiagnosticSink& sink);

/// A row `①計画<TAB>120<TAB>150<TAB>…<TAB>件` of `kpi` under `table`; `cells` stands after
/// `baseline_cell` (null when the row has only its label).
void parse_table_row(Cells& cells, const Cell& label, const Cell* baseline_cell, RowKind kind,
                     const Table& table, KpiState& kpi, bool plain, DiagnosticSink& sink);

/// At the end of a project: an error for a KPI without its plan or actual row (unless
/// `report` is false: the cause has been reported), which then gets the other row's years,
/// not set.
void complete_rows(KpiState& state, bool report, DiagnosticSink& sink);

} // namespace grantkpi::detail::text
