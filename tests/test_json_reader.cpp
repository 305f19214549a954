// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/json.hpp>

#include "support/printers.hpp"
#include "support/small_report.hpp"

#include <doctest/doctest.h>

#include <string>

using grantkpi::read_report_json;

namespace {

using grantkpi::testing::replaced;

/// The small report (tests/data/json/small_report.json); the tests below break one thing in it
/// at a time.
const std::string& valid() {
    return grantkpi::testing::small_report_json();
}

std::string error_of(const std::string& json) {
    const auto result = read_report_json(json);
    REQUIRE_FALSE(result);
    return result.error().to_string();
}

/// `line:column: CODE: pointer` of the error reading `json`: the code and the place, which
/// are stable (docs/reader-diagnostics.md), where the wording of the message may improve.
std::string place_of(const std::string& json) {
    const auto result = read_report_json(json);
    REQUIRE_FALSE(result);
    const grantkpi::Error& e = result.error();
    std::string out = std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.code;
    if (!e.pointer.empty()) {
        out += ": " + e.pointer;
    }
    return out;
}

} // namespace

TEST_SUITE("json_reader") {

    TEST_CASE("the small report reads, optional keys missing") {
        const auto report = read_report_json(valid());
        REQUIRE(report);
        const auto& kpi = report->rounds.at(0).projects.at(0).kpis.at(0);
        CHECK(kpi.baseline.plan == grantkpi::Observation::confirmed(grantkpi::Decimal{120}));
        CHECK(kpi.plan.find(grantkpi::FiscalYear{2020})->status() ==
              grantkpi::ObservationStatus::not_set);
        CHECK(kpi.actual.find(grantkpi::FiscalYear{2020})->is_expected());
        CHECK(kpi.notes.empty());                      // missing array: empty
        CHECK_FALSE(report->municipality.has_value()); // missing optional: absent
        CHECK_FALSE(report->rounds[0].national_share.has_value());
    }

    TEST_CASE("every error names the JSON pointer, the place and what was expected") {
        // line:column is where the parser stopped: the last character of the offending token,
        // or the closing brace of an object that lacks a key.
        struct Row {
            std::string from;
            std::string to;
            std::string error;
        };
        const Row rows[] = {
            {R"("2020": {"value": 16, "status": "expected"})", R"j("2020": "16(見込)")j",
             "25:54: /rounds/0/projects/0/kpis/0/actual/2020: expected a number, null (not set) or "
             "{\"value\": <number>, \"status\": \"expected\"}, got the string \"16(見込)\""},
            {R"("budget": 27125)", R"("budget": "27,125")",
             "11:28: /rounds/0/projects/0/budget: expected a number (thousand yen), got the string "
             "\"27,125\""},
            {R"("title": "T")", R"("titel": "T")",
             "19:21: /rounds/0/projects/0/kpis/0/titel: unknown key \"titel\"; expected one of "
             "\"number\", \"title\", \"unit\", \"direction\", \"direction_basis\", "
             "\"accumulation\", \"accumulation_basis\", \"baseline\", "
             "\"plan\", "
             "\"actual\", \"notes\""},
            {R"("application": "single")", R"("application": "alone")",
             "10:32: GK055: /rounds/0/projects/0/application"},
            {R"("scheme": "S",)", "", "30:5: /rounds/0: missing key \"scheme\" (a string)"},
            {R"("schema": "grantkpi.report/2")", R"("schema": "grantkpi.report/3")",
             "2:31: GK059: /schema"},
            {R"("schema": "grantkpi.report/2",)", "", "32:1: GK058"},
            {R"("plan": {"2019": 150, )", R"("plan": {"2019": 150, "2019": 1, )",
             "24:42: GK057: /rounds/0/projects/0/kpis/0/plan/2019"},
            {R"("plan": {"2019": 150, )", R"("plan": {"FY2019": 150, )",
             "24:31: GK054: /rounds/0/projects/0/kpis/0/plan/FY2019"},
            {R"("number": 1,)", R"("number": 1, "number": 2,)",
             "18:35: GK057: /rounds/0/projects/0/kpis/0/number"},
            {R"("number": 1,)", R"("number": 1.5,)",
             "18:28: GK053: /rounds/0/projects/0/kpis/0/number"},
            {R"("baseline": {"plan": 120, )", R"("baseline": {"plan": 1e308, )",
             "23:41: GK053: /rounds/0/projects/0/kpis/0/baseline/plan"},
            {R"("baseline": {"plan": 120, )", R"("baseline": {"plan": 99999999999999999999, )",
             "23:56: GK053: /rounds/0/projects/0/kpis/0/baseline/plan"},
            {R"("status": "expected")", R"("status": "confirmed")",
             "25:82: GK055: /rounds/0/projects/0/kpis/0/actual/2020/status"},
            {R"("fiscal_year": 2019)", R"("fiscal_year": "R1")",
             "5:25: GK052: /rounds/0/fiscal_year"},
            {R"("fiscal_year": 2019)", R"("fiscal_year": 999)",
             "5:25: GK054: /rounds/0/fiscal_year"},
            {R"("national_share": "1/2")", R"("national_share": "1/0")",
             "13:33: GK061: /rounds/0/projects/0/national_share"},
            {R"("kpis": [)", R"("kpis": true, "x": [)", "16:19: GK052: /rounds/0/projects/0/kpis"},
            {R"("rounds": [)", R"("rounds": [[)", "3:14: GK052: /rounds/0"},
            {"\n}\n", "\n}\n}", "33:1: unexpected text after the JSON document"},
        };
        for (const auto& row : rows) {
            CAPTURE(row.to);
            const std::string json = replaced(valid(), row.from, row.to);
            if (row.error.find(": GK0") != std::string::npos) {
                CHECK(place_of(json) == row.error);
            } else {
                CHECK(error_of(json) == row.error);
            }
        }
    }

    TEST_CASE("a row of 9,000 years, keys in any order, and a repeated key at its end") {
        // Repeats are found without searching the row for each key (that was quadratic).
        std::string descending = R"("plan": {)";
        std::string shuffled = R"("plan": {)";
        for (int i = 0; i < 9000; ++i) {
            descending +=
                (i > 0 ? ", \"" : "\"") + std::to_string(9999 - i) + "\": " + std::to_string(i);
            shuffled += (i > 0 ? ", \"" : "\"") + std::to_string(1000 + (i * 7919) % 9000) +
                        "\": " + std::to_string(i);
        }
        const std::string from = R"("plan": {"2019": 150, "2020": null)";
        for (const std::string& row : {descending, shuffled}) {
            const auto read = read_report_json(replaced(valid(), from, row));
            REQUIRE(read);
            const grantkpi::Series& plan = read->rounds.at(0).projects.at(0).kpis.at(0).plan;
            REQUIRE(plan.size() == 9000);
            CHECK(plan.values.front().year ==
                  grantkpi::FiscalYear{row == descending ? 9999 : 1000});
            CHECK(*plan.values[1].value.value() == grantkpi::Decimal{1});
            CHECK(error_of(replaced(valid(), from, row + R"(, "5000": 1)"))
                      .ends_with("/rounds/0/projects/0/kpis/0/plan/5000: duplicate fiscal year "
                                 "\"5000\""));
        }
        // The next row starts afresh: the same years again in the actual row are no repeat.
        const auto both = read_report_json(
            replaced(replaced(valid(), from, descending),
                     R"("actual": {"2019": 136, "2020": {"value": 16, "status": "expected"})",
                     R"("actual": {"2020": 1, "2019": 2)"));
        CHECK(both);
    }

    TEST_CASE("format 2: the bases, an own part, a budget as written and a baseline's year") {
        const std::string with_bases = replaced(
            replaced(replaced(valid(), R"("direction": "increase",)",
                              R"("direction": "decrease", "direction_basis": {"source": )"
                              R"("inferred", "rule": "title: X", "uncertain": true},)"),
                     R"("accumulation": "level",)",
                     R"("accumulation": "level", "accumulation_basis": {"source": "assumed", )"
                     R"("rule": "", "uncertain": true},)"),
            R"("budget_scope": "own",)",
            R"("budget_as_written": "2,712.5万円", "budget_scope": "joint_total", )"
            R"("budget_scope_basis": {"source": "stated", "rule": "a.json", "uncertain": )"
            R"(false}, "own_budget": 8000.5,)");
        const auto read = read_report_json(
            replaced(with_bases, R"("actual": 122})", R"("actual": 122, "year": 2017})"));
        REQUIRE_MESSAGE(read, read.error().to_string());
        const grantkpi::Project& project = read->rounds.at(0).projects.at(0);
        CHECK(project.budget_scope_basis == grantkpi::Provenance::stated_by("a.json"));
        REQUIRE(project.own_budget);
        CHECK(project.own_budget->amount().to_string() == "8000.5");
        CHECK(project.budget_as_written == "2,712.5万円"); // 万円
        const grantkpi::Kpi& kpi = project.kpis.at(0);
        CHECK(kpi.direction_basis == grantkpi::Provenance::inferred_by("title: X", true));
        CHECK(kpi.accumulation_basis == grantkpi::Provenance::assumed_default());
        CHECK(kpi.baseline.year == grantkpi::FiscalYear{2017});
        // A basis misses a key, or has a source that is not one of the three.
        CHECK(error_of(replaced(with_bases, R"(, "uncertain": true},)", "},")) ==
              "21:100: /rounds/0/projects/0/kpis/0/direction_basis: missing key \"uncertain\" "
              "(true or false)");
        CHECK(error_of(replaced(with_bases, R"("source": "inferred")", R"("source": "guessed")")) ==
              "21:78: /rounds/0/projects/0/kpis/0/direction_basis/source: expected one of "
              "\"stated\", \"inferred\", \"assumed\", got \"guessed\"");
    }

    TEST_CASE("format 1 is still read: every basis a plain statement; its keys are format 1's") {
        const std::string v1 = replaced(valid(), R"("schema": "grantkpi.report/2")",
                                        R"("schema": "grantkpi.report/1")");
        const auto read = read_report_json(v1);
        REQUIRE_MESSAGE(read, read.error().to_string());
        const grantkpi::Project& project = read->rounds.at(0).projects.at(0);
        CHECK(project.budget_scope_basis.is_plain_statement());
        CHECK(project.kpis.at(0).direction_basis.is_plain_statement());
        CHECK(project.kpis.at(0).accumulation_basis.is_plain_statement());
        // Written back, it is format 2, and otherwise the same report.
        const std::string written = grantkpi::write_report_json(*read);
        CHECK(written.starts_with("{\n  \"schema\": \"grantkpi.report/2\",\n"));
        CHECK(read_report_json(written).value() == *read);
        // A key of format 2 in a document that says format 1: refused at the key, or at the
        // "schema" when that comes later.
        CHECK(
            error_of(replaced(v1, R"("budget": 27125,)", R"("own_budget": 1, "budget": 27125,)")) ==
            "11:22: /rounds/0/projects/0/own_budget: key \"own_budget\" is new in format 2, but "
            "the document's \"schema\" says format 1; write \"grantkpi.report/1\" as "
            "\"grantkpi.report/2\", or leave the key out");
        const std::string late_schema =
            "{\"rounds\": [{\"fiscal_year\": 2019, \"scheme\": \"S\", \"projects\": [{\"name\": "
            "\"P\", \"application\": \"single\", \"budget\": 1, \"budget_scope\": \"own\", "
            "\"budget_scope_basis\": {\"source\": \"assumed\", \"rule\": \"\", \"uncertain\": "
            "true}, "
            "\"national_share\": \"1/2\", \"first_fiscal_year\": 2019, \"last_fiscal_year\": "
            "2019}]}], \"schema\": \"grantkpi.report/1\"}";
        CHECK(error_of(late_schema) ==
              "1:324: /schema: \"schema\" says format 1 (\"grantkpi.report/1\"), but the key "
              "/rounds/0/projects/0/budget_scope_basis is new in format 2; write "
              "\"grantkpi.report/2\", or leave the key out");
        CHECK(read_report_json(replaced(late_schema, "report/1", "report/2")));
    }

    TEST_CASE("syntax errors, empty input and a byte-order mark") {
        CHECK(error_of("") ==
              "1:1: the input is empty; expected a JSON object (a grantkpi report)");
        CHECK(error_of("\uFEFF") ==
              "1:1: the input is empty; expected a JSON object (a grantkpi report)");
        CHECK(error_of("[]") == "1:1: expected a JSON object (a grantkpi report), got an array");
        CHECK(error_of(R"({"schema": "grantkpi.report/2", "rounds": [)") ==
              "1:44: /rounds: invalid JSON: incomplete JSON");
        CHECK(error_of(R"({"schema": NaN})").rfind("1:12: /schema: invalid JSON: ", 0) == 0);
        CHECK(read_report_json("\uFEFF" + valid())); // a BOM is skipped
        // (Nesting 10,000 deep: test_malformed.cpp, "generated: JSON nested 10,000 deep".)
        // Invalid UTF-8 inside a string is a syntax error, not garbage in the model.
        CHECK(error_of("{\"schema\": \"\xFF\"}").rfind("1:13: /schema: invalid JSON: ", 0) == 0);
    }

    TEST_CASE("load_report_json names the file") {
        const auto missing = grantkpi::load_report_json("no/such/file.json");
        REQUIRE_FALSE(missing);
        CHECK(missing.error().to_string() ==
              "no/such/file.json: cannot open the file for reading: it does not exist");
        CHECK_THROWS_WITH_AS(
            missing.value(),
            "no/such/file.json: cannot open the file for reading: it does not exist",
            grantkpi::error_exception);
    }

} // TEST_SUITE
