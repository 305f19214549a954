// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The rules on the shape of a report, its rounds and its projects: GK101, GK201, GK203,
// GK301, GK304, GK305, GK306, GK307, GK308 (src/validate/structure_rules.hpp).

#include <grantkpi/validate.hpp>

#include "support/printers.hpp"
#include "support/random_report.hpp"
#include "support/validate_helpers.hpp"
#include "support/values.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace grantkpi;
using namespace grantkpi::testing::validation;
using testing::c;

namespace grantkpi::testing::validation {

std::vector<Triggers> structure_triggering() {
    std::vector<Triggers> rows;
    const auto row = row_adder(rows);
    row(
        "GK101", "the same round twice", [](Report& r) { r.rounds.push_back(r.rounds[0]); },
        "/rounds/1",
        "round FY2019 (R1) " + std::string(scheme) + " appears again (first at /rounds/0)");
    row(
        "GK201", "round fiscal year 0", [](Report& r) { r.rounds[0].fiscal_year = FiscalYear{}; },
        "/rounds/0/fiscal_year", "fiscal year 0 is not a valid fiscal year (1000..9999)");
    row(
        "GK201", "round fiscal year 999",
        [](Report& r) { r.rounds[0].fiscal_year = FiscalYear{999}; }, "/rounds/0/fiscal_year",
        "fiscal year 999 is not a valid fiscal year (1000..9999)");
    row(
        "GK203", "project starting in H30, round R1",
        [](Report& r) { project0(r).first_fiscal_year = FiscalYear{2018}; },
        "/rounds/0/projects/0/first_fiscal_year",
        "project starts in FY2018 (H30), before its round's fiscal year FY2019 (R1)");
    row(
        "GK301", "first R4 after last R3",
        [](Report& r) { project0(r).first_fiscal_year = FiscalYear{2022}; },
        "/rounds/0/projects/0/first_fiscal_year",
        "first fiscal year FY2022 (R4) is after the last fiscal year FY2021 (R3)");
    row(
        "GK304", "joint without partners",
        [](Report& r) { project0(r).application = Application::joint; },
        "/rounds/0/projects/0/partners",
        "joint project (" + std::string(joint_word) + ") names no partner");
    row(
        "GK305", "five KPIs",
        [](Report& r) {
            auto& kpis = project0(r).kpis;
            kpis.push_back(kpis[0]);
            kpis.push_back(kpis[0]);
            kpis[3].number = 4;
            kpis[4].number = 5;
        },
        "/rounds/0/projects/0/kpis", "5 KPIs; the national guideline allows at most 4");
    row(
        "GK306", "single with partner 道", [](Report& r) { project0(r).partners = {prefecture}; },
        "/rounds/0/projects/0/partners",
        "single-application project (" + std::string(single_word) +
            ") names partners: " + prefecture);
    row(
        "GK307", "two KPI①", [](Report& r) { kpi(r, 1).number = 1; },
        "/rounds/0/projects/0/kpis/1/number",
        "KPI number 1 is used again (first at /rounds/0/projects/0/kpis/0)");
    row(
        "GK308", "project last fiscal year 10097 (a typo of 2027)",
        [](Report& r) { project0(r).last_fiscal_year = FiscalYear{10097}; },
        "/rounds/0/projects/0/last_fiscal_year",
        "fiscal year 10097 is not a valid fiscal year (1000..9999)");
    row(
        "GK308", "project first fiscal year 0 (unset)",
        [](Report& r) { project0(r).first_fiscal_year = FiscalYear{}; },
        "/rounds/0/projects/0/first_fiscal_year",
        "fiscal year 0 is not a valid fiscal year (1000..9999)");
    return rows;
}

std::vector<Passes> structure_passing() {
    std::vector<Passes> rows;
    const auto row = row_adder(rows);
    row("GK101", "two schemes in one year", [](Report& r) {
        r.rounds.push_back(r.rounds[0]);
        r.rounds[1].scheme = other_scheme;
    });
    row("GK201", "round fiscal year 1000",
        [](Report& r) { r.rounds[0].fiscal_year = FiscalYear{1000}; });
    row("GK203", "project starting after its round",
        [](Report& r) { r.rounds[0].fiscal_year = FiscalYear{2018}; });
    row("GK301", "one-year project",
        [](Report& r) { project0(r).last_fiscal_year = FiscalYear{2019}; });
    row("GK304", "joint with 道", [](Report& r) {
        project0(r).application = Application::joint;
        project0(r).partners = {prefecture};
    });
    row("GK305", "four KPIs", [](Report& r) {
        auto& kpis = project0(r).kpis;
        kpis.push_back(kpis[0]);
        kpis[3].number = 4;
    });
    row("GK306", "joint with 道", [](Report& r) {
        project0(r).application = Application::joint;
        project0(r).partners = {prefecture};
    });
    row("GK307", "numbers 1 3 4 (a gap)", [](Report& r) {
        kpi(r, 1).number = 3;
        kpi(r, 2).number = 4;
    });
    row("GK308", "project fiscal years 1000 and 9999", [](Report& r) {
        r.rounds[0].fiscal_year = FiscalYear{1000};
        project0(r).first_fiscal_year = FiscalYear{1000};
        project0(r).last_fiscal_year = FiscalYear{9999};
    });
    return rows;
}

} // namespace grantkpi::testing::validation

TEST_SUITE_BEGIN("validate");

TEST_CASE("each structure rule: a change that triggers it") {
    check_triggering(structure_triggering());
}

TEST_CASE("each structure rule: a change close to it that does not trigger it") {
    check_passing(structure_passing());
}

TEST_CASE("KPI numbers out of order") {
    Report report = valid_report();
    kpi(report, 0).number = 2;
    kpi(report, 1).number = 1;
    CHECK(with_code(validate(report), "GK307").empty());
    kpi(report, 2).number = 2;
    const auto found = with_code(validate(report), "GK307");
    REQUIRE(found.size() == 1);
    CHECK(found[0].pointer == "/rounds/0/projects/0/kpis/2/number");
    CHECK(found[0].message == "KPI number 2 is used again (first at /rounds/0/projects/0/kpis/0)");
}

// GK101 and GK307 find an earlier round or KPI with the same key in one pass (sorting), not by
// comparing each with every earlier one: a crafted file of millions of rounds or KPIs took
// hours. These reports would take minutes that way; the findings must be exactly those of
// the pairwise comparison: each repeat reported at itself, naming the first occurrence.

TEST_CASE("200,000 rounds with distinct schemes in one year: GK101 only at the repeats") {
    constexpr std::size_t count = 200'000;
    Report report;
    report.rounds.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        report.rounds[i].fiscal_year = FiscalYear{2019};
        report.rounds[i].scheme = "scheme " + std::to_string(i);
    }
    // FY2019 "scheme 3" at 3, 150000 and 199999: reported at the last two, both naming 3.
    report.rounds[150'000].scheme = "scheme 3";
    report.rounds[199'999].scheme = "scheme 3";
    // "scheme 100" in FY2020 at 100 and 199998, and in FY2019 at 120000 (another round).
    report.rounds[100].fiscal_year = FiscalYear{2020};
    report.rounds[120'000].scheme = "scheme 100";
    report.rounds[199'998].scheme = "scheme 100";
    report.rounds[199'998].fiscal_year = FiscalYear{2020};
    const auto found = validate(report);
    const auto again = [](std::size_t at, std::size_t first, int year, std::size_t scheme) {
        return "/rounds/" + std::to_string(at) + ": warning: GK101: round FY" +
               std::to_string(year) + (year == 2019 ? " (R1)" : " (R2)") + " scheme " +
               std::to_string(scheme) + " appears again (first at /rounds/" +
               std::to_string(first) + ")";
    };
    std::vector<std::string> printed;
    for (const auto& d : found) {
        printed.push_back(d.to_string());
    }
    CHECK(printed == std::vector<std::string>{again(150'000, 3, 2019, 3),
                                              again(199'998, 100, 2020, 100),
                                              again(199'999, 3, 2019, 3)});
}

TEST_CASE("200,000 KPIs with falling numbers in one project: GK307 only at the repeats") {
    constexpr std::size_t count = 200'000;
    Report report = valid_report();
    Project& project = project0(report);
    Kpi model = project.kpis[0];
    model.baseline = Baseline{};
    model.plan = row({{2019, c("10")}});
    model.actual = row({{2019, c("8")}});
    project.kpis.assign(count, model);
    for (std::size_t k = 0; k < count; ++k) {
        project.kpis[k].number = static_cast<int>(count - k); // 200000, 199999, ..., 1
    }
    // 199993 (kpis/7's) at 150000 and 199999: both name kpis/7.
    project.kpis[150'000].number = 199'993;
    project.kpis[199'999].number = 199'993;
    // 150001 (kpis/49999's) at 199998, whose 2 moves to 120000 (whose 80000 is then unused).
    project.kpis[120'000].number = 2;
    project.kpis[199'998].number = 150'001;
    const std::string at = "/rounds/0/projects/0";
    const auto number_at = [&](std::size_t k) {
        return Found{"GK307", at + "/kpis/" + std::to_string(k) + "/number"};
    };
    const auto found = validate(report);
    CHECK(codes_and_pointers(found) ==
          std::vector<Found>{
              {"GK305", at + "/kpis"}, number_at(150'000), number_at(199'998), number_at(199'999)});
    REQUIRE(found.size() == 4);
    CHECK(found[1].message == "KPI number 199993 is used again (first at " + at + "/kpis/7)");
    CHECK(found[2].message == "KPI number 150001 is used again (first at " + at + "/kpis/49999)");
    CHECK(found[3].message == "KPI number 199993 is used again (first at " + at + "/kpis/7)");
}

TEST_CASE("GK101 and GK307 agree with comparing each round or KPI with every earlier one") {
    // Small reports full of repeats, against the pairwise comparison the rules define.
    for (std::uint64_t seed_value = 1; seed_value <= 300; ++seed_value) {
        CAPTURE(seed_value);
        testing::Random random(seed_value);
        constexpr std::array<std::string_view, 3> schemes = {"a", "b", "c"};
        Report report;
        for (auto n = random.between(0, 12); n > 0; --n) {
            Round round;
            round.fiscal_year = FiscalYear{static_cast<int>(random.between(2019, 2020))};
            round.scheme = std::string(random.pick(schemes));
            report.rounds.push_back(std::move(round));
        }
        Report numbered = valid_report();
        auto& kpis = project0(numbered).kpis;
        const Kpi model = kpis[0];
        kpis.clear();
        for (auto n = random.between(0, 12); n > 0; --n) {
            kpis.push_back(model);
            kpis.back().number = static_cast<int>(random.between(1, 4));
        }
        std::vector<std::string> expected;
        for (std::size_t r = 0; r < report.rounds.size(); ++r) {
            for (std::size_t earlier = 0; earlier < r; ++earlier) {
                const Round& a = report.rounds[earlier];
                const Round& b = report.rounds[r];
                if (a.fiscal_year == b.fiscal_year && a.scheme == b.scheme) {
                    expected.push_back(
                        "/rounds/" + std::to_string(r) + ": warning: GK101: round FY" +
                        std::to_string(b.fiscal_year.gregorian()) + " (" +
                        to_string(b.fiscal_year) + ") " + b.scheme +
                        " appears again (first at /rounds/" + std::to_string(earlier) + ")");
                    break;
                }
            }
        }
        for (std::size_t k = 0; k < kpis.size(); ++k) {
            for (std::size_t earlier = 0; earlier < k; ++earlier) {
                if (kpis[earlier].number == kpis[k].number) {
                    expected.push_back("/rounds/0/projects/0/kpis/" + std::to_string(k) +
                                       "/number: warning: GK307: KPI number " +
                                       std::to_string(kpis[k].number) +
                                       " is used again (first at /rounds/0/projects/0/kpis/" +
                                       std::to_string(earlier) + ")");
                    break;
                }
            }
        }
        std::vector<std::string> printed;
        for (const auto& d : validate(report)) {
            printed.push_back(d.to_string());
        }
        for (const auto& d : with_code(validate(numbered), "GK307")) {
            printed.push_back(d.to_string());
        }
        CHECK(printed == expected);
    }
}

TEST_CASE("GK308: an invalid project year and the rules that compare with it") {
    const std::string at = "/rounds/0/projects/0";
    // As GK203 is reported for a project under a round of year 10000 (GK201), the rules that
    // compare a project's years are reported with GK308: each says something true of the
    // report, and GK308 says which year to fix.
    SUBCASE("last year 10097: inside the span, only GK308") {
        Report report = valid_report();
        project0(report).last_fiscal_year = FiscalYear{10097};
        CHECK(codes_and_pointers(validate(report)) ==
              std::vector<Found>{{"GK308", at + "/last_fiscal_year"}});
    }
    SUBCASE("first year 10097: after the last year too (GK301), no GK401") {
        Report report = valid_report();
        project0(report).first_fiscal_year = FiscalYear{10097};
        CHECK(codes_and_pointers(validate(report)) ==
              std::vector<Found>{{"GK301", at + "/first_fiscal_year"},
                                 {"GK308", at + "/first_fiscal_year"}});
    }
    SUBCASE("first year 0 (unset): before its round (GK203)") {
        Report report = valid_report();
        project0(report).first_fiscal_year = FiscalYear{};
        const auto found = validate(report);
        CHECK(codes_and_pointers(found) ==
              std::vector<Found>{{"GK203", at + "/first_fiscal_year"},
                                 {"GK308", at + "/first_fiscal_year"}});
    }
    SUBCASE("both years invalid: the first, then the last") {
        Report report = valid_report();
        project0(report).first_fiscal_year = FiscalYear{999};
        project0(report).last_fiscal_year = FiscalYear{10000};
        const auto found = validate(report);
        CHECK(codes_and_pointers(found) == std::vector<Found>{{"GK203", at + "/first_fiscal_year"},
                                                              {"GK308", at + "/first_fiscal_year"},
                                                              {"GK308", at + "/last_fiscal_year"}});
        REQUIRE(found.size() == 3);
        CHECK(found[1].message == "fiscal year 999 is not a valid fiscal year (1000..9999)");
        CHECK(found[2].message == "fiscal year 10000 is not a valid fiscal year (1000..9999)");
        CHECK(found[2].severity == Severity::error);
    }
    SUBCASE("both years invalid and before the table: GK401 for each cell as well") {
        Report report = valid_report();
        project0(report).first_fiscal_year = FiscalYear{};
        project0(report).last_fiscal_year = FiscalYear{999};
        const auto found = validate(report);
        CHECK(with_code(found, "GK203").size() == 1);
        CHECK(with_code(found, "GK301").empty());
        CHECK(codes_and_pointers(with_code(found, "GK308")) ==
              std::vector<Found>{{"GK308", at + "/first_fiscal_year"},
                                 {"GK308", at + "/last_fiscal_year"}});
        CHECK(with_code(found, "GK401").size() == 18); // 3 KPIs x 2 rows x 3 years
        CHECK(found.size() == 21);
    }
    SUBCASE("GK308 after the other project rules, before the KPIs") {
        Report report = valid_report();
        project0(report).last_fiscal_year = FiscalYear{-2021};
        project0(report).budget = Money{};
        kpi(report, 1).number = 1;
        kpi(report, 0).actual.values[0].value = c("-1");
        CHECK(codes_and_pointers(validate(report)) ==
              std::vector<Found>{{"GK301", at + "/first_fiscal_year"},
                                 {"GK302", at + "/budget"},
                                 {"GK307", at + "/kpis/1/number"},
                                 {"GK308", at + "/last_fiscal_year"},
                                 {"GK403", at + "/kpis/0/actual/2019"}});
    }
}

TEST_SUITE_END();
