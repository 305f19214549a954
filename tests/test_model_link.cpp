// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/evaluate.hpp>
#include <grantkpi/json.hpp>
#include <grantkpi/model_link.hpp>

#include "support/seed.hpp"

#include <doctest/doctest.h>

#include <string>

// The link from an evaluation back to the model element it was computed from.

using namespace grantkpi;

TEST_CASE("every evaluation links to the element of the seed report it was computed from") {
    const Report& report = testing::seed_report();
    const ReportEvaluation e = evaluate(report);
    REQUIRE(e.model);
    CHECK(e.model.get() == &report);
    REQUIRE(e.rounds.size() == report.rounds.size());
    for (std::size_t r = 0; r < e.rounds.size(); ++r) {
        CHECK(e.rounds[r].model.get() == &report.rounds[r]);
        for (std::size_t p = 0; p < e.rounds[r].projects.size(); ++p) {
            const ProjectEvaluation& pe = e.rounds[r].projects[p];
            CHECK(pe.model.get() == &report.rounds[r].projects[p]);
            CHECK(pe.model->name == pe.name);
            for (std::size_t k = 0; k < pe.kpis.size(); ++k) {
                CHECK(pe.kpis[k].model.get() == &report.rounds[r].projects[p].kpis[k]);
                CHECK(pe.kpis[k].model->title == pe.kpis[k].title);
            }
        }
    }
    // The seed's first KPI: 窓口を利用した UIJ ターン就職内定件数 (R1, first project, KPI ①).
    CHECK(e.rounds[0].projects[0].kpis[0].model->number == 1);
}

TEST_CASE("a link is not part of the value: a JSON round trip evaluates equal") {
    const Report& report = testing::seed_report();
    const Report copy = read_report_json(write_report_json(report)).value();
    const ReportEvaluation a = evaluate(report);
    const ReportEvaluation b = evaluate(copy);
    CHECK(a.model.get() != b.model.get());
    CHECK(a == b);
}

TEST_CASE("evaluate_kpi and evaluate_project link too; a default result links nowhere") {
    const Project& project = testing::seed_report().rounds[0].projects[0];
    CHECK(evaluate_project(project).model.get() == &project);
    CHECK(evaluate_kpi(project.kpis[0]).model.get() == &project.kpis[0]);
    const KpiEvaluation none;
    CHECK_FALSE(none.model);
    CHECK(none.model.get() == nullptr);
}
