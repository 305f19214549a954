// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The limits grantkpi holds its inputs to, in one place (docs/reliability.md explains them).
// Every reader refuses what is beyond them with an error that says which limit it hit; none
// of them depends on the machine, so an input reads the same everywhere.

#include <cstddef>

namespace grantkpi {

/// The largest input the readers take, in bytes: 256 MiB, far beyond any real report (the
/// bundled one is 7 KB of text, 18 KB of JSON). read_report_text, read_report_json,
/// read_report and the loaders refuse a larger input, a file before reading it, with the
/// error "the input is larger than 256 MiB (268435456 bytes), the most grantkpi reads".
/// Below it, memory stays proportional to the input: the text reader holds the bytes, their
/// UTF-8 decoding and the model; the JSON loader the model and one 1 MiB chunk.
inline constexpr std::size_t max_input_bytes = std::size_t{256} << 20;

/// The largest collection (grantkpi.collection/2: many reports in one JSON document) the
/// collection readers take: 4 GiB. Every municipality's reports in one file pass 256 MiB
/// (the national benchmark corpus at scale x16 is 692 MB), and the collection loader streams
/// the file in 1 MiB chunks, so its memory is that of the model. Each report in it is still
/// far below max_input_bytes.
inline constexpr std::size_t max_collection_bytes = std::size_t{4} << 30;

/// The deepest nesting the JSON readers take: 64 levels. The report and collection reader
/// hands it to the parser (boost::json::parse_options::max_depth), the annotation reader
/// stops at it with "nesting deeper than 64 levels". The report schema is at most 9
/// levels deep (11 in a collection) and the report reader refuses the first value of a wrong
/// type, so deeper input never gets that far there.
inline constexpr std::size_t max_json_depth = 64;

/// The most JSON values an annotation file (grantkpi.annotations/1) may hold: 1,000,000. The
/// annotation reader builds a tree of some 100 bytes a value; a million values (a file of
/// some 60,000 KPIs) is far more than a report has, and bounds the memory a hostile file
/// can take. Beyond it: "the file holds more than 1,000,000 JSON values, the most an
/// annotation file may".
inline constexpr std::size_t max_annotation_values = 1'000'000;

/// The largest KPI number the text reader takes: KPI9999 (`KPI99999` is refused with `the
/// KPI number in "KPI99999" is outside 1..9999`). The JSON form takes any number within int.
inline constexpr int max_text_kpi_number = 9999;

/// The longest duration of a round in the text reader: 99 years (`【R4年度から100年間実施】`
/// is refused with "the duration of 100 years is outside 1..99").
inline constexpr int max_text_duration_years = 99;

/// The most diagnostics the text reader gives in lenient mode: 1000, then one more error,
/// "too many problems: stopped after 1000", and it stops.
inline constexpr std::size_t max_text_diagnostics = 1000;

// The other limits are the value types' own, stated here for reference:
// - Decimal: 18 significant digits and 18 fraction digits (Decimal::max_digits, max_scale);
//   `99999999999999999999` is refused with "more than 18 significant digits";
// - Fraction: terms up to 2,147,483,647 (Fraction::max_term);
// - FiscalYear: FY1000..FY9999 (four digits, FiscalYear::min_year, max_year), era years of at
//   most 4 digits (R99999 is refused);
// - JSON numbers: no exponents (`1e308`), no NaN or Infinity (not JSON), integers (KPI
//   numbers) within int.
// Lines, cells, rows and strings have no limit of their own: the input size bounds them, and
// the readers run in time linear in the input.

} // namespace grantkpi
