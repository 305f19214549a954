// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The JSON form of a report (docs/json-format.md, schema/grantkpi-report-2.schema.json):
// exact numbers in, exact numbers out, and errors that name the JSON pointer.

#include <grantkpi/error.hpp>
#include <grantkpi/export.hpp>
#include <grantkpi/report.hpp>

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace grantkpi {

/// The value of the "schema" key this version writes and reads: format 2, which carries the
/// bases of directions, accumulations and budget scopes (Provenance), a joint project's own
/// part, a budget as written and a baseline's year.
inline constexpr std::string_view report_schema_id = "grantkpi.report/2";
/// Format 1, still read: it has none of the keys new in format 2, so every direction,
/// accumulation and budget scope of a format-1 document is a plain statement. A format-1
/// document with a key of format 2 is refused.
inline constexpr std::string_view report_schema_v1_id = "grantkpi.report/1";

/// Reads a report from JSON text (UTF-8; a leading byte-order mark is skipped).
///
/// Straight from the parser's events into the model, with no DOM in between: numbers keep
/// the digits they were written with. The first problem stops the read and is returned with
/// the JSON pointer of the offending element, the line and column where the parser stopped
/// (the last character of the offending token, or the closing brace of an object that lacks
/// a key), and what was expected:
/// a syntax error, a value of the wrong type, an unknown or duplicate key, a missing
/// required key, a number with an exponent or more than 18 digits, an unsupported "schema",
/// a key of format 2 in a document that says it is format 1.
/// Keys whose value is an array, an optional value or a basis (a missing basis is a plain
/// statement) may be missing.
[[nodiscard]] GRANTKPI_API Result<Report> read_report_json(std::string_view json);

/// Reads a file with read_report_json; errors also name the file. The file is read in chunks
/// of 1 MiB, so memory holds the model, not the file's text.
[[nodiscard]] GRANTKPI_API Result<Report> load_report_json(const std::filesystem::path& file);

/// The canonical JSON text of a report: fixed key order, 2-space indentation, numbers with
/// their written digits, raw UTF-8, a final newline. Reading it back gives an equal report,
/// and writing that again gives the same bytes. Strings that are not valid UTF-8 are written
/// with U+FFFD in place of each invalid byte.
[[nodiscard]] GRANTKPI_API std::string write_report_json(const Report& report);

/// Appends the canonical JSON text of a report to `out`.
GRANTKPI_API void write_report_json(const Report& report, std::string& out);

// ---------------------------------------------------------------- collections

/// The value of the "schema" key of a collection of reports (its reports in format 2).
inline constexpr std::string_view collection_schema_id = "grantkpi.collection/2";
/// A collection of format-1 reports, still read like report_schema_v1_id.
inline constexpr std::string_view collection_schema_v1_id = "grantkpi.collection/1";

/// Reads a collection of reports, such as every municipality's reports in one file:
///
///     {"schema": "grantkpi.collection/2", "reports": [<report>, ...]}
///
/// Each report is a report object as read_report_json reads it, without its own "schema"
/// key (the collection's names the format). Read the same way, straight from the parser's
/// events, with the same errors; pointers start at the collection:
/// `/reports/12/rounds/0/projects/2/budget`. "reports" may be missing (no reports).
[[nodiscard]] GRANTKPI_API Result<std::vector<Report>> read_collection_json(std::string_view json);

/// Reads a file with read_collection_json, in chunks of 1 MiB; errors also name the file.
[[nodiscard]] GRANTKPI_API Result<std::vector<Report>>
load_collection_json(const std::filesystem::path& file);

/// The canonical JSON text of a collection: `"schema"`, then `"reports"` with each report
/// in the canonical layout of write_report_json, two levels (4 spaces) deeper and without
/// its `"schema"` key. Reading it back gives equal reports; writing those again, the same bytes.
[[nodiscard]] GRANTKPI_API std::string write_collection_json(std::span<const Report> reports);

/// Appends the canonical JSON text of a collection to `out`.
GRANTKPI_API void write_collection_json(std::span<const Report> reports, std::string& out);

} // namespace grantkpi
