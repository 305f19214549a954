// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Tidy CSV tables of a report, for spreadsheets and data tools: RFC 4180 quoting, UTF-8
// without a byte-order mark, LF line ends.

#include <grantkpi/export.hpp>
#include <grantkpi/report.hpp>

#include <string>
#include <string_view>

namespace grantkpi {

// Every table and column is documented in docs/tables.md.

/// The header line of write_values_csv, without its line feed.
inline constexpr std::string_view values_csv_header =
    "round,project,kpi,unit,period,series,value,status";

/// One row per table cell, in document order (round, project, KPI number, series plan then
/// actual, period baseline then the fiscal-year columns in order), after values_csv_header.
/// `round` is the round's Gregorian fiscal year (two projects of the same name in two rounds
/// stay apart); `period` is `baseline` or the Gregorian fiscal year; `value` the exact
/// decimal as written without thousands separators, empty when not set; `status`
/// `confirmed`, `expected` or `not_set`.
[[nodiscard]] GRANTKPI_API std::string write_values_csv(const Report& report);

/// The header line of write_projects_csv, without its line feed.
inline constexpr std::string_view projects_csv_header =
    "round,project,application,partners,budget_thousand_yen,budget_scope,budget_scope_source,"
    "own_budget_thousand_yen,national_share,first_fy,last_fy,kpis";

/// One row per project, after projects_csv_header: the round's Gregorian fiscal year,
/// partners joined with `;`, the budget's scope and its source (`stated`, `inferred`,
/// `assumed`), the own part of a joint-total budget (empty when none is given), the national
/// share as `1/2`, the number of KPIs.
[[nodiscard]] GRANTKPI_API std::string write_projects_csv(const Report& report);

/// The header line of write_kpis_csv, without its line feed.
inline constexpr std::string_view kpis_csv_header =
    "round,project,kpi,title,unit,unit_kind,direction,direction_source,direction_rule,"
    "direction_uncertain,accumulation,accumulation_source,accumulation_rule";

/// One row per KPI, in document order, after kpis_csv_header: what each KPI is judged by and
/// what that rests on. `direction_source` and `accumulation_source` are `stated`,
/// `inferred` or `assumed`; the rules name what fired (`title: 待機児童`, empty when none);
/// `direction_uncertain` is `true` or `false` (a verdict on an assumed or uncertain
/// direction deserves a look: `grantkpi validate`, rule GK410).
[[nodiscard]] GRANTKPI_API std::string write_kpis_csv(const Report& report);

/// Appends one CSV field, quoted when it contains a comma, a quote, CR or LF (RFC 4180);
/// each byte that is not valid UTF-8 becomes U+FFFD.
GRANTKPI_API void append_csv_field(std::string& out, std::string_view field);

} // namespace grantkpi
