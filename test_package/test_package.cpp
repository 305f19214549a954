// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// Conan test_package: links grantkpi::grantkpi and reads a small report from a string.

#include <grantkpi/grantkpi.hpp>

#include <cstdlib>
#include <iostream>

int main() {
    constexpr const char* json = R"({
  "schema": "grantkpi.report/1",
  "rounds": [
    {
      "fiscal_year": 2019,
      "scheme": "example scheme",
      "projects": [
        {
          "name": "example project",
          "application": "single",
          "budget": 27125,
          "budget_scope": "own",
          "national_share": "1/2",
          "first_fiscal_year": 2019,
          "last_fiscal_year": 2021,
          "kpis": [
            {
              "number": 1,
              "title": "example KPI",
              "unit": {"label": "%", "kind": "percent"},
              "direction": "increase",
              "accumulation": "level",
              "baseline": {"plan": null, "actual": null},
              "plan": {"2019": 31.20},
              "actual": {"2019": {"value": 16, "status": "expected"}}
            }
          ]
        }
      ]
    }
  ]
})";

    const grantkpi::Result<grantkpi::Report> report = grantkpi::read_report_json(json);
    if (!report) {
        std::cerr << "test_package: " << report.error().to_string() << '\n';
        return EXIT_FAILURE;
    }
    const grantkpi::Project& project = report->rounds.at(0).projects.at(0);
    const grantkpi::Kpi& kpi = project.kpis.at(0);
    const grantkpi::Observation* plan = kpi.plan.find(grantkpi::FiscalYear{2019});
    const grantkpi::Observation* actual = kpi.actual.find(grantkpi::FiscalYear{2019});
    // The exact decimal keeps its written digits: 31.20, not 31.2.
    if (project.duration_years() != 3 || plan == nullptr || !plan->is_confirmed() ||
        plan->value()->to_string() != "31.20" || actual == nullptr || !actual->is_expected()) {
        std::cerr << "test_package: the report was not read as written\n";
        return EXIT_FAILURE;
    }
    std::cout << "grantkpi " << GRANTKPI_VERSION_STRING << ": " << project.name << ", plan "
              << plan->value()->to_string() << '\n';
    return EXIT_SUCCESS;
}
