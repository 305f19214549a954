// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The rules on money and national shares: GK202, GK204, GK302, GK303, GK309, GK310
// (src/validate/budget_rules.hpp).

#include <grantkpi/validate.hpp>

#include "support/printers.hpp"
#include "support/validate_helpers.hpp"
#include "support/values.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

using namespace grantkpi;
using namespace grantkpi::testing::validation;
using testing::d;

namespace grantkpi::testing::validation {

std::vector<Triggers> budget_triggering() {
    std::vector<Triggers> rows;
    const auto row = row_adder(rows);
    row(
        "GK202", "round national share 3/2",
        [](Report& r) {
            r.rounds[0].national_share = Fraction{3, 2};
            r.rounds[0].projects.clear();
        },
        "/rounds/0/national_share", "national share 3/2 is outside (0, 1]");
    row(
        "GK202", "round national share 0",
        [](Report& r) {
            r.rounds[0].national_share = Fraction{0, 1};
            r.rounds[0].projects.clear();
        },
        "/rounds/0/national_share", "national share 0/1 is outside (0, 1]");
    row(
        "GK204", "project share 1/3, round 1/2",
        [](Report& r) {
            project0(r).national_share = Fraction{1, 3};
        },
        "/rounds/0/projects/0/national_share",
        "project national share 1/3 differs from the round's 1/2");
    row(
        "GK302", "budget 0", [](Report& r) { project0(r).budget = Money{}; },
        "/rounds/0/projects/0/budget", "budget 0" + std::string(thousand_yen) + " is not positive");
    row(
        "GK302", "budget -1,500", [](Report& r) { project0(r).budget = Money{d("-1500")}; },
        "/rounds/0/projects/0/budget",
        "budget -1,500" + std::string(thousand_yen) + " is not positive");
    row(
        "GK303", "project share 3/2",
        [](Report& r) {
            r.rounds[0].national_share.reset();
            project0(r).national_share = Fraction{3, 2};
        },
        "/rounds/0/projects/0/national_share", "national share 3/2 is outside (0, 1]");
    row(
        "GK309", "an own part larger than the joint total",
        [](Report& r) {
            project0(r).budget_scope = BudgetScope::joint_total;
            project0(r).own_budget = Money{d("1000.5")};
        },
        "/rounds/0/projects/0/own_budget",
        "own part 1,000.5" + std::string(thousand_yen) + " of the joint-total budget 1,000" +
            std::string(thousand_yen) + " is larger than the whole");
    row(
        "GK310", "an own part on an own-scope budget",
        [](Report& r) { project0(r).own_budget = Money{d("400")}; },
        "/rounds/0/projects/0/own_budget",
        "own part 400" + std::string(thousand_yen) + " is given, but the budget 1,000" +
            std::string(thousand_yen) +
            " is the project's own (budget_scope own): the evaluation adds the whole budget and "
            "not the part; if the budget is the whole joint project's, its scope is joint_total");
    return rows;
}

std::vector<Passes> budget_passing() {
    std::vector<Passes> rows;
    const auto row = row_adder(rows);
    row("GK202", "round national share 1/1", [](Report& r) {
        r.rounds[0].national_share = Fraction{1, 1};
        r.rounds[0].projects.clear();
    });
    row("GK202", "round without a national share",
        [](Report& r) { r.rounds[0].national_share.reset(); });
    row("GK204", "round without a share and project 1/3", [](Report& r) {
        r.rounds[0].national_share.reset();
        project0(r).national_share = Fraction{1, 3};
    });
    row("GK302", "budget of one yen", [](Report& r) { project0(r).budget = Money{d("0.001")}; });
    row("GK303", "national share 1/1", [](Report& r) {
        r.rounds[0].national_share.reset();
        project0(r).national_share = Fraction{1, 1};
    });
    row("GK303", "national share 1/1000", [](Report& r) {
        r.rounds[0].national_share.reset();
        project0(r).national_share = Fraction{1, 1000};
    });
    row("GK309", "an own part equal to the joint total, and one of 0", [](Report& r) {
        project0(r).budget_scope = BudgetScope::joint_total;
        project0(r).own_budget = Money{d("1000")};
        Project other = project0(r);
        other.own_budget = Money{d("0")};
        r.rounds[0].projects.push_back(other);
    });
    row("GK310", "an own part on a joint-total budget", [](Report& r) {
        project0(r).budget_scope = BudgetScope::joint_total;
        project0(r).own_budget = Money{d("400")};
    });
    return rows;
}

} // namespace grantkpi::testing::validation

TEST_SUITE_BEGIN("validate");

TEST_CASE("each budget rule: a change that triggers it") {
    check_triggering(budget_triggering());
}

TEST_CASE("each budget rule: a change close to it that does not trigger it") {
    check_passing(budget_passing());
}

TEST_SUITE_END();
