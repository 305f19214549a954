// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The figures that the Python reference (bench/reference.py) computes too, as text, so that
// the two can be compared line by line.

#include <grantkpi/evaluate.hpp>

#include <string>

namespace grantkpi::bench {

/// One line per figure, in this order (`R/r/p/k`: report, round, project and KPI indices):
///
///     year R/r/p/k 2019 no 0.9067 c      every KPI-year with a value: met (yes, no, - when
///                                        not judged), ratio (4 decimals, - when undefined),
///                                        c confirmed or p provisional
///     kpi R/r/p/k met c                  every KPI: its verdict, c or p
///     project R/r/p met_at_least_one c   every project: its outcome, c or p
///     national kpis total=.. met_confirmed=.. ...          the counts (docs/evaluation.md)
///     national projects total=.. ...
///     national kpis_met confirmed_of_judged=4/7:0.5714 ...  the headline shares
///     national projects_met_at_least_one ...
///     national budget own=5:94004 joint_total=1:71349      projects and budget sums
///     national duplicates_merged=12
///
/// The national lines are over the collection, joint projects counted once.
[[nodiscard]] std::string reference_figures(const CollectionEvaluation& evaluation);

} // namespace grantkpi::bench
