// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/csv.hpp>

#include "unicode/unicode.hpp"

#include <boost/describe/enum_to_string.hpp>

#include <initializer_list>

namespace grantkpi {
namespace {

void append_row(std::string& out, std::initializer_list<std::string_view> fields) {
    bool first = true;
    for (const auto field : fields) {
        if (!first) {
            out += ',';
        }
        first = false;
        append_csv_field(out, field);
    }
    out += '\n';
}

template <class E>
std::string_view name_of(E value) {
    return boost::describe::enum_to_string(value, "");
}

void append_cell(std::string& out, std::string_view round, std::string_view project, const Kpi& kpi,
                 std::string_view period, std::string_view series, const Observation& cell) {
    const std::string number = std::to_string(kpi.number);
    const std::string value = cell.has_value() ? cell.value()->to_string() : std::string();
    append_row(out, {round, project, number, kpi.unit.label, period, series, value,
                     name_of(cell.status())});
}

} // namespace

void append_csv_field(std::string& out, std::string_view field) {
    const bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos;
    if (quote) {
        out += '"';
    }
    for (std::size_t pos = 0, length = 0; pos < field.size(); pos += length) {
        const char32_t cp = detail::decode_utf8(field, pos, length);
        if (cp == detail::invalid_code_point) {
            out += "\uFFFD"; // U+FFFD: a CSV file is UTF-8 throughout
        } else {
            if (cp == U'"') {
                out += '"';
            }
            out.append(field.substr(pos, length));
        }
    }
    if (quote) {
        out += '"';
    }
}

std::string write_values_csv(const Report& report) {
    std::string out = std::string(values_csv_header) + '\n';
    for (const auto& round : report.rounds) {
        const std::string fy = std::to_string(round.fiscal_year.gregorian());
        for (const auto& project : round.projects) {
            for (const auto& kpi : project.kpis) {
                append_cell(out, fy, project.name, kpi, "baseline", "plan", kpi.baseline.plan);
                for (const auto& [year, cell] : kpi.plan) {
                    append_cell(out, fy, project.name, kpi, std::to_string(year.gregorian()),
                                "plan", cell);
                }
                append_cell(out, fy, project.name, kpi, "baseline", "actual", kpi.baseline.actual);
                for (const auto& [year, cell] : kpi.actual) {
                    append_cell(out, fy, project.name, kpi, std::to_string(year.gregorian()),
                                "actual", cell);
                }
            }
        }
    }
    return out;
}

std::string write_projects_csv(const Report& report) {
    std::string out = std::string(projects_csv_header) + '\n';
    for (const auto& round : report.rounds) {
        for (const auto& project : round.projects) {
            std::string partners;
            for (const auto& partner : project.partners) {
                if (!partners.empty()) {
                    partners += ';';
                }
                partners += partner;
            }
            append_row(out,
                       {std::to_string(round.fiscal_year.gregorian()), project.name,
                        name_of(project.application), partners, project.budget.amount().to_string(),
                        name_of(project.budget_scope), name_of(project.budget_scope_basis.source),
                        project.own_budget ? project.own_budget->amount().to_string() : "",
                        project.national_share.to_string(),
                        std::to_string(project.first_fiscal_year.gregorian()),
                        std::to_string(project.last_fiscal_year.gregorian()),
                        std::to_string(project.kpis.size())});
        }
    }
    return out;
}

std::string write_kpis_csv(const Report& report) {
    std::string out = std::string(kpis_csv_header) + '\n';
    for (const auto& round : report.rounds) {
        const std::string fy = std::to_string(round.fiscal_year.gregorian());
        for (const auto& project : round.projects) {
            for (const auto& kpi : project.kpis) {
                const Provenance& direction = kpi.direction_basis;
                const Provenance& accumulation = kpi.accumulation_basis;
                append_row(out, {fy, project.name, std::to_string(kpi.number), kpi.title,
                                 kpi.unit.label, name_of(kpi.unit.kind), name_of(kpi.direction),
                                 name_of(direction.source), direction.rule,
                                 direction.uncertain ? "true" : "false", name_of(kpi.accumulation),
                                 name_of(accumulation.source), accumulation.rule});
            }
        }
    }
    return out;
}

} // namespace grantkpi
