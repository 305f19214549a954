// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The synthetic national corpus of the benchmark (support/corpus.hpp): deterministic, of the
// shape the issue asks for, and read back equal by every reader. Also writes the small
// corpus that the Python reference (bench/reference.py) checks against grantkpi's figures
// (CTest: bench.python_reference_agrees).

#include "support/corpus.hpp"

#include "support/figures.hpp"

#include <grantkpi/evaluate.hpp>
#include <grantkpi/json.hpp>
#include <grantkpi/text_reader.hpp>
#include <grantkpi/text_writer.hpp>
#include <grantkpi/validate.hpp>

#include "support/printers.hpp"

#include "support/same_digits.hpp"
#include "support/text_read.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

namespace {

using grantkpi::bench::CorpusOptions;
using grantkpi::bench::generate_corpus;

using grantkpi::testing::check_same_digits;

} // namespace

TEST_SUITE("corpus") {

    TEST_CASE("the corpus generator is deterministic") {
        const CorpusOptions options{20220401, 60};
        const auto first = generate_corpus(options);
        const auto second = generate_corpus(options);
        CHECK(first == second);
        CHECK(grantkpi::write_collection_json(first) == grantkpi::write_collection_json(second));
        // A report depends only on the seed and its index: a smaller corpus is a prefix.
        const auto smaller = generate_corpus(CorpusOptions{20220401, 25});
        REQUIRE(smaller.size() == 25);
        CHECK(std::equal(smaller.begin(), smaller.end(), first.begin()));
        CHECK(grantkpi::bench::corpus_report(options, 59) == first[59]);
        // Another seed, another corpus.
        CHECK(generate_corpus(CorpusOptions{20220402, 60}) != first);
    }

    TEST_CASE("the national corpus has the shape of the reports") {
        const auto reports = generate_corpus(CorpusOptions{});
        REQUIRE(reports.size() == 1741); // Japan's municipalities
        std::size_t expected = 0;
        std::size_t not_set = 0;
        std::size_t negative = 0;
        std::size_t trailing_zero = 0; // a decimal such as 31.20
        std::size_t zero_plan = 0;
        std::size_t joint_total = 0;
        std::set<std::size_t> year_counts;
        for (const auto& report : reports) {
            std::size_t projects = 0;
            for (const auto& round : report.rounds) {
                projects += round.projects.size();
                for (const auto& project : round.projects) {
                    CHECK(project.kpis.size() >= 2);
                    CHECK(project.kpis.size() <= 4);
                    joint_total += project.budget_scope == grantkpi::BudgetScope::joint_total;
                    for (const auto& kpi : project.kpis) {
                        year_counts.insert(kpi.plan.size());
                        for (const auto* row : {&kpi.plan, &kpi.actual}) {
                            for (const auto& [year, cell] : *row) {
                                expected += cell.is_expected();
                                not_set += !cell.has_value();
                                if (cell.has_value()) {
                                    const grantkpi::Decimal v = *cell.value();
                                    negative += v.is_negative();
                                    trailing_zero += v.scale() > 0 && v.coefficient() % 10 == 0;
                                    zero_plan += row == &kpi.plan && v.is_zero();
                                }
                            }
                        }
                    }
                }
            }
            CHECK(projects >= 3);
            CHECK(projects <= 12);
            // Generated reports are valid: at most warnings (KPIs without a plan, GK409).
            CHECK_FALSE(grantkpi::has_errors(grantkpi::validate(report)));
        }
        CHECK(year_counts == std::set<std::size_t>{3, 4, 5, 6});
        CHECK(expected > 1000);
        CHECK(not_set > 1000);
        CHECK(negative > 1000);
        CHECK(trailing_zero > 100);
        CHECK(zero_plan > 100);
        CHECK(joint_total > 100);
        // Joint projects are shared between municipalities and counted once.
        const auto evaluation = grantkpi::evaluate_collection(reports);
        CHECK(evaluation.duplicates_merged > 100);
        CHECK(evaluation.summary.kpis.no_plan > 0);
        CHECK(evaluation.summary.kpis.not_reported > 0);
    }

    TEST_CASE("the streaming reader gives back the generated model, with its digits") {
        const auto reports = generate_corpus(CorpusOptions{7, 150});
        const std::string json = grantkpi::write_collection_json(reports);
        const auto back = grantkpi::read_collection_json(json);
        REQUIRE(back);
        REQUIRE(back->size() == reports.size());
        for (std::size_t i = 0; i < reports.size(); ++i) {
            CAPTURE(i);
            check_same_digits(reports[i], (*back)[i]);
        }
        CHECK(grantkpi::write_collection_json(*back) == json);
        // Read from a file in chunks of 1 MiB: the same model.
        const std::filesystem::path file = GRANTKPI_TEST_OUTPUT_DIR "/corpus/reader.json";
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << json;
        REQUIRE(json.size() > (std::size_t{1} << 20));
        const auto loaded = grantkpi::load_collection_json(file);
        REQUIRE(loaded);
        CHECK(*loaded == reports);
        // Each report on its own, as a report document: the same model.
        for (std::size_t i = 0; i < 10; ++i) {
            const auto one = grantkpi::read_report_json(grantkpi::write_report_json(reports[i]));
            REQUIRE(one);
            CHECK(*one == (*back)[i]);
        }
    }

    TEST_CASE("the text corpus: text -> model equals JSON -> model") {
        const auto reports = generate_corpus(CorpusOptions{11, 120});
        const auto from_json =
            grantkpi::read_collection_json(grantkpi::write_collection_json(reports));
        REQUIRE(from_json);
        for (std::size_t i = 0; i < reports.size(); ++i) {
            CAPTURE(i);
            const grantkpi::Report& json_report = (*from_json)[i];
            const std::string text = grantkpi::write_report_text(reports[i]);
            const auto read =
                grantkpi::read_report_text(text, grantkpi::bench::text_options(json_report));
            CHECK(read.diagnostics.empty());
            REQUIRE(read.report);
            // The text form carries no basis: the figures are compared, not what the reader
            // inferred (the overrides state direction and accumulation, not the scope).
            check_same_digits(json_report, grantkpi::testing::without_bases(*read.report));
        }
    }

    TEST_CASE("writes a small corpus and its figures for the Python reference") {
        // CTest runs bench/reference.py on these files (bench.python_reference_agrees).
        const auto reports = generate_corpus(CorpusOptions{3, 120});
        const std::filesystem::path dir = GRANTKPI_TEST_OUTPUT_DIR "/corpus-small";
        std::filesystem::create_directories(dir);
        std::ofstream(dir / "corpus.json", std::ios::binary)
            << grantkpi::write_collection_json(reports);
        std::ofstream(dir / "figures.txt", std::ios::binary)
            << grantkpi::bench::reference_figures(grantkpi::evaluate_collection(reports));
        CHECK(std::filesystem::file_size(dir / "figures.txt") > 0);
    }

} // TEST_SUITE
