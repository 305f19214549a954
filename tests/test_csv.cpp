// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/csv.hpp>

#include <grantkpi/json.hpp>

#include "support/printers.hpp"
#include "support/seed.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace {

using grantkpi::testing::read_file;

const grantkpi::Report& seed() {
    return grantkpi::testing::seed_report();
}

} // namespace

TEST_SUITE("csv") {

    // The golden files tests/data/golden/sapporo_fy2022.{values,projects}.csv were built from the
    // report text (not with grantkpi) and checked by hand against it, row by row.
    TEST_CASE("the seed's values table: 140 rows, one per table cell") {
        const std::string csv = grantkpi::write_values_csv(seed());
        CHECK(csv == read_file(GRANTKPI_SOURCE_DIR "/tests/data/golden/sapporo_fy2022.values.csv"));
        CHECK(std::count(csv.begin(), csv.end(), '\n') == 1 + 140);
        // KPI ③ of the foreign-residents project, R2 actual: -3,760 as written, no separator.
        CHECK(csv.find(",3,\xE4\xBA\xBA,2020,actual,-3760,confirmed\n") != std::string::npos);
        // Smart-city KPI ③ baseline keeps both digits: 31.20.
        CHECK(csv.find(",3,%,baseline,plan,31.20,confirmed\n") != std::string::npos);
        // The R2 project's R4 actuals are expected (見込).
        CHECK(csv.find(",1,\xE4\xBB\xB6,2022,actual,16,expected\n") != std::string::npos);
    }

    TEST_CASE("the seed's projects table: 6 rows") {
        const std::string csv = grantkpi::write_projects_csv(seed());
        CHECK(csv ==
              read_file(GRANTKPI_SOURCE_DIR "/tests/data/golden/sapporo_fy2022.projects.csv"));
        CHECK(std::count(csv.begin(), csv.end(), '\n') == 1 + 6);
    }

    TEST_CASE("RFC 4180 quoting") {
        const std::pair<const char*, const char*> rows[] = {
            {"plain", "plain"},
            {"a,b", "\"a,b\""},
            {"say \"hi\"", "\"say \"\"hi\"\"\""},
            {"two\nlines", "\"two\nlines\""},
            {"cr\r", "\"cr\r\""},
            {"", ""},
            {"\xE6\x9C\xAD\xE5\xB9\x8C", "\xE6\x9C\xAD\xE5\xB9\x8C"}, // 札幌: UTF-8 as is
            {"a\xFF", "a\xEF\xBF\xBD"},                               // invalid byte: U+FFFD
        };
        for (const auto& row : rows) {
            CAPTURE(row.first);
            std::string out;
            grantkpi::append_csv_field(out, row.first);
            CHECK(out == row.second);
        }
        grantkpi::Report report;
        grantkpi::Project project;
        project.name = "A, \"B\"";
        project.partners = {"\xE9\x81\x93", "X"};
        project.budget = grantkpi::Money{grantkpi::Decimal{5}};
        project.first_fiscal_year = project.last_fiscal_year = grantkpi::FiscalYear{2020};
        report.rounds.push_back(
            grantkpi::Round{grantkpi::FiscalYear{2020}, "S", {}, {}, {}, {}, {project}});
        CHECK(grantkpi::write_projects_csv(report) ==
              "round,project,application,partners,budget_thousand_yen,budget_scope,national_share,"
              "first_fy,last_fy,kpis\n"
              "2020,\"A, \"\"B\"\"\",single,\xE9\x81\x93;X,5,own,1/2,2020,2020,0\n");
    }

} // TEST_SUITE
