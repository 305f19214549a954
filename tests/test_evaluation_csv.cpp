// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/evaluation_csv.hpp>

#include <grantkpi/json.hpp>

#include "support/printers.hpp"

#include "support/seed.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

using namespace grantkpi;

namespace {

const Report& seed() {
    return testing::seed_report();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

// Project names as written in the report.
const std::string uij_return = "UIJ ターンによるさ"
                               "っぽろ型人材還"
                               "流促進事業"; // UIJ
                                             // ターンによるさっぽろ型人材還流促進事業

// The last three columns of a KPI whose direction the JSON states as increase.
constexpr std::string_view stated_columns = ",increase,stated,false";
const std::string stated(stated_columns);

} // namespace

TEST_SUITE_BEGIN("evaluation_csv");

TEST_CASE("the seed's KPI-years: one row per year with a plan or an actual") {
    const std::string text = write_kpi_years_csv(evaluate(seed()));
    CHECK_FALSE(text.starts_with("\uFEFF"));     // no byte-order mark
    CHECK(text.find('\r') == std::string::npos); // LF only
    CHECK(text.ends_with("\n"));
    const auto lines = lines_of(text);
    REQUIRE_FALSE(lines.empty());
    CHECK(lines[0] == "round,project,kpi,period,plan,actual,actual_status,met,ratio,direction,"
                      "direction_source,direction_uncertain");
    // Rows: KPIs x years with a value: UIJ ターンによる 3 x 3, UIJ ターン新規 2 x 4 (actuals
    // R1..R4), 外国人 4 x 3, デジタル 3 x 3, いしかり 2 x 3, スマートシティ 3 x 3 (plans):
    // 9 + 8 + 12 + 9 + 6 + 9 = 53.
    CHECK(lines.size() == 1 + 53);
    // KPI ① of the first project: R1 136 / 150 = 0.9067 not met; R3 212 / 170 = 1.2471 met.
    // Every KPI of the seed's JSON has a stated direction, all increase.
    CHECK(lines[1] == "2019," + uij_return + ",1,2019,150,136,confirmed,no,0.9067" + stated);
    CHECK(lines[3] == "2019," + uij_return + ",1,2021,170,212,confirmed,yes,1.2471" + stated);
    const auto has = [&](const std::string& tail) {
        return std::any_of(lines.begin(), lines.end(),
                           [&](const std::string& l) { return l.ends_with(tail + stated); });
    };
    // The R4 round's smart-city project: its rows start with the round, 2022.
    CHECK(std::count_if(lines.begin(), lines.end(),
                        [](const std::string& l) { return l.starts_with("2022,"); }) == 9);
    // KPI ③ of the foreign-residents project, R2: -3,760 against 2,324.
    CHECK(has(",3,2020,2324,-3760,confirmed,no,-1.6179"));
    // KPI ② of the digital project: R2 0 against 0, met, no ratio; R4 11(見込) against 5.
    CHECK(has(",2,2020,0,0,confirmed,yes,"));
    CHECK(has(",2,2022,5,11,expected,yes,2.2000"));
    // No plan (UIJ ターン新規 ① R1 actual 0): met cannot be judged.
    CHECK(has(",1,2019,,0,confirmed,,"));
    // Not reported yet (スマートシティ ③ R4 plan 32.10 %): the written digits.
    CHECK(has(",3,2022,32.10,,not_set,,"));
}

TEST_CASE("RFC 4180 quoting of project names") {
    Report report = seed();
    report.rounds[0].projects[0].name = "a, \"b\"\nc";
    report.rounds[0].projects[1].name = "bad \xFF byte";
    const std::string text = write_kpi_years_csv(evaluate(report));
    CHECK(text.find("\n2019,\"a, \"\"b\"\"\nc\",1,2019,150,136,confirmed,no,0.9067," +
                    std::string(stated.substr(1)) + "\n") != std::string::npos);
    CHECK(text.find("\n2019,bad \uFFFD byte,1,2019,,0,confirmed,,," +
                    std::string(stated.substr(1)) + "\n") != std::string::npos);
}

TEST_CASE("an evaluation without KPI-years is the header alone") {
    const Report empty;
    CHECK(write_kpi_years_csv(evaluate(empty)) == std::string(kpi_years_csv_header) + "\n");
}

TEST_CASE("the KPI-years say which way each was judged and what that rests on") {
    Report report = seed();
    // UIJ ターンによる... KPI① (R1 136 against 150, not met as increase): its direction
    // assumed; KPI② inferred from the plan's trend (uncertain) as decrease; KPI③ inferred from
    // its title, certain.
    auto& kpis = report.rounds[0].projects[0].kpis;
    kpis[0].direction_basis = Provenance::assumed_default();
    kpis[1].direction = Direction::decrease;
    kpis[1].direction_basis = Provenance::inferred_by("plan falls from the baseline", true);
    kpis[2].direction_basis = Provenance::inferred_by("title: x");
    const auto lines = lines_of(write_kpi_years_csv(evaluate(report)));
    REQUIRE(lines.size() > 9);
    CHECK(lines[1] == "2019," + uij_return +
                          ",1,2019,150,136,confirmed,no,0.9067,increase,"
                          "assumed,true");
    CHECK(lines[4].starts_with("2019," + uij_return + ",2,2019,"));
    CHECK(lines[4].ends_with(",decrease,inferred,true"));
    CHECK(lines[7].starts_with("2019," + uij_return + ",3,2019,"));
    CHECK(lines[7].ends_with(",increase,inferred,false"));
}

TEST_SUITE_END();
