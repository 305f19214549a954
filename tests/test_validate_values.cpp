// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The rules on a KPI's values and unit: GK403, GK406, GK407, GK409
// (src/validate/value_rules.hpp).

#include <grantkpi/validate.hpp>

#include "support/printers.hpp"
#include "support/validate_helpers.hpp"
#include "support/values.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

using namespace grantkpi;
using namespace grantkpi::testing::validation;
using testing::c;

namespace grantkpi::testing::validation {

std::vector<Triggers> value_triggering() {
    std::vector<Triggers> rows;
    const auto row = row_adder(rows);
    row(
        "GK403", "a negative actual in a level KPI",
        [](Report& r) { kpi(r, 0).actual.values[1].value = c("-5"); },
        "/rounds/0/projects/0/kpis/0/actual/2020",
        kpi1 + " actual for FY2020 (R2) is -5, negative in a level KPI; only an increment KPI "
               "(a yearly change) may be negative");
    row(
        "GK403", "a negative baseline in a cumulative KPI",
        [](Report& r) { kpi(r, 1).baseline.plan = c("-1,200"); },
        "/rounds/0/projects/0/kpis/1/baseline/plan",
        kpi2 + " baseline (" + std::string(baseline_word) +
            ") of the plan row is -1,200, negative in a cumulative KPI; only an increment KPI "
            "(a yearly change) may be negative");
    row(
        "GK406", "a plan of 100.5 %",
        [](Report& r) { kpi(r, 2).plan.values[2].value = c("100.5"); },
        "/rounds/0/projects/0/kpis/2/plan/2021",
        kpi3 + " plan for FY2021 (R3) is 100.5%, outside 0..100");
    row(
        "GK407", "label % with kind count",
        [](Report& r) {
            kpi(r, 0).unit = Unit{"%", UnitKind::count};
        },
        "/rounds/0/projects/0/kpis/0/unit",
        kpi1 + " unit kind is count but its label \"%\" denotes percent");
    row(
        "GK409", "no plan value at all",
        [](Report& r) {
            for (auto& v : kpi(r, 0).plan.values) {
                v.value = Observation::not_set();
            }
        },
        "/rounds/0/projects/0/kpis/0/plan",
        kpi1 + " has no plan value in any year: it cannot be judged against a target");
    return rows;
}

std::vector<Passes> value_passing() {
    std::vector<Passes> rows;
    const auto row = row_adder(rows);
    // The seed's -3,760 外国人居住者数 is such a value.
    row("GK403", "a negative actual in an increment KPI", [](Report& r) {
        kpi(r, 0).accumulation = Accumulation::increment;
        kpi(r, 0).actual.values[1].value = c("-3760");
        kpi(r, 0).baseline.actual = c("-8.1");
    });
    row("GK403", "zero in a level KPI",
        [](Report& r) { kpi(r, 0).actual.values[0].value = c("0"); });
    row("GK406", "0 % and 100 %", [](Report& r) {
        kpi(r, 2).plan.values[2].value = c("100");
        kpi(r, 2).actual.values[0].value = c("0");
    });
    row("GK406", "-2.5 points in an increment percent KPI", [](Report& r) {
        kpi(r, 2).accumulation = Accumulation::increment;
        kpi(r, 2).actual.values[0].value = c("-2.5");
        kpi(r, 2).plan.values[0].value = c("120");
    });
    row("GK407", "a label grantkpi does not know", [](Report& r) {
        kpi(r, 0).unit = Unit{point_label, UnitKind::count};
    });
    row("GK409", "one plan value", [](Report& r) {
        kpi(r, 0).plan.values[0].value = Observation::not_set();
        kpi(r, 0).plan.values[1].value = Observation::not_set();
    });
    return rows;
}

} // namespace grantkpi::testing::validation

TEST_SUITE_BEGIN("validate");

TEST_CASE("each value rule: a change that triggers it") {
    check_triggering(value_triggering());
}

TEST_CASE("each value rule: a change close to it that does not trigger it") {
    check_passing(value_passing());
}

TEST_CASE("GK407 agrees with classify_unit for many labels: long and short and seen again") {
    // More distinct labels than the validator remembers, some longer than it remembers at all
    // (full-width spaces around a known label), each with a kind it does not denote.
    const std::array<std::string_view, 6> known = {"件", "%", "千円", "分", "min", point_label};
    constexpr std::string_view wide_space = "\u3000"; // U+3000
    Report report = valid_report();
    Project& project = project0(report);
    const Kpi model = project.kpis[0];
    project.kpis.clear();
    std::vector<std::string> expected;
    for (std::size_t padding = 0; padding < 24; ++padding) {
        for (const std::string_view label : known) {
            std::string text;
            for (std::size_t i = 0; i < padding; ++i) {
                text += padding % 2 == 0 ? std::string(wide_space) : std::string(" ");
            }
            text += label;
            Kpi k = model;
            k.number = static_cast<int>(project.kpis.size()) + 1;
            const UnitKind kind = classify_unit(text);
            k.unit = Unit{text, kind == UnitKind::count ? UnitKind::duration : UnitKind::count};
            if (kind != UnitKind::other) {
                expected.push_back("/rounds/0/projects/0/kpis/" +
                                   std::to_string(project.kpis.size()) + "/unit");
            }
            project.kpis.push_back(k);
        }
    }
    REQUIRE(expected.size() > 100);
    for (int pass = 0; pass < 2; ++pass) {
        std::vector<std::string> pointers;
        for (const auto& d : with_code(validate(report), "GK407")) {
            pointers.push_back(d.pointer);
        }
        CHECK(pointers == expected);
    }
    // And from several threads at once, each with its own memory of labels.
    std::vector<std::vector<Diagnostic>> results(4);
    std::vector<std::thread> threads;
    for (auto& result : results) {
        threads.emplace_back([&report, &result] { result = validate(report); });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    for (const auto& result : results) {
        CHECK(result == validate(report));
    }
}

TEST_CASE("a KPI without cells") {
    Report report = valid_report();
    kpi(report, 0).plan = Series{};
    kpi(report, 0).actual = Series{};
    CHECK(codes_and_pointers(validate(report)) ==
          std::vector<Found>{{"GK409", "/rounds/0/projects/0/kpis/0/plan"}});
}

TEST_SUITE_END();
