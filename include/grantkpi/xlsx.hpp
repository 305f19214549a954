// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// An Excel workbook of reports and their evaluation (docs/excel.md), written with
// libxlsxwriter. This header belongs to the optional component `xlsx` (CMake target
// grantkpi::xlsx, `find_package(grantkpi COMPONENTS xlsx)`): it is installed, and
// <grantkpi/grantkpi.hpp> knows nothing of it, only when grantkpi was built with
// libxlsxwriter.

#include <grantkpi/decimal.hpp>
#include <grantkpi/error.hpp>
#include <grantkpi/evaluate.hpp>
#include <grantkpi/export.hpp>
#include <grantkpi/report.hpp>

#include <array>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace grantkpi {

/// The sheets of the workbook, in order.
inline constexpr std::array<std::string_view, 5> workbook_sheet_names = {
    "summary", "projects", "kpis", "values", "evaluation"};

struct WorkbookOptions {
    /// How the evaluation and summary sheets judge the KPIs.
    EvaluationOptions evaluation;
    /// Threads for evaluating several reports (as evaluate_collection: 0 = every core).
    unsigned threads = 1;
    /// Where each report came from (its file name), in report order, for the summary's
    /// `source` column; empty, or shorter than the reports: the column is left empty.
    std::vector<std::string> sources;
    /// The workbook's creation time, in seconds since 1970-01-01 UTC; 0: now. It is part of
    /// the file (its properties and the zip entries' times), so that a fixed time gives the
    /// same bytes for the same reports.
    std::int64_t created = 0;
};

/// Whether `value` survives a numeric cell: the double nearest to it, printed with 15
/// significant digits (what Excel shows), reads back as the same decimal. True for every
/// value of at most 15 significant digits (31.20, -3760, 1216), false for longer ones
/// (1234567890.12345678). The workbook writes a value that does not as a text cell with a
/// note, never as a rounded number.
[[nodiscard]] GRANTKPI_XLSX_API bool survives_double(Decimal value) noexcept;

/// The workbook of `reports` as the bytes of an .xlsx file: the sheets `summary`,
/// `projects`, `kpis`, `values` and `evaluation` (docs/excel.md lists their columns: the
/// CSV tables' columns, each fiscal-year column followed by its era form `R4`). The reports
/// are evaluated as a collection (joint projects reported twice counted once in the `all`
/// summary). An error when the evaluation fails (a sum of money beyond 18 digits), when a
/// sheet would exceed Excel's 1,048,576 rows or a text its 32,767 characters, or when the
/// temporary file libxlsxwriter needs cannot be written or read.
[[nodiscard]] GRANTKPI_XLSX_API Result<std::string>
write_workbook_xlsx(std::span<const Report> reports, const WorkbookOptions& options = {});

/// Writes the same workbook to `path` (not atomically: the CLI writes the bytes whole or
/// not at all).
[[nodiscard]] GRANTKPI_XLSX_API Result<void>
write_workbook_xlsx_file(const std::filesystem::path& path, std::span<const Report> reports,
                         const WorkbookOptions& options = {});

} // namespace grantkpi
