// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/json.hpp>

#include <grantkpi/limits.hpp>

#include "support/printers.hpp"
#include "support/random_report.hpp"
#include "support/seed.hpp"
#include "support/small_report.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using grantkpi::read_collection_json;
using grantkpi::testing::replaced;

namespace {

// Two small reports; the tests below break one thing at a time.
const std::string valid = R"({
  "schema": "grantkpi.collection/2",
  "reports": [
    {
      "municipality": "A",
      "rounds": []
    },
    {
      "municipality": "B",
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
              "kpis": []
            }
          ]
        }
      ]
    }
  ]
}
)";

std::string error_of(const std::string& json) {
    const auto result = read_collection_json(json);
    REQUIRE_FALSE(result);
    return result.error().to_string();
}

void write(const std::filesystem::path& path, const std::string& bytes) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    REQUIRE(out);
}

const std::filesystem::path output_dir = GRANTKPI_TEST_OUTPUT_DIR "/json-collection";

} // namespace

TEST_SUITE("json_collection") {

    TEST_CASE("a collection reads; \"reports\" may be missing") {
        const auto reports = read_collection_json(valid);
        REQUIRE(reports);
        REQUIRE(reports->size() == 2);
        CHECK(reports->at(0).municipality == "A");
        CHECK(reports->at(1).rounds.at(0).projects.at(0).budget ==
              grantkpi::Money{grantkpi::Decimal{27125}});
        const auto empty = read_collection_json(R"({"schema": "grantkpi.collection/1"})");
        REQUIRE(empty);
        CHECK(empty->empty());
    }

    TEST_CASE("errors name the pointer from the collection, the place and what was expected") {
        struct Row {
            std::string from;
            std::string to;
            std::string error;
        };
        const Row rows[] = {
            {R"("budget": 27125)", R"("budget": "27,125")",
             "18:32: /reports/1/rounds/0/projects/0/budget: expected a number (thousand yen), got "
             "the string \"27,125\""},
            {R"("scheme": "S",)", "",
             "26:9: /reports/1/rounds/0: missing key \"scheme\" (a string)"},
            {R"("municipality": "B",)", R"("municipality": "B", "schema": "grantkpi.report/2",)",
             "9:35: /reports/1/schema: unexpected key \"schema\" in a report of a collection; the "
             "collection's \"schema\" names the format of every report"},
            {R"("municipality": "A",)", R"("municipality": "A", "municipality": "A",)",
             "5:41: /reports/0/municipality: duplicate key \"municipality\""},
            {R"("schema": "grantkpi.collection/2")", R"("schema": "grantkpi.report/2")",
             "2:31: /schema: unsupported schema \"grantkpi.report/2\"; this version of grantkpi "
             "reads \"grantkpi.collection/2\" and \"grantkpi.collection/1\" for a collection"},
            {R"("schema": "grantkpi.collection/2",)", "",
             "30:1: missing key \"schema\" (the string \"grantkpi.collection/2\")"},
            {R"("schema": "grantkpi.collection/2")", R"("schema": "grantkpi.collection/1")", ""},
            {R"("reports": [)", R"("report": [)",
             "3:10: /report: unknown key \"report\"; expected one of \"schema\", \"reports\""},
            {R"("reports": [)", R"("reports": {"x": 1}, "y": [)",
             "3:14: /reports: expected an array of reports, got an object"},
            {R"("reports": [)", R"("reports": [1, )",
             "3:16: /reports/0: expected an object (a grantkpi report), got the number 1"},
        };
        for (const auto& row : rows) {
            CAPTURE(row.to);
            if (row.error.empty()) { // format 1 is still read
                CHECK(read_collection_json(replaced(valid, row.from, row.to)));
            } else {
                CHECK(error_of(replaced(valid, row.from, row.to)) == row.error);
            }
        }
        // A key of format 2 in a format-1 collection.
        CHECK(
            error_of(replaced(replaced(valid, "collection/2", "collection/1"), R"("scheme": "S",)",
                              R"("scheme": "S", "projects": [{"own_budget": 1}],)")) ==
            "13:51: /reports/1/rounds/0/projects/0/own_budget: key \"own_budget\" is new in "
            "format 2, but the document's \"schema\" says format 1; write "
            "\"grantkpi.collection/1\" as \"grantkpi.collection/2\", or leave the key out");
        CHECK(error_of("") ==
              "1:1: the input is empty; expected a JSON object (a grantkpi collection)");
        CHECK(error_of("[]") ==
              "1:1: expected a JSON object (a grantkpi collection), got an array");
    }

    TEST_CASE(
        "collections round-trip: model -> JSON -> model equal, JSON -> model -> JSON identical") {
        // The seed and seeded random reports (every kind of cell, characters JSON must escape).
        std::vector<grantkpi::Report> reports{grantkpi::testing::seed_report()};
        grantkpi::testing::RandomReportOptions with_bases;
        with_bases.provenance = true; // format 2's keys too
        for (std::uint64_t seed = 1; seed <= 40; ++seed) {
            reports.push_back(grantkpi::testing::random_report(seed, with_bases));
        }
        const std::string json = grantkpi::write_collection_json(reports);
        const auto back = read_collection_json(json);
        REQUIRE(back);
        CHECK(*back == reports);
        CHECK(grantkpi::write_collection_json(*back) == json);
        // Each report is written as write_report_json writes it, without its "schema" line and
        // two levels (4 spaces) deeper.
        std::string seed_json = grantkpi::write_report_json(reports[0]);
        const auto schema_line = seed_json.find("  \"schema\"");
        seed_json.erase(schema_line, seed_json.find('\n', schema_line) + 1 - schema_line);
        std::string indented;
        for (std::size_t pos = 0, end = 0; pos < seed_json.size(); pos = end + 1) {
            end = seed_json.find('\n', pos);
            indented += "    " + seed_json.substr(pos, end - pos) + "\n";
        }
        indented.pop_back();
        CHECK(json.find(indented + ",\n") != std::string::npos);
        CHECK(grantkpi::write_collection_json({}) ==
              "{\n  \"schema\": \"grantkpi.collection/2\",\n  \"reports\": []\n}\n");
    }

    TEST_CASE("load_collection_json reads in chunks and gives the errors of read_collection_json") {
        // More than one chunk of 1 MiB, with tokens that cross chunk boundaries.
        std::vector<grantkpi::Report> reports;
        for (std::uint64_t seed = 100; reports.size() < 600; ++seed) {
            reports.push_back(grantkpi::testing::random_report(seed));
        }
        const std::string json = grantkpi::write_collection_json(reports);
        REQUIRE(json.size() > 3 * (std::size_t{1} << 20));
        write(output_dir / "large.json", json);
        const auto loaded = grantkpi::load_collection_json(output_dir / "large.json");
        REQUIRE(loaded);
        CHECK(*loaded == reports);

        // An error after the first chunks: the same message, pointer, line and column.
        const auto at = json.rfind("\"budget\": ");
        REQUIRE(at > (std::size_t{2} << 20));
        const std::string broken =
            json.substr(0, at) + "\"budget\": \"x\"" + json.substr(json.find(',', at));
        write(output_dir / "broken.json", broken);
        const auto read_error = read_collection_json(broken);
        const auto load_error = grantkpi::load_collection_json(output_dir / "broken.json");
        REQUIRE_FALSE(read_error);
        REQUIRE_FALSE(load_error);
        grantkpi::Error expected = read_error.error();
        expected.file = (output_dir / "broken.json").string();
        CHECK(load_error.error() == expected);
        CHECK(expected.line > 50000); // the chunks before it were counted

        // Incomplete and trailing text, and a byte-order mark, across chunks.
        write(output_dir / "incomplete.json", json.substr(0, json.size() - 3));
        const auto incomplete = read_collection_json(json.substr(0, json.size() - 3));
        REQUIRE_FALSE(incomplete);
        grantkpi::Error incomplete_error = incomplete.error();
        incomplete_error.file = (output_dir / "incomplete.json").string();
        CHECK(grantkpi::load_collection_json(output_dir / "incomplete.json").error() ==
              incomplete_error);
        write(output_dir / "trailing.json", "\uFEFF" + json + "x");
        const auto trailing = grantkpi::load_collection_json(output_dir / "trailing.json");
        REQUIRE_FALSE(trailing);
        CHECK(trailing.error().message == "unexpected text after the JSON document");
        CHECK(trailing.error() == [&] {
            grantkpi::Error e = read_collection_json("\uFEFF" + json + "x").error();
            e.file = (output_dir / "trailing.json").string();
            return e;
        }());
        write(output_dir / "spaces.json", std::string((std::size_t{1} << 20) + 10, ' '));
        CHECK(grantkpi::load_collection_json(output_dir / "spaces.json").error().message ==
              "the input is empty; expected a JSON object (a grantkpi collection)");

        const auto missing = grantkpi::load_collection_json("no/such/file.json");
        REQUIRE_FALSE(missing);
        CHECK(missing.error().to_string() ==
              "no/such/file.json: cannot open the file for reading: it does not exist");
    }

    TEST_CASE("ill-formed UTF-8 gives the parser's error, wherever it is and whatever follows") {
        // The reader checks strings and keys itself and, at an ill-formed one, reads the
        // document again with the parser's check: the error is the parser's, at its place, and
        // an error of the binder before it still comes first. (Expected errors: those of the
        // reader before it checked UTF-8 itself.)
        const std::string head = R"({"schema": "grantkpi.collection/2", "reports": [{)";
        const auto error_of = [](const std::string& json) {
            const auto result = read_collection_json(json);
            REQUIRE_FALSE(result);
            return result.error().to_string();
        };
        std::string title; // 24 kanji: more than one block of 64 bytes
        for (int i = 0; i < 4; ++i) {
            title += "観光入込客数";
        }
        CHECK(error_of(head + R"("title": ")" + title + "\xFF\", \"rounds\": []}]}") ==
              "1:84: /reports/0/title: invalid JSON: syntax error");
        CHECK(error_of(head + "\"ti\xFFtle\": \"x\"}]}") ==
              "1:53: /reports/0: invalid JSON: syntax error");
        CHECK(error_of(head + "\"tiTle\": \"x\", \"notes\": [\"\xED\xA0\x80\"]}]}") ==
              "1:56: /reports/0/tiTle: unknown key \"tiTle\"; expected one of \"title\", "
              "\"municipality\", \"notes\", \"rounds\"");
        CHECK(error_of(head + "\"notes\": [\"\xED\xA0\x80\"], \"tiTle\": \"x\"}]}") ==
              "1:61: /reports/0/notes: invalid JSON: syntax error");
        CHECK(error_of(head + "\"municipality\": \"\xE6\x9C\xAD\xE5\xB9\"}]}") ==
              "1:68: /reports/0/municipality: invalid JSON: syntax error");
        CHECK(error_of(head + "\"題\": \"x\"}]}") ==
              "1:52: /reports/0/題: unknown key \"題\"; expected one of \"title\", "
              "\"municipality\", \"notes\", \"rounds\"");
        const auto read =
            read_collection_json(head + R"("title": "\u3042い", "municipality": "札幌市"}]})");
        REQUIRE(read);
        CHECK(read->at(0).title == "あい");
        CHECK(read->at(0).municipality == "札幌市");

        // From a file of several chunks: read again from the start, the same error.
        std::vector<grantkpi::Report> reports;
        for (std::uint64_t seed = 100; reports.size() < 300; ++seed) {
            reports.push_back(grantkpi::testing::random_report(seed));
        }
        std::string json = grantkpi::write_collection_json(reports);
        const auto at = json.rfind("\"title\": \"");
        REQUIRE(at > (std::size_t{1} << 20));
        json.insert(at + 10, "\xC0\x80");
        write(output_dir / "ill_formed.json", json);
        const auto read_error = read_collection_json(json);
        REQUIRE_FALSE(read_error);
        CHECK(read_error.error().message == "invalid JSON: syntax error");
        grantkpi::Error expected = read_error.error();
        expected.file = (output_dir / "ill_formed.json").string();
        CHECK(grantkpi::load_collection_json(output_dir / "ill_formed.json").error() == expected);
    }

    TEST_CASE("load_report_json streams large reports the same way") {
        // The rounds of 400 random reports: about 2 MiB of JSON.
        grantkpi::Report report = grantkpi::testing::random_report(7);
        for (std::uint64_t seed = 1000; seed < 1400; ++seed) {
            const grantkpi::Report more = grantkpi::testing::random_report(seed);
            report.rounds.insert(report.rounds.end(), more.rounds.begin(), more.rounds.end());
        }
        const std::string json = grantkpi::write_report_json(report);
        REQUIRE(json.size() > (std::size_t{1} << 20));
        write(output_dir / "large-report.json", json);
        const auto loaded = grantkpi::load_report_json(output_dir / "large-report.json");
        REQUIRE(loaded);
        CHECK(*loaded == report);
    }

    TEST_CASE("a collection may pass the one-report size limit, up to its own") {
        // Every municipality's reports in one file pass 256 MiB (the benchmark's x16 corpus
        // is 692 MB): the collection limit is 4 GiB, a single report's stays 256 MiB.
        const std::string padding(grantkpi::max_input_bytes, ' ');
        const std::string collection =
            "{\"schema\": \"grantkpi.collection/2\", \"reports\": []}" + padding;
        CHECK(grantkpi::read_collection_json(collection));
        const std::string report = "{\"schema\": \"grantkpi.report/2\"}" + padding;
        const auto refused = grantkpi::read_report_json(report);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message ==
              "the input is larger than 256 MiB (268435456 bytes), the most grantkpi reads");
        static_assert(grantkpi::max_collection_bytes == std::size_t{4} << 30);
    }
} // TEST_SUITE
