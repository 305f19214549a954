// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The text reader on the bundled seed report (examples/data/sapporo_fy2022.txt): the model
// equals the hand-checked JSON, its figures are the ones named below with their line in the
// text, and the seed saved with a byte-order mark, with CRLF line ends or in CP932 reads the
// same.

#include <grantkpi/text_reader.hpp>

#include <grantkpi/json.hpp>

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
using testing::seed_text_options;
using testing::seed_text_path;
using testing::text_data_dir;
using testing::years_of;

const std::string seed_json = GRANTKPI_SOURCE_DIR "/examples/data/sapporo_fy2022.json";

const std::string foreign_residents_project = "外国人の活躍×グローバルビジネス拡大プロジェクト";

} // namespace

TEST_SUITE("text_reader") {

    TEST_CASE("the seed report reads as its hand-checked JSON") {
        const Report json = load_report_json(seed_json).value();

        // The hand-checked JSON states every figure (a person checked each); the text says
        // no direction, so the reader's bases are checked on their own below.
        SUBCASE("without overrides only the increment KPI differs") {
            TextReadOptions options;
            options.municipality = "札幌市";
            const Report text = testing::without_bases(read_ok(seed_text_path, options));
            Report expected_text = json;
            REQUIRE_EQ(expected_text.rounds.at(0).projects.at(2).name, foreign_residents_project);
            Kpi& residents = expected_text.rounds[0].projects[2].kpis.at(2); // 外国人居住者数
            residents.accumulation = Accumulation::level;
            CHECK_EQ(write_report_json(text), write_report_json(expected_text));
            CHECK(text == expected_text);
        }
        SUBCASE("with the override the model equals the JSON") {
            const Report text =
                testing::without_bases(read_ok(seed_text_path, seed_text_options()));
            CHECK_EQ(write_report_json(text), write_report_json(json));
            CHECK(text == json);
        }
        SUBCASE("the bases the reader gives") {
            const Report text = read_ok(seed_text_path, seed_text_options());
            int inferred = 0;
            int assumed = 0;
            int cumulative = 0;
            for (const Round& round : text.rounds) {
                for (const Project& project : round.projects) {
                    for (const Kpi& kpi : project.kpis) {
                        CHECK_EQ(kpi.direction, Direction::increase); // every seed KPI
                        inferred += kpi.direction_basis.source == Source::inferred ? 1 : 0;
                        assumed += kpi.direction_basis.source == Source::assumed ? 1 : 0;
                        if (kpi.accumulation == Accumulation::cumulative) {
                            ++cumulative;
                            CHECK_EQ(kpi.accumulation_basis,
                                     Provenance::inferred_by("title: (3年累計)"));
                        }
                    }
                }
            }
            // 17 KPIs: 13 inferred from their titles (就職, 登録, 成約, 創出 ...), 4 assumed
            // (投資件数, 外国人居住者数, データ取引件数, ダウンロード数).
            CHECK_EQ(inferred, 13);
            CHECK_EQ(assumed, 4);
            CHECK_EQ(cumulative, 1);
            // Line 32: ○UIJ ターン新規就業支援事業<道と共同申請> (71,349千円) ※道全体の採択額
            const Project& joint = text.rounds.at(0).projects.at(1);
            CHECK_EQ(joint.budget_scope, BudgetScope::joint_total);
            CHECK_EQ(joint.budget_scope_basis.source, Source::inferred);
            CHECK_EQ(text.rounds.at(0).projects.at(0).budget_scope_basis.source, Source::assumed);
        }
    }

    TEST_CASE("named figures of the seed report: its notes and the R1 round") {
        const Report report = read_ok(seed_text_path, seed_text_options());
        CHECK_EQ(report.municipality, std::optional<std::string>("札幌市"));
        CHECK_FALSE(report.title);
        REQUIRE_EQ(report.notes.size(), 1);
        CHECK(report.notes[0].starts_with("R4年度は新規採択事業1件あり。")); // line 3, "※ " removed
        REQUIRE_EQ(report.rounds.size(), 4);

        // Line 5: R1年度地方創生推進交付金<1/2国費>【R1年度から3年間(一部は6年間)実施】
        const Round& r1 = report.rounds[0];
        CHECK_EQ(r1.fiscal_year, FiscalYear{2019});
        CHECK_EQ(r1.scheme, "地方創生推進交付金");
        CHECK_EQ(r1.national_share, std::optional<Fraction>(Fraction{1, 2}));
        CHECK_EQ(r1.duration_years, std::optional<int>(3));
        CHECK_EQ(r1.duration_note, std::optional<std::string>("一部は6年間"));
        REQUIRE_EQ(r1.projects.size(), 3);

        // Line 7: ○UIJ ターンによるさっぽろ型人材還流促進事業<単独申請> (27,125千円)
        const Project& uij = r1.projects[0];
        CHECK_EQ(uij.name, "UIJ ターンによるさっぽろ型人材還流促進事業");
        CHECK_EQ(uij.application, Application::single);
        CHECK(uij.partners.empty());
        CHECK_EQ(uij.budget, Money{Decimal{27125}});
        CHECK_EQ(uij.description.size(), 2); // lines 9 and 11
        CHECK_EQ(uij.first_fiscal_year, FiscalYear{2019});
        CHECK_EQ(uij.last_fiscal_year, FiscalYear{2021}); // 3 years from R1
        REQUIRE_EQ(uij.kpis.size(), 3);
        // Lines 19-20: ①計画 120 ... / ①実績 122 ...: the baseline differs between the rows.
        CHECK_EQ(uij.kpis[0].baseline.plan, confirmed(120));
        CHECK_EQ(uij.kpis[0].baseline.actual, confirmed(122));
        CHECK_EQ(uij.kpis[0].unit, Unit{"件", UnitKind::count});
        CHECK_EQ(years_of(uij.kpis[0].plan), std::vector<int>{2019, 2020, 2021});
        CHECK_EQ(cell(uij.kpis[1].actual, 2021), confirmed(1216)); // line 22: 1,216

        // Line 28: <道と共同申請> (71,349千円) ※道全体の採択額, and line 34: ※
        // R6年度まで6年間実施予定
        const Project& migration = r1.projects[1];
        CHECK_EQ(migration.application, Application::joint);
        CHECK_EQ(migration.partners, std::vector<std::string>{"道"});
        CHECK_EQ(migration.budget_scope, BudgetScope::joint_total);
        CHECK_EQ(migration.last_fiscal_year, FiscalYear{2024});
        CHECK_EQ(migration.notes,
                 std::vector<std::string>{"R6年度まで6年間実施予定", "札幌市の実績値のみ記載"});
        CHECK_EQ(migration.description.size(), 3); // lines 30-32, ① and ② lines included
        CHECK_EQ(years_of(migration.kpis.at(0).actual), std::vector<int>{2019, 2020, 2021, 2022});
        CHECK_EQ(cell(migration.kpis[0].plan, 2022), Observation::not_set()); // line 41: —

        // Line 64: ③実績 — 5,586 -3,760 -274
        const Kpi& residents = r1.projects[2].kpis.at(2);
        CHECK_EQ(cell(residents.actual, 2020), confirmed(-3760));
        CHECK_EQ(residents.accumulation, Accumulation::increment); // from the override
        CHECK_EQ(r1.projects[2].kpis.at(3).unit, Unit{"千円", UnitKind::currency});
    }

    TEST_CASE("named figures of the seed report: the R2, R3 and R4 rounds") {
        const Report report = read_ok(seed_text_path, seed_text_options());
        REQUIRE_EQ(report.rounds.size(), 4);

        // Line 83: ②実績 — 0 7 11(見込)
        const Round& r2 = report.rounds[1];
        CHECK_EQ(cell(r2.projects.at(0).kpis.at(1).actual, 2022), expected(11));
        CHECK_FALSE(r2.duration_note);
        // Line 94: KPI② セミナー等事業参加企業数 (3年累計)
        const Kpi& seminars = r2.projects.at(1).kpis.at(1);
        CHECK_EQ(seminars.title, "セミナー等事業参加企業数 (3年累計)");
        CHECK_EQ(seminars.accumulation, Accumulation::cumulative);

        // Lines 103-105: a round without share, duration or projects, with a note.
        const Round& r3 = report.rounds[2];
        CHECK_EQ(r3.fiscal_year, FiscalYear{2021});
        CHECK_FALSE(r3.national_share);
        CHECK_FALSE(r3.duration_years);
        CHECK(r3.projects.empty());
        CHECK_EQ(r3.notes,
                 std::vector<std::string>{"R3年度地方創生推進交付金については新規採択事業なし。"});

        // Line 125: ③計画 31.20 ... %: the written precision is kept.
        const Kpi& share = report.rounds[3].projects.at(0).kpis.at(2);
        CHECK(same_representation(*share.baseline.plan.value(), Decimal{3120, 2}));
        CHECK_EQ(share.unit, Unit{"%", UnitKind::percent});
        for (const Round& round : report.rounds) {
            for (const Project& project : round.projects) {
                for (const Kpi& kpi : project.kpis) {
                    CHECK_EQ(kpi.direction,
                             Direction::increase); // no plan falls below its baseline
                }
            }
        }
    }

    TEST_CASE("a UTF-8 byte-order mark, CRLF line ends and CP932 read as the seed") {
        // bom.txt, crlf.txt and cp932.txt are the seed saved those ways
        // (tests/data/text/README.md).
        const Report seed = read_ok(seed_text_path, seed_text_options());
        for (const char* name : {"bom.txt", "crlf.txt", "cp932.txt"}) {
            CAPTURE(name);
            CHECK(read_ok(text_data_dir + name, seed_text_options()) == seed);
        }
        TextReadOptions cp932 = seed_text_options();
        cp932.encoding = TextEncoding::cp932;
        CHECK(read_ok(text_data_dir + "cp932.txt", cp932) == seed);
        TextReadOptions utf8 = seed_text_options();
        utf8.encoding = TextEncoding::utf8;
        CHECK(read_ok(text_data_dir + "bom.txt", utf8) == seed);
    }

} // TEST_SUITE
