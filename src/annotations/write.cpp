// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The starting annotation file: every project and KPI of a report, each guess left `null`
// beside its current value and source, for a user to review in one place.

#include <grantkpi/annotations.hpp>

#include "json/json_output.hpp"

#include <boost/describe/enum_to_string.hpp>

#include <algorithm>
#include <utility>
#include <vector>

namespace grantkpi {
namespace {

using detail::append_json_string;

template <class E>
std::string name_of(E value) {
    return boost::describe::enum_to_string(value, "?");
}

void key(std::string& out, int indent, std::string_view name) {
    out.append(static_cast<std::size_t>(indent), ' ');
    append_json_string(out, name);
    out += ": ";
}

/// `"direction": null` for a guess, `"direction": "decrease"` for a statement.
template <class E>
void stated_or_null(std::string& out, int indent, std::string_view name, E value,
                    const Provenance& basis) {
    key(out, indent, name);
    if (basis.source == Source::stated) {
        append_json_string(out, name_of(value));
    } else {
        out += "null";
    }
    out += ",\n";
}

/// `"direction": {"value": "increase", "source": "inferred", "rule": "…", "uncertain": true}`
template <class E>
void current(std::string& out, int indent, std::string_view name, E value, const Provenance& basis,
             bool last) {
    key(out, indent, name);
    out += "{\"value\": ";
    append_json_string(out, name_of(value));
    out += ", \"source\": ";
    append_json_string(out, name_of(basis.source));
    if (!basis.rule.empty()) {
        out += ", \"rule\": ";
        append_json_string(out, basis.rule);
    }
    out += ", \"uncertain\": ";
    out += basis.uncertain ? "true" : "false";
    out += last ? "}\n" : "},\n";
}

void write_kpi(std::string& out, const Kpi& kpi, bool last) {
    out += "        {\n";
    key(out, 10, "kpi");
    out += std::to_string(kpi.number) + ",\n";
    key(out, 10, "title");
    append_json_string(out, kpi.title);
    out += ",\n";
    key(out, 10, "unit");
    append_json_string(out, kpi.unit.label);
    out += ",\n";
    stated_or_null(out, 10, "direction", kpi.direction, kpi.direction_basis);
    stated_or_null(out, 10, "accumulation", kpi.accumulation, kpi.accumulation_basis);
    key(out, 10, "current");
    out += "{\n";
    current(out, 12, "direction", kpi.direction, kpi.direction_basis, false);
    current(out, 12, "accumulation", kpi.accumulation, kpi.accumulation_basis, true);
    out += "          }\n";
    out += last ? "        }\n" : "        },\n";
}

void write_project(std::string& out, const Round& round, const Project& project, bool last) {
    out += "    {\n";
    key(out, 6, "round");
    out += std::to_string(round.fiscal_year.gregorian()) + ",\n";
    key(out, 6, "project");
    append_json_string(out, project.name);
    out += ",\n";
    key(out, 6, "budget");
    out += project.budget.amount().to_string() + ",\n";
    stated_or_null(out, 6, "budget_scope", project.budget_scope, project.budget_scope_basis);
    key(out, 6, "own_budget");
    // An own part belongs to a joint total (the validator reports one on an own budget).
    const bool own_part = project.own_budget && project.budget_scope == BudgetScope::joint_total;
    out += own_part ? project.own_budget->amount().to_string() : "null";
    out += ",\n";
    key(out, 6, "current");
    out += "{\n";
    current(out, 8, "budget_scope", project.budget_scope, project.budget_scope_basis, true);
    out += "      },\n";
    key(out, 6, "kpis");
    if (project.kpis.empty()) {
        out += "[]\n";
    } else {
        // A KPI number given twice (the validator reports it) gets one entry: an entry applies
        // to every KPI of its number.
        std::vector<const Kpi*> kpis;
        for (const Kpi& kpi : project.kpis) {
            if (std::none_of(kpis.begin(), kpis.end(),
                             [&](const Kpi* k) { return k->number == kpi.number; })) {
                kpis.push_back(&kpi);
            }
        }
        out += "[\n";
        for (std::size_t i = 0; i < kpis.size(); ++i) {
            write_kpi(out, *kpis[i], i + 1 == kpis.size());
        }
        out += "      ]\n";
    }
    out += last ? "    }\n" : "    },\n";
}

} // namespace

std::string write_annotations_json(const Report& report) {
    std::string out = "{\n";
    key(out, 2, "schema");
    append_json_string(out, annotations_schema_id);
    out += ",\n";
    if (report.title || report.municipality) {
        key(out, 2, "report");
        out += "{";
        if (report.municipality) {
            out += "\"municipality\": ";
            append_json_string(out, *report.municipality);
        }
        if (report.title) {
            out += report.municipality ? ", \"title\": " : "\"title\": ";
            append_json_string(out, *report.title);
        }
        out += "},\n";
    }
    key(out, 2, "projects");
    // A second project of the same name in the same round (the validator reports it) gets
    // no entry of its own: an entry applies to every project its key names. A project
    // without a name has no key, and no entry.
    std::vector<std::pair<const Round*, const Project*>> entries;
    for (const Round& round : report.rounds) {
        for (const Project& project : round.projects) {
            const bool repeated = std::any_of(entries.begin(), entries.end(), [&](const auto& e) {
                return e.first->fiscal_year == round.fiscal_year &&
                       detail::trim(e.second->name) == detail::trim(project.name);
            });
            if (!repeated && !detail::trim(project.name).empty()) { // a name is the key
                entries.emplace_back(&round, &project);
            }
        }
    }
    const std::size_t count = entries.size();
    if (count == 0) {
        out += "[]\n}\n";
        return out;
    }
    out += "[\n";
    for (std::size_t i = 0; i < count; ++i) {
        write_project(out, *entries[i].first, *entries[i].second, i + 1 == count);
    }
    out += "  ]\n}\n";
    return out;
}

} // namespace grantkpi
