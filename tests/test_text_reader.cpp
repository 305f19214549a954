// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/text_reader.hpp>

#include <grantkpi/json.hpp>
#include <grantkpi/text_writer.hpp>

#include <support/printers.hpp>
#include <support/random_report.hpp>
#include <support/seed.hpp>
#include <support/text_read.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace grantkpi;

const std::string seed_text = GRANTKPI_SOURCE_DIR "/examples/data/sapporo_fy2022.txt";
const std::string seed_json = GRANTKPI_SOURCE_DIR "/examples/data/sapporo_fy2022.json";
const std::string data_dir = GRANTKPI_SOURCE_DIR "/tests/data/text/";

const std::string foreign_residents_project = "外国人の活躍×グローバルビジネス拡大プロジェクト";

TextReadOptions sapporo_options() {
    return testing::seed_text_options();
}

Report read_ok(const std::string& path, TextReadOptions options = {}) {
    return testing::require_clean_read(load_report_text(path, std::move(options)));
}

// A cell with fraction digits; integer cells are grantkpi::confirmed(n) and expected(n).
Observation confirmed(std::int64_t coefficient, int scale) {
    return Observation::confirmed(Decimal{coefficient, scale});
}

/// The cell of `year` in a row, which must have that column.
Observation cell(const Series& series, int year) {
    const Observation* found = series.find(FiscalYear{year});
    REQUIRE(found != nullptr);
    return *found;
}

std::vector<int> years_of(const Series& series) {
    std::vector<int> years;
    for (const PeriodValue& value : series) {
        years.push_back(value.year.gregorian());
    }
    return years;
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
        CHECK_EQ(got[i], expected[i]);
    }
    for (std::size_t i = expected.size(); i < got.size(); ++i) {
        CHECK_MESSAGE(false, "unexpected diagnostic: " << got[i]);
    }
}

TextReadResult read(std::string_view text, bool strict) {
    TextReadOptions options;
    options.file_name = "bad.txt";
    options.strict = strict;
    return read_report_text(text, options);
}

/// The number of lines of `text` as the reader counts them: a line feed, a carriage return or
/// the pair ends a line, and the text after the last line end is one more (maybe empty).
std::size_t count_lines(std::string_view text) {
    std::size_t lines = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
            ++lines;
        }
    }
    return lines;
}

/// What every read of `text` promises, whatever the text (fuzz/targets.hpp checks the same on
/// the fuzzer's inputs):
/// - at most 1001 diagnostics, each with a message, a line of the text and a column;
/// - strict mode returns a report exactly when it has no error, and lenient mode's
///   diagnostics up to and including lenient mode's first error;
/// - lenient mode returns a report unless the bytes could not be decoded (one error);
/// - both modes agree on ok().
void check_read_promises(std::string_view text, const TextReadResult& strict,
                         const TextReadResult& lenient) {
    const std::size_t lines = count_lines(text);
    for (const TextReadResult* result : {&strict, &lenient}) {
        CHECK_LE(result->diagnostics.size(), 1001);
        for (const Diagnostic& d : result->diagnostics) {
            if (d.message.empty() || d.file != "bad.txt" || d.line < 1 || d.line > lines ||
                d.column < 1) {
                const std::string diagnostic = d.to_string();
                FAIL_CHECK("a diagnostic without a message, or outside the text's "
                           << lines << " lines: " << diagnostic);
                break;
            }
        }
    }
    CHECK_EQ(strict.report.has_value(), !has_errors(strict.diagnostics));
    if (!lenient.report) {
        CHECK_EQ(lenient.diagnostics.size(), 1); // the decoding error
        CHECK(has_errors(lenient.diagnostics));
    }
    std::size_t first_error = 0;
    while (first_error < lenient.diagnostics.size() &&
           lenient.diagnostics[first_error].severity != Severity::error) {
        ++first_error;
    }
    const std::size_t prefix = std::min(first_error + 1, lenient.diagnostics.size());
    CHECK_EQ(strict.diagnostics.size(), prefix);
    CHECK(std::equal(strict.diagnostics.begin(), strict.diagnostics.end(),
                     lenient.diagnostics.begin(),
                     lenient.diagnostics.begin() +
                         static_cast<std::ptrdiff_t>(std::min(prefix, strict.diagnostics.size()))));
    CHECK_EQ(strict.ok(), lenient.ok());
}

// Lines 1-6 of every malformed example below; line 7 is the first line after it.
const std::string table_prefix = "R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】\n"
                                 "\n"
                                 "○事業<単独申請> (1,000千円)\n"
                                 "\n"
                                 "【KPI】\n"
                                 "\n";

} // namespace

TEST_SUITE("text_reader") {

    TEST_CASE("the seed report reads as its hand-checked JSON") {
        const Report json = load_report_json(seed_json).value();

        // The hand-checked JSON states every figure (a person checked each); the text says
        // no direction, so the reader's bases are checked on their own below.
        SUBCASE("without overrides only the increment KPI differs") {
            TextReadOptions options;
            options.municipality = "札幌市";
            const Report text = testing::without_bases(read_ok(seed_text, options));
            Report expected_text = json;
            REQUIRE_EQ(expected_text.rounds.at(0).projects.at(2).name, foreign_residents_project);
            Kpi& residents = expected_text.rounds[0].projects[2].kpis.at(2); // 外国人居住者数
            residents.accumulation = Accumulation::level;
            CHECK_EQ(write_report_json(text), write_report_json(expected_text));
            CHECK(text == expected_text);
        }
        SUBCASE("with the override the model equals the JSON") {
            const Report text = testing::without_bases(read_ok(seed_text, sapporo_options()));
            CHECK_EQ(write_report_json(text), write_report_json(json));
            CHECK(text == json);
        }
        SUBCASE("the bases the reader gives") {
            const Report text = read_ok(seed_text, sapporo_options());
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

    TEST_CASE("named figures of the seed report") {
        const Report report = read_ok(seed_text, sapporo_options());
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
        const Report seed = read_ok(seed_text, sapporo_options());
        for (const char* name : {"bom.txt", "crlf.txt", "cp932.txt"}) {
            CAPTURE(name);
            CHECK(read_ok(data_dir + name, sapporo_options()) == seed);
        }
        TextReadOptions cp932 = sapporo_options();
        cp932.encoding = TextEncoding::cp932;
        CHECK(read_ok(data_dir + "cp932.txt", cp932) == seed);
        TextReadOptions utf8 = sapporo_options();
        utf8.encoding = TextEncoding::utf8;
        CHECK(read_ok(data_dir + "bom.txt", utf8) == seed);
    }

    TEST_CASE("full-width digits, letters and brackets") {
        const Report report = read_ok(data_dir + "fullwidth_digits.txt");
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
        const Report report = read_ok(data_dir + "triangle_negatives.txt");
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
        const Report report = read_ok(data_dir + "dash_variants.txt");
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
        const Report report = read_ok(data_dir + "mikomi_variants.txt");
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

    TEST_CASE("R元 and 令和 in headings, headers and schedule notes") {
        const Report report = read_ok(data_dir + "reiwa_gan.txt");
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
        const Report report = read_ok(data_dir + "heisei_header.txt");
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

    TEST_CASE("six and five fiscal-year columns") {
        const Report report = read_ok(data_dir + "six_columns.txt");
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
        const Report report = read_ok(data_dir + "trailing_cells.txt");
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

    TEST_CASE("partners and budget scopes of joint projects") {
        const Report report = read_ok(data_dir + "partners_variants.txt");
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
        const TextReadResult result = load_report_text(seed_text, options);
        REQUIRE(result.ok()); // warnings only
        check_messages(result, {"sapporo.txt: warning: the override for KPI① of the project "
                                "\"ない事業\" matches no KPI"});
        const Project& project = result.report->rounds.at(1).projects.at(0);
        CHECK_EQ(project.kpis.at(0).direction, Direction::decrease);
        CHECK_EQ(project.kpis.at(0).accumulation, Accumulation::level); // left as inferred
        CHECK_EQ(project.kpis.at(1).direction, Direction::increase);
    }

    TEST_CASE("a file that cannot be read is one error") {
        const TextReadResult missing = load_report_text(data_dir + "no-such-file.txt");
        CHECK_FALSE(missing.report);
        check_messages(missing,
                       {data_dir + "no-such-file.txt: error: cannot open the file for reading: "
                                   "it does not exist"});
        TextReadOptions options;
        options.file_name = "dir";
        const TextReadResult directory = load_report_text(data_dir, options);
        check_messages(directory, {"dir: error: cannot read the file: it is a directory"});
    }

    TEST_CASE(
        "a bad cell: strict stops at the first error, lenient reports all and keeps the rest") {
        const std::string text = table_prefix + "KPI①\t件数\n"                             // 7
                                                "KPI②\t人数\n"                             // 8
                                                "\t当初値\tR1\tR2\tR3\t単位\n"             // 9
                                                "①計画\t1\t2\tabc\t4\t件\n"                // 10
                                                "①実績\t1\t2\t3\t4\n"                      // 11
                                                "②計画\t1\t2\t1,2345\t4\t人\n"             // 12
                                                "②実績\t1\t123456789012345678901\t3\t4\n"; // 13
        const std::string abc =
            "bad.txt:10:9: error: expected a number, \"—\" or \"(見込)\" in column R2, got \"abc\"";
        SUBCASE("strict") {
            const TextReadResult result = read(text, true);
            CHECK_FALSE(result.report);
            CHECK_FALSE(result.ok());
            check_messages(result, {abc});
        }
        SUBCASE("lenient") {
            const TextReadResult result = read(text, false);
            check_messages(
                result,
                {abc,
                 "bad.txt:12:9: error: expected a number, \"—\" or \"(見込)\" in column R2, got "
                 "\"1,2345\" (thousands separators must group three digits)",
                 "bad.txt:13:7: error: expected a number, \"—\" or \"(見込)\" in column R1, got "
                 "\"123456789012345678901\" (more than 18 significant digits)"});
            REQUIRE(result.report);
            CHECK_FALSE(result.ok());
            const auto& kpis = result.report->rounds.at(0).projects.at(0).kpis;
            REQUIRE_EQ(kpis.size(), 2);
            CHECK_EQ(cell(kpis[0].plan, 2020), Observation::not_set()); // abc
            CHECK_EQ(cell(kpis[0].plan, 2021), confirmed(4));
            CHECK_EQ(kpis[0].unit.label, "件");
            CHECK_EQ(cell(kpis[1].actual, 2019), Observation::not_set()); // 21 digits
            CHECK_EQ(cell(kpis[1].actual, 2020), confirmed(3));
        }
    }

    TEST_CASE("malformed inputs and their exact diagnostics") {
        struct Row {
            std::string what;
            std::string text;
            std::vector<std::string> strict;  ///< diagnostics in strict mode
            std::vector<std::string> lenient; ///< diagnostics in lenient mode
        };
        const std::string header = "\t当初値\tR1\tR2\tR3\t単位\n";
        const std::string empty_input =
            "bad.txt:1:1: error: the input is empty (expected a report with round headings such as "
            "\"R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】\")";
        const std::vector<Row> rows = {
            {"empty input", "", {empty_input}, {empty_input}},
            {"a lone byte-order mark", "\uFEFF", {empty_input}, {empty_input}},
            {"blank lines only", "\r\n \n\t\n\u3000\n", {empty_input}, {empty_input}},
            {"no round heading",
             "題名\n\n※注記\n",
             {"bad.txt:1:1: error: no round heading such as "
              "\"R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】\" in the input"},
             {"bad.txt:1:1: error: no round heading such as "
              "\"R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】\" in the input"}},
            // A sentence is not a round heading, with a tab (or a full-width space) before its
            // particle too: read as one, its scheme "は…" was written back as "R1年度は…",
            // which does not read (found by the text_reader fuzz target, session 3).
            {"a tab between 年度 and a particle",
             "R1年度\tは新規採択事業なし\n\n○事業<単独申請> (1,000千円)\n",
             {"bad.txt:3:1: error: the project heading \"○事業<単独申請> (1,000千円)\" comes "
              "before "
              "any round heading such as "
              "\"R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】\""},
             {"bad.txt:3:1: error: the project heading \"○事業<単独申請> (1,000千円)\" comes "
              "before "
              "any round heading such as "
              "\"R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】\"",
              "bad.txt:1:1: error: no round heading such as "
              "\"R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】\" in the input"}},
            {"bytes that are neither UTF-8 nor CP932",
             "R1\xFF",
             {"bad.txt:1:3: error: the input is neither UTF-8 nor CP932 (Shift_JIS) text: byte "
              "0xFF at "
              "offset 2 begins neither a UTF-8 nor a CP932 character"},
             {"bad.txt:1:3: error: the input is neither UTF-8 nor CP932 (Shift_JIS) text: byte "
              "0xFF at "
              "offset 2 begins neither a UTF-8 nor a CP932 character"}},
            {"truncated in the middle of a character",
             table_prefix.substr(0, table_prefix.size() - 3), // cut inside 】 of 【KPI】
             {"bad.txt:5:5: error: the input ends in the middle of a UTF-8 character: byte 0xE3 at "
              "offset 126 begins a character whose other bytes are missing"},
             {"bad.txt:5:5: error: the input ends in the middle of a UTF-8 character: byte 0xE3 at "
              "offset 126 begins a character whose other bytes are missing"}},
            // The cut-off label is one character off 実績: "did you mean", and no second
            // error for the KPI of that row (errors do not cascade).
            {"truncated in the middle of the table",
             table_prefix + "KPI①\t件数\nKPI②\t人数\n" + header + "①計画\t1\t2\t3\t4\t件\n①実",
             {"bad.txt:11:1: error: unknown row label \"①実\": did you mean \"①実績\"? (plan rows "
              "are 計画, 計画値, 目標 or 目標値; actual rows 実績 or 実績値)"},
             {"bad.txt:11:1: error: unknown row label \"①実\": did you mean \"①実績\"? (plan rows "
              "are 計画, 計画値, 目標 or 目標値; actual rows 実績 or 実績値)",
              "bad.txt:8:1: error: KPI② \"人数\" has no table rows \"②計画\" and \"②実績\""}},
            {"a row for a KPI without a title line",
             table_prefix + "KPI①\t件数\n" + header + "①計画\t1\t2\t3\t4\t件\n①実績\t1\t2\t3\t4\n" +
                 "③実績\t1\t2\t3\t4\n",
             {"bad.txt:11:1: error: the row \"③実績\" is for KPI③, which has no title line "
              "\"KPI③<TAB>title\" before it"},
             {"bad.txt:11:1: error: the row \"③実績\" is for KPI③, which has no title line "
              "\"KPI③<TAB>title\" before it"}},
            {"more cells than the header has columns; fewer are not set",
             table_prefix + "KPI①\t件数\n" + header + "①計画\t1\t2\t3\t4\t件\tx\n①実績\t1\t2\n",
             {"bad.txt:9:15: error: unexpected cell \"x\" after the 単位 column of the row "
              "\"①計画\" "
              "(the table header has 3 fiscal-year columns)"},
             {"bad.txt:9:15: error: unexpected cell \"x\" after the 単位 column of the row "
              "\"①計画\" "
              "(the table header has 3 fiscal-year columns)"}},
            // The rows under the refused header say nothing more (errors do not cascade).
            {"a header with no fiscal years",
             table_prefix + "KPI①\t件数\n\t当初値\t単位\n①計画\t1\t件\n①実績\t1\n",
             {"bad.txt:8:2: error: the table header has no fiscal-year columns: expected "
              "\"当初値\", "
              "fiscal years such as \"R1\", \"R2\", \"R3\" and \"単位\", separated by tabs"},
             {"bad.txt:8:2: error: the table header has no fiscal-year columns: expected "
              "\"当初値\", "
              "fiscal years such as \"R1\", \"R2\", \"R3\" and \"単位\", separated by tabs"}},
            {"R99999 in the header",
             table_prefix + "KPI①\t件数\n\t当初値\tR1\tR99999\tR3\t単位\n①計画\t1\t2\t3\t4\t件\n" +
                 "①実績\t1\t2\t3\t4\n",
             {"bad.txt:8:9: error: expected a fiscal year such as \"R4\", \"R元\" or \"H30\", or "
              "\"単位\", in the table header, got \"R99999\" (year number out of range)"},
             {"bad.txt:8:9: error: expected a fiscal year such as \"R4\", \"R元\" or \"H30\", or "
              "\"単位\", in the table header, got \"R99999\" (year number out of range)"}},
            {"R99999 in a round heading",
             "R99999年度地方創生推進交付金<1/2国費>\n\n○事業<単独申請> (1,000千円)\n",
             {"bad.txt:1:1: error: expected a fiscal year such as \"R4\", \"令和4年度\", \"H30\" "
              "or "
              "\"FY2022\", got \"R99999\" (year number out of range) at the start of the round "
              "heading"},
             {"bad.txt:1:1: error: expected a fiscal year such as \"R4\", \"令和4年度\", \"H30\" "
              "or "
              "\"FY2022\", got \"R99999\" (year number out of range) at the start of the round "
              "heading"}},
            {"fiscal years that do not increase, units that differ, a row twice",
             table_prefix + "KPI①\t件数\n\t当初値\tR1\tR3\tR2\t単位\n①計画\t1\t2\t3\t4\t件\n" +
                 "①実績\t1\t2\t3\t4\t人\n①実績\t1\n",
             {"bad.txt:8:12: error: the fiscal year \"R2\" in the table header does not come after "
              "R3"},
             {"bad.txt:8:12: error: the fiscal year \"R2\" in the table header does not come after "
              "R3",
              "bad.txt:10:13: warning: the units of the rows of KPI① differ: \"件\" and \"人\"; "
              "the 計画 "
              "row's is kept",
              "bad.txt:11:1: error: a second row \"①実績\" for KPI①"}},
            {"project headings",
             "R1年度交付金<1/2国費>【R1年度から3年間実施】\n\n○事業 (1,000千円)\n\n"
             "○事業2<単独申請> 1,000千円\n\n○<単独申請> (1,000円)\n\n○事業3<個別申請> "
             "(1,000千円)\n",
             {"bad.txt:3:4: error: expected the application \"<単独申請>\" or \"<道と共同申請>\" "
              "before "
              "the budget, as in \"○name<単独申請> (27,125千円)\", got \"○事業 (1,000千円)\""},
             {"bad.txt:3:4: error: expected the application \"<単独申請>\" or \"<道と共同申請>\" "
              "before "
              "the budget, as in \"○name<単独申請> (27,125千円)\", got \"○事業 (1,000千円)\"",
              "bad.txt:5:19: error: expected the budget such as \"(27,125千円)\" at the end of the "
              "project heading (or a line \"事業費：27,125千円\" after it), as in "
              "\"○name<単独申請> (27,125千円)\", got \"○事業2<単独申請> 1,000千円\"",
              // A budget in 円 is read exactly, in 千円 (docs/text-format.md).
              "bad.txt:7:10: note: the budget \"1,000円\" is read as 1千円",
              "bad.txt:7:1: error: the project heading \"○<単独申請> (1,000円)\" has no name; "
              "expected "
              "\"○name<単独申請> (27,125千円)\"",
              "bad.txt:9:5: error: expected the application \"<単独申請>\" or \"<道と共同申請>\", "
              "got "
              "\"<個別申請>\""}},
            {"a project heading before any round",
             "○事業<単独申請> (1,000千円)\n\nR1年度交付金<1/2国費>【R1年度から3年間実施】\n",
             {"bad.txt:1:1: error: the project heading \"○事業<単独申請> (1,000千円)\" comes "
              "before any "
              "round heading such as \"R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】\""},
             {"bad.txt:1:1: error: the project heading \"○事業<単独申請> (1,000千円)\" comes "
              "before any "
              "round heading such as "
              "\"R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】\""}},
            {"round headings",
             "R1年度交付金<1/2国費>【3年間くらい】\n\nR2年度<一部国費>\n\n"
             "R3年度交付金<1/2国費>【R3年度から0年間実施】\n\nR4年度交付金<1/2国費>x\n",
             {"bad.txt:1:15: error: expected the duration such as \"【R1年度から3年間実施】\" in "
              "the "
              "round heading, got \"【3年間くらい】\""},
             {"bad.txt:1:15: error: expected the duration such as \"【R1年度から3年間実施】\" in "
              "the "
              "round heading, got \"【3年間くらい】\"",
              "bad.txt:3:5: error: expected the grant scheme after \"R2年度\" in the round "
              "heading, as "
              "in \"R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】\"",
              "bad.txt:3:5: error: expected the national share such as \"<1/2国費>\" in the round "
              "heading, got \"<一部国費>\"",
              "bad.txt:5:22: error: the duration of 0 years is outside 1..99",
              "bad.txt:7:15: error: expected the national share \"<1/2国費>\" or the duration "
              "\"【R1年度から3年間実施】\" in the round heading, got \"x\""}},
            {"stray text, a second 【KPI】, KPI titles without a title or with a bad number",
             "題名\n\n二行目\n\nR1年度交付金<1/2国費>【R1年度から3年間実施】\n\n説明なし\n\n"
             "○事業<単独申請> (1,000千円)\n\n【KPI】\n\n何か\n\n①計画\t1\n\n【KPI】\n\nKPI①\n\n"
             "KPI99999\tx\n",
             {"bad.txt:3:1: error: expected a ※ note or a round heading such as "
              "\"R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】\", got \"二行目\""},
             {"bad.txt:3:1: error: expected a ※ note or a round heading such as "
              "\"R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】\", got \"二行目\"",
              "bad.txt:7:1: error: expected a project heading such as \"○name<単独申請> "
              "(27,125千円)\", "
              "a ※ note or a round heading, got \"説明なし\"",
              "bad.txt:13:1: error: expected a KPI title line \"KPI①<TAB>title\", the table header "
              "\"<TAB>当初値<TAB>R1<TAB>...<TAB>単位\", a row \"①計画\" or \"①実績\", or a ※ note, "
              "got "
              "\"何か\"",
              "bad.txt:15:1: error: expected the table header "
              "\"<TAB>当初値<TAB>R1<TAB>...<TAB>単位\" "
              "before the row \"①計画\" (the project's other rows without one are skipped)",
              "bad.txt:17:1: error: a second 【KPI】 in the project \"事業\"",
              "bad.txt:19:1: error: expected a title after \"KPI①\", as in \"KPI①<TAB>title\"",
              "bad.txt:21:1: error: the KPI number in \"KPI99999\" is outside 1..9999"}},
            {"a fiscal-year column of one digit (found by the fuzzer: it was read as FY4)",
             "R4年度交付金<1/2国費>【R4年度から3年間実施】\n\n○事業<単独申請> (1,000千円)\n\n"
             "【KPI】\n\nKPI①\t件数\n\t当初値\t4\tR5\t単位\n①計画\t1\t2\t件\n①実績\t1\t2\n",
             {"bad.txt:8:6: error: expected a fiscal year such as \"R4\", \"R元\" or \"H30\", or "
              "\"単位\", in the table header, got \"4\" (a Gregorian year has four digits, "
              "1000..9999)"},
             {"bad.txt:8:6: error: expected a fiscal year such as \"R4\", \"R元\" or \"H30\", or "
              "\"単位\", in the table header, got \"4\" (a Gregorian year has four digits, "
              "1000..9999)",
              "bad.txt:9:9: error: expected a number, \"—\" or \"(見込)\" in column R5, got "
              "\"件\"",
              "bad.txt:9:1: warning: no unit in the 単位 column of the rows \"①計画\" and "
              "\"①実績\""}},
            {"warnings: no national share, an empty note, an extra title cell",
             "R1年度交付金\n\n○事業<単独申請> (1,000千円)\n\n※R5年度まで実施\n\n※ \n\n【KPI】\n\n"
             "KPI①\t件数\t\t余分\n\t当初値\tR1\t単位\n①計画\t1\t2\t件\n①実績\t1\t2\n",
             {"bad.txt:3:1: warning: the round heading gives no national share such as "
              "\"<1/2国費>\"; "
              "taking 1/2 for the project \"事業\"",
              "bad.txt:7:1: warning: an empty ※ note is ignored",
              "bad.txt:11:10: warning: ignored the cell \"余分\" after the title of \"KPI①\""},
             {"bad.txt:3:1: warning: the round heading gives no national share such as "
              "\"<1/2国費>\"; "
              "taking 1/2 for the project \"事業\"",
              "bad.txt:7:1: warning: an empty ※ note is ignored",
              "bad.txt:11:10: warning: ignored the cell \"余分\" after the title of \"KPI①\""}},
            {"no duration and no schedule note; a missing 【KPI】; a missing unit",
             "R2年度交付金<1/2国費>\n\n○事業<単独申請> (1,000千円)\n\nKPI①\t件数\n"
             "\t当初値\tR2\tR3\t単位\n①計画\t1\t2\t3\n①実績\t1\t2\t3\n",
             {"bad.txt:5:1: warning: no 【KPI】 line before the KPIs of \"事業\"",
              "bad.txt:7:1: warning: no unit in the 単位 column of the rows \"①計画\" and "
              "\"①実績\"",
              "bad.txt:3:1: warning: neither the round heading (a duration such as "
              "\"【R1年度から3年間実施】\") nor a note such as \"※R6年度まで6年間実施予定\" gives "
              "the "
              "last fiscal year of \"事業\"; taking R3, the last of its KPI tables"},
             {"bad.txt:5:1: warning: no 【KPI】 line before the KPIs of \"事業\"",
              "bad.txt:7:1: warning: no unit in the 単位 column of the rows \"①計画\" and "
              "\"①実績\"",
              "bad.txt:3:1: warning: neither the round heading (a duration such as "
              "\"【R1年度から3年間実施】\") nor a note such as \"※R6年度まで6年間実施予定\" gives "
              "the "
              "last fiscal year of \"事業\"; taking R3, the last of its KPI tables"}},
            {"a duration that would end after FY9999 (R7981 is FY9999)",
             "R7981年度交付金<1/2国費>【R7981年度から99年間実施】\n\n○事業<単独申請> (1,000千円)\n",
             {"bad.txt:1:28: error: the duration of 99 years from R7981 would end in FY10097, "
              "after FY9999 (year number out of range)"},
             {"bad.txt:1:28: error: the duration of 99 years from R7981 would end in FY10097, "
              "after FY9999 (year number out of range)",
              "bad.txt:3:1: warning: neither the round heading (a duration such as "
              "\"【R1年度から3年間実施】\") nor a note such as \"※R6年度まで6年間実施予定\" gives "
              "the last fiscal year of \"事業\"; taking R7981, its first"}},
            {"a schedule note with a year beyond FY9999",
             "R2年度交付金<1/2国費>【R2年度から3年間実施】\n\n○事業<単独申請> (1,000千円)\n\n"
             "※R9999年度まで9998年間実施予定\n",
             {"bad.txt:5:2: error: expected a fiscal year such as \"R4\", \"令和4年度\", \"H30\" "
              "or "
              "\"FY2022\", got \"R9999\" (year number out of range) in the note "
              "\"R9999年度まで9998年間実施予定\""},
             {"bad.txt:5:2: error: expected a fiscal year such as \"R4\", \"令和4年度\", \"H30\" "
              "or "
              "\"FY2022\", got \"R9999\" (year number out of range) in the note "
              "\"R9999年度まで9998年間実施予定\""}},
            {"a schedule note before the first year",
             "R2年度交付金<1/2国費>【R2年度から3年間実施】\n\n○事業<単独申請> (1,000千円)\n\n"
             "※R1年度まで\n",
             {"bad.txt:5:2: error: the note \"R1年度まで\" ends the project in R1, before its "
              "first "
              "fiscal year R2"},
             {"bad.txt:5:2: error: the note \"R1年度まで\" ends the project in R1, before its "
              "first "
              "fiscal year R2"}},
        };
        for (const Row& row : rows) {
            CAPTURE(row.what);
            for (const bool strict : {true, false}) {
                CAPTURE(strict);
                const TextReadResult result = read(row.text, strict);
                check_messages(result, strict ? row.strict : row.lenient);
                const bool errors = has_errors(result.diagnostics);
                if (strict || row.text.find('\xFF') != std::string::npos ||
                    row.what == "truncated in the middle of a character") {
                    CHECK_EQ(result.report.has_value(), !errors);
                } else {
                    CHECK(result.report.has_value()); // lenient keeps what it could read
                }
                CHECK_EQ(result.ok(), !errors);
            }
        }
    }

    TEST_CASE(
        "a project's last fiscal year, the round's year + the duration - 1, is FY9999 at most") {
        const auto heading = [](std::string_view year, std::string_view duration) {
            return std::string(year) + "年度交付金<1/2国費>【" + std::string(duration) +
                   "年間実施】\n\n○事業<単独申請> (1,000千円)\n";
        };
        SUBCASE("up to FY9999 it reads") {
            const std::pair<std::string_view, std::string_view> rounds[] = {
                {"FY9950", "50"},
                {"R7981", "1"},
                {"R7981", "R7981年度から1"},
                {"FY9901", "99"},
                {"FY9950", "５０"}};
            for (const auto& round : rounds) {
                const std::string text = heading(round.first, round.second);
                CAPTURE(text);
                const TextReadResult result = read(text, true);
                check_messages(result, {});
                REQUIRE(result.ok());
                const Project& project = result.report->rounds.at(0).projects.at(0);
                CHECK_EQ(project.last_fiscal_year, FiscalYear{9999});
                CHECK(read_report_json(write_report_json(*result.report)).has_value());
            }
        }
        SUBCASE("a year later is an error at the duration's digits") {
            check_messages(read(heading("FY9950", "51"), true),
                           {"bad.txt:1:20: error: the duration of 51 years from R7932 would end "
                            "in FY10000, after FY9999 (year number out of range)"});
            check_messages(read(heading("R7981", "2"), true),
                           {"bad.txt:1:19: error: the duration of 2 years from R7981 would end in "
                            "FY10000, after FY9999 (year number out of range)"});
            check_messages(read(heading("令和7980", "R7980年度から３"), true),
                           {"bad.txt:1:29: error: the duration of 3 years from R7980 would end in "
                            "FY10000, after FY9999 (year number out of range)"});
        }
        SUBCASE("lenient mode keeps the project, its last year taken from its first") {
            const TextReadResult result = read(heading("R7981", "99"), false);
            REQUIRE(result.report);
            CHECK_FALSE(result.ok());
            const Round& round = result.report->rounds.at(0);
            CHECK_FALSE(round.duration_years);
            CHECK_EQ(round.projects.at(0).last_fiscal_year, FiscalYear{9999});
            // Every year of what was read is one the JSON form holds.
            CHECK(read_report_json(write_report_json(*result.report)).has_value());
        }
        SUBCASE("a schedule note ends the project in any year the note can name") {
            const TextReadResult result =
                read(heading("R7979", "1") + "※R7981年度まで3年間実施予定\n", true);
            check_messages(result, {});
            REQUIRE(result.ok());
            CHECK_EQ(result.report->rounds.at(0).projects.at(0).last_fiscal_year, FiscalYear{9999});
        }
    }

    TEST_CASE("lenient mode keeps what it could read") {
        const std::string text = table_prefix + "KPI①\t件数\n"
                                                "\t当初値\tR1\tR99999\tR3\t単位\n"
                                                "①計画\t1\t2\t3\t4\t件\n"
                                                "①実績\t1\t2\t3\t4\n";
        const TextReadResult result = read(text, false);
        REQUIRE(result.report);
        const Kpi& kpi = result.report->rounds.at(0).projects.at(0).kpis.at(0);
        // The unreadable R99999 column is left out; R1 and R3 keep their cells.
        CHECK_EQ(years_of(kpi.plan), std::vector<int>{2019, 2021});
        CHECK_EQ(cell(kpi.plan, 2021), confirmed(4));
        CHECK_EQ(kpi.unit.label, "件");
    }

    TEST_CASE("no input crashes, hangs or reads out of bounds") {
        const std::string seed = testing::read_file(seed_text);

        SUBCASE("the seed cut at every byte") {
            for (std::size_t size = 0; size <= seed.size(); ++size) {
                // Strict mode only at every fifth size: it reads a prefix of what lenient reads.
                for (const bool strict : {false, true}) {
                    if (strict && size % 5 != 0) {
                        continue;
                    }
                    const TextReadResult result =
                        read(std::string_view(seed).substr(0, size), strict);
                    if (strict && has_errors(result.diagnostics)) {
                        CHECK_FALSE(result.report);
                    }
                    for (const Diagnostic& d : result.diagnostics) {
                        CHECK_FALSE(d.message.empty());
                    }
                }
            }
        }
        SUBCASE("the seed with random bytes changed, inserted and removed") {
            testing::Random random(20240601);
            const std::string specials[] = {
                "\t",   "\n", "\r",     "※",    "○",    "【KPI】", "<",          ">",
                "(",    ")",  "①",      "計画", "実績", "当初値",  "単位",       "R",
                "年度", "—",  "(見込)", "\xFF", "\xE3", "KPI",     "99999999999"};
            const auto position = [&](const std::string& text) {
                return static_cast<std::size_t>(
                    random.between(0, static_cast<std::int64_t>(text.size()) - 1));
            };
            for (int round = 0; round < 400; ++round) {
                std::string text = seed;
                for (auto n = random.between(1, 6); n > 0; --n) {
                    const std::size_t at = position(text);
                    switch (random.between(0, 3)) {
                    case 0:
                        text[at] = static_cast<char>(random.between(0, 255));
                        break;
                    case 1:
                        text.insert(at, specials[random.between(0, std::size(specials) - 1)]);
                        break;
                    case 2:
                        text.erase(at, static_cast<std::size_t>(random.between(1, 40)));
                        break;
                    default:
                        text.insert(at, text.substr(position(text), 80));
                        break;
                    }
                }
                check_read_promises(text, read(text, true), read(text, false));
            }
        }
        SUBCASE("pathological lines") {
            // One megabyte each (ten for the first), in time linear in their size.
            constexpr std::size_t one_mb = 1'000'000;
            const std::string kpi_table = table_prefix + "KPI①\t件数\n\t当初値\tR1\tR2\tR3\t単位\n";
            std::string cells;
            while (cells.size() < 10 * one_mb) {
                cells += "\t1,234";
            }
            const std::string inputs[] = {
                kpi_table + "①計画" + cells, // a ten-megabyte table row
                std::string(one_mb, 'a'),
                std::string(one_mb, '\t'),
                "※" + std::string(one_mb, 'x'),
                "R1年度" + std::string(one_mb, '<'),
                "R1年度交付金" + std::string(one_mb / 2, '\xE3') + "\x80\x90",
                "R1年度交付金<1/2国費>\n\n○" + std::string(one_mb, '<') + ">",
                "R1年度交付金<1/2国費>\n\n○名<" + std::string(one_mb / 3, ',') +
                    "と共同申請> (1千円)",
                "R1年度交付金<1/2国費>\n\n○名<単独申請> (" + std::string(one_mb, '9') + "千円)",
                kpi_table + "①計画\t" + std::string(one_mb, '1'),
                table_prefix + "KPI①\t件数\n\t当初値" + std::string(one_mb, '\t') + "R1\t単位\n",
                table_prefix + "KPI①\t件数\n\t当初値\tR1" + std::string(one_mb, '\t') + "x\n",
                table_prefix + "KPI" + std::string(one_mb, '7') + "\tx\n",
                table_prefix + std::string(one_mb, '\n'),
                std::string(one_mb, '\r'),
            };
            for (const std::string& input : inputs) {
                CAPTURE(input.substr(0, 40));
                for (const bool strict : {true, false}) {
                    const TextReadResult result = read(input, strict);
                    CHECK(result.diagnostics.size() <= 3);
                }
            }
        }
        SUBCASE("lenient mode stops after 1000 diagnostics with one more that says so") {
            std::string text = table_prefix + "KPI①\t件数\n\t当初値\tR1\tR2\tR3\t単位\n";
            for (int row = 0; row < 2000; ++row) {
                text += "①計画\tabc\tabc\tabc\tabc\t件\n"; // 4 bad cells, then "a second row"
            }
            const TextReadResult many = read(text, false);
            REQUIRE_EQ(many.diagnostics.size(), 1001);
            CHECK_EQ(many.diagnostics.back().to_string(),
                     "bad.txt:1005:1: error: too many problems: stopped after 1000");
        }
    }

    TEST_CASE("written random reports with lines and bytes deleted, repeated and swapped") {
        // The text of seeded random reports (write_report_text), broken the ways copying from
        // PDFs and spreadsheets breaks it: lines lost, repeated or out of order, bytes lost,
        // repeated, swapped or changed, markers typed in. The reader never throws, locates
        // every diagnostic in the text, and refuses in strict mode without a report
        // (check_read_promises). The counts at the end make sure the mutants reach the
        // reader's projects and tables: many are read with their KPIs, most are refused after
        // the first round heading.
        const std::string specials[] = {"\t",     "\n",     "\r\n", "※",     "○",    "【KPI】",
                                        "<",      ">",      "(",    ")",     "①",    "計画",
                                        "実績",   "当初値", "単位", "R",     "年度", "—",
                                        "(見込)", "千円",   "年間", "R7981", "\xE3", "KPI"};
        /// [begin, end) of every line, its line feed included.
        const auto lines_of = [](const std::string& text) {
            std::vector<std::pair<std::size_t, std::size_t>> lines;
            for (std::size_t begin = 0; begin < text.size();) {
                const std::size_t lf = text.find('\n', begin);
                const std::size_t end = lf == std::string::npos ? text.size() : lf + 1;
                lines.emplace_back(begin, end);
                begin = end;
            }
            return lines;
        };
        const auto mutate = [&](std::string& text, testing::Random& random) {
            const auto index = [&](std::size_t size) {
                return static_cast<std::size_t>(
                    random.between(0, static_cast<std::int64_t>(size) - 1));
            };
            const auto lines = lines_of(text);
            if (lines.empty()) {
                text = specials[index(std::size(specials))];
                return;
            }
            const auto [begin, end] = lines[index(lines.size())];
            const std::string line = text.substr(begin, end - begin);
            switch (random.between(0, 8)) {
            case 0: // a line lost
            case 1:
                text.erase(begin, end - begin);
                break;
            case 2: // a line repeated, here or elsewhere
                text.insert(random.chance(50) ? begin : lines[index(lines.size())].first, line);
                break;
            case 3: { // two lines swapped
                const auto [other_begin, other_end] = lines[index(lines.size())];
                if (other_begin == begin) {
                    break;
                }
                const std::string other = text.substr(other_begin, other_end - other_begin);
                // The later one first, so that the earlier one's offsets stay valid.
                if (other_begin > begin) {
                    text.replace(other_begin, other_end - other_begin, line);
                    text.replace(begin, end - begin, other);
                } else {
                    text.replace(begin, end - begin, other);
                    text.replace(other_begin, other_end - other_begin, line);
                }
                break;
            }
            // One random draw per statement: the order of the draws, and so the mutants, are
            // the same with every compiler.
            case 4: { // bytes lost
                const std::size_t at = index(text.size());
                text.erase(at, static_cast<std::size_t>(random.between(1, 12)));
                break;
            }
            case 5: { // bytes repeated
                const std::size_t from = index(text.size());
                const std::string bytes =
                    text.substr(from, static_cast<std::size_t>(random.between(1, 24)));
                text.insert(index(text.size()), bytes);
                break;
            }
            case 6: { // two bytes swapped
                const std::size_t first = index(text.size());
                std::swap(text[first], text[index(text.size())]);
                break;
            }
            case 7: { // a marker typed in
                const std::size_t at = index(text.size());
                text.insert(at, specials[index(std::size(specials))]);
                break;
            }
            default: { // a byte changed: a digit, a tab, or any byte
                const std::size_t at = index(text.size());
                if (random.chance(60)) {
                    text[at] = static_cast<char>('0' + random.between(0, 9));
                } else if (random.chance(50)) {
                    text[at] = '\t';
                } else {
                    text[at] = static_cast<char>(random.between(0, 255));
                }
                break;
            }
            }
        };
        int mutants = 0;
        int read_with_kpis = 0; // strict mode read a report with at least one KPI
        int refused_later = 0;  // strict mode's error is on a line after the first round heading
        const auto has_kpis = [](const Report& report) {
            return std::any_of(report.rounds.begin(), report.rounds.end(), [](const Round& round) {
                return std::any_of(round.projects.begin(), round.projects.end(),
                                   [](const Project& project) { return !project.kpis.empty(); });
            });
        };
        int reports = 0;
        for (std::uint64_t seed = 1; reports < 60; ++seed) {
            const Report report = testing::random_report(
                seed, testing::RandomReportOptions{.json_special_characters = false});
            if (!has_kpis(report)) {
                continue; // nothing for the mutations to break but headings
            }
            ++reports;
            const std::string written = write_report_text(report);
            CAPTURE(seed);
            REQUIRE(read(written, true).ok()); // unbroken, it reads
            // The line of the first round heading: the first 年度 (the generator's words have
            // none).
            const std::size_t heading_line = count_lines(written.substr(0, written.find("年度")));
            testing::Random random(seed);
            for (int mutant = 0; mutant < 8; ++mutant, ++mutants) {
                std::string text = written;
                for (auto n = random.between(1, 2); n > 0; --n) {
                    mutate(text, random);
                }
                CAPTURE(mutant);
                CAPTURE(text);
                TextReadResult strict;
                TextReadResult lenient;
                try {
                    strict = read(text, true);
                    lenient = read(text, false);
                } catch (const std::exception& e) {
                    FAIL_CHECK("the reader threw: " << std::string(e.what()));
                    continue;
                }
                check_read_promises(text, strict, lenient);
                if (strict.ok() && has_kpis(*strict.report)) {
                    ++read_with_kpis;
                } else if (!strict.ok() && strict.diagnostics.back().line > heading_line) {
                    ++refused_later;
                }
            }
        }
        CAPTURE(read_with_kpis);
        CAPTURE(refused_later);
        CHECK_EQ(mutants, 480);
        // 105 and 357 of the 480 today.
        CHECK_GE(read_with_kpis, mutants / 8);
        CHECK_GE(refused_later, mutants / 2);
    }

} // TEST_SUITE
