// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// Custom evaluation options: the thresholds of the effect rating (docs/evaluation.md,
// "Effect rating"). A KPI that missed its target is 相当程度効果があった (close to target)
// when its attainment reaches `close_to_target`; a project gets the best level that at
// least `project_quorum` of its rated KPIs reach. Both are exact fractions.
//
//   evaluation_options [REPORT]   (default: the bundled Sapporo report text)

#include <grantkpi/grantkpi.hpp>

#include <exception>
#include <iostream>
#include <utility>

int main(int argc, char** argv) try {
    using namespace grantkpi;
    const TextReadResult read = load_report(argc > 1 ? argv[1] : GRANTKPI_EXAMPLE_REPORT);
    if (!read.ok()) {
        return 1;
    }
    // The four levels of the national form, best first, and not rated.
    const std::pair<EffectRating, const char*> levels[] = {
        {EffectRating::target_reached, "非常に効果的"},
        {EffectRating::close_to_target, "相当程度効果があった"},
        {EffectRating::better_than_baseline, "効果があった"},
        {EffectRating::not_better, "効果がなかった"},
        {EffectRating::not_rated, "評価なし"}};

    EvaluationOptions lenient;
    lenient.close_to_target = Fraction{1, 3}; // a third of the target is close enough
    lenient.project_quorum = Fraction{1, 4};  // a quarter of the KPIs carry the project
    for (const EvaluationOptions& options : {EvaluationOptions{}, lenient}) {
        const ReportEvaluation evaluation = evaluate(*read.report, options);
        std::cout << "close_to_target " << options.close_to_target.to_string()
                  << ", project_quorum " << options.project_quorum.to_string() << '\n';
        const auto kpis =
            group_by(views::kpis(evaluation), [](const auto& k) { return k.evaluation().effect; });
        const auto projects = group_by(views::projects(evaluation),
                                       [](const auto& p) { return p.evaluation().effect; });
        for (const auto& [level, label] : levels) {
            std::cout << "  " << label << ": " << (kpis.contains(level) ? kpis.at(level).size() : 0)
                      << " KPIs, " << (projects.contains(level) ? projects.at(level).size() : 0)
                      << " projects\n";
        }
    }
    // Thresholds outside (0, 1] are refused; try_evaluate says why.
    EvaluationOptions wrong;
    wrong.close_to_target = Fraction{3, 2};
    std::cout << try_evaluate(*read.report, wrong).error().to_string() << '\n';
    return 0;
} catch (const std::exception& e) { // error_exception from a throwing convenience
    std::cerr << e.what() << '\n';
    return 1;
}
