// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The collection functions' `threads` argument: the same results on any number of threads,
// and the same error as on one.

#include <grantkpi/evaluate.hpp>
#include <grantkpi/validate.hpp>

#include "support/corpus.hpp"
#include "support/printers.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace grantkpi;

namespace {

// 300 generated municipalities: joint projects shared across reports (merged only in
// report order) and reports with validation findings.
const std::vector<Report>& corpus() {
    static const std::vector<Report> reports =
        bench::generate_corpus(bench::CorpusOptions{.seed = 20220401, .municipalities = 300});
    return reports;
}

// A report whose own budgets add up to more than 18 digits: evaluating it throws.
Report overflowing_report(const std::string& budget) {
    Report report;
    Round& round = report.rounds.emplace_back();
    round.fiscal_year = FiscalYear{2020};
    for (int i = 0; i < 2; ++i) {
        Project& project = round.projects.emplace_back();
        project.name = "project " + std::to_string(i);
        project.budget = Money{Decimal::parse(budget).value()};
        project.first_fiscal_year = FiscalYear{2020};
        project.last_fiscal_year = FiscalYear{2022};
    }
    return report;
}

} // namespace

TEST_SUITE_BEGIN("threads");

TEST_CASE("evaluate_collection gives the same result on any number of threads") {
    const CollectionEvaluation one = evaluate_collection(corpus());
    REQUIRE(one.reports.size() == 300);
    REQUIRE(one.duplicates_merged > 0); // the merging across reports is exercised
    for (const unsigned threads : {0U, 2U, 3U, 7U, 64U}) {
        CAPTURE(threads);
        const CollectionEvaluation many = evaluate_collection(corpus(), {}, threads);
        CHECK(many.reports == one.reports);
        CHECK(many.merged == one.merged);
        CHECK(many.summary == one.summary);
        CHECK(many == one);
    }
    // Fewer reports than a thread's share, and none.
    const std::span<const Report> few(corpus().data(), 5);
    CHECK(evaluate_collection(few, {}, 4) == evaluate_collection(few));
    CHECK(evaluate_collection(std::span<const Report>{}, {}, 4).reports.empty());
}

TEST_CASE("validate_collection is validate of each report, on any number of threads") {
    std::vector<std::vector<Diagnostic>> expected;
    std::size_t found = 0;
    for (const Report& report : corpus()) {
        expected.push_back(validate(report));
        found += expected.back().size();
    }
    REQUIRE(found > 0); // the corpus has findings (warnings) to compare
    for (const unsigned threads : {1U, 0U, 2U, 5U}) {
        CAPTURE(threads);
        CHECK(validate_collection(corpus(), threads) == expected);
    }
    CHECK(validate_collection(std::span<const Report>{}, 2).empty());
}

TEST_CASE("evaluate_collection on several threads throws the error one thread would") {
    // Reports 40 and 250 both overflow; one thread stops at 40, and so must four.
    std::vector<Report> reports = corpus();
    reports[40] = overflowing_report("900000000000000000");
    reports[250] = overflowing_report("800000000000000000");
    const auto one = try_evaluate_collection(reports);
    REQUIRE_FALSE(one);
    CHECK(one.error().message.find("900000000000000000") != std::string::npos);
    for (const unsigned threads : {2U, 4U, 0U}) {
        CAPTURE(threads);
        const auto many = try_evaluate_collection(reports, {}, threads);
        REQUIRE_FALSE(many);
        CHECK(many.error() == one.error());
    }
}

TEST_SUITE_END();
