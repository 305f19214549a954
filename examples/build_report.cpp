// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// Build a report in code, validate it, evaluate it, and round-trip it through JSON.
//
//   build_report [OUTPUT.json]   (without an argument the JSON goes to standard output)
//
// The report is of a fictional village, 南野村; examples/data/reports/minamino_fy2022.json
// is this program's output, read again by the aggregate_folder example.

#include <grantkpi/grantkpi.hpp>

#include <exception>
#include <fstream>
#include <iostream>

int main(int argc, char** argv) try {
    using namespace grantkpi;

    Report report;
    report.municipality = "南野村";
    Round& round = report.rounds.emplace_back();
    round.fiscal_year = FiscalYear{2020}; // R2: the adoption round
    round.scheme = "地方創生推進交付金";
    round.national_share = Fraction{1, 2};
    round.duration_years = 3;

    Project& project = round.projects.emplace_back();
    project.name = "南野村子育て支援拠点整備事業";
    project.budget = Money{Decimal{18500}}; // (18,500千円)
    project.first_fiscal_year = FiscalYear{2020};
    project.last_fiscal_year = FiscalYear{2022};

    // A cell is confirmed(…), expected(…) (見込) or not_set(): integers or written digits,
    // never a double. A row is a first fiscal year and its cells, or (year, cell) pairs.
    Kpi& visitors = project.kpis.emplace_back();
    visitors.number = 1;
    visitors.title = "子育て支援拠点の利用者数";
    visitors.unit = Unit::from_label("人");
    visitors.baseline = {confirmed(1200), confirmed(1200)};
    visitors.plan =
        Series::from(FiscalYear{2020}, {confirmed(1500), confirmed(1800), confirmed(2000)});
    visitors.actual =
        Series::from(FiscalYear{2020}, {confirmed(1350), confirmed(1910), expected("2,050")});

    Kpi& waiting = project.kpis.emplace_back();
    waiting.number = 2;
    waiting.title = "待機児童数";
    waiting.unit = Unit::from_label("人");
    waiting.direction = Direction::decrease; // lower is better
    waiting.plan = Series::from(FiscalYear{2020}, {confirmed(8), confirmed(4), confirmed(0)});
    waiting.actual =
        Series::from({{FiscalYear{2020}, confirmed(9)}, {FiscalYear{2021}, confirmed(5)}});
    waiting.actual[FiscalYear{2022}] = expected(2); // a column added by year

    Kpi& events = project.kpis.emplace_back();
    events.number = 3;
    events.title = "子育て講座の延べ参加者数 (3年累計)";
    events.unit = Unit::from_label("人");
    events.accumulation = Accumulation::cumulative; // running totals: only the latest counts
    events.plan = Series::from(FiscalYear{2020}, {confirmed(100), confirmed(220), confirmed(360)});
    events.actual = Series::from(FiscalYear{2020}, {confirmed(95), confirmed(230), not_set()});
    std::cout << "latest actual of KPI 3: " << events.actual.latest()->value << " ("
              << to_string(events.actual.latest()->year) << ")\n";
    // Validation: the GK rules (docs/validation-rules.md).
    const std::vector<Diagnostic> diagnostics = validate(report);
    std::cout << "validate: " << diagnostics.size() << " diagnostics\n";
    for (const Diagnostic& diagnostic : diagnostics) {
        std::cout << "  " << diagnostic.to_string() << '\n';
    }
    // Evaluation: each KPI on its latest evaluated year, and the headline figures.
    const ReportEvaluation evaluation = evaluate(report);
    for (const EvaluatedKpiEntry& kpi : views::kpis(evaluation)) {
        const KpiEvaluation& judged = kpi.evaluation();
        std::cout << "KPI " << kpi.kpi().number << ' ' << kpi.kpi().title << ": "
                  << (judged.verdict == Verdict::met ? "met" : "not met")
                  << (judged.provisional ? " (provisional)" : "") << " in "
                  << to_string(*judged.latest_year) << '\n';
    }
    const Share& met = evaluation.summary.kpis_met.with_provisional_of_judged;
    std::cout << "KPIs met, provisional included: " << met.count << " of " << met.of << '\n';
    // JSON: the canonical writer, and the reader gives the same report back.
    const std::string json = write_report_json(report);
    const Report again = read_report_json(json).value();
    std::cout << "JSON round trip: " << (again == report ? "equal" : "DIFFERENT") << '\n';
    if (argc > 1) {
        std::ofstream(argv[1], std::ios::binary) << json;
    } else {
        std::cout << json;
    }
    return again == report ? 0 : 1;
} catch (const std::exception& e) { // error_exception from a throwing convenience
    std::cerr << e.what() << '\n';
    return 1;
}
