// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Tidy CSV tables of a report, for spreadsheets and data tools: RFC 4180 quoting, UTF-8
// without a byte-order mark, LF line ends.

#include <grantkpi/report.hpp>

#include <string>
#include <string_view>

namespace grantkpi {

/// One row per table cell, in document order (project, KPI number, series plan then
/// actual, period baseline then the fiscal-year columns in order), header
/// `project,kpi,unit,period,series,value,status`. `period` is `baseline` or the Gregorian
/// fiscal year; `value` the exact decimal as written without thousands separators, empty
/// when not set; `status` `confirmed`, `expected` or `not_set`.
[[nodiscard]] std::string write_values_csv(const Report& report);

/// One row per project, header `round,project,application,partners,budget_thousand_yen,
/// budget_scope,national_share,first_fy,last_fy,kpis`: the round's Gregorian fiscal year,
/// partners joined with `;`, the national share as `1/2`, the number of KPIs.
[[nodiscard]] std::string write_projects_csv(const Report& report);

/// Appends one CSV field, quoted when it contains a comma, a quote, CR or LF (RFC 4180);
/// each byte that is not valid UTF-8 becomes U+FFFD.
void append_csv_field(std::string& out, std::string_view field);

} // namespace grantkpi
