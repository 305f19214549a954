// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The layout artifacts of real report copies (issue 11, "Layout artifacts"): headings, page
// furniture, budget scope notes, budgets in other units, mixed encodings. Each report of
// tests/data/variants/ (heading_*, budget_*, furniture_*, encoding_*) with the figures a
// careful reader takes from it and the exact diagnostics.

#include <grantkpi/text_reader.hpp>
#include <grantkpi/text_writer.hpp>

#include <support/text_read.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <vector>

namespace {

using namespace grantkpi;

const std::string variants = GRANTKPI_SOURCE_DIR "/tests/data/variants/";

/// The file read leniently: its report and its diagnostics as `line:column: severity: …`.
struct Read {
    Report report;
    std::vector<std::string> diagnostics;
};

Read read_variant(const std::string& name) {
    TextReadOptions options;
    options.strict = false;
    options.file_name = name;
    TextReadResult result = load_report_text(variants + name, options);
    REQUIRE(result.report);
    Read read{std::move(*result.report), {}};
    for (const Diagnostic& d : result.diagnostics) {
        read.diagnostics.push_back(d.to_string());
    }
    return read;
}

std::size_t count_projects(const Report& report) {
    std::size_t n = 0;
    for (const Round& round : report.rounds) {
        n += round.projects.size();
    }
    return n;
}

std::size_t count_kpis(const Report& report) {
    std::size_t n = 0;
    for (const Round& round : report.rounds) {
        for (const Project& project : round.projects) {
            n += project.kpis.size();
        }
    }
    return n;
}

/// The text the writer makes of `report` reads back as `report` (with the same bases).
void check_round_trip(const Report& report) {
    const TextReadResult again = read_report_text(write_report_text(report));
    REQUIRE(again.ok()); // notes (a budget converted from 万円) are fine
    CHECK(*again.report == report);
}

Money thousand(std::int64_t amount, int scale = 0) {
    return Money{Decimal{amount, scale}};
}

} // namespace

TEST_SUITE("text_variants_blocks") {

    TEST_CASE("heading_title_repeated: the report's title repeated between projects is skipped") {
        const Read r = read_variant("heading_title_repeated.txt");
        // Before: the repeated title made a second round "R4 中川市…の効果検証" holding the
        // second project with the years R4..R5.
        CHECK_EQ(r.report.title,
                 std::optional<std::string>("令和4年度　中川市地方創生推進交付金事業の効果検証"));
        REQUIRE_EQ(r.report.rounds.size(), 1);
        CHECK_EQ(r.report.rounds[0].fiscal_year, FiscalYear{2021});
        REQUIRE_EQ(r.report.rounds[0].projects.size(), 2);
        const Project& second = r.report.rounds[0].projects[1];
        CHECK_EQ(second.name, "観光振興事業");
        CHECK_EQ(second.first_fiscal_year, FiscalYear{2021}); // R3, the round's
        CHECK_EQ(second.last_fiscal_year, FiscalYear{2023});  // R3 + 3 years - 1
        CHECK_EQ(second.kpis.size(), 2);
        CHECK_EQ(second.description, std::vector<std::string>{"観光客を誘致する。"});
        CHECK_EQ(r.diagnostics, std::vector<std::string>{
                                    "heading_title_repeated.txt:16:1: note: GK004: skipped "
                                    "\"令和4年度　中川市地方創生推進交付金"
                                    "事業...\", the report's title repeated as a running header"});
    }

    TEST_CASE("heading_running_header: another running header is skipped, not a round") {
        const Read r = read_variant("heading_running_header.txt");
        CHECK_EQ(r.report.title, std::optional<std::string>("中川市 効果検証報告書"));
        REQUIRE_EQ(r.report.rounds.size(), 1);
        REQUIRE_EQ(r.report.rounds[0].projects.size(), 2);
        CHECK_EQ(r.report.rounds[0].projects[1].last_fiscal_year, FiscalYear{2023});
        CHECK_EQ(r.diagnostics,
                 std::vector<std::string>{
                     "heading_running_header.txt:14:1: note: GK004: skipped \"令和4年度 "
                     "地方創生推進交付金事業 効果検証...\", a running header of the "
                     "page (a fiscal year and a grant scheme, but not a round "
                     "heading)"});
    }

    TEST_CASE("heading_remark_fiscal_year: a remark that starts with a fiscal year is a note") {
        const Read r = read_variant("heading_remark_fiscal_year.txt");
        // Before: `R3年度以降は…` made a round "以降は町の単独事業として継続する。" without
        // a share or a duration, and the next project moved into it.
        REQUIRE_EQ(r.report.rounds.size(), 1);
        REQUIRE_EQ(r.report.rounds[0].projects.size(), 2);
        const Project& first = r.report.rounds[0].projects[0];
        CHECK_EQ(first.notes, std::vector<std::string>{"R3年度以降は町の単独事業として継続する。"});
        const Project& second = r.report.rounds[0].projects[1];
        CHECK_EQ(second.name, "観光振興事業");
        CHECK_EQ(second.national_share, Fraction{1, 2});
        CHECK_EQ(second.last_fiscal_year, FiscalYear{2023});
        CHECK_EQ(r.diagnostics, std::vector<std::string>{
                                    "heading_remark_fiscal_year.txt:14:1: note: GK005: the line "
                                    "\"R3年度以降は町の単独事業として継続する。\" has no ※: "
                                    "taken as a note of the project"});
        check_round_trip(r.report);
    }

    TEST_CASE("heading_marks_variants: ○, 〇 (U+3007) and ◯ all start a project") {
        const Read r = read_variant("heading_marks_variants.txt");
        REQUIRE_EQ(r.report.rounds.size(), 1);
        const auto& projects = r.report.rounds[0].projects;
        REQUIRE_EQ(projects.size(), 3);
        CHECK_EQ(projects[0].name, "丸の事業");
        CHECK_EQ(projects[1].name, "漢数字ゼロの事業");
        CHECK_EQ(projects[1].budget, thousand(2000));
        CHECK_EQ(projects[2].name, "大きな丸の事業");
        CHECK_EQ(projects[2].budget, thousand(3000));
        CHECK_EQ(count_kpis(r.report), 3);
        CHECK(r.diagnostics.empty());
    }

    TEST_CASE("heading_lookalike_mark: ● where ○ was expected is one error showing both") {
        const Read r = read_variant("heading_lookalike_mark.txt");
        // One error, not one per line of the project (before: 6 errors, and its KPI rows
        // were taken for second rows of the first project's KPI①).
        CHECK_EQ(
            r.diagnostics,
            std::vector<std::string>{
                "heading_lookalike_mark.txt:12:1: error: GK008: expected the project mark \"○\" "
                "(U+25CB) at the start of the project heading, found \"●\" (U+25CF) in "
                "\"●黒丸の事業<単独申請> (2,000千円)\""});
        REQUIRE_EQ(r.report.rounds.at(0).projects.size(), 2);
        CHECK_EQ(r.report.rounds[0].projects[0].kpis.size(), 1);
        CHECK_EQ(r.report.rounds[0].projects[1].name, "黒丸の事業");
        CHECK_EQ(r.report.rounds[0].projects[1].kpis.size(), 2);
        TextReadOptions strict;
        CHECK_FALSE(load_report_text(variants + "heading_lookalike_mark.txt", strict).report);
    }

    TEST_CASE("heading_bad_year_no_cascade: a refused round heading gives one error") {
        const Read r = read_variant("heading_bad_year_no_cascade.txt");
        CHECK_EQ(
            r.diagnostics,
            std::vector<std::string>{
                "heading_bad_year_no_cascade.txt:12:1: error: GK044: expected a fiscal year such "
                "as "
                "\"R4\", \"令和4年度\", \"H30\" or \"FY2022\", got \"R0\" (era years start at 1 "
                "(元)) at the start of the round heading"});
        // The round and its two projects (five KPIs) are left out; the first round stays.
        REQUIRE_EQ(r.report.rounds.size(), 1);
        CHECK_EQ(count_projects(r.report), 1);
        CHECK_EQ(count_kpis(r.report), 1);
    }

    TEST_CASE("heading_heisei_past_end: H32 in a header is R2 = FY2020, with a warning") {
        const Read r = read_variant("heading_heisei_past_end.txt");
        CHECK_EQ(
            r.diagnostics,
            std::vector<std::string>{
                "heading_heisei_past_end.txt:8:14: warning: GK042: \"H32\" counts Heisei past its "
                "end (H31 = R1 = FY2019, a document drafted before the era changed): read as "
                "R2 = FY2020"});
        const Kpi& kpi = r.report.rounds.at(0).projects.at(0).kpis.at(0);
        REQUIRE_EQ(kpi.plan.size(), 3);
        CHECK_EQ(kpi.plan.values[2].year, FiscalYear{2020});
        CHECK_EQ(kpi.plan.values[2].value, Observation::confirmed(Decimal{40}));
        CHECK_EQ(r.report.rounds[0].projects[0].last_fiscal_year, FiscalYear{2020});
    }

    TEST_CASE("budget_scope_next_line: ※県全体の交付対象事業費 on the line after the heading") {
        const Read r = read_variant("budget_scope_next_line.txt");
        CHECK(r.diagnostics.empty());
        const Project& p = r.report.rounds.at(0).projects.at(0);
        CHECK_EQ(p.budget, thousand(30000));
        CHECK_EQ(p.budget_scope, BudgetScope::joint_total);
        CHECK_EQ(p.budget_scope_basis,
                 Provenance::inferred_by("next line: ※県全体の交付対象事業費"));
        CHECK_FALSE(p.own_budget);
        CHECK(p.notes.empty()); // the scope note is not a project note
        CHECK_EQ(p.description, std::vector<std::string>{"県内の観光地を結ぶ。"});
        check_round_trip(r.report);
    }

    TEST_CASE("budget_scope_own_part: the whole amount stays the budget, the own part beside") {
        const Read r = read_variant("budget_scope_own_part.txt");
        CHECK(r.diagnostics.empty());
        const Project& p = r.report.rounds.at(0).projects.at(0);
        CHECK_EQ(p.budget, thousand(24000)); // (24,000千円): the whole joint project's
        CHECK_EQ(p.budget_scope, BudgetScope::joint_total);
        CHECK_EQ(p.own_budget, std::optional<Money>(thousand(8000))); // うち北山町分8,000千円
        CHECK_EQ(p.budget_scope_basis,
                 Provenance::inferred_by("heading: ※県全体の採択額（うち北山町分8,000千円）"));
        CHECK_EQ(p.partners, (std::vector<std::string>{"県", "北山町"}));
        check_round_trip(r.report);
    }

    TEST_CASE("budget_scope_wordings: 全体事業費。, 北海道全体の採択額, うち…分 without brackets") {
        const Read r = read_variant("budget_scope_wordings.txt");
        CHECK(r.diagnostics.empty());
        const auto& ps = r.report.rounds.at(0).projects;
        REQUIRE_EQ(ps.size(), 4);
        CHECK_EQ(ps[0].budget_scope, BudgetScope::joint_total);
        CHECK_EQ(ps[0].budget_scope_basis, Provenance::inferred_by("heading: ※道全体事業費。"));
        CHECK_EQ(ps[1].budget_scope, BudgetScope::joint_total);
        CHECK_EQ(ps[1].budget_scope_basis, Provenance::inferred_by("heading: ※北海道全体の採択額"));
        CHECK_EQ(ps[2].budget, thousand(12000));
        CHECK_EQ(ps[2].budget_scope, BudgetScope::joint_total);
        CHECK_EQ(ps[2].own_budget, std::optional<Money>(thousand(2500)));
        CHECK_EQ(ps[2].budget_scope_basis,
                 Provenance::inferred_by("next line: ※県全体の採択額 うち北山町分2,500千円。"));
        // ※本町分: clearly the town's own.
        CHECK_EQ(ps[3].budget_scope, BudgetScope::own);
        CHECK_EQ(ps[3].budget_scope_basis, Provenance::inferred_by("heading: ※本町分"));
        for (const Project& p : ps) {
            CHECK(p.notes.empty());
        }
        // Own-budget figures a careful reader adds: 2,500 (C's own part) + 4,000 (D); A and
        // B are whole joint amounts with no own part given.
        check_round_trip(r.report);
    }

    TEST_CASE("budget_scope_unclear: a scope note the reader cannot place is a warning") {
        const Read r = read_variant("budget_scope_unclear.txt");
        CHECK_EQ(r.diagnostics,
                 std::vector<std::string>{
                     "budget_scope_unclear.txt:3:26: warning: GK025: the note \"採択額は県と按分\" "
                     "seems "
                     "to be about the budget, but says neither clearly that it is the whole joint "
                     "project's (such as \"※道全体の採択額\") nor that it is the municipality's "
                     "own; the budget is taken as the project's own: state its scope in an "
                     "annotation if it is not"});
        const Project& p = r.report.rounds.at(0).projects.at(0);
        CHECK_EQ(p.budget_scope, BudgetScope::own);
        CHECK_EQ(p.budget_scope_basis,
                 Provenance::assumed_default("scope note not understood: ※採択額は県と按分"));
        CHECK(p.budget_scope_basis.is_weak());
        CHECK_EQ(p.notes, std::vector<std::string>{"採択額は県と按分"});
        check_round_trip(r.report);
    }

    TEST_CASE("budget_man_en: (2,712.5万円) is 27,125千円 exactly, kept as written") {
        const Read r = read_variant("budget_man_en.txt");
        CHECK_EQ(r.diagnostics,
                 std::vector<std::string>{
                     "budget_man_en.txt:3:15: note: GK026: the budget \"2,712.5万円\" is "
                     "read as 27,125千円"});
        const Project& p = r.report.rounds.at(0).projects.at(0);
        CHECK_EQ(p.budget, thousand(27125));
        CHECK(same_representation(p.budget.amount(), Decimal{27125}));
        CHECK_EQ(p.budget_as_written, std::optional<std::string>("2,712.5万円"));
        check_round_trip(r.report);
    }

    TEST_CASE("budget_yen: (27,125,000円) is 27,125千円 and （1,500円） 1.5千円, never rounded") {
        const Read r = read_variant("budget_yen.txt");
        CHECK_EQ(
            r.diagnostics,
            (std::vector<std::string>{
                "budget_yen.txt:3:14: note: GK026: the budget \"27,125,000円\" is read as "
                "27,125千円",
                "budget_yen.txt:12:17: note: GK026: the budget \"1,500円\" is read as 1.5千円"}));
        const auto& ps = r.report.rounds.at(0).projects;
        REQUIRE_EQ(ps.size(), 2);
        CHECK(same_representation(ps[0].budget.amount(), Decimal{27125}));
        CHECK(same_representation(ps[1].budget.amount(), Decimal{15, 1}));
        CHECK_EQ(ps[1].budget_as_written, std::optional<std::string>("1,500円"));
        check_round_trip(r.report);
    }

    TEST_CASE("budget_jigyohi_line: the budget on a line 事業費：12,000千円 after the heading") {
        const Read r = read_variant("budget_jigyohi_line.txt");
        CHECK_EQ(r.diagnostics,
                 std::vector<std::string>{"budget_jigyohi_line.txt:4:1: note: GK027: the budget of "
                                          "\"事業費が別の行の事業\" is read from the line "
                                          "\"事業費：12,000千円\""});
        const Project& p = r.report.rounds.at(0).projects.at(0);
        CHECK_EQ(p.name, "事業費が別の行の事業");
        CHECK_EQ(p.budget, thousand(12000));
        CHECK_EQ(p.description, std::vector<std::string>{"説明。"});
        CHECK_EQ(p.kpis.size(), 1);
    }

    TEST_CASE("budget_missing: a heading without a budget is one error, at the heading") {
        const Read r = read_variant("budget_missing.txt");
        CHECK_EQ(
            r.diagnostics,
            std::vector<std::string>{
                "budget_missing.txt:3:15: error: GK011: expected the budget such as "
                "\"(27,125千円)\" at the end of the project heading (or a line "
                "\"事業費：27,125千円\" after it), as in \"○name<単独申請> (27,125千円)\", got "
                "\"○予算のない事業<単独申請>\""});
        // Its KPIs are read (lenient mode) and give no further error.
        CHECK_EQ(count_kpis(r.report), 2);
    }

    TEST_CASE("furniture_page_numbers: page numbers in a description, a table and between "
              "projects") {
        const Read r = read_variant("furniture_page_numbers.txt");
        CHECK_EQ(
            r.diagnostics,
            (std::vector<std::string>{
                "furniture_page_numbers.txt:7:1: note: GK004: skipped \"- 5 -\", a page number of "
                "the copy",
                "furniture_page_numbers.txt:18:1: note: GK004: skipped \"５\", a page number of "
                "the "
                "copy",
                "furniture_page_numbers.txt:22:1: note: GK004: skipped \"5/12\", a page number of "
                "the "
                "copy",
                "furniture_page_numbers.txt:24:1: note: GK004: skipped \"－５－\", a page number "
                "of "
                "the copy",
                "furniture_page_numbers.txt:28:1: note: GK004: skipped \"6\", a page number of the "
                "copy"}));
        REQUIRE_EQ(r.report.rounds.size(), 1);
        const auto& ps = r.report.rounds[0].projects;
        REQUIRE_EQ(ps.size(), 2);
        // Two paragraphs, the page number between them is no third one.
        CHECK_EQ(ps[0].description,
                 (std::vector<std::string>{"移住相談窓口を設置する。", "相談会を開く。"}));
        REQUIRE_EQ(ps[0].kpis.size(), 2);
        // KPI② has its rows after the page number in the table: 1 2 3 4 / 1 2 2 5.
        const Kpi& second = ps[0].kpis[1];
        CHECK_EQ(second.baseline.plan, Observation::confirmed(Decimal{1}));
        CHECK_EQ(second.plan.values.at(2).value, Observation::confirmed(Decimal{4}));
        CHECK_EQ(second.actual.values.at(2).value, Observation::confirmed(Decimal{5}));
        CHECK(ps[1].description.empty()); // "6" was no paragraph
        CHECK(ps[0].notes.empty());
    }

    TEST_CASE("encoding_cp932_utf8_fragment: UTF-8 pasted into a CP932 file is an error there") {
        const Read r = read_variant("encoding_cp932_utf8_fragment.txt");
        CHECK_EQ(
            r.diagnostics,
            std::vector<std::string>{
                "encoding_cp932_utf8_fragment.txt:5:3: error: GK003: the bytes here are UTF-8 of "
                "\"人口減少\", which this file's encoding, CP932 (Shift_JIS), reads as "
                "\"莠ｺ蜿｣貂帛ｰ曹\": the file mixes two encodings (text pasted from a UTF-8 "
                "file?); save it in one encoding"});
        TextReadOptions strict;
        CHECK_FALSE(load_report_text(variants + "encoding_cp932_utf8_fragment.txt", strict).report);
    }

    TEST_CASE("encoding_cp932_clean: CP932 text, half-width katakana included, does not warn") {
        const Read r = read_variant("encoding_cp932_clean.txt");
        CHECK(r.diagnostics.empty());
        CHECK_EQ(r.report.rounds.at(0).projects.at(0).description,
                 std::vector<std::string>{"町の人口減少を抑える。ｶﾀｶﾅ表記も含む。"});
        // The CP932 copy of the test corpus (tests/data/text/cp932.txt) reads without one too.
        const TextReadResult seed =
            load_report_text(GRANTKPI_SOURCE_DIR "/tests/data/text/cp932.txt");
        CHECK(seed.ok());
        CHECK(seed.diagnostics.empty());
    }

    TEST_CASE("heading_scheme_variants: the grant schemes after the fiscal year, a type in "
              "brackets, a space") {
        const Read r = read_variant("heading_scheme_variants.txt");
        CHECK(r.diagnostics.empty());
        REQUIRE_EQ(r.report.rounds.size(), 3);
        CHECK_EQ(r.report.rounds[0].scheme, "地方創生拠点整備交付金");
        CHECK_EQ(r.report.rounds[0].fiscal_year, FiscalYear{2020});
        CHECK_EQ(r.report.rounds[1].scheme, "デジタル田園都市国家構想交付金（地方創生推進タイプ）");
        CHECK_EQ(r.report.rounds[1].fiscal_year, FiscalYear{2023});
        CHECK_EQ(r.report.rounds[2].scheme, "新しい地方経済・生活環境創生交付金");
        CHECK_EQ(r.report.rounds[2].fiscal_year, FiscalYear{2025});
        CHECK_EQ(r.report.rounds[2].duration_years, std::optional<int>(3));
        CHECK_EQ(count_projects(r.report), 3);
        CHECK_EQ(r.report.rounds[1].projects.at(0).last_fiscal_year, FiscalYear{2025});
    }

    TEST_CASE("heading_marks_bullets: 〇 and ◯ bullets of a description start no project") {
        const Read r = read_variant("heading_marks_bullets.txt");
        CHECK(r.diagnostics.empty());
        REQUIRE_EQ(count_projects(r.report), 1);
        CHECK_EQ(r.report.rounds[0].projects[0].description,
                 (std::vector<std::string>{"〇相談窓口の設置", "◯説明会の開催（年4回）"}));
        CHECK_EQ(count_kpis(r.report), 1);
    }

    TEST_CASE("heading_unmarked: a heading without its mark is one error naming the code point") {
        const Read r = read_variant("heading_unmarked.txt");
        CHECK_EQ(r.diagnostics,
                 std::vector<std::string>{
                     "heading_unmarked.txt:12:1: error: GK008: the line \"観光振興事業<単独申請> "
                     "(5,000千円)\" looks like a project heading but does not start with the "
                     "project mark \"○\" (U+25CB); it starts with \"観\" (U+89B3)"});
        // Read as the heading it is (lenient mode): its KPIs are its own, not the first's.
        REQUIRE_EQ(count_projects(r.report), 2);
        CHECK_EQ(r.report.rounds[0].projects[0].kpis.size(), 1);
        CHECK_EQ(r.report.rounds[0].projects[1].name, "観光振興事業");
        CHECK_EQ(r.report.rounds[0].projects[1].kpis.size(), 2);
    }

    TEST_CASE(
        "budget_scope_brackets: （道全体の採択額） in brackets; （ 27,125 千円 ） with spaces") {
        const Read r = read_variant("budget_scope_brackets.txt");
        CHECK(r.diagnostics.empty());
        const auto& ps = r.report.rounds.at(0).projects;
        REQUIRE_EQ(ps.size(), 2);
        CHECK_EQ(ps[0].budget, thousand(71349));
        CHECK_EQ(ps[0].budget_scope, BudgetScope::joint_total);
        CHECK_EQ(ps[0].budget_scope_basis, Provenance::inferred_by("heading: （道全体の採択額）"));
        CHECK(ps[0].notes.empty());
        CHECK_EQ(ps[1].budget, thousand(27125));
        CHECK_EQ(ps[1].budget_scope, BudgetScope::own);
        check_round_trip(r.report);
    }

    TEST_CASE("furniture_running_header_in_table: the title and a page number between two rows") {
        const Read r = read_variant("furniture_running_header_in_table.txt");
        CHECK_EQ(r.diagnostics,
                 (std::vector<std::string>{
                     "furniture_running_header_in_table.txt:9:1: note: GK004: skipped "
                     "\"北山町地方創生推進交付金事業の効果検証\", the report's title repeated as a "
                     "running header",
                     "furniture_running_header_in_table.txt:18:1: note: GK004: skipped "
                     "\"北山町地方創生推進交付金事業の効果検証\", the report's title repeated as a "
                     "running header",
                     "furniture_running_header_in_table.txt:19:1: note: GK004: skipped \"- 2 -\", "
                     "a page "
                     "number of the copy"}));
        const Project& p = r.report.rounds.at(0).projects.at(0);
        CHECK_EQ(p.description, std::vector<std::string>{"移住相談窓口を設置する。"});
        REQUIRE_EQ(p.kpis.size(), 2);
        CHECK_EQ(p.kpis[1].actual.values.at(2).value, Observation::confirmed(Decimal{5})); // R5
        CHECK_EQ(p.kpis[1].unit.label, "件");
    }

    TEST_CASE("rows without a table header: one error for the project, not one per row") {
        const std::string text = "R3年度地方創生推進交付金<1/2国費>【R3年度から3年間実施】\n\n"
                                 "○事業<単独申請> (1,000千円)\n\n【KPI】\n\n"
                                 "KPI①\t指標\nKPI②\t指標2\n①計画\t1\t2\n①実績\t1\t2\n②計画\t1\n"
                                 "②実績\t1\n";
        TextReadOptions options;
        options.strict = false;
        const TextReadResult result = read_report_text(text, options);
        std::vector<std::string> got;
        for (const Diagnostic& d : result.diagnostics) {
            got.push_back(d.to_string());
        }
        // The rows are skipped, and the KPIs that lack them for that reason say nothing more.
        CHECK_EQ(
            got,
            std::vector<std::string>{
                "9:1: error: GK017: expected the table header \"<TAB>当初値<TAB>R1<TAB>...<TAB>"
                "単位\" before the row \"①計画\" (the project's other rows without one "
                "are skipped)"});
    }

} // TEST_SUITE
