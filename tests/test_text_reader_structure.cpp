// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The text reader on the structure of a report (tests/data/text/ and small texts): round
// headings in the Reiwa and Heisei eras, joint projects' partners and budget scopes, KPI
// numbers and titles; and what it infers that the text does not say, a KPI's direction and
// accumulation, and the overrides that correct it.

#include <grantkpi/text_reader.hpp>

#include <support/printers.hpp>
#include <support/reader_checks.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace grantkpi;
using testing::cell;
using testing::check_messages;
using testing::confirmed;
using testing::expected;
using testing::read_ok;
using testing::seed_text_path;
using testing::table_prefix;
using testing::text_data_dir;
using testing::years_of;

} // namespace

TEST_SUITE("text_reader") {

    TEST_CASE("R元 and 令和 in headings, headers and schedule notes") {
        const Report report = read_ok(text_data_dir + "reiwa_gan.txt");
        const Round& round = report.rounds.at(0);
        CHECK_EQ(round.fiscal_year, FiscalYear{2019}); // R元年度
        CHECK_EQ(round.duration_years, std::optional<int>(3));
        const Project& project = round.projects.at(0);
        // ※令和5年度まで5年間実施予定 overrides the round's 3 years.
        CHECK_EQ(project.last_fiscal_year, FiscalYear{2023});
        CHECK_EQ(project.notes, std::vector<std::string>{"令和5年度まで5年間実施予定"});
        // Header: R元, R2, 令和3年度.
        CHECK_EQ(years_of(project.kpis.at(0).plan), std::vector<int>{2019, 2020, 2021});
    }

    TEST_CASE("Heisei headings and headers, H31 = R1") {
        const Report report = read_ok(text_data_dir + "heisei_header.txt");
        REQUIRE_EQ(report.rounds.size(), 2);
        const Round& h30 = report.rounds[0];
        CHECK_EQ(h30.fiscal_year, FiscalYear{2018}); // 平成30年度
        const Project& project = h30.projects.at(0);
        CHECK_EQ(project.last_fiscal_year, FiscalYear{2020});
        // Header: H30, H31, R2.
        CHECK_EQ(years_of(project.kpis.at(0).plan), std::vector<int>{2018, 2019, 2020});
        CHECK_EQ(cell(project.kpis[0].actual, 2018), confirmed(25));
        CHECK_EQ(cell(project.kpis[0].actual, 2019), Observation::not_set());
        const Round& h31 = report.rounds[1];
        CHECK_EQ(h31.fiscal_year, FiscalYear{2019}); // H31年度
        CHECK_EQ(h31.notes, std::vector<std::string>{"H31年度は新規採択事業なし。"});
    }

    TEST_CASE("partners and budget scopes of joint projects") {
        const Report report = read_ok(text_data_dir + "partners_variants.txt");
        const auto& projects = report.rounds.at(0).projects;
        REQUIRE_EQ(projects.size(), 6);
        struct Row {
            std::string name;
            Application application;
            std::vector<std::string> partners;
            int budget;
            BudgetScope scope;
        };
        const Row rows[] = {
            {"県と共同の事業", Application::joint, {"県"}, 1000, BudgetScope::own},
            {"町と共同の事業", Application::joint, {"○○町"}, 2000, BudgetScope::own}, // no space
            {"二つの町村と共同の事業",
             Application::joint,
             {"A町", "B村"},
             3000,
             BudgetScope::joint_total}, // ※道全体の採択額
            {"読点で区切った事業", Application::joint, {"C市", "D町"}, 4000, BudgetScope::own},
            {"全角括弧の事業", Application::joint, {"道"}, 5000, BudgetScope::joint_total},
            {"単独の事業", Application::single, {}, 6000, BudgetScope::own},
        };
        for (std::size_t i = 0; i < projects.size(); ++i) {
            CAPTURE(rows[i].name);
            CHECK_EQ(projects[i].name, rows[i].name);
            CHECK_EQ(projects[i].application, rows[i].application);
            CHECK_EQ(projects[i].partners, rows[i].partners);
            CHECK_EQ(projects[i].budget, Money{Decimal{rows[i].budget}});
            CHECK_EQ(projects[i].budget_scope, rows[i].scope);
            CHECK(projects[i].kpis.empty());
            CHECK(projects[i].notes.empty()); // the ※ on the heading is the scope, not a note
        }
    }

    TEST_CASE("KPI numbers in digits and circled up to ⑳, titles with a colon") {
        const std::string text = table_prefix + "KPI1\t件数\n"
                                                "ＫＰＩ⑳：人数\n"
                                                "\t当初値\tR1\tR2\tR3\t単位\n"
                                                "1計画\t1\t2\t3\t4\t件\n"
                                                "1実績\t1\t2\t3\t4\t\n"
                                                "⑳計画\t5\t6\t7\t8\t人\n"
                                                "⑳実績\t5\t6\t7\t8\t\n";
        const TextReadResult result = read_report_text(text);
        REQUIRE(result.ok());
        const auto& kpis = result.report->rounds.at(0).projects.at(0).kpis;
        REQUIRE_EQ(kpis.size(), 2);
        CHECK_EQ(kpis[0].number, 1);
        CHECK_EQ(kpis[0].title, "件数");
        CHECK_EQ(cell(kpis[0].actual, 2021), confirmed(4));
        CHECK_EQ(kpis[1].number, 20);
        CHECK_EQ(kpis[1].title, "人数");
        CHECK_EQ(kpis[1].unit.label, "人");
    }

    TEST_CASE("direction and accumulation inference") {
        const auto series = [](std::initializer_list<Observation> cells) {
            Series s;
            int year = 2020;
            for (const Observation& c : cells) {
                s.values.push_back(PeriodValue{FiscalYear{year++}, c});
            }
            return s;
        };
        const Observation none = Observation::not_set();
        struct Row {
            std::string what;
            Observation base;
            Series plan;
            Direction direction;
        };
        const Row rows[] = {
            {"falls steadily below the baseline", confirmed(30),
             series({confirmed(25), confirmed(20), confirmed(15)}), Direction::decrease},
            {"not-set cells are skipped", confirmed(30),
             series({none, confirmed(25), none, expected(20)}), Direction::decrease},
            {"one falling value is not enough", confirmed(30), series({confirmed(25), none, none}),
             Direction::increase},
            {"a flat step breaks it", confirmed(30),
             series({confirmed(25), confirmed(25), confirmed(20)}), Direction::increase},
            {"the first must be below the baseline", confirmed(30),
             series({confirmed(30), confirmed(20), confirmed(10)}), Direction::increase},
            {"no baseline, no inference", none, series({confirmed(25), confirmed(20)}),
             Direction::increase},
            {"rising", confirmed(120), series({confirmed(150), confirmed(160)}),
             Direction::increase},
        };
        for (const Row& row : rows) {
            CAPTURE(row.what);
            CHECK_EQ(infer_direction(Baseline{row.base, none, {}}, row.plan), row.direction);
        }
        CHECK_EQ(infer_accumulation("セミナー等事業参加企業数 (3年累計)"),
                 Accumulation::cumulative);
        CHECK_EQ(infer_accumulation("参加者数（累計）"), Accumulation::cumulative);
        CHECK_EQ(infer_accumulation("参加者数(5年累計 )"), Accumulation::cumulative);
        CHECK_EQ(infer_accumulation("参加者数(累計)【札幌市分】"), Accumulation::cumulative);
        CHECK_EQ(infer_accumulation("累計参加者数"), Accumulation::level); // no bracketed marker
        CHECK_EQ(infer_accumulation("参加者数 3年累計"), Accumulation::level);
        CHECK_EQ(infer_accumulation("外国人居住者数"), Accumulation::level);
    }

    TEST_CASE("overrides apply after the inference, and one that matches nothing is a warning") {
        TextReadOptions options;
        options.file_name = "sapporo.txt";
        options.overrides.push_back(KpiOverride{"デジタル技術を活用したイノベーション創出事業", 1,
                                                Direction::decrease, std::nullopt});
        options.overrides.push_back(KpiOverride{"ない事業", 1, Direction::decrease, std::nullopt});
        const TextReadResult result = load_report_text(seed_text_path, options);
        REQUIRE(result.ok()); // warnings only
        check_messages(result, {"sapporo.txt: warning: GK020: the override for KPI① of the project "
                                "\"ない事業\" matches no KPI"});
        const Project& project = result.report->rounds.at(1).projects.at(0);
        CHECK_EQ(project.kpis.at(0).direction, Direction::decrease);
        CHECK_EQ(project.kpis.at(0).accumulation, Accumulation::level); // left as inferred
        CHECK_EQ(project.kpis.at(1).direction, Direction::increase);
    }

} // TEST_SUITE
