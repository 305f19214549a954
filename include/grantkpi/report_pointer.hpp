// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// From a JSON pointer back to the element it names: `Diagnostic::pointer` (validate.hpp),
// `Error::pointer`, `MergedDuplicate::kept_pointer` are RFC 6901 pointers into the report's
// JSON (json.hpp); resolve_pointer finds what they name in a Report:
//
//     for (const grantkpi::Diagnostic& d : grantkpi::validate(report)) {
//         if (auto at = grantkpi::resolve_pointer(report, d.pointer); at && at->kpi) {
//             std::cout << at->project->name << " KPI " << at->kpi->number << ": " << d.message;
//         }
//     }
//
// The pointer follows the JSON: rounds, projects and KPIs by index (`/rounds/0/projects/2
// /kpis/1`), plan and actual cells by fiscal year (`/kpis/1/actual/2021`, the JSON's key),
// any other member by its name (`/budget`, `/baseline/plan`, `/partners/1`).
//
// Lifetime: the location points into the report, valid while it lives unchanged.

#include <grantkpi/export.hpp>
#include <grantkpi/kpi.hpp>
#include <grantkpi/project.hpp>
#include <grantkpi/report.hpp>
#include <grantkpi/round.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace grantkpi {

/// The deepest model element a pointer names, with its parents (each nullptr when the
/// pointer does not go that deep).
struct ReportLocation {
    const Report* report = nullptr; ///< always set
    const Round* round = nullptr;   ///< `/rounds/0`
    const Project* project = nullptr;
    const Kpi* kpi = nullptr;
    /// A plan or actual row (`.../kpis/1/plan`), and the column of a year in it
    /// (`.../kpis/1/plan/2021`; the first column of that year if it is there twice).
    const Series* row = nullptr;
    const PeriodValue* column = nullptr;
    /// The rest of the pointer below the deepest of these, unescaped, its segments joined
    /// by '/': a member (`budget`, `first_fiscal_year`), or deeper (`baseline/plan`,
    /// `partners/1`). Empty when the pointer names the element itself. It names something
    /// that is there (an index within its vector, an optional that is set).
    std::string member;

    friend bool operator==(const ReportLocation&, const ReportLocation&) = default;
};

/// Where `pointer` lands in `report`; nullopt when it is malformed (not empty and not
/// starting with '/', a '~' not followed by 0 or 1, an index with a sign or a leading zero)
/// or names nothing there (an index past the end, a year the row does not have, an unknown
/// member, an optional that is not set). `""` names the report itself. Never throws on any
/// pointer.
[[nodiscard]] GRANTKPI_API std::optional<ReportLocation> resolve_pointer(const Report& report,
                                                                         std::string_view pointer);
/// Refused: the location would point into a report that dies with the statement.
std::optional<ReportLocation> resolve_pointer(const Report&& report,
                                              std::string_view pointer) = delete;

} // namespace grantkpi
