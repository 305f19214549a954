// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "validate/structure_rules.hpp"

#include "validate/first_with_same_key.hpp"

#include <compare>
#include <string>
#include <string_view>
#include <vector>

namespace grantkpi::detail::validation {
namespace {

// The report's own words, quoted in messages.
constexpr std::string_view joint_word = "共同申請";
constexpr std::string_view single_word = "単独申請";

// GK201, GK308: a year the JSON format cannot write (its year keys have four digits).
std::string invalid_year_message(FiscalYear fy) {
    return concat("fiscal year ", std::to_string(fy.gregorian()),
                  " is not a valid fiscal year (1000..9999)");
}

} // namespace

// GK101, for a report whose round years do not increase: a round with the fiscal year and
// scheme of an earlier one, reported at the later round and naming the first.
void report_repeated_rounds(Findings& out, const Report& report) {
    const auto& rounds = report.rounds;
    const std::vector<std::size_t> first =
        first_with_same_key(rounds.size(), [&](std::size_t a, std::size_t b) {
            const std::strong_ordering by_year = rounds[a].fiscal_year <=> rounds[b].fiscal_year;
            return std::is_neq(by_year) ? by_year
                                        : rounds[a].scheme.compare(rounds[b].scheme) <=> 0;
        });
    for (std::size_t r = 0; r < rounds.size(); ++r) {
        if (first[r] != r) {
            const Round& round = rounds[r];
            out.add("GK101", concat("/rounds/", std::to_string(r)),
                    concat("round ", fy_text(round.fiscal_year), " ", round.scheme,
                           " appears again (first at /rounds/", std::to_string(first[r]), ")"));
        }
    }
}

void report_invalid_round_year(Findings& out, const Round& round, const Pointer& at) {
    out.add("GK201", at + "/fiscal_year", invalid_year_message(round.fiscal_year));
}

void report_start_before_round(Findings& out, const Round& round, const Project& project,
                               const Pointer& at) {
    out.add("GK203", at + "/first_fiscal_year",
            concat("project starts in ", fy_text(project.first_fiscal_year),
                   ", before its round's fiscal year ", fy_text(round.fiscal_year)));
}

void report_span_reversed(Findings& out, const Project& project, const Pointer& at) {
    out.add("GK301", at + "/first_fiscal_year",
            concat("first fiscal year ", fy_text(project.first_fiscal_year),
                   " is after the last fiscal year ", fy_text(project.last_fiscal_year)));
}

void report_joint_without_partner(Findings& out, const Pointer& at) {
    out.add("GK304", at + "/partners", concat("joint project (", joint_word, ") names no partner"));
}

void report_too_many_kpis(Findings& out, const Project& project, const Pointer& at) {
    out.add("GK305", at + "/kpis",
            concat(std::to_string(project.kpis.size()),
                   " KPIs; the national guideline allows at most ",
                   std::to_string(max_kpis_per_project)));
}

void report_single_with_partners(Findings& out, const Project& project, const Pointer& at) {
    std::string names;
    for (const auto& partner : project.partners) {
        names += names.empty() ? "" : ", ";
        names += partner;
    }
    out.add("GK306", at + "/partners",
            concat("single-application project (", single_word, ") names partners: ", names));
}

// GK307, for a project whose KPI numbers do not increase: a number used again, reported at
// the later KPI.
void report_repeated_numbers(Findings& out, const Project& project, const Pointer& at) {
    const auto& kpis = project.kpis;
    const std::vector<std::size_t> first =
        first_with_same_key(kpis.size(), [&](std::size_t a, std::size_t b) {
            return kpis[a].number <=> kpis[b].number;
        });
    for (std::size_t k = 0; k < kpis.size(); ++k) {
        if (first[k] != k) {
            out.add("GK307", concat(at.str(), "/kpis/", std::to_string(k), "/number"),
                    concat("KPI number ", std::to_string(kpis[k].number),
                           " is used again (first at ", at.str(), "/kpis/",
                           std::to_string(first[k]), ")"));
        }
    }
}

// GK308, for a project with a fiscal year outside 1000..9999: the first, then the last.
void report_invalid_project_years(Findings& out, const Project& project, const Pointer& at) {
    if (!project.first_fiscal_year.ok()) {
        out.add("GK308", at + "/first_fiscal_year",
                invalid_year_message(project.first_fiscal_year));
    }
    if (!project.last_fiscal_year.ok()) {
        out.add("GK308", at + "/last_fiscal_year", invalid_year_message(project.last_fiscal_year));
    }
}

} // namespace grantkpi::detail::validation
