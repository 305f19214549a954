// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// GK410, the rule on a KPI's direction (src/validate/direction_rule.hpp).

#include <grantkpi/validate.hpp>

#include "support/printers.hpp"
#include "support/random_report.hpp"
#include "support/validate_helpers.hpp"
#include "support/values.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

using namespace grantkpi;
using namespace grantkpi::testing::validation;
using testing::c;

namespace grantkpi::testing::validation {

std::vector<Triggers> direction_triggering() {
    std::vector<Triggers> rows;
    const auto row = row_adder(rows);
    row(
        "GK410", "an assumed direction, and R3's 31 against 30 is met only as increase",
        [](Report& r) { kpi(r, 0).direction_basis = Provenance::assumed_default(); },
        "/rounds/0/projects/0/kpis/0/direction",
        kpi1 + " direction increase (higher is better) is assumed (nothing stated it, no rule "
               "fired): on its latest judged year FY2021 (R3) the actual 31 against the plan 30 "
               "is met; as decrease (lower is better) it would not be met. State the direction "
               "in an annotation file (grantkpi annotate INPUT -o FILE writes one to edit) or "
               "in the JSON");
    return rows;
}

std::vector<Passes> direction_passing() {
    std::vector<Passes> rows;
    const auto row = row_adder(rows);
    row("GK410", "an assumed direction, but R3's actual equals its plan: met either way",
        [](Report& r) {
            kpi(r, 0).direction_basis = Provenance::assumed_default();
            kpi(r, 0).actual.values[2].value = c("30.0");
        });
    row("GK410", "a direction inferred from the title, certain",
        [](Report& r) { kpi(r, 0).direction_basis = Provenance::inferred_by("title: x"); });
    row("GK410", "a direction stated by an annotation file",
        [](Report& r) { kpi(r, 0).direction_basis = Provenance::stated_by("annotations.json"); });
    row("GK410", "an assumed direction, but no year has both a plan and an actual", [](Report& r) {
        kpi(r, 0).direction_basis = Provenance::assumed_default();
        for (auto& v : kpi(r, 0).actual.values) {
            v.value = Observation::not_set();
        }
    });
    return rows;
}

} // namespace grantkpi::testing::validation

TEST_SUITE_BEGIN("validate");

TEST_CASE("each direction rule: a change that triggers it") {
    check_triggering(direction_triggering());
}

TEST_CASE("each direction rule: a change close to it that does not trigger it") {
    check_passing(direction_passing());
}

TEST_SUITE_END();

TEST_CASE("GK410: a weak direction warns where the other direction flips the verdict") {
    Report report = valid_report();
    // KPI①: decrease inferred from the plan's trend alone (uncertain); R3's actual 31 against
    // the plan 30 is not met lower-is-better, met higher-is-better: a flip.
    kpi(report, 0).direction = Direction::decrease;
    kpi(report, 0).direction_basis = Provenance::inferred_by("plan falls from the baseline", true);
    // KPI②: assumed, but no flip: its latest judged year R3 has 25 against 25.
    kpi(report, 1).direction_basis = Provenance::assumed_default("no title word");
    kpi(report, 1).actual.values[2].value = c("25");
    kpi(report, 1).plan.values[2].value = c("25");
    // KPI③: assumed; its latest judged year is R2 (R3 has no actual): 61 against 60, a flip,
    // and the earlier years do not matter.
    kpi(report, 2).direction_basis = Provenance::assumed_default("no title word");
    const auto found = with_code(validate(report), "GK410");
    REQUIRE(found.size() == 2);
    CHECK(found[0].pointer == "/rounds/0/projects/0/kpis/0/direction");
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].message ==
          kpi1 + " direction decrease (lower is better) is inferred on weak evidence (rule: plan "
                 "falls from the baseline): on its latest judged year FY2021 (R3) the actual 31 "
                 "against the plan 30 is not met; as increase (higher is better) it would be "
                 "met. State the direction in an annotation file (grantkpi annotate INPUT -o "
                 "FILE writes one to edit) or in the JSON");
    CHECK(found[1].pointer == "/rounds/0/projects/0/kpis/2/direction");
    CHECK(found[1].message.starts_with(
        kpi3 + " direction increase (higher is better) is assumed (no title word): on its latest "
               "judged year FY2020 (R2) the actual 61 against the plan 60 is met;"));
    // The same report with every direction stated: no GK410.
    for (auto& k : project0(report).kpis) {
        k.direction_basis = Provenance::stated_by("annotations.json");
    }
    CHECK(with_code(validate(report), "GK410").empty());
}

TEST_CASE("GK410 on random reports: exactly the weak directions whose verdict flips") {
    testing::RandomReportOptions options;
    options.provenance = true;
    std::size_t warned = 0;
    std::size_t weak_without_flip = 0;
    for (std::uint64_t seed_value = 1; seed_value <= 300; ++seed_value) {
        CAPTURE(seed_value);
        const Report report = testing::random_report(seed_value, options);
        std::set<std::string> expected;
        for (std::size_t r = 0; r < report.rounds.size(); ++r) {
            const auto& projects = report.rounds[r].projects;
            for (std::size_t p = 0; p < projects.size(); ++p) {
                for (std::size_t k = 0; k < projects[p].kpis.size(); ++k) {
                    const Kpi& kpi = projects[p].kpis[k];
                    if (!kpi.direction_basis.is_weak()) {
                        continue;
                    }
                    // The latest year with both cells set, judged both ways by hand.
                    const PeriodValue* plan = nullptr;
                    const Observation* actual = nullptr;
                    for (const auto& v : kpi.plan) {
                        const Observation* a = kpi.actual.find(v.year);
                        if (v.value.has_value() && a != nullptr && a->has_value() &&
                            (plan == nullptr || v.year > plan->year)) {
                            plan = &v;
                            actual = a;
                        }
                    }
                    if (plan == nullptr) {
                        continue;
                    }
                    const bool met_increase = *actual->value() >= *plan->value.value();
                    const bool met_decrease = *actual->value() <= *plan->value.value();
                    if (met_increase != met_decrease) {
                        expected.insert("/rounds/" + std::to_string(r) + "/projects/" +
                                        std::to_string(p) + "/kpis/" + std::to_string(k) +
                                        "/direction");
                    } else {
                        ++weak_without_flip;
                    }
                }
            }
        }
        std::set<std::string> got;
        for (const auto& d : with_code(validate(report), "GK410")) {
            got.insert(d.pointer);
        }
        CHECK(got == expected);
        warned += got.size();
    }
    // The property saw both kinds (not a vacuous loop).
    CHECK(warned > 100);
    CHECK(weak_without_flip > 0);
}
