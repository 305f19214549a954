// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// Compiles and runs the usage examples of README.md (extracted by tests/CMakeLists.txt).

#include <grantkpi/grantkpi.hpp>

#include "support/printers.hpp"
#include "support/seed.hpp"

#include <doctest/doctest.h>

#include <iostream>
#include <span>
#include <sstream>
#include <string>
#include <vector>

namespace readme {
#include "readme_snippet.inc"
} // namespace readme

namespace {

// What `run` prints on std::cout.
template <class Run>
std::string captured(Run run) {
    std::ostringstream out;
    auto* const old = std::cout.rdbuf(out.rdbuf());
    run();
    std::cout.rdbuf(old);
    return out.str();
}

} // namespace

TEST_CASE("the README usage example runs on the bundled report") {
    int status = -1;
    const std::string out = captured([&status] {
        status = readme::print_expected_actuals(GRANTKPI_SOURCE_DIR
                                                "/examples/data/sapporo_fy2022.json");
    });
    CHECK(status == 0);
    // The R2 project's R4 actuals 16, 11 and 12 are 見込 (expected) in the report.
    CHECK(out.find("KPI 1 R4: 16\n") != std::string::npos);
    CHECK(out.find("KPI 2 R4: 11\n") != std::string::npos);
    CHECK(out.find("KPI 3 R4: 12\n") != std::string::npos);
    CHECK(out.find("13,562.5") != std::string::npos); // 27,125 x 1/2
}

TEST_CASE("the README builds a report in code that validates and round-trips") {
    const grantkpi::Report report = readme::build_report();
    CHECK(grantkpi::validate(report).empty());
    CHECK(grantkpi::read_report_json(grantkpi::write_report_json(report)).value() == report);
    const grantkpi::Kpi& kpi = report.rounds.at(0).projects.at(0).kpis.at(0);
    REQUIRE(kpi.actual.size() == 3);
    CHECK(kpi.actual.latest()->value == grantkpi::expected(2050));
    // Evaluated: R4 2,050(見込) against 2,000, met, provisional.
    const std::string out = captured([&report] { readme::print_evaluation(report); });
    CHECK(out == "南野村子育て支援拠点整備事業 KPI 1: met (見込)\nKPIs met: 0 of 0\n");
}

TEST_CASE("the README evaluates and aggregates the seed") {
    const std::string evaluated =
        captured([] { readme::print_evaluation(grantkpi::testing::seed_report()); });
    // docs/evaluation.md: 4 of the 7 KPIs judged on confirmed figures met their target.
    CHECK(evaluated.find("\nKPIs met: 4 of 7\n") != std::string::npos);
    CHECK(evaluated.find("デジタル技術を活用したイノベーション創出事業 KPI 1: met (見込)\n") !=
          std::string::npos);

    // The seed and a report of the fictional 南野村: the rounds R1, R2 (the seed's 2 and the
    // village's 1 project), R4; own budgets 27,125 + 9,650 (R1), 25,370 + 23,500 + 18,500 (R2).
    const std::vector<grantkpi::Report> reports{grantkpi::testing::seed_report(),
                                                readme::build_report()};
    const std::string aggregated = captured([&reports] { readme::print_by_round(reports); });
    CHECK(aggregated.find("R1: 3 projects, own budgets 36,775千円\n") != std::string::npos);
    CHECK(aggregated.find("R2: 3 projects, own budgets 67,370千円\n") != std::string::npos);
    CHECK(aggregated.find("R4: 1 projects, own budgets 8,359千円\n") != std::string::npos);
    CHECK(aggregated.find("人: 7 KPIs\n") != std::string::npos); // the seed's 6 and the village's
}
