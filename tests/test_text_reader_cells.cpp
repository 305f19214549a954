// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The text reader on the cells of the KPI tables (tests/data/text/): full-width digits,
// negatives with △ and ▲, every dash for a cell not set, (見込) written every way, six and
// five fiscal-year columns, trailing spaces and rows cut short.

#include <grantkpi/text_reader.hpp>

#include <support/printers.hpp>
#include <support/reader_checks.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

namespace {

using namespace grantkpi;
using testing::cell;
using testing::confirmed;
using testing::expected;
using testing::read_ok;
using testing::text_data_dir;
using testing::years_of;

} // namespace

TEST_SUITE("text_reader") {

    TEST_CASE("full-width digits, letters and brackets") {
        const Report report = read_ok(text_data_dir + "fullwidth_digits.txt");
        const Round& round = report.rounds.at(0);
        CHECK_EQ(round.fiscal_year, FiscalYear{2019});                           // Ｒ１年度
        CHECK_EQ(round.national_share, std::optional<Fraction>(Fraction{1, 2})); // ＜１／２国費＞
        CHECK_EQ(round.duration_years, std::optional<int>(3)); // 【Ｒ１年度から３年間実施】
        const Project& project = round.projects.at(0);
        CHECK_EQ(project.name, "全角数字の人材還流事業");
        CHECK_EQ(project.budget, Money{Decimal{27125}}); // （２７，１２５千円）
        REQUIRE_EQ(project.kpis.size(), 2); // ＫＰＩ①, ＫＰＩ② after 【ＫＰＩ】
        const Kpi& first = project.kpis[0];
        CHECK_EQ(first.baseline.plan, confirmed(120));
        CHECK_EQ(cell(first.plan, 2020), confirmed(1100)); // １，１００
        CHECK_EQ(years_of(first.plan), std::vector<int>{2019, 2020, 2021});
        const Kpi& second = project.kpis[1];
        CHECK_EQ(second.unit, Unit{"％", UnitKind::percent}); // the label as written
        CHECK(
            same_representation(*cell(second.plan, 2021).value(), Decimal{3300, 2})); // ３３．００
        CHECK_EQ(cell(second.actual, 2019), confirmed(3250, 2));     // ３２．５０
        CHECK_EQ(cell(second.actual, 2020), expected(16));           // １６（見込）
        CHECK_EQ(cell(second.actual, 2021), Observation::not_set()); // －
    }

    TEST_CASE("negatives written with △, ▲, − and －") {
        const Report report = read_ok(text_data_dir + "triangle_negatives.txt");
        const Kpi& kpi = report.rounds.at(0).projects.at(0).kpis.at(0);
        CHECK_EQ(kpi.baseline.plan, confirmed(-81, 1));     // △8.1
        CHECK_EQ(cell(kpi.plan, 2020), confirmed(-124, 1)); // ▲12.4
        CHECK_EQ(cell(kpi.plan, 2021), confirmed(-5));      // −5 (U+2212)
        CHECK_EQ(cell(kpi.plan, 2022), confirmed(-3760));   // －3,760 (U+FF0D)
        CHECK_EQ(kpi.baseline.actual, confirmed(-3760));    // -3,760
        CHECK_EQ(cell(kpi.actual, 2020), confirmed(-5, 1)); // △0.5
        CHECK_EQ(cell(kpi.actual, 2021), confirmed(-1216)); // ▲1,216
        CHECK_EQ(cell(kpi.actual, 2022), confirmed(0));
        // -12.4 < -8.1 but -5 > -12.4: the plan does not fall steadily.
        CHECK_EQ(kpi.direction, Direction::increase);
    }

    TEST_CASE("every dash, an empty cell and a blank cell are not set") {
        const Report report = read_ok(text_data_dir + "dash_variants.txt");
        const auto& kpis = report.rounds.at(0).projects.at(0).kpis;
        REQUIRE_EQ(kpis.size(), 2);
        // — ― － − / - ‐ – ー / —— (empty) ― / (blank) －－ − -
        for (const Kpi& kpi : kpis) {
            CAPTURE(kpi.number);
            CHECK_EQ(kpi.baseline.plan, Observation::not_set());
            CHECK_EQ(kpi.baseline.actual, Observation::not_set());
            CHECK_EQ(years_of(kpi.plan), std::vector<int>{2022, 2023, 2024});
            CHECK_EQ(years_of(kpi.actual), std::vector<int>{2022, 2023, 2024});
            for (const PeriodValue& value : kpi.actual) {
                CHECK_EQ(value.value, Observation::not_set());
            }
        }
        CHECK_EQ(cell(kpis[0].plan, 2024), Observation::not_set());
        CHECK_EQ(cell(kpis[1].plan, 2023), Observation::not_set());
        CHECK_EQ(cell(kpis[1].plan, 2024), confirmed(10)); // the one number in the file
    }

    TEST_CASE("(見込), (見込み), （見込） and a space before them are expected values") {
        const Report report = read_ok(text_data_dir + "mikomi_variants.txt");
        const Kpi& kpi = report.rounds.at(0).projects.at(0).kpis.at(0);
        CHECK_EQ(kpi.baseline.plan, expected(2));         // 2 (見込)
        CHECK_EQ(kpi.baseline.actual, expected(2));       // 2(見込)
        CHECK_EQ(cell(kpi.actual, 2020), expected(11));   // 11(見込み)
        CHECK_EQ(cell(kpi.actual, 2021), expected(16));   // 16（見込）
        CHECK_EQ(cell(kpi.actual, 2022), expected(1216)); // 1,216（見込み）
        CHECK_EQ(cell(kpi.plan, 2020), confirmed(4));
        CHECK(cell(kpi.actual, 2020).is_expected());
        CHECK_FALSE(cell(kpi.actual, 2020).confirmed_value()); // never counted as confirmed
    }

    TEST_CASE("six and five fiscal-year columns") {
        const Report report = read_ok(text_data_dir + "six_columns.txt");
        const Round& round = report.rounds.at(0);
        REQUIRE_EQ(round.projects.size(), 2);
        const Kpi& six = round.projects[0].kpis.at(0);
        CHECK_EQ(years_of(six.plan), std::vector<int>{2019, 2020, 2021, 2022, 2023, 2024});
        CHECK_EQ(six.unit, Unit{"千人", UnitKind::count});
        CHECK_EQ(cell(six.actual, 2022), expected(151));
        CHECK_EQ(cell(six.actual, 2024), Observation::not_set());
        CHECK_EQ(round.projects[0].last_fiscal_year, FiscalYear{2024}); // 【R1年度から6年間実施】
        const Kpi& five = round.projects[1].kpis.at(0);
        CHECK_EQ(years_of(five.actual), std::vector<int>{2019, 2020, 2021, 2022, 2023});
        CHECK_EQ(cell(five.plan, 2023), confirmed(10));
        // 待ち時間: 60 -> 50, 40, 30, 20, 10 falls steadily below the baseline.
        CHECK_EQ(five.direction, Direction::decrease);
        CHECK_EQ(five.unit, Unit{"分", UnitKind::duration});
    }

    TEST_CASE("trailing spaces, tabs and empty cells, and rows cut short") {
        const Report report = read_ok(text_data_dir + "trailing_cells.txt");
        const Round& round = report.rounds.at(0);
        CHECK_EQ(round.duration_years, std::optional<int>(3));
        const Project& project = round.projects.at(0);
        CHECK_EQ(project.name, "末尾に空白がある事業");
        CHECK_EQ(project.budget, Money{Decimal{1000}});
        CHECK_EQ(project.description, std::vector<std::string>{"末尾にタブと空白がある段落。"});
        REQUIRE_EQ(project.kpis.size(), 2);
        CHECK_EQ(project.kpis[0].title, "学生等の事業参加者数");
        CHECK_EQ(project.kpis[0].unit.label, "人");
        // ①実績 — 73 76, without its R4 cell or a trailing tab: R4 is not set.
        CHECK_EQ(years_of(project.kpis[0].actual), std::vector<int>{2020, 2021, 2022});
        CHECK_EQ(cell(project.kpis[0].actual, 2022), Observation::not_set());
        CHECK_EQ(project.kpis[1].title, "セミナー参加企業数 (3年累計)");
        CHECK_EQ(project.kpis[1].accumulation, Accumulation::cumulative);
        CHECK_EQ(cell(project.kpis[1].actual, 2022), confirmed(257));
    }

} // TEST_SUITE
