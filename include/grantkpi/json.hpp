// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The JSON form of a report (docs/json-format.md, schema/grantkpi-report-1.schema.json):
// exact numbers in, exact numbers out, and errors that name the JSON pointer.

#include <grantkpi/error.hpp>
#include <grantkpi/report.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace grantkpi {

/// The value of the "schema" key this version reads and writes.
inline constexpr std::string_view report_schema_id = "grantkpi.report/1";

/// Reads a report from JSON text (UTF-8; a leading byte-order mark is skipped).
///
/// Straight from the parser's events into the model, with no DOM in between: numbers keep
/// the digits they were written with. The first problem stops the read and is returned with
/// the JSON pointer of the offending element, the line and column where the parser stopped
/// (the last character of the offending token, or the closing brace of an object that lacks
/// a key), and what was expected:
/// a syntax error, a value of the wrong type, an unknown or duplicate key, a missing
/// required key, a number with an exponent or more than 18 digits, an unsupported "schema".
/// Keys whose value is an array or an optional value may be missing.
[[nodiscard]] Result<Report> read_report_json(std::string_view json);

/// Reads a file with read_report_json; errors also name the file.
[[nodiscard]] Result<Report> load_report_json(const std::filesystem::path& file);

/// The canonical JSON text of a report: fixed key order, 2-space indentation, numbers with
/// their written digits, raw UTF-8, a final newline. Reading it back gives an equal report,
/// and writing that again gives the same bytes. Strings that are not valid UTF-8 are written
/// with U+FFFD in place of each invalid byte.
[[nodiscard]] std::string write_report_json(const Report& report);

/// Appends the canonical JSON text of a report to `out`.
void write_report_json(const Report& report, std::string& out);

} // namespace grantkpi
