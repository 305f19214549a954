// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the evaluation of each level of a report, filled in place, and the check of the
// options. The public functions (evaluate_kpi, evaluate_project, evaluate,
// evaluate_collection) check the options once and call these, which do not check them again.
// Each fills its result in place, in its final vector: the evaluations are large, and moving
// them costs about as much as filling them.

#include <grantkpi/evaluate.hpp>

namespace grantkpi::detail {

/// Throws error_exception unless close_to_target and project_quorum are in (0, 1]
/// (report.cpp).
void check_options(const EvaluationOptions& options);

/// The years, verdict, effect rating and running total of a KPI (kpi.cpp).
void fill_kpi(const Kpi& kpi, const EvaluationOptions& options, KpiEvaluation& e);

/// The KPIs, budget, outcome and effect rating of a project (project.cpp).
void fill_project(const Project& project, const EvaluationOptions& options, ProjectEvaluation& e);

/// The rounds, projects and summaries of a report (report.cpp).
void fill_report(const Report& report, const EvaluationOptions& options, ReportEvaluation& e);

} // namespace grantkpi::detail
