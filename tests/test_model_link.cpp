// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/evaluate.hpp>
#include <grantkpi/json.hpp>
#include <grantkpi/model_link.hpp>

#include "support/seed.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

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
            CHECK(pe.model->name == pe.name());
            for (std::size_t k = 0; k < pe.kpis.size(); ++k) {
                CHECK(pe.kpis[k].model.get() == &report.rounds[r].projects[p].kpis[k]);
                CHECK(pe.kpis[k].model->title == pe.kpis[k].title());
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

// ------------------------------------------------ names read through the link (issue 15)

TEST_CASE("names are read through the link: the model's strings, not copies") {
    const Report& report = testing::seed_report();
    const ReportEvaluation e = evaluate(report);
    CHECK(&e.title() == &report.title);
    CHECK(&e.municipality() == &report.municipality);
    CHECK(e.municipality() == std::optional<std::string>("札幌市"));
    // R1年度地方創生推進交付金<1/2国費>: the first round's scheme.
    CHECK(&e.rounds[0].scheme() == &report.rounds[0].scheme);
    CHECK(e.rounds[0].scheme() == "地方創生推進交付金");
    // ○UIJ ターン新規就業支援事業<道と共同申請>: the first round's second project, with 道.
    const ProjectEvaluation& joint = e.rounds[0].projects[1];
    CHECK(&joint.name() == &report.rounds[0].projects[1].name);
    CHECK(joint.name() == "UIJ ターン新規就業支援事業");
    CHECK(&joint.partners() == &report.rounds[0].projects[1].partners);
    CHECK(joint.partners() == std::vector<std::string>{"道"});
    const KpiEvaluation& first = e.rounds[0].projects[0].kpis[0];
    CHECK(&first.title() == &report.rounds[0].projects[0].kpis[0].title);
}

TEST_CASE("a result without a link throws error_exception from its name accessors") {
    const KpiEvaluation kpi;
    CHECK_THROWS_WITH_AS((void)kpi.title(),
                         "title(): the result was not computed from a model (a default or "
                         "deserialized evaluation): evaluate the report, and keep it alive",
                         error_exception);
    const ProjectEvaluation project;
    CHECK_THROWS_AS((void)project.name(), error_exception);
    CHECK_THROWS_AS((void)project.partners(), error_exception);
    const RoundEvaluation round;
    CHECK_THROWS_AS((void)round.scheme(), error_exception);
    const ReportEvaluation report;
    CHECK_THROWS_AS((void)report.title(), error_exception);
    CHECK_THROWS_AS((void)report.municipality(), error_exception);
    // The figures are there without a link.
    CHECK(kpi.latest() == nullptr);
    CHECK(report.summary.projects.total == 0);
}

TEST_CASE("equality: the figures, and the names through the links when both are linked") {
    const Report& report = testing::seed_report();
    const ReportEvaluation a = evaluate(report);

    Report renamed = report;
    renamed.rounds[0].projects[0].kpis[0].title = "another title";
    const ReportEvaluation b = evaluate(renamed);
    CHECK(a.summary == b.summary); // the same figures
    CHECK(a.rounds[0].projects[0].kpis[0] != b.rounds[0].projects[0].kpis[0]);
    CHECK(a.rounds[0].projects[0] != b.rounds[0].projects[0]);
    CHECK(a != b);
    CHECK(a.rounds[0].projects[1] == b.rounds[0].projects[1]); // that project is unchanged

    Report other_partners = report;
    other_partners.rounds[0].projects[1].partners = {"県"};
    CHECK(evaluate(other_partners).rounds[0].projects[1] != a.rounds[0].projects[1]);

    Report other_scheme = report;
    other_scheme.rounds[1].scheme = "地方創生拠点整備交付金";
    const ReportEvaluation c = evaluate(other_scheme);
    CHECK(c.rounds[1] != a.rounds[1]);
    CHECK(c.rounds[0] == a.rounds[0]);

    Report other_municipality = report;
    other_municipality.municipality = "旭川市";
    CHECK(evaluate(other_municipality) != a);

    // Without a link, a result compares on its figures only.
    ReportEvaluation unlinked = b;
    unlinked.model = {};
    CHECK(unlinked.rounds[0].projects[0].kpis[0].model); // its parts are still linked
    unlinked.rounds[0].model = {};
    unlinked.rounds[0].projects[0].model = {};
    unlinked.rounds[0].projects[0].kpis[0].model = {};
    CHECK(unlinked == a);
    CHECK(unlinked == b);
}

TEST_CASE("KpiEvaluation::latest: the judged year's entry") {
    const Report& report = testing::seed_report();
    const ReportEvaluation e = evaluate(report);
    // KPI ① of the first project (窓口を利用した...就職内定件数): R3 plan 170, actual 212.
    const KpiEvaluation& uij = e.rounds[0].projects[0].kpis[0];
    const KpiYearEvaluation* latest = uij.latest();
    REQUIRE(latest != nullptr);
    CHECK(latest->year == FiscalYear{2021});
    CHECK(latest->plan.value() == Decimal{170});
    CHECK(latest->actual.value() == Decimal{212});
    CHECK(latest->met == true);
    CHECK(latest->ratio->rounded.to_string() == "1.2471"); // 212 / 170
    // KPI ② of the digital-innovation project: R4 11(見込) against 5, provisional.
    const KpiEvaluation& digital = e.rounds[1].projects[0].kpis[1];
    REQUIRE(digital.latest() != nullptr);
    CHECK(digital.latest()->year == FiscalYear{2022});
    CHECK(digital.latest()->actual.is_expected());
    CHECK(digital.latest()->actual.value() == Decimal{11});
    CHECK(digital.latest()->provisional);
    // Every KPI of the seed: latest() is there exactly when latest_year is, and is its entry.
    for (const auto& round : e.rounds) {
        for (const auto& project : round.projects) {
            for (const auto& kpi : project.kpis) {
                CAPTURE(kpi.title());
                REQUIRE((kpi.latest() != nullptr) == kpi.latest_year.has_value());
                if (kpi.latest() != nullptr) {
                    CHECK(kpi.latest()->year == *kpi.latest_year);
                    CHECK(kpi.latest()->met == (kpi.verdict == Verdict::met));
                    CHECK(kpi.latest()->provisional == kpi.provisional);
                }
            }
        }
    }
}

TEST_CASE("KpiEvaluation::latest: nullptr when no year is judged") {
    Kpi kpi;
    kpi.number = 1;
    kpi.title = "plan only";
    kpi.plan = Series::from(FiscalYear{2019}, {confirmed(150), confirmed(160)});
    const KpiEvaluation e = evaluate_kpi(kpi);
    CHECK(e.verdict == Verdict::not_reported);
    CHECK(e.latest() == nullptr);
    CHECK(e.title() == "plan only");
}
