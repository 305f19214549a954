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

// The other limits are the value types' own, stated here for reference:
// - Decimal: 18 significant digits and 18 fraction digits (Decimal::max_digits, max_scale);
//   `99999999999999999999` is refused with "more than 18 significant digits";
// - FiscalYear: FY1000..FY9999 (four digits), era years of at most 4 digits (R99999 is
//   refused);
// - JSON nesting: the parser stops at depth 64, but the schema is at most 9 levels deep (11
//   in a collection) and the reader refuses the first value of a wrong type, so deeper input
//   never gets far;
// - JSON numbers: no exponents (`1e308`), no NaN or Infinity (not JSON), integers (KPI
//   numbers) within int;
// - the text reader: KPI numbers 1..9999, durations 1..99 years, and in lenient mode at most
//   1000 diagnostics (then one more error says it stopped). Lines, cells and rows have no
//   limit of their own: the reader runs in time linear in the input.

} // namespace grantkpi
