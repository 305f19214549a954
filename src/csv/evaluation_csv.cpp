// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/evaluation_csv.hpp>

#include <grantkpi/csv.hpp>

#include <boost/describe/enum_to_string.hpp>

namespace grantkpi {
namespace {

std::string cell(const Observation& observation) {
    return observation.has_value() ? observation.value()->to_string() : std::string();
}

} // namespace

void write_kpi_years_csv(const ReportEvaluation& evaluation, std::string& out) {
    out += kpi_years_csv_header;
    out += '\n';
    for (const auto& round : evaluation.rounds) {
        const std::string fy = std::to_string(round.fiscal_year.gregorian());
        for (const auto& project : round.projects) {
            for (const auto& kpi : project.kpis) {
                for (const auto& year : kpi.years) {
                    out += fy;
                    out += ',';
                    append_csv_field(out, project.name());
                    out += ',';
                    out += std::to_string(kpi.number);
                    out += ',';
                    out += std::to_string(year.year.gregorian());
                    out += ',';
                    out += cell(year.plan);
                    out += ',';
                    out += cell(year.actual);
                    out += ',';
                    out += boost::describe::enum_to_string(year.actual.status(), "");
                    out += ',';
                    if (year.met) {
                        out += *year.met ? "yes" : "no";
                    }
                    out += ',';
                    if (year.ratio) {
                        out += year.ratio->rounded.to_string();
                    }
                    out += ',';
                    out += boost::describe::enum_to_string(kpi.direction, "");
                    out += ',';
                    out += boost::describe::enum_to_string(kpi.direction_basis.source, "");
                    out += kpi.direction_basis.uncertain ? ",true\n" : ",false\n";
                }
            }
        }
    }
}

std::string write_kpi_years_csv(const ReportEvaluation& evaluation) {
    std::string out;
    write_kpi_years_csv(evaluation, out);
    return out;
}

} // namespace grantkpi
