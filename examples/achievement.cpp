// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The 達成状況 of each project: every KPI judged on its latest evaluated year, its plan and
// actual, the 達成率 (actual / plan) and whether it was reached; 見込 figures marked.
//
//   achievement [REPORT]   (default: the bundled Sapporo report text)

#include <grantkpi/grantkpi.hpp>

#include <algorithm>
#include <iostream>

int main(int argc, char** argv) {
    using namespace grantkpi;
    const TextReadResult read = load_report(argc > 1 ? argv[1] : GRANTKPI_EXAMPLE_REPORT);
    if (!read.ok()) {
        for (const Diagnostic& diagnostic : read.diagnostics) {
            std::cerr << diagnostic.to_string() << '\n';
        }
        return 1;
    }
    const ReportEvaluation evaluation = evaluate(*read.report);

    for (const EvaluatedProjectEntry& entry : views::projects(evaluation)) {
        const ProjectEvaluation& project = entry.evaluation();
        std::cout << to_string(entry.round().fiscal_year) << "採択 " << entry.project().name
                  << "  KPI達成 " << project.kpi_counts.met() << '/' << project.kpi_counts.total
                  << (project.outcome_provisional ? " (見込を含む)" : "") << '\n';
        // Each KpiEvaluation links back to its Kpi: its title, unit and table.
        for (const KpiEvaluation& kpi : project.kpis) {
            std::cout << "  KPI" << kpi.number << ' ' << kpi.model->title << ": ";
            if (!kpi.latest_year) {
                std::cout << (kpi.verdict == Verdict::no_plan ? "計画値なし" : "実績未報告")
                          << '\n';
                continue;
            }
            const KpiYearEvaluation& year = *std::find_if(
                kpi.years.begin(), kpi.years.end(),
                [&kpi](const KpiYearEvaluation& y) { return y.year == *kpi.latest_year; });
            std::cout << to_string(year.year) << " 実績 " << year.actual << " / 計画 " << year.plan
                      << ' ' << kpi.model->unit.label;
            if (year.ratio) {
                const Decimal percent = year.ratio->rounded.checked_multiply(Decimal{100})
                                            .value()
                                            .rounded(2, Rounding::half_away_from_zero)
                                            .value();
                std::cout << " 達成率 " << percent << '%';
            }
            std::cout << ' ' << (kpi.verdict == Verdict::met ? "達成" : "未達成")
                      << (kpi.provisional ? "(見込)" : "") << '\n';
        }
    }
    const Share& kpis = evaluation.summary.kpis_met.confirmed_of_judged;
    const Share& projects = evaluation.summary.projects_met_at_least_one.confirmed_of_judged;
    std::cout << "確定値で目標を達成したKPI " << kpis.count << '/' << kpis.of
              << "、KPIを1つ以上達成した事業 " << projects.count << '/' << projects.of << '\n';
    return 0;
}
