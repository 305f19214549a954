// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The table variants of real report copies (issue 11, "Layout artifacts"): one report of
// another municipality per artifact under tests/data/variants/table_*.txt, each with the
// figures a careful human reads from it, and the exact diagnostics of the malformed ones
// (docs/text-format.md, "Tables").

#include <grantkpi/text_reader.hpp>

#include <grantkpi/text_writer.hpp>

#include <support/printers.hpp>
#include <support/reader_checks.hpp>
#include <support/text_read.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace grantkpi;

const std::string variants_dir = GRANTKPI_SOURCE_DIR "/tests/data/variants/";

TextReadOptions options_for(const std::string& name, bool strict) {
    TextReadOptions options;
    options.file_name = name;
    options.strict = strict;
    return options;
}

TextReadResult load(const std::string& name, bool strict = true) {
    return load_report_text(variants_dir + name, options_for(name, strict));
}

/// The report of a variant that must read without a single diagnostic.
Report read_clean(const std::string& name) {
    return testing::require_clean_read(load(name));
}

const Observation none = Observation::not_set();

Observation c(std::int64_t coefficient, int scale = 0) {
    return Observation::confirmed(Decimal{coefficient, scale});
}
Observation e(std::int64_t coefficient, int scale = 0) {
    return Observation::expected(Decimal{coefficient, scale});
}

/// A row: its fiscal years (Gregorian) and its cells, in column order.
void check_row(const Series& series, const std::vector<int>& years,
               const std::vector<Observation>& cells) {
    REQUIRE_EQ(series.size(), years.size());
    REQUIRE_EQ(cells.size(), years.size());
    std::size_t i = 0;
    for (const PeriodValue& value : series) {
        CAPTURE(i);
        CHECK_EQ(value.year.gregorian(), years[i]);
        CHECK_EQ(value.value, cells[i]);
        ++i;
    }
}

/// A KPI's number, title, unit and kind, baseline and both rows.
struct KpiFigures {
    int number;
    std::string title;
    std::string unit;
    UnitKind kind;
    Observation baseline_plan;
    Observation baseline_actual;
    std::vector<Observation> plan;
    std::vector<Observation> actual;
};

void check_kpi(const Kpi& kpi, const std::vector<int>& years, const KpiFigures& figures) {
    CAPTURE(figures.title);
    CHECK_EQ(kpi.number, figures.number);
    CHECK_EQ(kpi.title, figures.title);
    CHECK_EQ(kpi.unit.label, figures.unit);
    CHECK_EQ(kpi.unit.kind, figures.kind);
    CHECK_EQ(kpi.baseline.plan, figures.baseline_plan);
    CHECK_EQ(kpi.baseline.actual, figures.baseline_actual);
    check_row(kpi.plan, years, figures.plan);
    check_row(kpi.actual, years, figures.actual);
}

std::vector<std::string> messages(const TextReadResult& result) {
    std::vector<std::string> out;
    for (const Diagnostic& d : result.diagnostics) {
        out.push_back(d.to_string());
    }
    return out;
}

void check_messages(const TextReadResult& result, const std::vector<std::string>& expected) {
    const std::vector<std::string> got = messages(result);
    CHECK_EQ(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size() && i < expected.size(); ++i) {
        CHECK_MESSAGE(grantkpi::testing::diagnostic_matches(got[i], expected[i]),
                      "got " << got[i] << "\nwanted " << expected[i]);
    }
    for (std::size_t i = expected.size(); i < got.size(); ++i) {
        CHECK_MESSAGE(false, "unexpected diagnostic: " << got[i]);
    }
}

/// A variant whose diagnostics are not all errors: the same in both modes, and a report.
Report read_with(const std::string& name, const std::vector<std::string>& expected) {
    const TextReadResult strict = load(name, true);
    check_messages(strict, expected);
    check_messages(load(name, false), expected);
    REQUIRE(strict.report.has_value());
    CHECK(strict.ok());
    return *strict.report;
}

/// A malformed variant: strict mode stops at its first error and returns no report; lenient
/// mode gives every diagnostic (`expected`, of which the first error is strict mode's last)
/// and the report read around them.
Report read_malformed(const std::string& name, const std::vector<std::string>& expected) {
    const TextReadResult strict = load(name, true);
    CHECK_FALSE(strict.report.has_value());
    std::vector<std::string> strict_expected;
    for (const std::string& message : expected) {
        strict_expected.push_back(message);
        if (message.find(": error: ") != std::string::npos) {
            break;
        }
    }
    check_messages(strict, strict_expected);
    const TextReadResult lenient = load(name, false);
    check_messages(lenient, expected);
    REQUIRE(lenient.report.has_value());
    CHECK_FALSE(lenient.ok());
    return *lenient.report;
}

const std::string single_space_cause =
    " has no tabs, and no run of two or more spaces separates its cells: a single space never "
    "separates cells (titles and names hold single spaces); separate the cells with tabs";

} // namespace

TEST_SUITE("text_variants_tables") {

    TEST_CASE("KPI markers KPI ①, KPI 2, ＫＰＩ③, KPI4 and row labels 2計画, ４計画") {
        const Report report = read_clean("table_kpi_markers.txt");
        REQUIRE_EQ(report.rounds.size(), 1);
        const Round& round = report.rounds[0];
        CHECK_EQ(round.fiscal_year, FiscalYear{2021}); // R3年度
        REQUIRE_EQ(round.projects.size(), 1);
        const Project& project = round.projects[0];
        CHECK_EQ(project.name, "東和田町移住・定住促進事業");
        CHECK_EQ(project.budget, Money{Decimal{12480}}); // (12,480千円)
        REQUIRE_EQ(project.kpis.size(), 4);
        const std::vector<int> years{2021, 2022, 2023}; // R3 R4 R5
        // KPI ① (a space before ①): 12 | 20 30 40 人; 12 | 18 33 41(見込)
        check_kpi(project.kpis[0], years,
                  {1,
                   "お試し住宅の利用者数",
                   "人",
                   UnitKind::count,
                   c(12),
                   c(12),
                   {c(20), c(30), c(40)},
                   {c(18), c(33), e(41)}});
        // KPI 2 (a space, ASCII digit), rows 2計画 / 2実績
        check_kpi(project.kpis[1], years,
                  {2,
                   "移住相談件数",
                   "件",
                   UnitKind::count,
                   c(25),
                   c(25),
                   {c(40), c(50), c(60)},
                   {c(46), c(58), c(52)}});
        // ＫＰＩ③ (full-width letters): the R5 actual is —, and so is the actual row's unit
        check_kpi(project.kpis[2], years,
                  {3,
                   "移住者数",
                   "人",
                   UnitKind::count,
                   c(5),
                   c(5),
                   {c(8), c(10), c(12)},
                   {c(6), c(11), none}});
        // KPI4, rows ４計画 / ４実績 (a full-width digit)
        check_kpi(project.kpis[3], years,
                  {4,
                   "空き家バンクの新規登録件数",
                   "件",
                   UnitKind::count,
                   c(3),
                   c(3),
                   {c(6), c(9), c(12)},
                   {c(7), c(9), e(10)}});
    }

    TEST_CASE("full-width ＫＰＩ with an ideographic space, 【ＫＰＩ】, units 人泊 and 経営体") {
        const Report report = read_clean("table_kpi_markers_fullwidth.txt");
        REQUIRE_EQ(report.rounds.size(), 1);
        CHECK_EQ(report.rounds[0].fiscal_year, FiscalYear{2022}); // R4年度
        REQUIRE_EQ(report.rounds[0].projects.size(), 1);
        const Project& project = report.rounds[0].projects[0];
        CHECK_EQ(project.name, "南川村農泊推進事業");
        REQUIRE_EQ(project.kpis.size(), 4);
        const std::vector<int> years{2022, 2023, 2024}; // R4 R5 R6
        check_kpi(project.kpis[0], years,               // ＫＰＩ①
                  {1,
                   "農泊施設の延べ宿泊者数",
                   "人泊",
                   UnitKind::count,
                   c(120),
                   c(120),
                   {c(300), c(450), c(600)},
                   {c(286), none, none}});
        check_kpi(project.kpis[1], years, // ＫＰＩ　② (U+3000 before ②)
                  {2,
                   "農業体験プログラムの参加者数",
                   "人",
                   UnitKind::count,
                   c(40),
                   c(40),
                   {c(80), c(120), c(150)},
                   {c(95), none, none}});
        check_kpi(project.kpis[2], years, // ＫＰＩ３, rows ３計画 / ３実績
                  {3,
                   "体験プログラムを提供する農業経営体数",
                   "経営体",
                   UnitKind::count,
                   c(2),
                   c(2),
                   {c(4), c(6), c(8)},
                   {c(5), none, none}});
        check_kpi(project.kpis[3], years, // KPI　④
                  {4,
                   "農泊を通じた農産物の直売額",
                   "千円",
                   UnitKind::currency,
                   c(1500),
                   c(1500),
                   {c(2000), c(2500), c(3000)},
                   {c(1870), none, none}});
    }

    TEST_CASE("row labels 計画値 / 実績値, 目標 / 実績, 目標値 / 実績値") {
        const Report report = read_clean("table_row_labels.txt");
        REQUIRE_EQ(report.rounds.size(), 1);
        CHECK_EQ(report.rounds[0].fiscal_year, FiscalYear{2020}); // R2年度
        const Project& project = report.rounds[0].projects.at(0);
        CHECK_EQ(project.name, "西浜市水産物ブランド化推進事業");
        REQUIRE_EQ(project.kpis.size(), 3);
        const std::vector<int> years{2020, 2021, 2022}; // R2 R3 R4
        check_kpi(project.kpis[0], years,               // ①計画値 / ①実績値
                  {1,
                   "ブランド認証を受けた水産加工品数",
                   "品",
                   UnitKind::count,
                   c(0),
                   c(0),
                   {c(5), c(10), c(15)},
                   {c(6), c(11), c(14)}});
        check_kpi(project.kpis[1], years, // ②目標 / ②実績; 163,000(見込)
                  {2,
                   "認証水産加工品の販売額",
                   "千円",
                   UnitKind::currency,
                   c(120000),
                   c(120000),
                   {c(135000), c(150000), c(165000)},
                   {c(128450), c(151200), e(163000)}});
        check_kpi(project.kpis[2], years, // ③目標値 / ③実績値
                  {3,
                   "ふるさと納税における水産加工品の寄附件数",
                   "件",
                   UnitKind::count,
                   c(850),
                   c(850),
                   {c(1000), c(1200), c(1400)},
                   {c(1130), c(1390), c(1552)}});
    }

    TEST_CASE("a row label one character off 計画 or 実績 says \"did you mean\"") {
        const std::string cause =
            " (plan rows are 計画, 計画値, 目標 or 目標値; actual rows 実績 or 実績値)";
        const Report report = read_malformed("table_row_label_typo.txt",
                                             {"table_row_label_typo.txt:10:1: error: GK033: "
                                              "unknown row label \"①計書\": did you mean "
                                              "\"①計画\"?" +
                                                  cause,
                                              "table_row_label_typo.txt:13:1: error: GK033: "
                                              "unknown row label \"②実積\": did you mean "
                                              "\"②実績\"?" +
                                                  cause});
        // Lenient mode skips the two rows, and says nothing more about them (no "KPI① has no
        // table row" after the "did you mean").
        const Project& project = report.rounds.at(0).projects.at(0);
        REQUIRE_EQ(project.kpis.size(), 2);
        const std::vector<int> years{2021, 2022, 2023}; // R3 R4 R5
        check_kpi(project.kpis[0], years,
                  {1,
                   "子育て支援拠点の延べ利用者数",
                   "",
                   UnitKind::other,
                   none,
                   c(1200),
                   {none, none, none},
                   {c(1640), c(1910), c(2050)}});
        check_kpi(project.kpis[1], years,
                  {2,
                   "子育て相談の件数",
                   "件",
                   UnitKind::count,
                   c(300),
                   none,
                   {c(350), c(400), c(450)},
                   {none, none, none}});
    }

    TEST_CASE("baseline headers 基準値 and 現状値, a caption 項目 before the baseline column") {
        const Report report = read_clean("table_baseline_headers.txt");
        REQUIRE_EQ(report.rounds.size(), 1);
        const Round& round = report.rounds[0];
        REQUIRE_EQ(round.projects.size(), 2);
        const std::vector<int> years{2022, 2023, 2024}; // R4 R5 R6
        const Project& first = round.projects[0];       // 基準値
        CHECK_EQ(first.name, "青葉町中心市街地にぎわい創出事業");
        REQUIRE_EQ(first.kpis.size(), 2);
        check_kpi(first.kpis[0], years,
                  {1,
                   "中心市街地の歩行者通行量（休日）",
                   "人",
                   UnitKind::count,
                   c(3250),
                   c(3250),
                   {c(3400), c(3600), c(3800)},
                   {c(3512), none, none}});
        check_kpi(first.kpis[1], years,
                  {2,
                   "チャレンジショップからの新規出店数",
                   "店舗",
                   UnitKind::count,
                   c(0),
                   c(0),
                   {c(2), c(4), c(6)},
                   {c(3), none, none}});
        const Project& second = round.projects[1]; // 項目<TAB>現状値<TAB>R4…
        CHECK_EQ(second.name, "青葉町テレワーク拠点運営事業");
        REQUIRE_EQ(second.kpis.size(), 2);
        check_kpi(second.kpis[0], years,
                  {1,
                   "テレワーク拠点の利用者数",
                   "人",
                   UnitKind::count,
                   c(480),
                   c(480),
                   {c(900), c(1300), c(1600)},
                   {c(1024), none, none}});
        check_kpi(second.kpis[1], years,
                  {2,
                   "拠点を利用した町外企業数",
                   "社",
                   UnitKind::count,
                   c(3),
                   c(3),
                   {c(6), c(9), c(12)},
                   {c(5), none, none}});
        for (const Project& project : round.projects) {
            for (const Kpi& kpi : project.kpis) {
                CHECK_FALSE(kpi.baseline.year.has_value()); // no year in the header
            }
        }
    }

    TEST_CASE("baseline headers with a year: 当初値（H29）, 当初値(R1), 基準値（H30年度）") {
        const Report report = read_clean("table_baseline_year.txt");
        REQUIRE_EQ(report.rounds.size(), 2);
        CHECK_EQ(report.rounds[0].fiscal_year, FiscalYear{2019}); // R1年度
        CHECK_EQ(report.rounds[1].fiscal_year, FiscalYear{2020}); // R2年度

        const Project& forest = report.rounds[0].projects.at(0);
        CHECK_EQ(forest.name, "白樺村森林資源活用事業");
        REQUIRE_EQ(forest.kpis.size(), 2);
        const std::vector<int> first_years{2019, 2020, 2021}; // R1 R2 R3
        check_kpi(forest.kpis[0], first_years,
                  {1,
                   "木質チップの生産量",
                   "t",
                   UnitKind::other,
                   c(850),
                   c(850),
                   {c(1000), c(1200), c(1400)},
                   {c(1060), c(1180), c(1450)}});
        check_kpi(forest.kpis[1], first_years,
                  {2,
                   "林業の新規就業者数",
                   "人",
                   UnitKind::count,
                   c(1),
                   c(1),
                   {c(2), c(3), c(4)},
                   {c(2), c(2), c(5)}});
        // 当初値（H29）: FY2017, for both KPIs under that header.
        CHECK_EQ(forest.kpis[0].baseline.year, std::optional<FiscalYear>(FiscalYear{2017}));
        CHECK_EQ(forest.kpis[1].baseline.year, std::optional<FiscalYear>(FiscalYear{2017}));

        const Project& workation = report.rounds[1].projects.at(0);
        CHECK_EQ(workation.name, "白樺村ワーケーション推進事業");
        REQUIRE_EQ(workation.kpis.size(), 2);
        const std::vector<int> second_years{2020, 2021, 2022}; // R2 R3 R4
        check_kpi(workation.kpis[0], second_years,
                  {1,
                   "ワーケーション利用者の延べ宿泊数",
                   "人泊",
                   UnitKind::count,
                   c(210),
                   c(210),
                   {c(400), c(600), c(800)},
                   {c(156), c(512), e(840)}});
        check_kpi(workation.kpis[1], second_years,
                  {2,
                   "村内のサテライトオフィス数",
                   "箇所",
                   UnitKind::count,
                   c(0),
                   c(0),
                   {c(1), c(2), c(3)},
                   {c(1), c(1), c(3)}});
        // 当初値(R1): FY2019; 基準値（H30年度）: FY2018.
        CHECK_EQ(workation.kpis[0].baseline.year, std::optional<FiscalYear>(FiscalYear{2019}));
        CHECK_EQ(workation.kpis[1].baseline.year, std::optional<FiscalYear>(FiscalYear{2018}));
    }

    TEST_CASE("units ％, 件/年, 百万円, 人泊 and 経営体") {
        const Report report = read_clean("table_units.txt");
        REQUIRE_EQ(report.rounds.size(), 1);
        const Round& round = report.rounds[0];
        REQUIRE_EQ(round.projects.size(), 2);
        const std::vector<int> years{2021, 2022, 2023}; // R3 R4 R5
        const Project& tourism = round.projects[0];
        CHECK_EQ(tourism.name, "美原市観光DX推進事業");
        CHECK_EQ(tourism.budget, Money{Decimal{32600}});
        REQUIRE_EQ(tourism.kpis.size(), 4);
        check_kpi(tourism.kpis[0], years,
                  {1,
                   "市内宿泊施設の延べ宿泊者数",
                   "人泊",
                   UnitKind::count,
                   c(182000),
                   c(182000),
                   {c(190000), c(205000), c(220000)},
                   {c(176540), c(214300), c(231020)}});
        // 百万円: a currency unit, kept as written (1 百万円 = 1,000 千円).
        check_kpi(tourism.kpis[1], years,
                  {2,
                   "観光消費額",
                   "百万円",
                   UnitKind::currency,
                   c(4820),
                   c(4820),
                   {c(5000), c(5400), c(5800)},
                   {c(4615), c(5520), e(6010)}});
        // ％ (full-width), kept as written; 65.0 keeps its written scale.
        check_kpi(tourism.kpis[2], years,
                  {3,
                   "観光アプリの利用者満足度",
                   "％",
                   UnitKind::percent,
                   c(625, 1),
                   c(625, 1),
                   {c(650, 1), c(700, 1), c(750, 1)},
                   {c(668, 1), c(712, 1), c(739, 1)}});
        CHECK(same_representation(*tourism.kpis[2].plan.values[0].value.value(), Decimal{650, 1}));
        check_kpi(tourism.kpis[3], years,
                  {4,
                   "データを活用した観光事業者の新商品開発",
                   "件/年",
                   UnitKind::count,
                   c(0),
                   c(0),
                   {c(4), c(6), c(8)},
                   {c(5), c(7), c(9)}});
        const Project& farming = round.projects[1];
        CHECK_EQ(farming.name, "美原市スマート農業実証事業");
        REQUIRE_EQ(farming.kpis.size(), 1);
        check_kpi(farming.kpis[0], years,
                  {1,
                   "スマート農業技術を導入した経営体数",
                   "経営体",
                   UnitKind::count,
                   c(4),
                   c(4),
                   {c(10), c(16), c(22)},
                   {c(12), c(15), none}});
    }

    TEST_CASE("a unit given only on the actual row is kept, none on either row is a warning") {
        const Report report = read_with("table_unit_on_actual.txt",
                                        {"table_unit_on_actual.txt:18:1: warning: GK039"});
        const Project& project = report.rounds.at(0).projects.at(0);
        REQUIRE_EQ(project.kpis.size(), 4);
        const std::vector<int> years{2020, 2021, 2022}; // R2 R3 R4
        check_kpi(project.kpis[0], years,               // % only on ①実績
                  {1,
                   "特定健診の受診率",
                   "%",
                   UnitKind::percent,
                   c(382, 1),
                   c(382, 1),
                   {c(400, 1), c(420, 1), c(450, 1)},
                   {c(351, 1), c(416, 1), c(448, 1)}});
        check_kpi(project.kpis[1], years, // 人 on both rows
                  {2,
                   "健康ポイント事業の参加者数",
                   "人",
                   UnitKind::count,
                   c(0),
                   c(0),
                   {c(300), c(500), c(700)},
                   {c(284), c(530), c(688)}});
        check_kpi(project.kpis[2], years, // 回 and " 回 ": the same label
                  {3,
                   "運動教室の開催回数",
                   "回",
                   UnitKind::count,
                   c(12),
                   c(12),
                   {c(24), c(36), c(48)},
                   {c(20), c(37), c(50)}});
        check_kpi(project.kpis[3], years, // no unit at all
                  {4,
                   "健康相談の利用件数",
                   "",
                   UnitKind::other,
                   c(60),
                   c(60),
                   {c(80), c(100), c(120)},
                   {c(73), c(104), c(131)}});
    }

    TEST_CASE("units that differ between the rows: a warning on a real conflict only") {
        const Report report =
            read_with("table_unit_conflict.txt", {"table_unit_conflict.txt:12:19: warning: GK039",
                                                  "table_unit_conflict.txt:14:14: warning: GK039"});
        const Project& project = report.rounds.at(0).projects.at(0);
        REQUIRE_EQ(project.kpis.size(), 3);
        const std::vector<int> years{2022, 2023, 2024}; // R4 R5 R6
        check_kpi(project.kpis[0], years,
                  {1,
                   "特産品の町外での販売額",
                   "千円",
                   UnitKind::currency,
                   c(18000),
                   c(18000),
                   {c(20000), c(23000), c(26000)},
                   {c(21), none, none}});
        check_kpi(project.kpis[1], years,
                  {2,
                   "特産品の新規取引先数",
                   "社",
                   UnitKind::count,
                   c(5),
                   c(5),
                   {c(10), c(15), c(20)},
                   {c(12), none, none}});
        // % on the plan row, ％ on the actual row: one label in two widths, no conflict.
        check_kpi(project.kpis[2], years,
                  {3,
                   "特産品の認知度",
                   "%",
                   UnitKind::percent,
                   c(240, 1),
                   c(240, 1),
                   {c(300, 1), c(350, 1), c(400, 1)},
                   {c(315, 1), none, none}});
    }

    TEST_CASE("KPI titles wrapped onto the next lines are joined") {
        const Report report = read_clean("table_wrapped_titles.txt");
        const Project& project = report.rounds.at(0).projects.at(0);
        CHECK_EQ(project.name, "桜ヶ丘市教育旅行誘致事業");
        REQUIRE_EQ(project.kpis.size(), 4);
        const std::vector<int> years{2020, 2021, 2022}; // R2 R3 R4
        // Two lines; the second has trailing tabs.
        check_kpi(project.kpis[0], years,
                  {1,
                   "市内の体験プログラムを利用した修学旅行生の受入人数",
                   "人",
                   UnitKind::count,
                   c(1800),
                   c(1800),
                   {c(2400), c(3000), c(3600)},
                   {c(420), c(2150), c(3310)}});
        // (3年累計) on the second line: the joined title is cumulative.
        check_kpi(project.kpis[1], years,
                  {2,
                   "教育旅行プログラムの造成数(3年累計)",
                   "件",
                   UnitKind::count,
                   c(0),
                   c(0),
                   {c(3), c(6), c(9)},
                   {c(2), c(5), c(9)}});
        CHECK_EQ(project.kpis[1].accumulation, Accumulation::cumulative);
        CHECK_EQ(project.kpis[1].accumulation_basis,
                 Provenance::inferred_by("title: (3年累計)")); // the marker of the second line
        CHECK_EQ(project.kpis[0].accumulation, Accumulation::level);
        // Three lines.
        check_kpi(project.kpis[2], years,
                  {3,
                   "体験プログラムの受入れに協力する市内の農家・漁業者・宿泊事業者等の事業者数",
                   "者",
                   UnitKind::count,
                   c(15),
                   c(15),
                   {c(25), c(35), c(45)},
                   {c(22), c(38), c(47)}});
        // Broken between two ASCII words (SNS / PR): joined with a space.
        check_kpi(project.kpis[3], years,
                  {4,
                   "教育旅行の誘致を目的とした SNS PR 動画の再生回数",
                   "回",
                   UnitKind::count,
                   c(0),
                   c(0),
                   {c(10000), c(20000), c(30000)},
                   {c(12480), c(18020), c(35600)}});
    }

    TEST_CASE("cells separated by runs of spaces (pdftotext -layout)") {
        const Report report = read_clean("table_spaces_layout.txt");
        REQUIRE_EQ(report.rounds.size(), 1);
        const Round& round = report.rounds[0];
        CHECK_EQ(round.fiscal_year, FiscalYear{2019}); // R1年度
        REQUIRE_EQ(round.projects.size(), 2);
        const std::vector<int> years{2019, 2020, 2021}; // R1 R2 R3
        const Project& first = round.projects[0];
        CHECK_EQ(first.name, "いしかり・ライフ style 移住促進事業"); // single spaces kept
        CHECK_EQ(first.application, Application::joint);
        CHECK_EQ(first.partners, std::vector<std::string>{"道"});
        CHECK_EQ(first.budget, Money{Decimal{23500}});
        REQUIRE_EQ(first.kpis.size(), 2);
        check_kpi(first.kpis[0], years,
                  {1,
                   "UIJ ターン就職者数",
                   "人",
                   UnitKind::count,
                   c(120),
                   c(122),
                   {c(150), c(160), c(170)},
                   {c(136), c(144), e(16)}}); // 16 (見込)
        // ②実績 ends with a — in the unit column: no unit, not a fifth value.
        check_kpi(first.kpis[1], years,
                  {2,
                   "地元企業の合同説明会の参加者数",
                   "人",
                   UnitKind::count,
                   c(1100),
                   c(1050),
                   {c(1200), c(1300), c(1400)},
                   {c(1232), none, none}});
        const Project& second = round.projects[1];
        CHECK_EQ(second.name, "いしかり・ライフ style 空き店舗活用事業");
        REQUIRE_EQ(second.kpis.size(), 1);
        check_kpi(second.kpis[0], years, // the baseline is — in both rows
                  {1,
                   "空き店舗を活用した新規出店数",
                   "件",
                   UnitKind::count,
                   none,
                   none,
                   {c(2), c(4), c(6)},
                   {c(3), c(5), c(6)}});
    }

    TEST_CASE("a table header without tabs and with single spaces is refused, once") {
        const Report report =
            read_malformed("table_spaces_single.txt", {"table_spaces_single.txt:9:1: error: GK032: "
                                                       "the table header \"当初値 R2 R3 R4 単位\"" +
                                                       single_space_cause});
        // The rows under the refused header are not read, and say nothing more.
        const Project& project = report.rounds.at(0).projects.at(0);
        REQUIRE_EQ(project.kpis.size(), 2);
        CHECK_EQ(project.kpis[0].title, "観光ガイドの登録者数");
        CHECK_EQ(project.kpis[1].title, "ガイドツアーの参加者数");
        for (const Kpi& kpi : project.kpis) {
            CHECK(kpi.plan.empty());
            CHECK(kpi.actual.empty());
        }
    }

    TEST_CASE("space-separated rows that cannot be split safely are refused") {
        const Report report = read_malformed("table_spaces_missing_cell.txt",
                                             {"table_spaces_missing_cell.txt:11:1: error: GK038",
                                              "table_spaces_missing_cell.txt:15:1: error: GK032: "
                                              "the row \"③計画 500 1,000 1,500 2,000 "
                                              "人\"" +
                                                  single_space_cause});
        const Project& project = report.rounds.at(0).projects.at(0);
        REQUIRE_EQ(project.kpis.size(), 3);
        const std::vector<int> years{2021, 2022, 2023}; // R3 R4 R5
        // The refused rows are not set; nothing is shifted into the wrong year.
        check_kpi(project.kpis[0], years,
                  {1,
                   "シェアサイクルの利用回数",
                   "回",
                   UnitKind::count,
                   c(0),
                   none,
                   {c(8000), c(15000), c(20000)},
                   {none, none, none}});
        check_kpi(project.kpis[1], years,
                  {2,
                   "サイクルポートの設置数",
                   "箇所",
                   UnitKind::count,
                   c(0),
                   c(0),
                   {c(20), c(30), c(40)},
                   {c(20), c(31), c(40)}});
        check_kpi(project.kpis[2], years,
                  {3,
                   "シェアサイクルの登録会員数",
                   "",
                   UnitKind::other,
                   none,
                   c(500),
                   {none, none, none},
                   {c(1240), c(1480), c(2100)}});
    }

    TEST_CASE("the table header repeated after a page break is skipped with a note") {
        const std::string note =
            ": note: GK014: a repeated table header (as after a page break) with "
            "the fiscal years of the header of line 12 (R2 R3 R4) is skipped";
        const Report report =
            read_with("table_repeated_header.txt", {"table_repeated_header.txt:16:2" + note,
                                                    "table_repeated_header.txt:19:2" + note});
        REQUIRE_EQ(report.rounds.size(), 1);
        const Round& round = report.rounds[0];
        REQUIRE_EQ(round.projects.size(), 2);
        const std::vector<int> years{2020, 2021, 2022}; // R2 R3 R4
        const Project& first = round.projects[0];
        REQUIRE_EQ(first.kpis.size(), 3);
        check_kpi(first.kpis[0], years,
                  {1,
                   "交流イベントの参加者数",
                   "人",
                   UnitKind::count,
                   c(150),
                   c(150),
                   {c(200), c(250), c(300)},
                   {c(88), c(265), c(312)}});
        check_kpi(first.kpis[1], years, // its rows on two pages
                  {2,
                   "ふるさと住民の登録者数",
                   "人",
                   UnitKind::count,
                   c(0),
                   c(0),
                   {c(100), c(200), c(300)},
                   {c(124), c(236), c(351)}});
        check_kpi(first.kpis[2], years,
                  {3,
                   "関係人口からの移住者数",
                   "人",
                   UnitKind::count,
                   c(0),
                   c(0),
                   {c(2), c(4), c(6)},
                   {c(1), c(5), c(7)}});
        // Another project: a header with other years is a new table, without a note.
        const Project& second = round.projects[1];
        REQUIRE_EQ(second.kpis.size(), 2);
        check_kpi(second.kpis[0], years,
                  {1,
                   "協力隊員の起業件数",
                   "件",
                   UnitKind::count,
                   c(0),
                   c(0),
                   {c(1), c(2), c(3)},
                   {c(1), c(2), c(2)}});
        check_kpi(second.kpis[1], {2021, 2022, 2023}, // R3 R4 R5
                  {2,
                   "任期後の定住者数",
                   "人",
                   UnitKind::count,
                   c(0),
                   c(0),
                   {c(2), c(3), c(4)},
                   {c(2), c(4), none}});
    }

    TEST_CASE("table headers written before the era change: H32 = R2, H33 = R3, with a warning") {
        // One warning per header, naming every such year.
        const std::string cause = " Heisei past its end (H31 = R1 = FY2019, a document drafted "
                                  "before the era changed): read as ";
        const Report report = read_with("table_heisei_after_era.txt",
                                        {"table_heisei_after_era.txt:11:14: warning: GK042",
                                         "table_heisei_after_era.txt:22:14: warning: GK042"});
        REQUIRE_EQ(report.rounds.size(), 1);
        CHECK_EQ(report.rounds[0].fiscal_year, FiscalYear{2018}); // H30年度
        REQUIRE_EQ(report.rounds[0].projects.size(), 2);
        const Project& winery = report.rounds[0].projects[0];
        REQUIRE_EQ(winery.kpis.size(), 2);
        const std::vector<int> years{2018, 2019, 2020}; // H30 H31 H32
        check_kpi(winery.kpis[0], years,
                  {1,
                   "町内ワイナリーの醸造量",
                   "L",
                   UnitKind::other,
                   c(12000),
                   c(12000),
                   {c(15000), c(20000), c(26000)},
                   {c(16200), c(19400), c(27900)}});
        check_kpi(winery.kpis[1], years,
                  {2,
                   "ワイナリー見学の来訪者数",
                   "人",
                   UnitKind::count,
                   c(800),
                   c(800),
                   {c(1200), c(1600), c(2000)},
                   {c(1350), c(980), c(2210)}});
        const Project& growers = report.rounds[0].projects[1];
        REQUIRE_EQ(growers.kpis.size(), 1);
        check_kpi(growers.kpis[0], {2018, 2019, 2020, 2021}, // H30 H31 H32 H33
                  {1,
                   "ぶどうの新規就農者数",
                   "人",
                   UnitKind::count,
                   c(0),
                   c(0),
                   {c(1), c(2), c(3), c(4)},
                   {c(1), c(1), c(3), c(4)}});
    }

    TEST_CASE("a bad table header gives one error, not one per row or KPI") {
        const Report report =
            read_malformed("table_bad_header.txt", {"table_bad_header.txt:10:2: error: GK034"});
        REQUIRE_EQ(report.rounds.size(), 1);
        const Round& round = report.rounds[0];
        REQUIRE_EQ(round.projects.size(), 2);
        const Project& first = round.projects[0];
        REQUIRE_EQ(first.kpis.size(), 3);
        for (const Kpi& kpi : first.kpis) {
            CHECK(kpi.plan.empty());
            CHECK(kpi.actual.empty());
        }
        // The next project reads as written.
        const Project& second = round.projects[1];
        CHECK_EQ(second.name, "南浦町学習支援事業");
        REQUIRE_EQ(second.kpis.size(), 1);
        check_kpi(second.kpis[0], {2021, 2022, 2023},
                  {1,
                   "学習支援教室の参加者数",
                   "人",
                   UnitKind::count,
                   c(20),
                   c(20),
                   {c(30), c(40), c(50)},
                   {c(34), c(41), c(47)}});
    }

    TEST_CASE("a report mixing the variants: wrapped cumulative title, 基準値（R1）, 目標値, "
              "spaces") {
        const Report report = read_clean("table_mixed_report.txt");
        CHECK_EQ(report.notes, std::vector<std::string>{"R4年度は新規採択事業なし。"});
        REQUIRE_EQ(report.rounds.size(), 2);
        CHECK_EQ(report.rounds[0].fiscal_year, FiscalYear{2020}); // R2年度
        CHECK_EQ(report.rounds[1].fiscal_year, FiscalYear{2021}); // R3年度

        const Project& town = report.rounds[0].projects.at(0);
        CHECK_EQ(town.name, "中川市まちなか再生事業");
        CHECK_EQ(town.budget, Money{Decimal{21750}});
        REQUIRE_EQ(town.kpis.size(), 2);
        const std::vector<int> first_years{2020, 2021, 2022}; // R2 R3 R4
        check_kpi(town.kpis[0], first_years, // KPI ① over two lines; ①目標値 / ①実績値
                  {1,
                   "空き店舗を活用した新規出店数（3年累計）",
                   "件",
                   UnitKind::count,
                   none,
                   none,
                   {c(4), c(9), c(15)},
                   {c(5), c(10), e(16)}});
        CHECK_EQ(town.kpis[0].accumulation, Accumulation::cumulative);
        CHECK_EQ(town.kpis[0].accumulation_basis, Provenance::inferred_by("title: （3年累計）"));
        check_kpi(town.kpis[1], first_years, // the unit 人 only on ②実績値
                  {2,
                   "まちなか居住の転入者数",
                   "人",
                   UnitKind::count,
                   c(40),
                   c(40),
                   {c(60), c(80), c(100)},
                   {c(52), c(85), c(97)}});
        for (const Kpi& kpi : town.kpis) { // 基準値（R1）
            CHECK_EQ(kpi.baseline.year, std::optional<FiscalYear>(FiscalYear{2019}));
        }

        const Project& tourism = report.rounds[1].projects.at(0);
        CHECK_EQ(tourism.name, "中川市観光地域づくり事業");
        REQUIRE_EQ(tourism.kpis.size(), 2);
        const std::vector<int> second_years{2021, 2022, 2023}; // R3 R4 R5
        check_kpi(tourism.kpis[0], second_years,               // KPI1, 1計画, spaces, 現状値
                  {1,
                   "観光入込客数",
                   "千人",
                   UnitKind::count,
                   c(1250),
                   c(1250),
                   {c(1300), c(1400), c(1500)},
                   {c(980), c(1320), c(1610)}});
        check_kpi(tourism.kpis[1], second_years,
                  {2,
                   "観光消費額",
                   "百万円",
                   UnitKind::currency,
                   c(8400),
                   c(8400),
                   {c(8800), c(9300), c(10000)},
                   {c(6120), c(9050), c(10480)}});
        for (const Kpi& kpi : tourism.kpis) {
            CHECK_FALSE(kpi.baseline.year.has_value());
        }
    }

    TEST_CASE("runs of U+3000, a spaced header without 単位, 当初値 (H30), labels ① 計画") {
        const Report report = read_clean("table_spaces_fullwidth.txt");
        const Project& project = report.rounds.at(0).projects.at(0);
        CHECK_EQ(project.name, "山吹町地域公共交通再編事業");
        REQUIRE_EQ(project.kpis.size(), 2);
        const std::vector<int> years{2020, 2021, 2022}; // R2 R3 R4
        check_kpi(project.kpis[0], years,               // KPI①　title; 4,050 (見込)
                  {1,
                   "デマンド交通の利用者数",
                   "人",
                   UnitKind::count,
                   c(2400),
                   c(2400),
                   {c(3000), c(3600), c(4200)},
                   {c(2130), c(3710), e(4050)}});
        check_kpi(project.kpis[1], years, // KPI　②　　title; ② 計画値 / ② 実績値
                  {2,
                   "公共交通に満足している町民の割合",
                   "％",
                   UnitKind::percent,
                   c(410, 1),
                   c(410, 1),
                   {c(450, 1), c(500, 1), c(550, 1)},
                   {c(432, 1), none, none}});
        for (const Kpi& kpi : project.kpis) { // 当初値 (H30)
            CHECK_EQ(kpi.baseline.year, std::optional<FiscalYear>(FiscalYear{2018}));
        }
    }

    TEST_CASE("an office copy: KPI①：title, a header without its leading tab, ①　計画値") {
        const Report report = read_clean("table_excel_copy.txt");
        const Project& project = report.rounds.at(0).projects.at(0);
        CHECK_EQ(project.name, "若葉市ものづくり人材育成事業");
        REQUIRE_EQ(project.kpis.size(), 2);
        const std::vector<int> years{2019, 2020, 2021}; // R1 R2 R3
        check_kpi(project.kpis[0], years,
                  {1,
                   "技能講習の修了者数",
                   "人",
                   UnitKind::count,
                   c(30),
                   c(30),
                   {c(40), c(50), c(60)},
                   {c(44), c(47), c(63)}});
        check_kpi(project.kpis[1], years,
                  {2,
                   "講習修了者の市内企業への就職者数",
                   "人",
                   UnitKind::count,
                   c(5),
                   c(5),
                   {c(8), c(10), c(12)},
                   {c(9), c(10), none}});
        for (const Kpi& kpi : project.kpis) { // 現状値（令和元年度）
            CHECK_EQ(kpi.baseline.year, std::optional<FiscalYear>(FiscalYear{2019}));
        }
    }

    TEST_CASE("a look-alike KPl① is read with an error, rows without a title give one error") {
        const Report report = read_malformed("table_kpi_marker_lookalike.txt",
                                             {"table_kpi_marker_lookalike.txt:7:1: error: GK035",
                                              "table_kpi_marker_lookalike.txt:14:1: error: GK018"});
        const Project& project = report.rounds.at(0).projects.at(0);
        REQUIRE_EQ(project.kpis.size(), 2);             // ③ has no title line
        const std::vector<int> years{2022, 2023, 2024}; // R4 R5 R6
        check_kpi(project.kpis[0], years,
                  {1,
                   "防災訓練の参加者数",
                   "人",
                   UnitKind::count,
                   c(300),
                   c(300),
                   {c(400), c(500), c(600)},
                   {c(452), none, none}});
        check_kpi(project.kpis[1], years,
                  {2,
                   "自主防災組織の数",
                   "団体",
                   UnitKind::count,
                   c(12),
                   c(12),
                   {c(14), c(16), c(18)},
                   {c(15), none, none}});
    }

    TEST_CASE("a table cut by page breaks: page numbers, the running title, repeated headers") {
        const std::string name = "table_page_break.txt";
        const std::string repeated =
            ": note: GK014: a repeated table header (as after a page break) "
            "with the fiscal years of the header of line 14 (R3 R4 R5) "
            "is skipped";
        const Report report =
            read_with(name, {name + ":19:1: note: GK004", name + ":21:2" + repeated,
                             name + ":24:1: note: GK004", name + ":25:1: note: GK004",
                             name + ":26:2" + repeated});
        CHECK_EQ(report.title,
                 std::optional<std::string>("令和4年度　若松町地方創生推進交付金事業の効果検証"));
        REQUIRE_EQ(report.rounds.size(), 1);
        const Project& project = report.rounds[0].projects.at(0);
        CHECK(project.notes.empty());
        REQUIRE_EQ(project.kpis.size(), 3);
        const std::vector<int> years{2021, 2022, 2023}; // R3 R4 R5
        check_kpi(project.kpis[0], years,
                  {1,
                   "移住体験ツアーの参加者数",
                   "人",
                   UnitKind::count,
                   c(20),
                   c(20),
                   {c(30), c(40), c(50)},
                   {c(26), c(44), none}});
        check_kpi(project.kpis[1], years, // ②計画 on one page, ②実績 on the next
                  {2,
                   "移住相談を経た町内への就業者数",
                   "人",
                   UnitKind::count,
                   c(2),
                   c(2),
                   {c(4), c(6), c(8)},
                   {c(5), c(5), none}});
        check_kpi(project.kpis[2], years,
                  {3,
                   "空き家バンクを通じた成約件数",
                   "件",
                   UnitKind::count,
                   c(1),
                   c(1),
                   {c(3), c(5), c(7)},
                   {c(2), c(6), none}});
    }

    TEST_CASE("a sentence right after a title line is not joined to the title") {
        const std::string text = "R3年度地方創生推進交付金<1/2国費>【R3年度から3年間実施】\n\n"
                                 "○事業<単独申請> (1,000千円)\n\n【KPI】\n\n"
                                 "KPI①\t移住者数\n"
                                 "令和3年度から調査方法を変更した。\n" // line 8
                                 "\t当初値\tR3\tR4\tR5\t単位\n"
                                 "①計画\t1\t2\t3\t4\t人\n"
                                 "①実績\t1\t2\t3\t4\t\n";
        const TextReadResult result = read_report_text(text, options_for("s.txt", true));
        REQUIRE(result.ok());
        const Project& project = result.report->rounds.at(0).projects.at(0);
        CHECK_EQ(project.kpis.at(0).title, "移住者数");
        CHECK_EQ(project.notes, std::vector<std::string>{"令和3年度から調査方法を変更した。"});
        check_messages(result, {"s.txt:8:1: note: GK005"});
    }

    TEST_CASE("every variant that reads writes back in the canonical layout and reads the same") {
        // The writer writes tabs, ①計画 / ①実績, 当初値 (with its year: 当初値（H29）), one header
        // per run of KPIs with the same years, the unit on the plan row and joined titles.
        for (const char* name :
             {"table_kpi_markers.txt", "table_kpi_markers_fullwidth.txt", "table_row_labels.txt",
              "table_baseline_headers.txt", "table_baseline_year.txt", "table_units.txt",
              "table_unit_on_actual.txt", "table_unit_conflict.txt", "table_wrapped_titles.txt",
              "table_spaces_layout.txt", "table_repeated_header.txt", "table_heisei_after_era.txt",
              "table_mixed_report.txt", "table_spaces_fullwidth.txt", "table_excel_copy.txt"}) {
            CAPTURE(name);
            const TextReadResult first = load(name);
            REQUIRE(first.ok());
            const std::string written = write_report_text(*first.report);
            const TextReadResult again = read_report_text(written, options_for(name, true));
            REQUIRE(again.ok());
            CHECK(*again.report == *first.report);
        }
        // The baseline years of table_baseline_year.txt (当初値（H29）, 当初値(R1),
        // 基準値（H30年度）).
        const std::string written = write_report_text(*load("table_baseline_year.txt").report);
        CHECK_NE(written.find("\t当初値（H29）\tR1\tR2\tR3\t単位\n"), std::string::npos);
        CHECK_NE(written.find("\t当初値（R1）\tR2\tR3\tR4\t単位\n"), std::string::npos);
        CHECK_NE(written.find("\t当初値（H30）\tR2\tR3\tR4\t単位\n"), std::string::npos);
    }

} // TEST_SUITE
