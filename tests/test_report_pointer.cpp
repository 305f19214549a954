// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/report_pointer.hpp>
#include <grantkpi/validate.hpp>

#include "support/random_report.hpp"
#include "support/seed.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <string>

// From a diagnostic's JSON pointer back to the element it names (report_pointer.hpp).

using namespace grantkpi;

namespace {

// Every diagnostic of `report` resolves, to an element at least as deep as its pointer's
// last index says (a /kpis/k pointer has its KPI, a /projects/p one its project).
void check_every_diagnostic_resolves(const Report& report) {
    for (const Diagnostic& d : validate(report)) {
        CAPTURE(d.code);
        CAPTURE(d.pointer);
        const auto at = resolve_pointer(report, d.pointer);
        REQUIRE(at.has_value());
        CHECK(at->report == &report);
        if (d.pointer.find("/kpis/") != std::string::npos) {
            CHECK(at->kpi != nullptr);
        } else if (d.pointer.find("/projects/") != std::string::npos) {
            CHECK(at->project != nullptr);
        } else if (d.pointer.find("/rounds/") != std::string::npos) {
            CHECK(at->round != nullptr);
        }
    }
}

} // namespace

TEST_SUITE_BEGIN("report_pointer");

TEST_CASE("the elements of the seed report, by their pointers") {
    const Report& report = testing::seed_report();
    const auto whole = resolve_pointer(report, "");
    REQUIRE(whole);
    CHECK(whole->report == &report);
    CHECK(whole->round == nullptr);
    CHECK(whole->member.empty());

    // R2年度 [0] デジタル技術を活用したイノベーション創出事業, KPI ②: R4 11(見込) against 5.
    const auto kpi = resolve_pointer(report, "/rounds/1/projects/0/kpis/1");
    REQUIRE(kpi);
    CHECK(kpi->round == &report.rounds[1]);
    CHECK(kpi->project == &report.rounds[1].projects[0]);
    CHECK(kpi->kpi == &report.rounds[1].projects[0].kpis[1]);
    CHECK(kpi->kpi->number == 2);
    CHECK(kpi->row == nullptr);
    CHECK(kpi->member.empty());

    const auto cell = resolve_pointer(report, "/rounds/1/projects/0/kpis/1/actual/2022");
    REQUIRE(cell);
    CHECK(cell->kpi == kpi->kpi);
    CHECK(cell->row == &kpi->kpi->actual);
    REQUIRE(cell->column != nullptr);
    CHECK(cell->column->year == FiscalYear{2022});
    CHECK(cell->column->value.is_expected());
    CHECK(cell->column->value.value() == Decimal{11});
    CHECK(cell->member.empty());

    // KPI ① of the first project: R3 plan 170.
    const auto plan = resolve_pointer(report, "/rounds/0/projects/0/kpis/0/plan/2021");
    REQUIRE(plan);
    CHECK(plan->row == &report.rounds[0].projects[0].kpis[0].plan);
    CHECK(plan->column->value.value() == Decimal{170});
    const auto row = resolve_pointer(report, "/rounds/0/projects/0/kpis/0/plan");
    REQUIRE(row);
    CHECK(row->row == plan->row);
    CHECK(row->column == nullptr);

    // Members below the deepest element: the budget of ○UIJ ターン新規就業支援事業 (71,349千円)
    // and its partner 道; the baseline of KPI ① (当初値 120 in the plan row).
    const auto budget = resolve_pointer(report, "/rounds/0/projects/1/budget");
    REQUIRE(budget);
    CHECK(budget->project->budget == Money{71349});
    CHECK(budget->kpi == nullptr);
    CHECK(budget->member == "budget");
    const auto partner = resolve_pointer(report, "/rounds/0/projects/1/partners/0");
    REQUIRE(partner);
    CHECK(partner->member == "partners/0");
    CHECK(partner->project->partners[0] == "道");
    const auto baseline = resolve_pointer(report, "/rounds/0/projects/0/kpis/0/baseline/plan");
    REQUIRE(baseline);
    CHECK(baseline->member == "baseline/plan");
    CHECK(baseline->kpi->baseline.plan.value() == Decimal{120});
    CHECK(resolve_pointer(report, "/rounds/0/fiscal_year")->member == "fiscal_year");
    CHECK(resolve_pointer(report, "/municipality")->member == "municipality");
    CHECK(resolve_pointer(report, "/rounds")->member == "rounds");
    CHECK(resolve_pointer(report, "/rounds/0/projects")->member == "projects");
}

TEST_CASE("pointers that name nothing, or are malformed, resolve to nothing") {
    const Report& report = testing::seed_report();
    for (const char* pointer : {
             "rounds/0",                                    // not starting with '/'
             "/",                                           // the member "" of the report
             "/rounds/9",                                   // past the end
             "/rounds/-",                                   // the end of an array names no element
             "/rounds/00",                                  // a leading zero
             "/rounds/+1",                                  // a sign
             "/rounds/1e0",                                 // not digits
             "/rounds/18446744073709551616",                // beyond size_t
             "/rounds/0/projects/0/kpis/0/plan/2030",       // a year the row does not have
             "/rounds/0/projects/0/kpis/0/plan/0",          // a column index: cells go by year
             "/rounds/0/projects/0/kpis/0/plan/2021/value", // below a confirmed cell
             "/rounds/0/projects/0/nothing",                // an unknown member
             "/rounds/0/projects/0/name/0",                 // below a string
             "/rounds/0/projects/0/own_budget",             // an optional that is not set
             "/schema",                           // the JSON's own member, not the model's
             "/rounds/0~",                        // '~' at the end
             "/rounds~2/0",                       // '~' followed by another character
             "/rounds/0/projects/0/kpis/0/plan/", // an empty year
         }) {
        CAPTURE(pointer);
        CHECK_FALSE(resolve_pointer(report, pointer).has_value());
    }
}

TEST_CASE("escaped segments: ~1 for '/', ~0 for '~'") {
    Report report = testing::seed_report();
    // No member of the model has '/' or '~' in its name: an escape unescapes, then names
    // nothing; escaping a plain name changes nothing.
    CHECK_FALSE(resolve_pointer(report, "/rounds~10").has_value());  // "rounds/0"
    CHECK_FALSE(resolve_pointer(report, "/rounds~00").has_value());  // "rounds~0"
    CHECK_FALSE(resolve_pointer(report, "/~1rounds/0").has_value()); // "/rounds"
    report.rounds[0].projects[0].notes = {"a/b", "c~d"};
    const auto note = resolve_pointer(report, "/rounds/0/projects/0/notes/1");
    REQUIRE(note);
    CHECK(note->member == "notes/1");
}

TEST_CASE("every diagnostic the validator gives on the seed resolves") {
    const Report& report = testing::seed_report();
    REQUIRE_FALSE(validate(report).empty()); // the seed's warnings (GK410 and others)
    check_every_diagnostic_resolves(report);
}

TEST_CASE("every diagnostic the validator gives on random reports resolves") {
    std::size_t diagnostics = 0;
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        CAPTURE(seed);
        const Report report = testing::random_report(seed);
        diagnostics += validate(report).size();
        check_every_diagnostic_resolves(report);
    }
    CHECK(diagnostics > 200); // random reports break many rules
}

TEST_CASE("random pointers never crash") {
    const Report& report = testing::seed_report();
    const std::string alphabet = "/~01234rounds/projects/kpis/plan/actual/2019/-";
    testing::Random random(7);
    for (int i = 0; i < 5000; ++i) {
        std::string pointer;
        const int length = random.between(0, 40);
        for (int c = 0; c < length; ++c) {
            pointer += alphabet[random.between(std::size_t{0}, alphabet.size() - 1)];
        }
        CAPTURE(pointer);
        const auto at = resolve_pointer(report, pointer);
        if (at) {
            CHECK(at->report == &report);
        }
    }
}

TEST_SUITE_END();
