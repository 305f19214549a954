// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// CSV that Japanese Excel opens correctly. grantkpi's CSV writers (write_values_csv,
// write_projects_csv, write_kpi_years_csv) write RFC 4180 text for programs: UTF-8 without a
// byte-order mark, LF line ends. Excel reads a CSV without a byte-order mark in the system's
// code page, CP932 in Japan, and shows UTF-8 kanji as mojibake; with the mark it reads UTF-8.

#include <grantkpi/enum_names.hpp>
#include <grantkpi/export.hpp>

#include <boost/describe/enum.hpp>

#include <string>
#include <string_view>

namespace grantkpi {

/// The two forms of the CSV tables.
enum class CsvDialect {
    rfc4180, ///< UTF-8 without a byte-order mark, LF line ends: for programs (the default)
    excel,   ///< a UTF-8 byte-order mark (EF BB BF) first and CRLF line ends: for Excel
};
BOOST_DESCRIBE_ENUM(CsvDialect, rfc4180, excel)

/// The CSV text `csv`, as written by grantkpi's CSV writers (LF record ends), in the Excel
/// dialect: the byte-order mark first (not added twice), and every record's LF turned into
/// CRLF (one that already is CRLF is kept). A line break inside a quoted field is part of the
/// field and is kept as it is, as Excel itself writes it (a line break within the cell).
[[nodiscard]] GRANTKPI_API std::string to_excel_csv(std::string_view csv);

/// `csv` unchanged for CsvDialect::rfc4180, to_excel_csv(csv) for CsvDialect::excel.
[[nodiscard]] GRANTKPI_API std::string to_csv_dialect(std::string_view csv, CsvDialect dialect);

} // namespace grantkpi
