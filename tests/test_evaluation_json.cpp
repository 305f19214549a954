// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/evaluation_json.hpp>

#include <grantkpi/json.hpp>

#include "support/printers.hpp"
#include "support/random_report.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include "support/seed.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace grantkpi;

namespace {

const Report& seed() {
    return testing::seed_report();
}

const std::string& seed_json() {
    static const std::string text = write_evaluation_json(evaluate(seed()));
    return text;
}

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_SUITE_BEGIN("evaluation_json");

TEST_CASE("the seed's evaluation is JSON with the schema first and the figures exact") {
    const std::string& text = seed_json();
    CHECK(text.starts_with("{\n  \"schema\": \"grantkpi.evaluation/1\",\n"));
    CHECK(text.ends_with("}\n"));
    CHECK_FALSE(contains(text, "\r"));
    const boost::json::value doc = boost::json::parse(text);
    const auto& summary = doc.at("summary");
    // The headline figures of test_evaluate_seed.cpp ("seed: the report's headline figures").
    CHECK(summary.at("kpis").at("total").as_int64() == 17);
    CHECK(summary.at("kpis").at("met_confirmed").as_int64() == 4);
    CHECK(summary.at("projects").at("total").as_int64() == 6);
    CHECK(summary.at("kpis_met").at("confirmed_of_judged").at("of").as_int64() == 7);
    // Numbers as their exact decimal text: 4/7 = 0.5714, 94,004 / 2 = 47,002.0 (the sum
    // of 13,562.5 + 4,825 + 12,685 + 11,750 + 4,179.5 keeps one decimal).
    CHECK(contains(text, "\"value\": 0.5714"));
    CHECK(contains(text, "\"own\": 94004,"));
    CHECK(contains(text, "\"own_national_share\": 47002.0,"));
    // UIJ ターン新規就業支援事業, (71,349千円) ※道全体の採択額, x 1/2.
    CHECK(contains(text, "\"joint_total_national_share\": 35674.5,"));
    CHECK(contains(text, "\"national_share_amount\": 13562.5,"));
    // KPI ① of the first project, R1: 136 / 150 -> 0.9067, progress 16 / 30 -> 0.5333.
    CHECK(contains(text, "\"year\": 2019,\n                  \"plan\": 150,\n"
                         "                  \"actual\": 136,\n"
                         "                  \"met\": false,\n"
                         "                  \"ratio\": 0.9067,\n"
                         "                  \"progress\": 0.5333,\n"
                         "                  \"provisional\": false\n"));
    // Expected cells in the report format's form: デジタル技術を活用したイノベーション創出事業
    // KPI① R4 actual 16(見込). A trailing zero keeps its written digits: スマートシティ推進事業
    // KPI③ R4 plan 32.10 (%).
    CHECK(contains(text, "\"actual\": {\"value\": 16, \"status\": \"expected\"},"));
    CHECK(contains(text, "\"plan\": 32.10,"));
    // Enumerators by name, fractions as strings, absent optionals as null.
    CHECK(contains(text, "\"verdict\": \"not_reported\","));
    CHECK(contains(text, "\"close_to_target\": \"4/5\","));
    CHECK(contains(text, "\"title\": null,"));
    CHECK(contains(text, "\"running_total\": null,"));
    CHECK(contains(text, "\"partners\": [],"));
    const auto& first_round = doc.at("rounds").at(0);
    CHECK(first_round.at("fiscal_year").as_int64() == 2019);
    const auto& kpi = first_round.at("projects").at(0).at("kpis").at(0);
    CHECK(kpi.at("latest_year").as_int64() == 2021);
    CHECK(kpi.at("years").at(0).at("ratio").as_double() == doctest::Approx(0.9067));
}

TEST_CASE("what a verdict rests on: the direction's basis, the weak count, an own part") {
    // The seed's JSON states everything: every basis is written, as a plain statement.
    CHECK(contains(seed_json(),
                   "\"direction_basis\": {\"source\": \"stated\", \"rule\": \"\", \"uncertain\": "
                   "false},"));
    CHECK(contains(seed_json(), "\"weak_direction\": 0\n"));
    CHECK(contains(seed_json(), "\"own_budget\": null,"));
    Report report = seed();
    // UIJ ターンによる... KPI① (judged, R3 212 against 170): its direction assumed.
    report.rounds[0].projects[0].kpis[0].direction_basis = Provenance::assumed_default();
    // UIJ ターン新規就業支援事業 (71,349千円, joint total): an own part of 20,000.
    report.rounds[0].projects[1].own_budget = Money{Decimal{20000}};
    const std::string text = write_evaluation_json(evaluate(report));
    CHECK(contains(text, "\"direction_basis\": {\"source\": \"assumed\", \"rule\": \"\", "
                         "\"uncertain\": true},"));
    const boost::json::value doc = boost::json::parse(text);
    const auto& summary = doc.at("summary");
    CHECK(summary.at("kpis").at("weak_direction").as_int64() == 1);
    CHECK(doc.at("rounds")
              .at(0)
              .at("projects")
              .at(0)
              .at("kpi_counts")
              .at("weak_direction")
              .as_int64() == 1);
    // own: 94,004 + 20,000 = 114,004 (5 projects and 1 own part); national share 47,002 +
    // 10,000.
    CHECK(summary.at("budget").at("own").as_int64() == 114004);
    CHECK(summary.at("budget").at("own_parts").as_int64() == 1);
    CHECK(summary.at("budget").at("own_projects").as_int64() == 5);
    CHECK(contains(text, "\"own_national_share\": 57002.0,"));
    CHECK(contains(text, "\"own_budget\": 20000,"));
    CHECK(contains(text, "\"own_national_share_amount\": 10000,"));
}

TEST_CASE("an increment KPI's running total and a share without a denominator") {
    const std::string& text = seed_json();
    // 外国人居住者数: plans 157 + 2,324 + 2,324 = 4,805, actuals 5,586 - 3,760 - 274 = 1,552.
    CHECK(contains(text, "\"running_total\": {\n"));
    CHECK(contains(text, "\"plan\": 4805,\n"));
    CHECK(contains(text, "\"actual\": 1552,\n"));
    CHECK(contains(text, "\"ratio\": 0.3230,\n"));
    // R3 has no project: its shares have no value.
    const boost::json::value doc = boost::json::parse(text);
    CHECK(doc.at("rounds")
              .at(2)
              .at("summary")
              .at("kpis_met")
              .at("confirmed_of_all")
              .at("value")
              .is_null());
}

TEST_CASE("a collection: its own schema and the merged duplicates listed") {
    Report other = seed();
    other.municipality = "\"quoted\\\" \n name";
    const std::vector<Report> reports{seed(), other};
    const std::string text = write_evaluation_json(evaluate_collection(reports));
    CHECK(text.starts_with("{\n  \"schema\": \"grantkpi.collection-evaluation/1\",\n"));
    const boost::json::value doc = boost::json::parse(text);
    CHECK(doc.at("duplicates_merged").as_int64() == 3);
    CHECK(doc.at("merged").at(0).at("kept_pointer").as_string() == "/rounds/0/projects/1");
    CHECK(doc.at("reports").at(1).at("municipality").as_string() == "\"quoted\\\" \n name");
}

TEST_CASE("random reports give valid JSON") {
    for (std::uint64_t seed_value = 1; seed_value <= 50; ++seed_value) {
        CAPTURE(seed_value);
        const Report report = testing::random_report(seed_value);
        const std::string text = write_evaluation_json(evaluate(report));
        boost::system::error_code ec;
        (void)boost::json::parse(text, ec);
        CHECK_FALSE(ec);
    }
}

TEST_SUITE_END();
