// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The JSON form of evaluation results (docs/evaluation.md, "JSON output"): what
// `grantkpi evaluate --format json` prints.

#include <grantkpi/evaluate.hpp>

#include <string>
#include <string_view>

namespace grantkpi {

/// The value of the "schema" key of a report evaluation.
inline constexpr std::string_view evaluation_schema_id = "grantkpi.evaluation/1";
/// The value of the "schema" key of a collection evaluation.
inline constexpr std::string_view collection_evaluation_schema_id =
    "grantkpi.collection-evaluation/1";

/// The evaluation as JSON: an object with "schema" first, then the members of the
/// evaluation structs in their declaration order (Boost.Describe), with the member names as
/// keys; 2-space indentation, raw UTF-8, a final newline. Values and money are exact
/// decimal numbers as their Decimal holds them (`13562.5`, `31.20`); a Ratio is a JSON
/// number, its 4-decimal rounding (`0.9067`); a fiscal year is its Gregorian year; a
/// Fraction is a string (`"1/2"`); an enumerator is its name; a table cell is written as in
/// the report format (a number, null, or `{"value": 16, "status": "expected"}`); an absent
/// optional is null.
[[nodiscard]] std::string write_evaluation_json(const ReportEvaluation& evaluation);
[[nodiscard]] std::string write_evaluation_json(const CollectionEvaluation& evaluation);

} // namespace grantkpi
