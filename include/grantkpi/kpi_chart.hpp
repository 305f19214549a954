// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// One KPI as a chart: an inline SVG with the fiscal years on the x axis, the plan as a line
// with markers, the actuals as bars (expected / 見込 ones hatched and outlined), the
// baseline (当初値) as a dashed reference line and a zero line below which negative values
// go. Cells that are not set are left out, never drawn as zero. The SVG carries a <title>
// and a <desc> with every figure, so that it reads without the picture too.
//
// The figures in the chart's text are the exact decimals as written (1,100, 31.20); only
// the pixel coordinates are computed in double. docs/html-report.md shows an example.

#include <grantkpi/evaluate.hpp>
#include <grantkpi/export.hpp>
#include <grantkpi/kpi.hpp>

#include <string>

namespace grantkpi {

struct KpiChartOptions {
    /// Prefix of the element ids inside the SVG (its pattern, title and desc), so that
    /// several charts can be inlined in one HTML document: give each a different one.
    /// Letters, digits, '-' and '_' only; others are replaced by '_'.
    std::string id = "kpi";
    /// The unit label shown on the y axis and in the text alternative (件, 千円, %); the
    /// evaluation does not carry it, the model's Kpi::unit does.
    std::string unit;
    /// The baseline (当初値), drawn as a reference line: the actual row's value when it has
    /// one (what was measured before the project), else the plan row's. Not set: no line.
    Baseline baseline;
    /// The size in CSS pixels (the SVG scales with its container: viewBox).
    int width = 520;
    int height = 250;
    /// Writes the xmlns attribute, for an .svg file of its own; HTML does not need it.
    bool standalone = true;
};

/// The options for the chart of a KPI of the model: its unit and its baseline.
[[nodiscard]] GRANTKPI_API KpiChartOptions kpi_chart_options(const Kpi& kpi,
                                                             std::string id = "kpi");

/// The chart of one evaluated KPI as an SVG element (`<svg ...>...</svg>`, no XML
/// declaration). Every text in it is escaped.
[[nodiscard]] GRANTKPI_API std::string write_kpi_chart_svg(const KpiEvaluation& kpi,
                                                           const KpiChartOptions& options = {});

} // namespace grantkpi
