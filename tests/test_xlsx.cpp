// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/xlsx.hpp>

#include "support/random_report.hpp"
#include "support/seed.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <vector>

namespace {

using grantkpi::Decimal;

Decimal parse(std::string_view text) {
    return Decimal::parse(text).value();
}

// Significant digits of the value: the coefficient's digits without its trailing zeros.
int significant_digits(Decimal value) {
    std::uint64_t magnitude = static_cast<std::uint64_t>(std::llabs(value.coefficient()));
    if (magnitude == 0) {
        return 0;
    }
    while (magnitude % 10 == 0) {
        magnitude /= 10;
    }
    return static_cast<int>(std::to_string(magnitude).size());
}

template <class F>
void for_each_value(const grantkpi::Report& report, F f) {
    for (const auto& round : report.rounds) {
        for (const auto& project : round.projects) {
            f(project.budget.amount());
            for (const auto& kpi : project.kpis) {
                for (const auto* cell : {&kpi.baseline.plan, &kpi.baseline.actual}) {
                    if (cell->has_value()) {
                        f(*cell->value());
                    }
                }
                for (const auto* series : {&kpi.plan, &kpi.actual}) {
                    for (const auto& [year, cell] : *series) {
                        if (cell.has_value()) {
                            f(*cell.value());
                        }
                    }
                }
            }
        }
    }
}

} // namespace

TEST_SUITE("xlsx") {

    TEST_CASE("survives_double: up to 15 significant digits") {
        // The seed's figures: 31.20 (%), -3,760, 1,216, 27,125 (千円).
        for (const char* text : {"31.20", "-3760", "1216", "27125", "0", "0.05", "-0.001",
                                 "999999999999999", "0.999999999999999", "123456789.012345",
                                 "100000000000000000", "0.000000000000000001"}) {
            CAPTURE(text);
            CHECK(grantkpi::survives_double(parse(text)));
        }
        for (const char* text :
             {"1234567890123456", "0.1234567890123456", "9007199254740993", "-999999999999999.9",
              "580676817.88679204", "999999999999999999", "-0.999999999999999999"}) {
            CAPTURE(text);
            CHECK_FALSE(grantkpi::survives_double(parse(text)));
        }
    }

    TEST_CASE("survives_double agrees with the digit count on every value of the random corpus") {
        // The property behind the workbook's numeric cells: a value with at most 15 significant
        // digits reads back from its double; one with more would be rounded, so it is written
        // as text. The corpus (seeds 1..100, the seed report) has both.
        int numeric = 0;
        int text = 0;
        auto check = [&](Decimal value) {
            CAPTURE(value.to_string());
            const bool survives = grantkpi::survives_double(value);
            CHECK(survives == (significant_digits(value) <= 15));
            ++(survives ? numeric : text);
        };
        for_each_value(grantkpi::testing::seed_report(), check);
        for (std::uint64_t seed = 1; seed <= 100; ++seed) {
            for_each_value(grantkpi::testing::random_report(seed), check);
        }
        MESSAGE(numeric << " values as numbers, " << text << " as text");
        CHECK(numeric > 1000);
        CHECK(text > 0);
    }

    TEST_CASE("the seed's workbook is an xlsx file") {
        const std::vector<grantkpi::Report> reports{grantkpi::testing::seed_report()};
        const auto workbook = grantkpi::write_workbook_xlsx(reports);
        REQUIRE(workbook);
        CHECK(workbook->starts_with("PK\x03\x04")); // a zip archive
        CHECK(workbook->find("xl/worksheets/sheet5.xml") != std::string::npos);
        CHECK(workbook->find("xl/worksheets/sheet6.xml") == std::string::npos);
        // No reports: still a workbook, with the five sheets and their headers.
        const auto empty = grantkpi::write_workbook_xlsx({});
        REQUIRE(empty);
        CHECK(empty->starts_with("PK\x03\x04"));
    }

    TEST_CASE("a fixed creation time gives the same bytes") {
        const std::vector<grantkpi::Report> reports{grantkpi::testing::seed_report()};
        grantkpi::WorkbookOptions options;
        options.created = 1680307200; // 2023-04-01T00:00:00Z
        const auto first = grantkpi::write_workbook_xlsx(reports, options);
        const auto second = grantkpi::write_workbook_xlsx(reports, options);
        REQUIRE(first);
        REQUIRE(second);
        CHECK(*first == *second);
        options.created = 1680307200 + 86400 * 2;
        const auto later = grantkpi::write_workbook_xlsx(reports, options);
        REQUIRE(later);
        CHECK(*later != *first);
    }

    TEST_CASE("a workbook that cannot be written is an error value naming the file") {
        const std::vector<grantkpi::Report> reports{grantkpi::testing::seed_report()};
        const auto written = grantkpi::write_workbook_xlsx_file(
            GRANTKPI_TEST_OUTPUT_DIR "/no-such-directory/seed.xlsx", reports);
        REQUIRE_FALSE(written);
        CHECK(written.error().message.find("no-such-directory/seed.xlsx") != std::string::npos);
    }

    TEST_CASE("a text longer than an Excel cell holds is an error naming the cell, and no file") {
        grantkpi::Report report = grantkpi::testing::seed_report();
        report.rounds[0].projects[1].name = std::string(40000, 'a');
        const std::vector<grantkpi::Report> reports{report};
        const std::filesystem::path path = GRANTKPI_TEST_OUTPUT_DIR "/too-long.xlsx";
        std::filesystem::create_directories(path.parent_path());
        std::filesystem::remove(path);
        const auto written = grantkpi::write_workbook_xlsx_file(path, reports);
        REQUIRE_FALSE(written);
        // The second project's name, in the projects sheet's column C, row 3.
        CHECK(written.error().message.find("projects!C3") != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(path));
        CHECK_FALSE(grantkpi::write_workbook_xlsx(reports));
    }

    TEST_CASE("a sum of money beyond 18 digits is an error value, not an exception") {
        grantkpi::Report report = grantkpi::testing::seed_report();
        for (auto& project : report.rounds[0].projects) {
            project.budget = grantkpi::Money{parse("999999999999999999")};
            project.budget_scope = grantkpi::BudgetScope::own;
        }
        const std::vector<grantkpi::Report> reports{report};
        const auto workbook = grantkpi::write_workbook_xlsx(reports);
        REQUIRE_FALSE(workbook);
        CHECK_FALSE(workbook.error().message.empty());
    }

} // TEST_SUITE
