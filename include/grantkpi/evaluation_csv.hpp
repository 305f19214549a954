// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The KPI-years of an evaluation as CSV, for spreadsheets (docs/evaluation.md, "CSV
// output").

#include <grantkpi/evaluate.hpp>
#include <grantkpi/export.hpp>

#include <string>
#include <string_view>

namespace grantkpi {

/// The header line of write_kpi_years_csv, without its line feed.
inline constexpr std::string_view kpi_years_csv_header =
    "round,project,kpi,period,plan,actual,actual_status,met,ratio,direction,direction_source,"
    "direction_uncertain";

/// One row per KPI-year of the evaluation (KpiEvaluation::years: the years whose plan or
/// actual has a value), in document order, after the header line:
/// `round` the round's Gregorian fiscal year; `project` the project's name; `kpi` the KPI's
/// number (1 for KPI①); `period` the Gregorian fiscal year (`2019` for R1); `plan` and
/// `actual` the exact decimals as written (`1216`, `31.20`, `-3760`), empty when not set;
/// `actual_status` `confirmed`, `expected` or `not_set`; `met` `yes`, `no`, or empty when the year
/// cannot be judged; `ratio` actual / plan rounded half away from zero to 4 decimals (`0.9067`),
/// empty when undefined; `direction` `increase` or `decrease`, the way `met` was judged;
/// `direction_source` `stated`, `inferred` or `assumed`, and `direction_uncertain` `true` or
/// `false`: what the verdict rests on (an assumed or uncertain direction deserves a look, rule
/// GK410). RFC 4180 quoting (a field with a comma, a double quote, CR or LF is quoted, its quotes
/// doubled), LF line ends, UTF-8 without a byte-order mark (invalid bytes become U+FFFD).
[[nodiscard]] GRANTKPI_API std::string write_kpi_years_csv(const ReportEvaluation& evaluation);

/// Appends the same text to `out`.
GRANTKPI_API void write_kpi_years_csv(const ReportEvaluation& evaluation, std::string& out);

} // namespace grantkpi
