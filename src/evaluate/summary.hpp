// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the counts, budgets and headline shares of a Summary, added up project by project
// or summary by summary (summary.cpp). The sums of money are exact: a sum beyond 18 digits
// throws error_exception.

#include <grantkpi/evaluate.hpp>

namespace grantkpi::detail {

/// Adds the outcome, KPI counts and budget of `p` to the counts and totals of `s`.
void add_project(Summary& s, const ProjectEvaluation& p);

/// Adds the counts and budgets of `part` (a summary of other projects) to `s`.
void add_summary(Summary& s, const Summary& part);

/// The headline shares of `s` from its counts.
void add_headlines(Summary& s);

} // namespace grantkpi::detail
