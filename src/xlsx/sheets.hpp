// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The workbook's sheets as plain tables of typed cells, built from the model before
// libxlsxwriter sees them (internal to the xlsx component).

#include <grantkpi/xlsx.hpp>

#include <string>
#include <vector>

namespace grantkpi::xlsx_detail {

struct Cell {
    enum class Kind { empty, text, number };
    Kind kind = Kind::empty;
    std::string text;   ///< Kind::text
    double number = 0;  ///< Kind::number
    std::string format; ///< Kind::number: the number format (`#,##0.00`, `0`, `0.0000`)
    std::string note;   ///< a comment on the cell, when not empty
    /// What the cell shows, for the column width: the text, or the number as formatted.
    std::string shown;
};

struct Sheet {
    std::string name;
    std::vector<std::string> header;
    std::vector<std::vector<Cell>> rows;
    /// Column widths in Excel's units (about one digit): the widest cell, East Asian wide
    /// characters counted as two, plus a margin.
    std::vector<double> widths;
};

/// The five sheets, in workbook_sheet_names order.
[[nodiscard]] Result<std::vector<Sheet>> make_sheets(std::span<const Report> reports,
                                                     const WorkbookOptions& options);

} // namespace grantkpi::xlsx_detail
