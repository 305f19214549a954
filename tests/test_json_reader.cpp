// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/json.hpp>

#include "support/printers.hpp"

#include <doctest/doctest.h>

#include <string>

using grantkpi::read_report_json;

namespace {

// A small valid report; the tests below break one thing in it at a time.
const std::string valid = R"({
  "schema": "grantkpi.report/1",
  "rounds": [
    {
      "fiscal_year": 2019,
      "scheme": "S",
      "projects": [
        {
          "name": "P",
          "application": "single",
          "budget": 27125,
          "budget_scope": "own",
          "national_share": "1/2",
          "first_fiscal_year": 2019,
          "last_fiscal_year": 2021,
          "kpis": [
            {
              "number": 1,
              "title": "T",
              "unit": {"label": "x", "kind": "count"},
              "direction": "increase",
              "accumulation": "level",
              "baseline": {"plan": 120, "actual": 122},
              "plan": {"2019": 150, "2020": null},
              "actual": {"2019": 136, "2020": {"value": 16, "status": "expected"}}
            }
          ]
        }
      ]
    }
  ]
}
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string error_of(const std::string& json) {
    const auto result = read_report_json(json);
    REQUIRE_FALSE(result);
    return result.error().to_string();
}

} // namespace

TEST_SUITE("json_reader") {

    TEST_CASE("the small report reads, optional keys missing") {
        const auto report = read_report_json(valid);
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
             "10:32: /rounds/0/projects/0/application: expected one of \"single\", \"joint\", got "
             "\"alone\""},
            {R"("scheme": "S",)", "", "30:5: /rounds/0: missing key \"scheme\" (a string)"},
            {R"("schema": "grantkpi.report/1")", R"("schema": "grantkpi.report/2")",
             "2:31: /schema: unsupported schema \"grantkpi.report/2\"; this version of grantkpi "
             "reads "
             "\"grantkpi.report/1\""},
            {R"("schema": "grantkpi.report/1",)", "",
             "32:1: missing key \"schema\" (the string \"grantkpi.report/1\")"},
            {R"("plan": {"2019": 150, )", R"("plan": {"2019": 150, "2019": 1, )",
             "24:42: /rounds/0/projects/0/kpis/0/plan/2019: duplicate fiscal year \"2019\""},
            {R"("plan": {"2019": 150, )", R"("plan": {"FY2019": 150, )",
             "24:31: /rounds/0/projects/0/kpis/0/plan/FY2019: expected a fiscal year of four "
             "digits "
             "such as \"2019\" as key, got \"FY2019\""},
            {R"("number": 1,)", R"("number": 1, "number": 2,)",
             "18:35: /rounds/0/projects/0/kpis/0/number: duplicate key \"number\""},
            {R"("number": 1,)", R"("number": 1.5,)",
             "18:28: /rounds/0/projects/0/kpis/0/number: expected an integer, got the number 1.5"},
            {R"("baseline": {"plan": 120, )", R"("baseline": {"plan": 1e308, )",
             "23:41: /rounds/0/projects/0/kpis/0/baseline/plan: the number \"1e308\" has an "
             "exponent; "
             "write its digits (e.g. 31.20, -3760)"},
            {R"("baseline": {"plan": 120, )", R"("baseline": {"plan": 99999999999999999999, )",
             "23:56: /rounds/0/projects/0/kpis/0/baseline/plan: the number "
             "\"99999999999999999999\" has "
             "more than 18 significant digits"},
            {R"("status": "expected")", R"("status": "confirmed")",
             "25:82: /rounds/0/projects/0/kpis/0/actual/2020/status: expected \"expected\", got "
             "\"confirmed\" (a confirmed value is written as a bare number, a value not set as "
             "null)"},
            {R"("fiscal_year": 2019)", R"("fiscal_year": "R1")",
             "5:25: /rounds/0/fiscal_year: expected a fiscal year as an integer such as 2019, got "
             "the "
             "string \"R1\""},
            {R"("fiscal_year": 2019)", R"("fiscal_year": 999)",
             "5:25: /rounds/0/fiscal_year: expected a fiscal year as an integer 1000..9999 such as "
             "2019, got 999"},
            {R"("national_share": "1/2")", R"("national_share": "1/0")",
             "13:33: /rounds/0/projects/0/national_share: expected a fraction such as \"1/2\" or "
             "\"3/4\", "
             "got \"1/0\" (zero denominator)"},
            {R"("kpis": [)", R"("kpis": true, "x": [)",
             "16:19: /rounds/0/projects/0/kpis: expected an array, got true"},
            {R"("rounds": [)", R"("rounds": [[)",
             "3:14: /rounds/0: expected an object, got an array"},
            {"\n}\n", "\n}\n}", "33:1: unexpected text after the JSON document"},
        };
        for (const auto& row : rows) {
            CAPTURE(row.to);
            CHECK(error_of(replaced(valid, row.from, row.to)) == row.error);
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
            const auto read = read_report_json(replaced(valid, from, row));
            REQUIRE(read);
            const grantkpi::Series& plan = read->rounds.at(0).projects.at(0).kpis.at(0).plan;
            REQUIRE(plan.size() == 9000);
            CHECK(plan.values.front().year ==
                  grantkpi::FiscalYear{row == descending ? 9999 : 1000});
            CHECK(*plan.values[1].value.value() == grantkpi::Decimal{1});
            CHECK(error_of(replaced(valid, from, row + R"(, "5000": 1)"))
                      .ends_with("/rounds/0/projects/0/kpis/0/plan/5000: duplicate fiscal year "
                                 "\"5000\""));
        }
        // The next row starts afresh: the same years again in the actual row are no repeat.
        const auto both = read_report_json(
            replaced(replaced(valid, from, descending),
                     R"("actual": {"2019": 136, "2020": {"value": 16, "status": "expected"})",
                     R"("actual": {"2020": 1, "2019": 2)"));
        CHECK(both);
    }

    TEST_CASE("syntax errors, empty input and a byte-order mark") {
        CHECK(error_of("") ==
              "1:1: the input is empty; expected a JSON object (a grantkpi report)");
        CHECK(error_of("\xEF\xBB\xBF") ==
              "1:1: the input is empty; expected a JSON object (a grantkpi report)");
        CHECK(error_of("[]") == "1:1: expected a JSON object (a grantkpi report), got an array");
        CHECK(error_of(R"({"schema": "grantkpi.report/1", "rounds": [)") ==
              "1:44: /rounds: invalid JSON: incomplete JSON");
        CHECK(error_of(R"({"schema": NaN})").rfind("1:12: /schema: invalid JSON: ", 0) == 0);
        CHECK(read_report_json("\xEF\xBB\xBF" + valid)); // a BOM is skipped
        // (Nesting 10,000 deep: test_malformed.cpp, "generated: JSON nested 10,000 deep".)
        // Invalid UTF-8 inside a string is a syntax error, not garbage in the model.
        CHECK(error_of("{\"schema\": \"\xFF\"}").rfind("1:13: /schema: invalid JSON: ", 0) == 0);
    }

    TEST_CASE("load_report_json names the file") {
        const auto missing = grantkpi::load_report_json("no/such/file.json");
        REQUIRE_FALSE(missing);
        CHECK(missing.error().to_string() == "no/such/file.json: cannot open the file for reading");
        CHECK_THROWS_WITH_AS(missing.value(), "no/such/file.json: cannot open the file for reading",
                             grantkpi::error_exception);
    }

} // TEST_SUITE
