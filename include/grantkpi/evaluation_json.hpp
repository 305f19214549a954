// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The JSON form of evaluation results (docs/evaluation.md, "JSON output"): what
// `grantkpi evaluate --format json` prints, and the summary that `--summary` prints.

#include <grantkpi/evaluate.hpp>
#include <grantkpi/export.hpp>

#include <iosfwd>
#include <string>
#include <string_view>

namespace grantkpi {

/// The value of the "schema" key of a report evaluation.
inline constexpr std::string_view evaluation_schema_id = "grantkpi.evaluation/1";
/// The value of the "schema" key of a collection evaluation.
inline constexpr std::string_view collection_evaluation_schema_id =
    "grantkpi.collection-evaluation/1";
/// The value of the "schema" key of an evaluation summary
/// (schema/grantkpi-evaluation-summary-1.schema.json).
inline constexpr std::string_view evaluation_summary_schema_id = "grantkpi.evaluation-summary/1";

/// The evaluation as JSON: an object with "schema" first, then the members of the
/// evaluation structs in their declaration order (Boost.Describe), with the member names as
/// keys; 2-space indentation, raw UTF-8, a final newline. Values and money are exact
/// decimal numbers as their Decimal holds them (`13562.5`, `31.20`); a Ratio is a JSON
/// number, its 4-decimal rounding (`0.9067`); a fiscal year is its Gregorian year; a
/// Fraction is a string (`"1/2"`); an enumerator is its name; a table cell is written as in
/// the report format (a number, null, or `{"value": 16, "status": "expected"}`); an absent
/// optional is null.
[[nodiscard]] GRANTKPI_API std::string write_evaluation_json(const ReportEvaluation& evaluation);
[[nodiscard]] GRANTKPI_API std::string
write_evaluation_json(const CollectionEvaluation& evaluation);

/// Writes the text of write_evaluation_json to `out` as it is made, in chunks of 64 KiB, so
/// that the document is never held whole: the full evaluation of a national collection is
/// hundreds of megabytes. The bytes are those of write_evaluation_json. Stops at the first
/// chunk that `out` does not take; its state then says so.
GRANTKPI_API void write_evaluation_json(const ReportEvaluation& evaluation, std::ostream& out);
GRANTKPI_API void write_evaluation_json(const CollectionEvaluation& evaluation, std::ostream& out);

/// The roll-up figures without the rounds, projects, KPIs and KPI-years: what
/// `grantkpi evaluate --summary --format json` prints. An object with
/// `"schema": "grantkpi.evaluation-summary/1"`, then the members of the CollectionEvaluation
/// (`options`, `reports`, `summary`, `duplicates_merged`, `merged`), each report written as
/// its `title`, `municipality` and `summary` only; values and layout as write_evaluation_json.
/// The figures are the full evaluation's: `summary` and each report's `summary` are those
/// that write_evaluation_json writes. A single report is summed up as a collection of one.
[[nodiscard]] GRANTKPI_API std::string
write_evaluation_summary_json(const CollectionEvaluation& evaluation);
/// Writes the text of write_evaluation_summary_json to `out` as it is made, in chunks, as the
/// full evaluation's overload does (a national summary is megabytes: each report's summary).
GRANTKPI_API void write_evaluation_summary_json(const CollectionEvaluation& evaluation,
                                                std::ostream& out);

} // namespace grantkpi
