// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// Evaluate a report and print the national headline figures: the share of KPIs that met
// their target and the share of projects that met at least one, each counted with
// confirmed verdicts only and with 見込 (provisional) ones, and the budgets by scope.
//
//   headline_figures [REPORT]   (default: the bundled Sapporo report text)

#include <grantkpi/grantkpi.hpp>

#include <iostream>
#include <string>

int main(int argc, char** argv) {
    using namespace grantkpi;
    const TextReadResult read = load_report(argc > 1 ? argv[1] : GRANTKPI_EXAMPLE_REPORT);
    for (const Diagnostic& diagnostic : read.diagnostics) {
        std::cerr << diagnostic.to_string() << '\n';
    }
    if (!read.ok()) {
        return 1;
    }
    // try_evaluate: the non-throwing form (an error only for a sum beyond 18 digits).
    const Result<ReportEvaluation> evaluation = try_evaluate(*read.report);
    if (!evaluation) {
        std::cerr << evaluation.error().to_string() << '\n';
        return 1;
    }
    const Summary& summary = evaluation->summary;
    std::cout << summary.projects.total << " projects, " << summary.kpis.total << " KPIs\n";

    // Each headline figure four ways: judged (what could be judged) or all, confirmed
    // verdicts only or with the provisional ones.
    const auto print = [](const char* what, const HeadlineShare& share) {
        std::cout << what << '\n';
        for (const auto& [how, s] :
             {std::pair{"confirmed, of judged", share.confirmed_of_judged},
              std::pair{"confirmed, of all", share.confirmed_of_all},
              std::pair{"with 見込, of judged", share.with_provisional_of_judged},
              std::pair{"with 見込, of all", share.with_provisional_of_all}}) {
            std::cout << "  " << how << ": " << s.count << " / " << s.of << " = "
                      << (s.value ? s.value->rounded.to_string() : std::string("—")) << '\n';
        }
    };
    print("KPIs that met their target", summary.kpis_met);
    print("projects that met at least one KPI target", summary.projects_met_at_least_one);

    // Own budgets and joint totals (※道全体の採択額) are never added together.
    const BudgetTotals& budget = summary.budget;
    std::cout << "own budgets: " << to_string(budget.own) << " (" << budget.own_projects
              << " projects), national share " << to_string(budget.own_national_share) << '\n'
              << "joint-project totals: " << to_string(budget.joint_total) << " ("
              << budget.joint_total_projects << " projects), national share "
              << to_string(budget.joint_total_national_share) << '\n';
    return 0;
}
