// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the rules on the shape of a report, its rounds and its projects: GK101, GK201,
// GK203, GK301, GK304, GK305, GK306, GK307, GK308. Each check_ function is the rule's cheap
// question, which validate.cpp asks of every element; each report_ function (structure_rules
// .cpp) is its full check and message, run only when the answer is "maybe". Their
// diagnostics are in docs/validation-rules.md, their tests in tests/test_validate_structure.cpp.

#include "validate/findings.hpp"
#include "validate/messages.hpp"

#include <grantkpi/report.hpp>

#include <algorithm>
#include <cstddef>

namespace grantkpi::detail::validation {

GRANTKPI_COLD void report_repeated_rounds(Findings& out, const Report& report);
GRANTKPI_COLD void report_invalid_round_year(Findings& out, const Round& round, const Pointer& at);
GRANTKPI_COLD void report_start_before_round(Findings& out, const Round& round,
                                             const Project& project, const Pointer& at);
GRANTKPI_COLD void report_span_reversed(Findings& out, const Project& project, const Pointer& at);
GRANTKPI_COLD void report_joint_without_partner(Findings& out, const Pointer& at);
GRANTKPI_COLD void report_too_many_kpis(Findings& out, const Project& project, const Pointer& at);
GRANTKPI_COLD void report_single_with_partners(Findings& out, const Project& project,
                                               const Pointer& at);
GRANTKPI_COLD void report_repeated_numbers(Findings& out, const Project& project,
                                           const Pointer& at);
GRANTKPI_COLD void report_invalid_project_years(Findings& out, const Project& project,
                                                const Pointer& at);

inline constexpr int max_kpis_per_project = 4; // 地方創生推進交付金 guideline: up to four KPIs

/// GK101. Rounds usually come one per fiscal year, in year order: then no two are alike.
inline void check_repeated_rounds(Findings& out, const Report& report) {
    const bool years_increase = std::adjacent_find(report.rounds.begin(), report.rounds.end(),
                                                   [](const Round& a, const Round& b) {
                                                       return a.fiscal_year >= b.fiscal_year;
                                                   }) == report.rounds.end();
    if (!years_increase) {
        report_repeated_rounds(out, report);
    }
}

/// GK201.
inline void check_round_year(Findings& out, const Round& round, const Pointer& at) {
    if (!round.fiscal_year.ok()) {
        report_invalid_round_year(out, round, at);
    }
}

/// GK203, with the round (it compares the project with its round's heading).
inline void check_start_in_round(Findings& out, const Round& round, const Project& project,
                                 const Pointer& at) {
    if (project.first_fiscal_year < round.fiscal_year) {
        report_start_before_round(out, round, project, at);
    }
}

/// GK301. True when the span is in order: GK401 compares the KPI years with it only then.
inline bool check_span(Findings& out, const Project& project, const Pointer& at) {
    const bool span_ok = project.first_fiscal_year <= project.last_fiscal_year;
    if (!span_ok) {
        report_span_reversed(out, project, at);
    }
    return span_ok;
}

/// GK304.
inline void check_joint_has_partner(Findings& out, const Project& project, const Pointer& at) {
    if (project.application == Application::joint && project.partners.empty()) {
        report_joint_without_partner(out, at);
    }
}

/// GK305.
inline void check_kpi_count(Findings& out, const Project& project, const Pointer& at) {
    if (project.kpis.size() > static_cast<std::size_t>(max_kpis_per_project)) {
        report_too_many_kpis(out, project, at);
    }
}

/// GK306.
inline void check_single_has_no_partner(Findings& out, const Project& project, const Pointer& at) {
    if (project.application == Application::single && !project.partners.empty()) {
        report_single_with_partners(out, project, at);
    }
}

/// GK307. KPIs are usually numbered ①, ②, ... in order: then no number is used twice.
inline void check_repeated_numbers(Findings& out, const Project& project, const Pointer& at) {
    const bool numbers_increase = std::adjacent_find(project.kpis.begin(), project.kpis.end(),
                                                     [](const Kpi& a, const Kpi& b) {
                                                         return a.number >= b.number;
                                                     }) == project.kpis.end();
    if (!numbers_increase) {
        report_repeated_numbers(out, project, at);
    }
}

/// GK308: the JSON format writes four-digit years only, and its reader refuses others.
inline void check_project_years(Findings& out, const Project& project, const Pointer& at) {
    if (!project.first_fiscal_year.ok() || !project.last_fiscal_year.ok()) {
        report_invalid_project_years(out, project, at);
    }
}

} // namespace grantkpi::detail::validation
