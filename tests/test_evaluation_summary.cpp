// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The evaluation summary (write_evaluation_summary_json, `grantkpi evaluate --summary`):
// the roll-up figures of the full evaluation, without the KPI-years.
#include <grantkpi/evaluation_json.hpp>

#include "support/corpus.hpp"

#include "support/random_report.hpp"
#include "support/seed.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <span>
#include <sstream>
#include <string>
#include <vector>

using namespace grantkpi;

namespace {

/// The keys of a JSON object, in order.
std::vector<std::string> keys(const boost::json::value& object) {
    std::vector<std::string> out;
    for (const auto& member : object.as_object()) {
        out.emplace_back(member.key());
    }
    return out;
}

/// Every figure of the summary is the full evaluation's, as write_evaluation_json writes it.
void check_summary_of(const CollectionEvaluation& collection) {
    const boost::json::value full = boost::json::parse(write_evaluation_json(collection));
    const std::string text = write_evaluation_summary_json(collection);
    std::ostringstream streamed;
    write_evaluation_summary_json(collection, streamed);
    CHECK(streamed.str() == text);
    const boost::json::value summary = boost::json::parse(text);
    CHECK(keys(summary) == std::vector<std::string>{"schema", "options", "reports", "summary",
                                                    "duplicates_merged", "merged"});
    CHECK(summary.at("schema").as_string() == evaluation_summary_schema_id);
    CHECK(summary.at("options") == full.at("options"));
    CHECK(summary.at("summary") == full.at("summary"));
    CHECK(summary.at("duplicates_merged") == full.at("duplicates_merged"));
    CHECK(summary.at("merged") == full.at("merged"));
    const auto& reports = summary.at("reports").as_array();
    const auto& full_reports = full.at("reports").as_array();
    REQUIRE(reports.size() == full_reports.size());
    for (std::size_t i = 0; i < reports.size(); ++i) {
        CAPTURE(i);
        CHECK(keys(reports[i]) == std::vector<std::string>{"title", "municipality", "summary"});
        CHECK(reports[i].at("title") == full_reports[i].at("title"));
        CHECK(reports[i].at("municipality") == full_reports[i].at("municipality"));
        CHECK(reports[i].at("summary") == full_reports[i].at("summary"));
    }
}

std::vector<Report> corpus(int municipalities) {
    return bench::generate_corpus(bench::CorpusOptions{7, municipalities});
}

} // namespace

TEST_SUITE_BEGIN("evaluation_json");

TEST_CASE("the summary's figures are the full evaluation's: a generated corpus") {
    // 120 municipalities of the benchmark's corpus: joint projects reported by several of
    // them are merged, so the national summary is not the sum of the reports'.
    const std::vector<Report> reports = corpus(120);
    const CollectionEvaluation collection = evaluate_collection(reports);
    REQUIRE(collection.duplicates_merged > 0);
    check_summary_of(collection);
}

TEST_CASE("the summary's figures are the full evaluation's: random reports") {
    for (std::uint64_t seed_value = 1; seed_value <= 30; ++seed_value) {
        CAPTURE(seed_value);
        const std::vector<Report> reports{testing::random_report(seed_value),
                                          testing::random_report(seed_value + 500)};
        if (auto collection = try_evaluate_collection(reports)) {
            check_summary_of(*collection);
        }
    }
}

TEST_CASE("the seed's summary: its headline figures, in the layout of the full JSON") {
    const std::vector<Report> reports{testing::seed_report()};
    const CollectionEvaluation collection = evaluate_collection(reports);
    check_summary_of(collection);
    const std::string text = write_evaluation_summary_json(collection);
    CHECK(text.starts_with("{\n  \"schema\": \"grantkpi.evaluation-summary/1\",\n  \"options\": "
                           "{\n    \"close_to_target\": \"4/5\",\n"));
    CHECK(text.ends_with("  \"duplicates_merged\": 0,\n  \"merged\": []\n}\n"));
    // A collection of one report sums up to the report's own summary.
    CHECK(collection.summary == evaluate(testing::seed_report()).summary);
    const boost::json::value doc = boost::json::parse(text);
    const auto& report = doc.at("reports").at(0);
    CHECK(report.at("municipality").as_string() == "札幌市");
    CHECK(report.at("title").is_null());
    // The headline figures of test_evaluate.cpp ("seed: the report's headline figures"):
    // 4 KPIs met of 7 judged confirmed (0.5714), 7 of 10 with the provisional ones; own
    // budgets 94,004千円 (national share 47,002.0), the joint total 71,349千円.
    const auto& kpis_met = report.at("summary").at("kpis_met");
    CHECK(kpis_met.at("confirmed_of_judged").at("count").as_int64() == 4);
    CHECK(kpis_met.at("confirmed_of_judged").at("of").as_int64() == 7);
    CHECK(kpis_met.at("with_provisional_of_judged").at("count").as_int64() == 7);
    CHECK(kpis_met.at("with_provisional_of_judged").at("of").as_int64() == 10);
    CHECK(text.find("\"value\": 0.5714\n") != std::string::npos);
    CHECK(text.find("\"own\": 94004,\n") != std::string::npos);
    CHECK(text.find("\"own_national_share\": 47002.0,\n") != std::string::npos);
    CHECK(text.find("\"joint_total\": 71349,\n") != std::string::npos);
    // Nothing below the report: no rounds, projects, KPIs or KPI-years.
    CHECK(text.find("\"rounds\"") == std::string::npos);
    CHECK(text.find("\"kpis_met\": [") == std::string::npos);
    CHECK(text.find("\"years\"") == std::string::npos);
    // The same report twice: its three joint projects (with 道) are counted once.
    const std::vector<Report> twice{testing::seed_report(), testing::seed_report()};
    const boost::json::value doubled =
        boost::json::parse(write_evaluation_summary_json(evaluate_collection(twice)));
    CHECK(doubled.at("duplicates_merged").as_int64() == 3);
    CHECK(doubled.at("merged").as_array().size() == 3);
    CHECK(doubled.at("summary").at("projects").at("total").as_int64() == 6 + 6 - 3);
}

TEST_CASE("writes evaluation summaries for the schema check") {
    // CTest checks these against schema/grantkpi-evaluation-summary-1.schema.json
    // (schema.evaluation_summaries_are_valid).
    const std::filesystem::path dir = GRANTKPI_TEST_OUTPUT_DIR "/evaluation-summary";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto write = [&](const std::string& name, std::span<const Report> reports) {
        std::ofstream(dir / name, std::ios::binary)
            << write_evaluation_summary_json(evaluate_collection(reports));
        CHECK(std::filesystem::file_size(dir / name) > 0);
    };
    const std::vector<Report> seed{testing::seed_report(), testing::seed_report()};
    write("seed.json", std::span(seed).first(1));
    write("seed-twice.json", seed);
    write("corpus.json", corpus(60));
    int written = 0;
    for (std::uint64_t seed_value = 1; written < 10; ++seed_value) {
        testing::RandomReportOptions options;
        options.provenance = true;
        const std::vector<Report> reports{testing::random_report(seed_value, options),
                                          testing::random_report(seed_value + 500)};
        if (try_evaluate_collection(reports)) {
            write("random-" + std::to_string(seed_value) + ".json", reports);
            ++written;
        }
    }
}

TEST_SUITE_END();
