// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the catalogue of the GK rules (code, severity, summary), and RuleCode, the name of
// a rule checked when the validator is compiled. Where each rule's check, message and tests
// are: src/validate/README.md.

#include <grantkpi/validate.hpp>

#include <array>
#include <cstddef>
#include <string_view>

namespace grantkpi::detail::validation {

/// Every rule, ordered by code; its size is that of the list. docs/validation-rules.md
/// documents each rule with an example message, and src/validate/README.md says where it is
/// checked and tested; a test checks that both list every code.
inline constexpr auto catalogue = std::to_array<ValidationRule>({
    {"GK101", Severity::warning, "two rounds have the same fiscal year and scheme"},
    {"GK201", Severity::error, "a round's fiscal year is not a valid fiscal year (1000..9999)"},
    {"GK202", Severity::error, "a round's national share is outside (0, 1]"},
    {"GK203", Severity::error, "a project starts before the fiscal year of its round"},
    {"GK204", Severity::warning, "a project's national share differs from its round's"},
    {"GK301", Severity::error, "a project's first fiscal year is after its last"},
    {"GK302", Severity::error, "a project's budget is not positive"},
    {"GK303", Severity::error, "a project's national share is outside (0, 1]"},
    {"GK304", Severity::error, "a joint project (共同申請) names no partner"},
    {"GK305", Severity::warning,
     "a project has more than four KPIs (the national guideline's maximum)"},
    {"GK306", Severity::warning, "a single-application project (単独申請) names partners"},
    {"GK307", Severity::warning, "two KPIs of a project have the same number"},
    {"GK308", Severity::error,
     "a project's first or last fiscal year is not a valid fiscal year (1000..9999)"},
    {"GK309", Severity::error,
     "a project's own part of its joint-total budget is negative or larger than the budget"},
    {"GK310", Severity::warning,
     "a project gives an own part of its budget, but its budget scope is own: the part is not "
     "used"},
    {"GK401", Severity::error,
     "a plan or actual value is for a fiscal year outside the project's first..last year"},
    {"GK402", Severity::error, "a fiscal year appears twice in a KPI's plan or actual row"},
    {"GK403", Severity::warning,
     "a value is negative in a KPI whose accumulation is not increment"},
    {"GK404", Severity::error, "a cumulative KPI's confirmed actuals decrease"},
    {"GK405", Severity::warning,
     "an expected (見込) actual is followed by a confirmed actual in a later year"},
    {"GK406", Severity::warning, "a percent value is outside 0..100"},
    {"GK407", Severity::error, "a KPI unit's kind differs from the kind its label denotes"},
    {"GK408", Severity::warning,
     "a fiscal year is in a KPI's plan row but not in its actual row, or the reverse"},
    {"GK409", Severity::warning, "a KPI has no plan value in any year: it cannot be judged"},
    {"GK410", Severity::warning,
     "a KPI's direction is assumed or inferred on weak evidence, and the other direction would "
     "give the other verdict"},
});

/// True when the codes strictly increase: ordered, none twice (find_validation_rule and the
/// documented order of diagnostics rely on it).
consteval bool codes_increase() {
    for (std::size_t i = 1; i < catalogue.size(); ++i) {
        if (!(catalogue[i - 1].code < catalogue[i].code)) {
            return false;
        }
    }
    return true;
}
static_assert(codes_increase(), "the catalogue is ordered by code, each code once");

/// A rule of the catalogue named by its code, looked up when the validator is compiled:
/// `out.add("GK409", ...)` with a code the catalogue lacks does not compile.
struct RuleCode {
    consteval RuleCode(const char* code) // implicit: add("GK409", ...) reads as the code
        : rule(lookup(code)) {}

    const ValidationRule* rule;

private:
    static consteval const ValidationRule* lookup(std::string_view code) {
        for (const ValidationRule& candidate : catalogue) {
            if (candidate.code == code) {
                return &candidate;
            }
        }
        throw "not a rule code of the catalogue";
    }
};

} // namespace grantkpi::detail::validation
