// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/csv.hpp>

#include <grantkpi/evaluation_csv.hpp>
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
    // report text (not with grantkpi) and checked by hand against it, row by row. The round
    // column and the projects' budget_scope_source and own_budget_thousand_yen columns were
    // added later from the projects' rounds in the report (R1 = 2019, R2 = 2020, R4 = 2022); the
    // seed's JSON states every scope, and no project gives an own part of a joint total.
    TEST_CASE("the seed's values table: 140 rows, one per table cell") {
        const std::string csv = grantkpi::write_values_csv(seed());
        CHECK(csv == read_file(GRANTKPI_SOURCE_DIR "/tests/data/golden/sapporo_fy2022.values.csv"));
        CHECK(std::count(csv.begin(), csv.end(), '\n') == 1 + 140);
        CHECK(csv.starts_with("round,project,kpi,unit,period,series,value,status\n"));
        // The first cell: the R1 round's UIJ project, KPI ① baseline of the plan row, 120.
        CHECK(csv.find("\n2019,UIJ ターンに") == csv.find('\n'));
        // KPI ③ of the foreign-residents project, R2 actual: -3,760 as written, no separator.
        CHECK(csv.find(",3,人,2020,actual,-3760,confirmed\n") != std::string::npos);
        // Smart-city KPI ③ baseline keeps both digits: 31.20.
        CHECK(csv.find(",3,%,baseline,plan,31.20,confirmed\n") != std::string::npos);
        // The R2 project's R4 actuals are expected (見込).
        CHECK(csv.find(",1,件,2022,actual,16,expected\n") != std::string::npos);
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
            {"札幌", "札幌"},     // 札幌: UTF-8 as is
            {"a\xFF", "a\uFFFD"}, // invalid byte: U+FFFD
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
        project.partners = {"道", "X"};
        project.budget = grantkpi::Money{grantkpi::Decimal{5}};
        project.first_fiscal_year = project.last_fiscal_year = grantkpi::FiscalYear{2020};
        report.rounds.push_back(
            grantkpi::Round{grantkpi::FiscalYear{2020}, "S", {}, {}, {}, {}, {project}});
        CHECK(grantkpi::write_projects_csv(report) ==
              "round,project,application,partners,budget_thousand_yen,budget_scope,"
              "budget_scope_source,own_budget_thousand_yen,national_share,first_fy,last_fy,kpis\n"
              "2020,\"A, \"\"B\"\"\",single,道;X,5,own,stated,,1/2,2020,2020,0\n");
    }

    TEST_CASE("the projects table: a joint total's scope source and own part") {
        grantkpi::Report report;
        grantkpi::Project project;
        project.name = "P";
        project.application = grantkpi::Application::joint;
        project.partners = {"県"};
        project.budget = grantkpi::Money{grantkpi::Decimal{30000}};
        project.budget_scope = grantkpi::BudgetScope::joint_total;
        project.budget_scope_basis = grantkpi::Provenance::inferred_by("next line: ※県全体");
        project.own_budget = grantkpi::Money{grantkpi::Decimal{80005, 1}}; // 8,000.5千円
        project.first_fiscal_year = project.last_fiscal_year = grantkpi::FiscalYear{2021};
        grantkpi::Project assumed = project;
        assumed.name = "Q";
        assumed.budget_scope = grantkpi::BudgetScope::own;
        assumed.budget_scope_basis = grantkpi::Provenance::assumed_default();
        assumed.own_budget.reset();
        report.rounds.push_back(
            grantkpi::Round{grantkpi::FiscalYear{2021}, "S", {}, {}, {}, {}, {project, assumed}});
        const std::string csv = grantkpi::write_projects_csv(report);
        CHECK(csv == std::string(grantkpi::projects_csv_header) + "\n" +
                         "2021,P,joint,県,30000,joint_total,inferred,8000.5,1/2,2021,"
                         "2021,0\n"
                         "2021,Q,joint,県,30000,own,assumed,,1/2,2021,2021,0\n");
    }

    TEST_CASE("the seed's KPI table: 17 rows, one per KPI") {
        const std::string csv = grantkpi::write_kpis_csv(seed());
        CHECK(csv.starts_with(
            "round,project,kpi,title,unit,unit_kind,direction,direction_source,direction_rule,"
            "direction_uncertain,accumulation,accumulation_source,accumulation_rule\n"));
        CHECK(std::count(csv.begin(), csv.end(), '\n') == 1 + 17);
        // The first KPI of the seed: R1, UIJ ターンによるさっぽろ型人材還流促進事業, KPI①
        // 窓口を利用したさっぽろ圏の就職内定件数, 件; the JSON states its direction and
        // accumulation.
        CHECK(csv.find("\n2019,UIJ ターンによ"
                       "るさっぽろ型"
                       "人材還流促"
                       "進事業,1,窓口") == csv.find('\n'));
        CHECK(csv.find(",件,count,increase,stated,,false,level,stated,\n") != std::string::npos);
        // KPI③ of the foreign-residents project, 外国人居住者数 (人), counts the yearly change.
        CHECK(csv.find(",人,count,increase,stated,,false,increment,stated,\n") !=
              std::string::npos);
        // KPI③ of the smart-city project is in %.
        CHECK(csv.find(",%,percent,increase,stated,,false,level,stated,\n") != std::string::npos);
    }

    TEST_CASE("the KPI table: sources, rules and uncertainty as the model holds them") {
        grantkpi::Report report;
        grantkpi::Project project;
        project.name = "P";
        project.budget = grantkpi::Money{grantkpi::Decimal{5}};
        project.first_fiscal_year = project.last_fiscal_year = grantkpi::FiscalYear{2020};
        grantkpi::Kpi waiting;
        waiting.number = 1;
        waiting.title = "待機児童数";
        waiting.unit = grantkpi::Unit::from_label("人");
        waiting.direction = grantkpi::Direction::decrease;
        waiting.direction_basis = grantkpi::Provenance::inferred_by("title: 待機児童");
        waiting.accumulation_basis = grantkpi::Provenance::assumed_default();
        grantkpi::Kpi trend = waiting;
        trend.number = 2;
        trend.title = "a, \"quoted\" title";
        trend.direction_basis = grantkpi::Provenance::inferred_by("plan falls from the baseline",
                                                                  /*uncertain=*/true);
        trend.accumulation = grantkpi::Accumulation::cumulative;
        trend.accumulation_basis = grantkpi::Provenance::stated_by("notes, annotations.json");
        project.kpis = {waiting, trend};
        report.rounds.push_back(
            grantkpi::Round{grantkpi::FiscalYear{2020}, "S", {}, {}, {}, {}, {project}});
        CHECK(grantkpi::write_kpis_csv(report) ==
              std::string(grantkpi::kpis_csv_header) + "\n" +
                  "2020,P,1,待機児童数,"
                  "人,count,decrease,inferred,title: "
                  "待機児童,false,level,assumed,\n"
                  "2020,P,2,\"a, \"\"quoted\"\" title\",人,count,decrease,inferred,"
                  "plan falls from the baseline,true,cumulative,stated,\"notes, "
                  "annotations.json\"\n");
    }

    TEST_CASE("docs/tables.md documents every column of every table, in order") {
        const std::string doc = read_file(GRANTKPI_SOURCE_DIR "/docs/tables.md");
        // A table's columns as consecutive rows of one Markdown table: "| `name` |" each.
        const auto documented = [&](std::string_view header) {
            std::vector<std::string> rows;
            for (std::size_t start = 0; start <= header.size();) {
                const std::size_t comma = std::min(header.find(',', start), header.size());
                rows.push_back("| `" + std::string(header.substr(start, comma - start)) + "` |");
                start = comma + 1;
            }
            for (std::size_t at = doc.find("\n" + rows[0]); at != std::string::npos;
                 at = doc.find("\n" + rows[0], at + 1)) {
                std::size_t line = at + 1;
                std::size_t matched = 0;
                while (matched < rows.size() &&
                       doc.compare(line, rows[matched].size(), rows[matched]) == 0) {
                    ++matched;
                    line = doc.find('\n', line) + 1;
                }
                if (matched == rows.size()) {
                    return true;
                }
            }
            return false;
        };
        for (const std::string_view header :
             {grantkpi::values_csv_header, grantkpi::projects_csv_header, grantkpi::kpis_csv_header,
              grantkpi::kpi_years_csv_header}) {
            CAPTURE(header);
            CHECK(documented(header));
        }
        CHECK_FALSE(documented("round,project,no_such_column"));
    }

    TEST_CASE("two projects of the same name in two rounds stay apart in the values table") {
        grantkpi::Report report;
        grantkpi::Project project;
        project.name = "P";
        project.budget = grantkpi::Money{grantkpi::Decimal{5}};
        grantkpi::Kpi kpi;
        kpi.number = 1;
        kpi.unit = grantkpi::Unit::from_label("件");
        project.kpis = {kpi};
        for (const int year : {2019, 2022}) {
            project.first_fiscal_year = project.last_fiscal_year = grantkpi::FiscalYear{year};
            report.rounds.push_back(
                grantkpi::Round{grantkpi::FiscalYear{year}, "S", {}, {}, {}, {}, {project}});
        }
        CHECK(grantkpi::write_values_csv(report) ==
              "round,project,kpi,unit,period,series,value,status\n"
              "2019,P,1,件,baseline,plan,,not_set\n"
              "2019,P,1,件,baseline,actual,,not_set\n"
              "2022,P,1,件,baseline,plan,,not_set\n"
              "2022,P,1,件,baseline,actual,,not_set\n");
    }

} // TEST_SUITE
