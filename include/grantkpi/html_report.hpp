// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// An evaluated report, or a set of them, as one self-contained HTML page: the headline
// figures as cards, each round and project with its budget, application, effect rating and
// KPI verdicts, and for every KPI a chart (grantkpi/kpi_chart.hpp) with its figures as a
// table beside it. The page needs nothing outside the file: inline CSS, inline SVG, no
// script, no font or image to fetch, so it opens from a USB stick or an intranet, and it
// prints on A4 with no chart cut in half. Labels are Japanese; figures are the exact
// decimals as written and ratios the 4-decimal exact roundings (Ratio::rounded), as the
// CSV and JSON show them. docs/html-report.md describes the page.

#include <grantkpi/evaluate.hpp>
#include <grantkpi/export.hpp>
#include <grantkpi/report.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace grantkpi {

struct HtmlReportOptions {
    /// The page's title; empty: made from the municipality and the report's title.
    std::string title;
    /// A name for each report, in order (the input file names): shown under its heading,
    /// and instead of the municipality when the report does not name one.
    std::vector<std::string> report_names;
};

/// One report's page. Without the model the charts have no unit and no baseline line, and
/// KPIs show no direction basis; prefer the overload below when the Report is at hand.
[[nodiscard]] GRANTKPI_API std::string write_report_html(const ReportEvaluation& evaluation,
                                                         const HtmlReportOptions& options = {});

/// One report's page, with what only the model carries: units, baselines (当初値) and their
/// year, where each KPI's direction comes from (Kpi::direction_basis), notes (※) and
/// project descriptions. `source` must be the report `evaluation` was computed from; a
/// project or KPI whose counterpart is missing is shown from the evaluation alone.
[[nodiscard]] GRANTKPI_API std::string write_report_html(const ReportEvaluation& evaluation,
                                                         const Report& source,
                                                         const HtmlReportOptions& options = {});

/// A page for a set of reports: the collection's figures first (joint projects counted
/// once, the copies left out named), a table of the reports, then each report as above.
/// `sources`, when not empty, are the reports in the collection's order.
[[nodiscard]] GRANTKPI_API std::string write_report_html(const CollectionEvaluation& collection,
                                                         std::span<const Report> sources = {},
                                                         const HtmlReportOptions& options = {});

/// `text` with & < > " ' replaced by their character references: safe in element content
/// and in quoted attribute values.
[[nodiscard]] GRANTKPI_API std::string html_escape(std::string_view text);

} // namespace grantkpi
