// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Checks of a report model that its types cannot express: years inside a project's span,
// values that fit their KPI's accumulation and unit, budgets and shares in range. Each rule
// has a stable code (docs/validation-rules.md), like IATI's rulesets.

#include <grantkpi/diagnostic.hpp>
#include <grantkpi/export.hpp>
#include <grantkpi/report.hpp>

#include <span>
#include <string_view>
#include <vector>

namespace grantkpi {

/// One validation rule of the catalogue.
struct ValidationRule {
    /// Stable code: GK1xx report, GK2xx round, GK3xx project, GK4xx KPI. A code keeps its
    /// meaning forever; a retired rule's code is not reused.
    std::string_view code;
    Severity severity;
    /// What the rule checks, in one sentence.
    std::string_view summary;
};

/// Every rule `validate` applies, ordered by code.
[[nodiscard]] GRANTKPI_API std::span<const ValidationRule> validation_rules() noexcept;

/// The rule with this code, nullptr when there is none.
[[nodiscard]] GRANTKPI_API const ValidationRule*
find_validation_rule(std::string_view code) noexcept;

/// Applies every rule of `validation_rules()` to the report and returns what they found, in
/// document order (the report, then each round, each of its projects, each of their KPIs;
/// within one element in the order of the rule codes). Each diagnostic has the rule's code
/// and severity, the JSON pointer of the offending element in the JSON format
/// (docs/json-format.md: `/rounds/0/projects/2/kpis/1/actual/2021`, fiscal-year keys as
/// 4-digit Gregorian years) and a message that names the values involved. `file`, `line`
/// and `column` are left empty: the caller knows where the report came from.
///
/// An empty result, or one with only warnings (`!has_errors(...)`), means the report can be
/// evaluated as it is. Never throws except std::bad_alloc.
[[nodiscard]] GRANTKPI_API std::vector<Diagnostic> validate(const Report& report);

/// `validate` of every report: element i is `validate(reports[i])`. `threads` is how many
/// threads may validate reports at the same time: 1 (the default) does everything on the
/// calling thread, 0 uses std::thread::hardware_concurrency(), and no more than one thread
/// per 8 reports is started. The result is the same whatever the number.
[[nodiscard]] GRANTKPI_API std::vector<std::vector<Diagnostic>>
validate_collection(std::span<const Report> reports, unsigned threads = 1);

} // namespace grantkpi
