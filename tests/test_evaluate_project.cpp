// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/evaluate.hpp>

#include "support/evaluate_helpers.hpp"
#include "support/printers.hpp"

#include <doctest/doctest.h>

#include <vector>

// A project's outcome with its provisional verdicts apart, its national-share amounts and
// budget scopes, and how the summaries add them up (docs/evaluation.md).

using namespace grantkpi;
using namespace grantkpi::testing::evaluate_helpers;
using testing::c;
using testing::d;
using testing::e;

TEST_SUITE_BEGIN("evaluate");

TEST_CASE("project: met at least one with provisional verdicts apart") {
    const Kpi met = single_year("10", "10");
    const Kpi missed = single_year("10", "1");
    const Kpi met_provisional = make_kpi({{2019, c("10")}}, {{2019, e("11")}});
    const Kpi missed_provisional = make_kpi({{2019, c("10")}}, {{2019, e("1")}});
    const Kpi no_plan = make_kpi({{2019, none()}}, {{2019, c("1")}});
    struct Row {
        std::vector<Kpi> kpis;
        ProjectOutcome outcome;
        bool provisional;
    };
    const Row rows[] = {
        {{met, missed_provisional}, ProjectOutcome::met_at_least_one, false},
        {{met_provisional, missed}, ProjectOutcome::met_at_least_one, true},
        {{missed, missed}, ProjectOutcome::met_none, false},
        {{missed, missed_provisional}, ProjectOutcome::met_none, true},
        {{no_plan}, ProjectOutcome::not_judged, false},
        {{}, ProjectOutcome::not_judged, false},
    };
    for (const auto& row : rows) {
        CAPTURE(row.kpis.size());
        const ProjectEvaluation ev = evaluate_project(make_project(row.kpis));
        CHECK(ev.outcome == row.outcome);
        CHECK(ev.outcome_provisional == row.provisional);
    }
}

TEST_CASE("project: the national-share amount is exact or rounded and flagged") {
    const ProjectEvaluation half = evaluate_project(make_project({}, "27125", Fraction{1, 2}));
    CHECK(half.national_share_amount == Money{d("13562.5")}); // 27,125 / 2
    CHECK_FALSE(half.national_share_amount_rounded);
    const ProjectEvaluation eighth = evaluate_project(make_project({}, "27125", Fraction{1, 8}));
    CHECK(eighth.national_share_amount == Money{d("3390.625")}); // exact to the yen
    CHECK_FALSE(eighth.national_share_amount_rounded);
    const ProjectEvaluation third = evaluate_project(make_project({}, "100", Fraction{1, 3}));
    CHECK(third.national_share_amount == Money{d("33.333")}); // 33.3333... -> 3 decimals
    CHECK(third.national_share_amount_rounded);
    const ProjectEvaluation two_thirds = evaluate_project(make_project({}, "100", Fraction{2, 3}));
    CHECK(two_thirds.national_share_amount == Money{d("66.667")}); // 66.6666... half up
    // The summary counts the rounded amounts in its sums.
    const std::vector<const ProjectEvaluation*> both{&half, &third};
    const Summary s = summarize(both);
    CHECK(s.budget.own == Money{d("27225")});
    CHECK(s.budget.own_national_share == Money{d("13595.833")}); // 13,562.5 + 33.333
    CHECK(s.budget.rounded_national_shares == 1);
}

TEST_CASE("project: the own part of a joint total is added to the own budgets and counted") {
    Project own = make_project({}, "12000");
    Project joint = make_project({}, "30000");
    joint.budget_scope = BudgetScope::joint_total;
    joint.budget_scope_basis = Provenance::inferred_by("next line: x");
    joint.own_budget = Money{d("8000")};
    Project without_part = make_project({}, "50000", Fraction{1, 3});
    without_part.budget_scope = BudgetScope::joint_total;
    // An own part on an own-scope project means nothing more: the budget is all its own.
    Project own_with_part = make_project({}, "700");
    own_with_part.own_budget = Money{d("100")};
    const ProjectEvaluation a = evaluate_project(own);
    const ProjectEvaluation b = evaluate_project(joint);
    const ProjectEvaluation c3 = evaluate_project(without_part);
    const ProjectEvaluation d4 = evaluate_project(own_with_part);
    CHECK(b.budget_scope_basis == Provenance::inferred_by("next line: x"));
    REQUIRE(b.own_budget);
    CHECK(*b.own_budget == Money{d("8000")});
    CHECK(b.own_national_share_amount == Money{d("4000")}); // 8,000 x 1/2
    CHECK_FALSE(b.own_national_share_amount_rounded);
    CHECK_FALSE(c3.own_budget);
    CHECK_FALSE(d4.own_budget);
    const std::vector<const ProjectEvaluation*> all{&a, &b, &c3, &d4};
    const Summary s = summarize(all);
    // own: 12,000 + 700 (own projects) + 8,000 (the joint total's own part) = 20,700;
    // national share 6,000 + 350 + 4,000 = 10,350.
    CHECK(s.budget.own_projects == 2);
    CHECK(s.budget.own_parts == 1);
    CHECK(s.budget.own == Money{d("20700")});
    CHECK(s.budget.own_national_share == Money{d("10350")});
    // joint total: 30,000 + 50,000 = 80,000, whole; national share 15,000 + 16,666.667.
    CHECK(s.budget.joint_total_projects == 2);
    CHECK(s.budget.joint_total == Money{d("80000")});
    CHECK(s.budget.joint_total_national_share == Money{d("31666.667")});
    CHECK(s.budget.rounded_national_shares == 1); // 50,000 / 3
    CHECK(s.budget.weak_scopes == 0);             // every scope stated or inferred for sure
    without_part.budget_scope_basis = Provenance::assumed_default();
    const ProjectEvaluation assumed_scope = evaluate_project(without_part);
    const std::vector<const ProjectEvaluation*> with_assumed{&a, &assumed_scope};
    CHECK(summarize(with_assumed).budget.weak_scopes == 1);
    // An own part of 1,000 at 1/3: 333.333, rounded, counted apart from its project's.
    Project third = without_part;
    third.own_budget = Money{d("1000")};
    const ProjectEvaluation e5 = evaluate_project(third);
    CHECK(e5.own_national_share_amount == Money{d("333.333")});
    CHECK(e5.own_national_share_amount_rounded);
    const std::vector<const ProjectEvaluation*> one{&e5};
    CHECK(summarize(one).budget.rounded_national_shares == 2);
    CHECK(summarize(one).budget.own == Money{d("1000")});
}

TEST_SUITE_END();
