// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: what the text reader infers about a KPI that the table does not say, with the
// basis of each guess (Provenance). The reader calls these in one place per KPI
// (Reader::finish_kpi); they are the seam where the title-based rules of
// include/grantkpi/kpi_inference.hpp plug in.

#include <grantkpi/kpi.hpp>
#include <grantkpi/provenance.hpp>

#include <string_view>

namespace grantkpi::detail::text {

struct KpiDirectionGuess {
    Direction direction = Direction::increase;
    Provenance basis;
};
struct KpiAccumulationGuess {
    Accumulation accumulation = Accumulation::level;
    Provenance basis;
};

/// The bracketed marker ending in 累計 in a title, as written (`(3年累計)`, `（累計）`);
/// empty when the title has none.
std::string_view cumulative_marker(std::string_view title) noexcept;

/// `cumulative`, inferred with the rule `title: (3年累計)` (the marker as written), when the
/// title has a marker; else `level`, assumed (`no marker in the title`).
KpiAccumulationGuess reader_accumulation(std::string_view title);

/// `decrease` when infer_direction says so, inferred and uncertain (`plan falls from the
/// baseline`: the trend alone speaks); else `increase`, assumed (`no rule fired`).
KpiDirectionGuess reader_direction(std::string_view title, const Baseline& baseline,
                                   const Series& plan);

} // namespace grantkpi::detail::text
