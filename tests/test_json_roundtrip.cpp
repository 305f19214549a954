// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/json.hpp>

#include "support/random_report.hpp"
#include "support/same_digits.hpp"
#include "support/seed.hpp"

#include "support/printers.hpp"

#include <doctest/doctest.h>

#include <boost/describe/enum_to_string.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace {

using grantkpi::testing::read_file;

using grantkpi::testing::check_same_digits;

} // namespace

TEST_SUITE("json_roundtrip") {

    TEST_CASE("the seed JSON reads and writes back byte for byte") {
        const std::string text =
            read_file(GRANTKPI_SOURCE_DIR "/examples/data/sapporo_fy2022.json");
        const auto report = grantkpi::read_report_json(text);
        REQUIRE(report);
        CHECK(grantkpi::write_report_json(*report) == text);
    }

    TEST_CASE("random reports: model -> JSON -> model is equal, JSON -> model -> JSON identical") {
        // 500 seeded models: negatives, decimals with trailing zeros, 18-digit values, expected
        // and not-set cells, rounds without projects, strings JSON must escape, and format 2's
        // keys: bases stated, inferred (certain or not) and assumed, own parts, budgets as
        // written, baseline years.
        int cells = 0;
        int empty_rounds = 0;
        std::map<std::string, int> bases; // "direction inferred uncertain" -> KPIs
        int own_parts = 0;
        int baseline_years = 0;
        grantkpi::testing::RandomReportOptions options;
        options.provenance = true;
        for (std::uint64_t seed = 1; seed <= 500; ++seed) {
            CAPTURE(seed);
            const grantkpi::Report model = grantkpi::testing::random_report(seed, options);
            const std::string json = grantkpi::write_report_json(model);
            const auto back = grantkpi::read_report_json(json);
            REQUIRE_MESSAGE(back, back.error().to_string());
            CHECK(*back == model);
            check_same_digits(model, *back);
            CHECK(grantkpi::write_report_json(*back) == json);
            for (const auto& round : model.rounds) {
                empty_rounds += round.projects.empty() ? 1 : 0;
                for (const auto& project : round.projects) {
                    own_parts += project.own_budget ? 1 : 0;
                    for (const auto& kpi : project.kpis) {
                        cells += static_cast<int>(2 + kpi.plan.size() + kpi.actual.size());
                        const grantkpi::Provenance& basis = kpi.direction_basis;
                        ++bases[std::string(boost::describe::enum_to_string(basis.source, "?")) +
                                (basis.uncertain ? " uncertain" : "") +
                                (basis.rule.empty() ? "" : " rule")];
                        baseline_years += kpi.baseline.year ? 1 : 0;
                    }
                }
            }
        }
        // The property ran over a real amount of data (not a vacuous loop).
        CHECK(cells > 10000);
        CHECK(empty_rounds > 20);
        for (const char* shape : {"stated", "stated rule", "inferred rule",
                                  "inferred uncertain rule", "assumed uncertain rule"}) {
            CAPTURE(shape);
            CHECK(bases[shape] > 20);
        }
        CHECK(own_parts > 20);
        CHECK(baseline_years > 100);
    }

    TEST_CASE("the generator is deterministic") {
        CHECK(grantkpi::write_report_json(grantkpi::testing::random_report(42)) ==
              grantkpi::write_report_json(grantkpi::testing::random_report(42)));
        CHECK(grantkpi::write_report_json(grantkpi::testing::random_report(42)) !=
              grantkpi::write_report_json(grantkpi::testing::random_report(43)));
    }

    TEST_CASE("writes random reports for the schema check") {
        // Run by the CTest fixture schema.write_random_reports; the schema test then validates
        // every file with the published JSON Schema.
        const std::filesystem::path dir = GRANTKPI_TEST_OUTPUT_DIR "/random-reports";
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        for (std::uint64_t seed = 1; seed <= 100; ++seed) {
            std::ofstream out(dir / ("report-" + std::to_string(seed) + ".json"), std::ios::binary);
            grantkpi::testing::RandomReportOptions options;
            options.provenance = true; // the schema checks format 2's keys too
            out << grantkpi::write_report_json(grantkpi::testing::random_report(seed, options));
            REQUIRE(out);
        }
    }

} // TEST_SUITE
