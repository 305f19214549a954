// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/evaluate.hpp>

#include "support/corpus.hpp"

#include "support/evaluate_helpers.hpp"
#include "support/printers.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

// Many reports: a joint project reported by several municipalities counted once, and the
// national summary over the projects kept.

using namespace grantkpi;
using namespace grantkpi::testing::evaluate_helpers;
using testing::d;

TEST_SUITE_BEGIN("evaluate");

// ------------------------------------------------------------------ many reports

TEST_CASE("many reports: a joint project reported twice is counted once") {
    // The seed, and the seed again as if another city had sent it: its three joint projects
    // with 道 (UIJ ターン新規就業, 外国人の活躍, いしかり) have the same round, name and
    // partners.
    Report other = seed();
    other.municipality = "小樽市";
    const std::vector<Report> reports{seed(), other};
    const CollectionEvaluation c = evaluate_collection(reports);
    CHECK(c.reports.size() == 2);
    CHECK(c.reports[1].summary == c.reports[0].summary); // each report on its own
    CHECK(c.duplicates_merged == 3);
    REQUIRE(c.merged.size() == 3);
    CHECK(c.merged[0].round_fiscal_year == FiscalYear{2019});
    CHECK(c.merged[0].name == seed().rounds[0].projects[1].name);
    CHECK(c.merged[0].partners == std::vector<std::string>{"道"});
    CHECK(c.merged[0].kept_report == 0);
    CHECK(c.merged[0].kept_pointer == "/rounds/0/projects/1");
    CHECK(c.merged[0].merged_report == 1);
    CHECK(c.merged[0].merged_pointer == "/rounds/0/projects/1");
    CHECK(c.merged[1].kept_pointer == "/rounds/0/projects/2");
    CHECK(c.merged[2].kept_pointer == "/rounds/1/projects/1");
    // Projects: 6 + 6 - 3 = 9. KPIs: single projects 3 + 3 + 3 = 9, twice = 18, plus the
    // joint ones once: 2 + 4 + 2 = 8; 26.
    CHECK(c.summary.projects.total == 9);
    CHECK(c.summary.kpis.total == 26);
    // KPIs met, confirmed: UIJ ターンによる ①②③ twice + 外国人 ① once = 7; provisional:
    // デジタル ①②③ twice = 6; not met confirmed: 外国人 ②③④ once = 3.
    CHECK(c.summary.kpis.met_confirmed == 7);
    CHECK(c.summary.kpis.met_provisional == 6);
    CHECK(c.summary.kpis.not_met_confirmed == 3);
    CHECK(rounded(c.summary.kpis_met.confirmed_of_judged.value) == "0.7000"); // 7 / 10
    // Own budgets: single ones 27,125 + 25,370 + 8,359 = 60,854, twice = 121,708, plus the
    // joint ones once: 9,650 + 23,500 = 33,150; 154,858. The joint total 71,349 once.
    CHECK(c.summary.budget.own == Money{d("154858")});
    CHECK(c.summary.budget.joint_total == Money{d("71349")});
    CHECK(c.summary.budget.joint_total_projects == 1);
}

TEST_CASE("many reports: what is and is not the same joint project") {
    const auto joint = [](const char* name, std::vector<std::string> partners, int round_year) {
        Project p = make_project({single_year("10", "12")});
        p.name = name;
        p.application = Application::joint;
        p.partners = std::move(partners);
        Round r;
        r.fiscal_year = FiscalYear{round_year};
        r.projects = {p};
        Report report;
        report.rounds = {r};
        return report;
    };
    const std::string a = "道";
    const std::string b = "小樽市";
    struct Row {
        const char* what;
        Report first;
        Report second;
        std::size_t merged;
    };
    const Row rows[] = {
        {"same", joint("UIJ project", {a}, 2019), joint("UIJ project", {a}, 2019), 1},
        {"spacing and full width differ", joint("UIJ project", {a}, 2019),
         joint("ＵＩＪ\u3000project", {a}, 2019), 1}, // ＵＩＪ　project
        {"partners in another order", joint("P", {a, b}, 2019), joint("P", {b, a}, 2019), 1},
        {"another partner", joint("P", {a}, 2019), joint("P", {b}, 2019), 0},
        {"another round", joint("P", {a}, 2019), joint("P", {a}, 2020), 0},
        {"another name", joint("P", {a}, 2019), joint("Q", {a}, 2019), 0},
    };
    for (const auto& row : rows) {
        CAPTURE(row.what);
        const std::vector<Report> reports{row.first, row.second};
        const CollectionEvaluation c = evaluate_collection(reports);
        CHECK(c.duplicates_merged == row.merged);
        CHECK(c.summary.projects.total == 2 - row.merged);
    }
    // A single project is never merged, and copies within one report are not merged.
    Report single = joint("P", {}, 2019);
    single.rounds[0].projects[0].application = Application::single;
    const std::vector<Report> singles{single, single};
    CHECK(evaluate_collection(singles).duplicates_merged == 0);
    Report twice = joint("P", {a}, 2019);
    twice.rounds[0].projects.push_back(twice.rounds[0].projects[0]);
    const std::vector<Report> one{twice};
    CHECK(evaluate_collection(one).duplicates_merged == 0);
    CHECK(evaluate_collection(one).summary.projects.total == 2);
}

TEST_CASE("many reports: the national summary is the summary of the projects kept") {
    // What `summary` means, computed the plain way: summarize() over every project but the
    // copies listed in `merged`.
    const std::vector<Report> reports =
        bench::generate_corpus(bench::CorpusOptions{.seed = 91, .municipalities = 200});
    const CollectionEvaluation c = evaluate_collection(reports);
    REQUIRE(c.duplicates_merged > 20);
    std::set<std::pair<std::size_t, std::string>> left_out;
    for (const MergedDuplicate& m : c.merged) {
        left_out.emplace(m.merged_report, m.merged_pointer);
    }
    REQUIRE(left_out.size() == c.merged.size());
    std::vector<const ProjectEvaluation*> kept;
    for (std::size_t i = 0; i < c.reports.size(); ++i) {
        const auto& rounds = c.reports[i].rounds;
        for (std::size_t r = 0; r < rounds.size(); ++r) {
            for (std::size_t p = 0; p < rounds[r].projects.size(); ++p) {
                const std::string pointer =
                    "/rounds/" + std::to_string(r) + "/projects/" + std::to_string(p);
                if (left_out.count({i, pointer}) == 0) {
                    kept.push_back(&rounds[r].projects[p]);
                }
            }
        }
    }
    const Summary expected = summarize(kept);
    CHECK(c.summary == expected);
    // The same digits too (Decimal's == compares values: 1.50 == 1.5).
    const BudgetTotals& got = c.summary.budget;
    CHECK(got.own.amount().to_string() == expected.budget.own.amount().to_string());
    CHECK(got.own_national_share.amount().to_string() ==
          expected.budget.own_national_share.amount().to_string());
    CHECK(got.joint_total.amount().to_string() == expected.budget.joint_total.amount().to_string());
    CHECK(got.joint_total_national_share.amount().to_string() ==
          expected.budget.joint_total_national_share.amount().to_string());
}

TEST_CASE("many reports: a national sum of money beyond 18 digits is an error") {
    // Each report's own budget fits 18 digits; the two together do not.
    Report report;
    Project& project =
        report.rounds.emplace_back().projects.emplace_back(make_project({single_year("10", "12")}));
    project.budget = Money{d("600000000000000000")};
    const std::vector<Report> reports{report, report};
    REQUIRE(try_evaluate(report));
    const auto both = try_evaluate_collection(reports);
    REQUIRE_FALSE(both);
    CHECK(both.error().message ==
          "600000000000000000 + 600000000000000000: the result needs more than 18 digits");
    CHECK_THROWS_AS((void)evaluate_collection(reports), error_exception);
}

TEST_SUITE_END();
