// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The main example: read a report, as published (text) or as JSON, and print its rounds,
// projects and KPI tables.
//
//   report_summary [REPORT [MUNICIPALITY]]   (default: the bundled Sapporo report text)

#include <grantkpi/grantkpi.hpp>

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

namespace {

// One table row: each cell padded to its column's width (Japanese characters are two
// columns wide in a terminal).
void print_row(const std::vector<std::string>& cells, const std::vector<std::size_t>& widths,
               std::string_view indent) {
    std::string line(indent);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        line += grantkpi::pad_to_width(cells[i], widths[i]);
        if (i + 1 < cells.size()) {
            line += "  ";
        }
    }
    while (!line.empty() && line.back() == ' ') {
        line.pop_back();
    }
    std::cout << line << '\n';
}

void print_table(const std::vector<std::vector<std::string>>& rows, std::string_view indent) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (std::size_t i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], grantkpi::display_width(row[i]));
        }
    }
    for (const auto& row : rows) {
        print_row(row, widths, indent);
    }
}

void print_kpis(const grantkpi::Project& project) {
    // The fiscal-year columns of the project's tables, in order of first appearance.
    std::vector<grantkpi::FiscalYear> years;
    for (const auto& kpi : project.kpis) {
        for (const auto* series : {&kpi.plan, &kpi.actual}) {
            for (const auto& [year, cell] : *series) {
                if (std::find(years.begin(), years.end(), year) == years.end()) {
                    years.push_back(year);
                }
            }
        }
    }
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> header{"KPI", "", "当初値"};
    for (const auto year : years) {
        header.push_back(to_string(year));
    }
    header.emplace_back("単位");
    rows.push_back(header);
    for (const auto& kpi : project.kpis) {
        for (const bool plan : {true, false}) {
            std::vector<std::string> row{
                plan ? std::to_string(kpi.number) : "", plan ? "plan" : "actual",
                grantkpi::to_string(plan ? kpi.baseline.plan : kpi.baseline.actual)};
            for (const auto year : years) {
                const auto* cell = (plan ? kpi.plan : kpi.actual).find(year);
                row.push_back(cell != nullptr ? grantkpi::to_string(*cell) : "");
            }
            row.push_back(plan ? kpi.unit.label : "");
            rows.push_back(std::move(row));
        }
    }
    for (const auto& kpi : project.kpis) {
        std::cout << "      KPI " << kpi.number << ": " << kpi.title;
        if (kpi.accumulation != grantkpi::Accumulation::level) {
            std::cout << "  ["
                      << (kpi.accumulation == grantkpi::Accumulation::cumulative ? "cumulative"
                                                                                 : "yearly change")
                      << ']';
        }
        std::cout << '\n';
    }
    print_table(rows, "      ");
}

} // namespace

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : GRANTKPI_EXAMPLE_REPORT;
    grantkpi::TextReadOptions options;
    if (argc > 2) {
        options.municipality = argv[2]; // the text layout does not name the municipality
    }
    const auto loaded = grantkpi::load_report(path, options); // text or JSON, by content
    for (const auto& diagnostic : loaded.diagnostics) {
        std::cerr << diagnostic.to_string() << '\n';
    }
    if (!loaded.ok()) {
        return 1;
    }
    const grantkpi::Report& report = *loaded.report;

    std::cout << report.municipality.value_or("(municipality not given)") << " — " << path << "\n";
    for (const auto& note : report.notes) {
        std::cout << "  ※ " << note << '\n';
    }
    std::size_t project_count = 0;
    std::size_t kpi_count = 0;
    for (const auto& round : report.rounds) {
        std::cout << "\nRound " << to_string(round.fiscal_year) << " ("
                  << to_string(round.fiscal_year, grantkpi::FiscalYearStyle::gregorian) << ") "
                  << round.scheme;
        if (round.national_share) {
            std::cout << ", national share " << round.national_share->to_string();
        }
        if (round.duration_years) {
            std::cout << ", " << *round.duration_years << " years";
        }
        if (round.duration_note) {
            std::cout << " (" << *round.duration_note << ')';
        }
        std::cout << '\n';
        for (const auto& note : round.notes) {
            std::cout << "  ※ " << note << '\n';
        }
        if (round.projects.empty()) {
            std::cout << "  (no project adopted in this round)\n";
            continue;
        }
        for (const auto& project : round.projects) {
            ++project_count;
            kpi_count += project.kpis.size();
            std::cout << "\n  " << project.name << '\n';
            std::cout << "    "
                      << (project.application == grantkpi::Application::single ? "single"
                                                                               : "joint");
            for (const auto& partner : project.partners) {
                std::cout << " with " << partner;
            }
            std::cout << ", budget " << to_string(project.budget)
                      << (project.budget_scope == grantkpi::BudgetScope::joint_total
                              ? " (whole joint project)"
                              : "")
                      << ", national share " << project.national_share.to_string() << ", "
                      << to_string(project.first_fiscal_year) << "–"
                      << to_string(project.last_fiscal_year) << '\n';
            for (const auto& note : project.notes) {
                std::cout << "    ※ " << note << '\n';
            }
            print_kpis(project);
        }
    }
    std::cout << '\n'
              << report.rounds.size() << " rounds, " << project_count << " projects, " << kpi_count
              << " KPIs\n";
    return 0;
}
