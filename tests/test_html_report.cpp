// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/html_report.hpp>

#include <grantkpi/evaluation_csv.hpp>
#include <grantkpi/json.hpp>
#include <grantkpi/kpi_chart.hpp>

#include "support/corpus.hpp"
#include "support/random_report.hpp"
#include "support/seed.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// The HTML page and the SVG chart on the seed report (examples/data/sapporo_fy2022.json,
// Sapporo city): its figures as docs/evaluation.md calculates them, its charts' geometry
// (not-set cells absent, negatives below the zero line, 見込 hatched), escaping, and the
// files the headless-Chromium checks of tests/browser/ open.

namespace {

using grantkpi::testing::seed_report;

std::size_t count(std::string_view text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string_view::npos;
         at = text.find(what, at + what.size())) {
        ++n;
    }
    return n;
}

const grantkpi::ReportEvaluation& seed_evaluation() {
    static const grantkpi::ReportEvaluation evaluation = grantkpi::evaluate(seed_report());
    return evaluation;
}

// The chart of KPI `k` of project `p` of round `r` of the seed, with the model's unit and
// baseline.
std::string seed_chart(std::size_t r, std::size_t p, std::size_t k) {
    const auto& kpi = seed_report().rounds[r].projects[p].kpis[k];
    return grantkpi::write_kpi_chart_svg(seed_evaluation().rounds[r].projects[p].kpis[k],
                                         grantkpi::kpi_chart_options(kpi, "t"));
}

// The value of attribute `name` of every element of `tag` with class `cls`, in order.
std::vector<double> attributes(const std::string& svg, const std::string& tag,
                               const std::string& cls, const std::string& name) {
    std::vector<double> out;
    const std::regex element("<" + tag + " class=\"" + cls + "\"[^>]*>");
    const std::regex attribute(" " + name + "=\"([-0-9.]+)\"");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), element);
         it != std::sregex_iterator(); ++it) {
        std::smatch m;
        const std::string e = it->str();
        REQUIRE(std::regex_search(e, m, attribute));
        out.push_back(std::stod(m[1].str()));
    }
    return out;
}

double zero_line_y(const std::string& svg) {
    std::smatch m;
    REQUIRE(std::regex_search(svg, m, std::regex("class=\"zero-line\"[^>]* y1=\"([-0-9.]+)\"")));
    return std::stod(m[1].str());
}

// Every id="..." of a page, each once.
void check_unique_ids(const std::string& page) {
    std::set<std::string> ids;
    const std::regex id(" id=\"([^\"]+)\"");
    for (auto it = std::sregex_iterator(page.begin(), page.end(), id); it != std::sregex_iterator();
         ++it) {
        CHECK_MESSAGE(ids.insert((*it)[1].str()).second, "id twice: " << (*it)[1].str());
    }
    CHECK(ids.size() > 17);
}

// No reference to anything outside the file: no src/href/url() with a scheme or a
// protocol-relative URL, no script, no @import.
void check_self_contained(const std::string& page) {
    const std::regex external(
        R"((src|href)\s*=\s*["']?\s*([a-zA-Z][a-zA-Z0-9+.-]*:|//)|url\(\s*["']?\s*([a-zA-Z][a-zA-Z0-9+.-]*:|//))");
    std::smatch m;
    CHECK_MESSAGE(!std::regex_search(page, m, external), "external reference: " << m.str());
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("@import") == std::string::npos);
    CHECK(page.find("<link") == std::string::npos);
}

} // namespace

TEST_SUITE_BEGIN("html_report");

TEST_CASE("chart: plan line, actual bars and the baseline of the first KPI of the seed") {
    // UIJ ターンによる… KPI① 窓口を利用したさっぽろ圏の就職内定件数: plan 150, 160, 170,
    // actual 136, 144, 212 (R1..R3), 当初値 120 (plan row) and 122 (actual row).
    const std::string svg = seed_chart(0, 0, 0);
    CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(svg.ends_with("</svg>"));
    CHECK(svg.find(
              "<title id=\"t-title\">KPI① 窓口を利用したさっぽろ圏の就職内定件数（件）</title>") !=
          std::string::npos);
    CHECK(svg.find("計画: R1 150、R2 160、R3 170。実績: R1 136、R2 144、R3 212。当初値 122。"
                   "判定: 達成（R3）。") != std::string::npos);
    CHECK(svg.find("aria-labelledby=\"t-title t-desc\"") != std::string::npos);
    CHECK(count(svg, "class=\"bar-confirmed\"") == 3);
    CHECK(count(svg, "class=\"bar-expected\"") == 0);
    CHECK(count(svg, "class=\"plan-point\"") == 3);
    CHECK(svg.find("class=\"series-plan\" data-points=\"3\"") != std::string::npos);
    // The baseline line is the actual row's 当初値 (what was measured before the project).
    CHECK(svg.find("<tspan>当初値</tspan>") != std::string::npos);
    CHECK(svg.find(">122</tspan>") != std::string::npos);
    // R1 and R2 missed (136 < 150, 144 < 160), R3 met (212 >= 170).
    CHECK(count(svg, "class=\"mark-not-met\"") == 2);
    CHECK(count(svg, "class=\"mark-met\"") == 1);
    // No expected actual: no 見込 entry in the legend.
    CHECK(svg.find("実績（見込）") == std::string::npos);
    // Bars grow with their values: 212 is the tallest.
    const auto heights = attributes(svg, "rect", "bar-confirmed", "height");
    REQUIRE(heights.size() == 3);
    CHECK(heights[0] < heights[1]);
    CHECK(heights[1] < heights[2]);
}

TEST_CASE("chart: not-set cells are absent, not zero") {
    // スマートシティ KPI① データ取引件数: plans 10, 100, 200 (R4..R6), actual — in every year.
    const std::string smart = seed_chart(3, 0, 0);
    CHECK(count(smart, "<rect class=\"bar-") == 0);
    CHECK(smart.find("class=\"series-actual\" data-points=\"0\"") != std::string::npos);
    CHECK(count(smart, "class=\"plan-point\"") == 3);
    CHECK(smart.find("実績: なし。") != std::string::npos);
    // UIJ ターン新規就業支援事業 KPI①: plan — everywhere, actuals 0, 6, 9, 6 (R1..R4). The
    // actual 0 is a value: a thin bar labelled 0; the missing plan is no line at all.
    const std::string joint = seed_chart(0, 1, 0);
    CHECK(joint.find("class=\"series-plan\" data-points=\"0\"") != std::string::npos);
    CHECK(joint.find("<path") == std::string::npos);
    CHECK(joint.find("計画値の記載なし") != std::string::npos);
    CHECK(count(joint, "class=\"bar-confirmed\"") == 4);
    const auto heights = attributes(joint, "rect", "bar-confirmed", "height");
    REQUIRE(heights.size() == 4);
    CHECK(heights[0] == doctest::Approx(2)); // the 0 of R1
    CHECK(heights[1] > 2);
}

TEST_CASE("chart: negative actuals go below the visible zero line") {
    // 外国人の活躍… KPI③ 外国人居住者数 (increment): actuals 5,586, -3,760, -274 (R1..R3).
    const std::string svg = seed_chart(0, 2, 2);
    const double zero = zero_line_y(svg);
    const auto y = attributes(svg, "rect", "bar-confirmed", "y");
    const auto h = attributes(svg, "rect", "bar-confirmed", "height");
    REQUIRE(y.size() == 3);
    CHECK(y[0] + h[0] == doctest::Approx(zero)); // 5,586 stands on the zero line
    CHECK(y[1] == doctest::Approx(zero));        // -3,760 hangs from it
    CHECK(y[2] == doctest::Approx(zero));        // -274 too
    CHECK(h[1] > h[2]);
    CHECK(svg.find(">-3,760</text>") != std::string::npos);
    // The zero line is drawn heavier when the axis goes below zero.
    CHECK(svg.find("class=\"zero-line\"") != std::string::npos);
    CHECK(svg.find("stroke-width=\"1.6\"") != std::string::npos);
}

TEST_CASE("chart: expected (見込) actuals are hatched and named in the legend") {
    // デジタル技術… KPI①: actuals 2, 11, 16(見込) (R2..R4).
    const std::string svg = seed_chart(1, 0, 0);
    CHECK(count(svg, "class=\"bar-confirmed\"") == 2);
    CHECK(count(svg, "class=\"bar-expected\"") == 1);
    CHECK(svg.find("class=\"bar-expected\" data-year=\"2022\"") != std::string::npos);
    CHECK(svg.find("fill=\"url(#t-hatch)\"") != std::string::npos);
    CHECK(svg.find("<pattern id=\"t-hatch\"") != std::string::npos);
    CHECK(svg.find("実績（見込）") != std::string::npos);
    CHECK(svg.find("R4 16（見込）") != std::string::npos);
    CHECK(svg.find(">16 見込</text>") != std::string::npos);
}

TEST_CASE("chart: exact decimals as written, and ids made safe") {
    // スマートシティ KPI③ …企業の割合: 当初値 31.20, plans 32.10, 32.60, 33.00 (%).
    const auto& kpi = seed_report().rounds[3].projects[0].kpis[2];
    auto options = grantkpi::kpi_chart_options(kpi, "a b\"<");
    options.standalone = false;
    const std::string svg =
        grantkpi::write_kpi_chart_svg(seed_evaluation().rounds[3].projects[0].kpis[2], options);
    CHECK(svg.find("計画: R4 32.10、R5 32.60、R6 33.00。") != std::string::npos);
    CHECK(svg.find("当初値 31.20。") != std::string::npos);
    CHECK(svg.find("xmlns") == std::string::npos);
    CHECK(svg.find("id=\"a_b__-title\"") != std::string::npos);
}

TEST_CASE("chart: the y axis makes room for long tick labels") {
    // Money KPIs in 千円 reach nine digits: 123,456,789 gives ticks up to 150,000,000 (11
    // characters), which must not be cut at the left edge.
    grantkpi::Kpi kpi;
    kpi.number = 1;
    kpi.title = "輸出額";
    kpi.unit = grantkpi::Unit::from_label("千円");
    const grantkpi::FiscalYear r4{2022};
    kpi.plan.values.push_back(
        {r4, grantkpi::Observation::confirmed(grantkpi::Decimal::parse("123,456,789").value())});
    kpi.actual.values.push_back(
        {r4, grantkpi::Observation::confirmed(grantkpi::Decimal::parse("100000000").value())});
    const std::string svg = grantkpi::write_kpi_chart_svg(grantkpi::evaluate_kpi(kpi),
                                                          grantkpi::kpi_chart_options(kpi));
    std::smatch m;
    REQUIRE(
        std::regex_search(svg, m, std::regex("<text x=\"([0-9.]+)\" y=\"[-0-9.]+\">150,000,000<")));
    CHECK(std::stod(m[1].str()) >= 11 * 11 * 0.6); // right-aligned: its start stays >= 0
    CHECK(svg.find(">100,000,000</text>") != std::string::npos);
}

TEST_CASE("page: the seed's headline figures, rounds and projects") {
    const std::string page = grantkpi::write_report_html(seed_evaluation(), seed_report());
    CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"ja\">"));
    CHECK(page.find("<title>札幌市 KPI評価</title>") != std::string::npos);
    // KPIs met, confirmed of judged: 4 / 7 = 0.5714 (57.1%); with provisional 7 / 10.
    CHECK(page.find("57.1%<small>4 / 7</small>") != std::string::npos);
    CHECK(page.find("判定できた7件中4件が達成（0.5714）") != std::string::npos);
    CHECK(page.find("見込を含むと 10件中7件（70.0%）") != std::string::npos);
    CHECK(page.find("目標値なし 4件・実績未報告 3件（全17件）") != std::string::npos);
    // Projects meeting at least one KPI: confirmed 2 / 2, with provisional 3 / 3; 3 of 6
    // not judged.
    CHECK(page.find("100.0%<small>2 / 2</small>") != std::string::npos);
    CHECK(page.find("見込を含むと 3事業中3事業（100.0%）") != std::string::npos);
    // Own budgets 94,004 (5 projects, national share 47,002.0: a sum of halves, written
    // with their one decimal as the JSON does); joint total 71,349 (1,
    // 35,674.5).
    CHECK(page.find("94,004<small>千円</small>") != std::string::npos);
    CHECK(page.find("5事業 · 国費 47,002.0千円") != std::string::npos);
    CHECK(page.find("71,349<small>千円</small>") != std::string::npos);
    CHECK(page.find("1事業 · 国費 35,674.5千円") != std::string::npos);
    // Rounds R1..R4, R3 without projects.
    CHECK(page.find("令和元年度 地方創生推進交付金") != std::string::npos);
    CHECK(page.find("令和3年度 地方創生推進交付金") != std::string::npos);
    CHECK(page.find("この年度の新規採択事業はありません。") != std::string::npos);
    for (const auto& round : seed_report().rounds) {
        for (const auto& project : round.projects) {
            CHECK_MESSAGE(count(page, ">" + project.name + "</h3>") == 1, project.name);
        }
    }
    // Effect ratings: UIJ ターンによる target_reached, 外国人 not_better, デジタル
    // target_reached provisional (docs/evaluation.md).
    CHECK(page.find("非常に効果的</span>") != std::string::npos);
    CHECK(page.find("効果がなかった</span>") != std::string::npos);
    CHECK(page.find("非常に効果的（見込を含む）") != std::string::npos);
    CHECK(page.find("効果がなかった（当初値なし）") != std::string::npos);
    // Verdicts: デジタル's three are met on R4 見込.
    CHECK(count(page, "○ 達成（R4 見込）") == 6); // in the project's row and by each chart
    // The overview: one row per project, linking to it, a mark per KPI verdict.
    CHECK(count(page, "<td><a href=\"#r0-round") == 6);
    CHECK(
        page.find("<a href=\"#r0-round4-p1\">地域のデジタル改革によるスマートシティ推進事業</a>") !=
        std::string::npos);
    CHECK(page.find("id=\"r0-round4-p1\"") != std::string::npos);
    CHECK(page.find("71,349千円（全体額）") != std::string::npos);
    CHECK(count(page, "\">②×</span>") == 1); // 外国人 ② (2 vs 5)
    // One chart and one table per KPI: 17.
    CHECK(count(page, "<svg class=\"kpi-chart\"") == 17);
    CHECK(count(page, "<table class=\"data\">") == 17);
    // The model's extras: units, baselines with both rows, notes, the joint total's scope.
    CHECK(page.find("単位: 千円") != std::string::npos);
    CHECK(page.find("<li>札幌市の実績値のみ記載</li>") != std::string::npos);
    CHECK(page.find("共同事業の全体額") != std::string::npos);
    CHECK(page.find("共同申請 <span class=\"aside\">（道）</span>") != std::string::npos);
    // The increment KPI's running total: plans 4,805, actuals 1,552, ratio 0.3230.
    CHECK(page.find("計画 4,805、実績 1,552 — 未達成（0.3230）") != std::string::npos);
    // Ratios as the 4-decimal exact roundings: 136 / 150 = 0.9067.
    CHECK(page.find(">0.9067</td>") != std::string::npos);
    // A4 print stylesheet that keeps charts whole, and the Japanese font stack.
    CHECK(page.find("@page { size: A4;") != std::string::npos);
    CHECK(page.find("figure.kpi, .card, .facts, table.list tr { break-inside: avoid;") !=
          std::string::npos);
    CHECK(page.find("\"Noto Sans CJK JP\", \"Noto Sans JP\", \"Hiragino Sans\"") !=
          std::string::npos);
    CHECK(page.find("Meiryo, sans-serif") != std::string::npos);
    check_self_contained(page);
    check_unique_ids(page);
}

TEST_CASE("page: every KPI-year's ratio as the CSV writes it, in the page's tables in order") {
    // write_kpi_years_csv's ratio column (the 4-decimal exact rounding) against the page:
    // the same digits, KPI-year by KPI-year.
    const std::string page = grantkpi::write_report_html(seed_evaluation(), seed_report());
    const std::string csv = grantkpi::write_kpi_years_csv(seed_evaluation());
    std::size_t from = 0;
    std::size_t ratios = 0;
    // The seed's names hold no comma, so splitting at commas finds the columns.
    const auto field = [](const std::string& line, std::size_t index) {
        std::size_t begin = 0;
        for (std::size_t i = 0; i < index; ++i) {
            begin = line.find(',', begin) + 1;
        }
        return line.substr(begin, line.find(',', begin) - begin);
    };
    const std::string header = csv.substr(0, csv.find('\n'));
    std::size_t ratio_column = 0;
    while (field(header, ratio_column) != "ratio") {
        ++ratio_column;
        REQUIRE(ratio_column < 32);
    }
    std::size_t line_start = csv.find('\n') + 1;
    while (line_start < csv.size()) {
        const std::size_t line_end = csv.find('\n', line_start);
        const std::string line = csv.substr(line_start, line_end - line_start);
        line_start = line_end + 1;
        const std::string ratio = field(line, ratio_column);
        if (ratio.empty()) {
            continue;
        }
        const std::size_t at = page.find("<td class=\"num\">" + ratio + "</td>", from);
        CHECK_MESSAGE(at != std::string::npos, line);
        if (at != std::string::npos) {
            from = at;
        }
        ++ratios;
    }
    // The seed's KPI-years with a plan and an actual and a plan other than 0: UIJ ターンに
    // よる 3 x 3, 外国人の活躍 4 x 3, デジタル 3 x 3 less KPI② R2 (plan 0): 9 + 12 + 8.
    CHECK(ratios == 29);
}

TEST_CASE("page: without the model, from the evaluation alone") {
    const std::string page = grantkpi::write_report_html(seed_evaluation());
    CHECK(count(page, "<svg class=\"kpi-chart\"") == 17);
    CHECK(page.find("<tspan>当初値</tspan>") == std::string::npos); // no baseline without it
    CHECK(page.find("単位:") == std::string::npos);
    CHECK(page.find("57.1%<small>4 / 7</small>") != std::string::npos);
    check_self_contained(page);
}

TEST_CASE("page: the direction's basis, when the model has one") {
    grantkpi::Report report = seed_report();
    report.rounds[0].projects[0].kpis[0].direction_basis =
        grantkpi::Provenance::inferred_by("title: 待機児童", true);
    report.rounds[0].projects[0].kpis[1].direction_basis = grantkpi::Provenance::assumed_default();
    const std::string page = grantkpi::write_report_html(grantkpi::evaluate(report), report);
    CHECK(page.find(
              "<span class=\"basis weak\" title=\"推定: title: 待機児童（不確か）\">推定</span>") !=
          std::string::npos);
    CHECK(page.find("<span class=\"basis weak\" title=\"仮定\">仮定</span>") != std::string::npos);
    // The accumulation's and the budget scope's bases the same way.
    report.rounds[0].projects[2].kpis[2].accumulation_basis =
        grantkpi::Provenance::inferred_by("title: (3年累計)");
    report.rounds[0].projects[1].budget_scope_basis =
        grantkpi::Provenance::inferred_by("heading: ※道全体の採択額");
    const std::string more = grantkpi::write_report_html(grantkpi::evaluate(report), report);
    CHECK(more.find(
              "各年度の増減（合計可）（<span class=\"basis\" title=\"推定: title: (3年累計)\">推定"
              "</span>）") != std::string::npos);
    CHECK(more.find(
              "共同事業の全体額（<span class=\"basis\" title=\"推定: heading: ※道全体の採択額\">"
              "推定</span>）") != std::string::npos);
    // Plain statements (the JSON's) say nothing more.
    CHECK(count(page, "class=\"basis") == 2);
    CHECK(count(more, "class=\"basis") == 4);
}

TEST_CASE("page: names, titles and notes are escaped") {
    grantkpi::Report report = seed_report();
    auto& project = report.rounds[0].projects[0];
    project.name = "<script>alert(1)</script>事業";
    project.kpis[0].title = "A & B \"quoted\" 'single' </style>";
    project.notes.push_back("<img src=x onerror=alert(2)>");
    report.municipality = "<b>市</b>";
    project.name += "\xFF"; // an invalid byte becomes U+FFFD
    const std::string page = grantkpi::write_report_html(grantkpi::evaluate(report), report);
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;事業\uFFFD</h3>") != std::string::npos);
    CHECK(page.find("A &amp; B &quot;quoted&quot; &#39;single&#39; &lt;/style&gt;") !=
          std::string::npos);
    CHECK(page.find("<img") == std::string::npos);
    CHECK(page.find("&lt;img src=x onerror=alert(2)&gt;") != std::string::npos);
    CHECK(page.find("<title>&lt;b&gt;市&lt;/b&gt; KPI評価</title>") != std::string::npos);
    CHECK(page.find("\xFF") == std::string::npos);
    CHECK(grantkpi::html_escape("a\x01z\tq") == "a\uFFFDz\tq");
}

TEST_CASE("page: a collection counts a joint project once and names the copies left out") {
    // The seed twice, as two municipalities: its three joint projects with 道 (UIJ ターン新規
    // 就業支援事業, 外国人の活躍…, いしかり…) are found again in the second report.
    grantkpi::Report other = seed_report();
    other.municipality = "江別市";
    const std::vector<grantkpi::Report> reports{seed_report(), other};
    const auto collection = grantkpi::evaluate_collection(reports);
    REQUIRE(collection.duplicates_merged == 3);
    grantkpi::HtmlReportOptions options;
    options.report_names = {"sapporo.txt", "ebetsu.txt"};
    const std::string page = grantkpi::write_report_html(collection, reports, options);
    CHECK(page.find("<title>2件の報告書 KPI評価</title>") != std::string::npos);
    // 6 x 2 - 3 projects; 17 x 2 - 8 KPIs (2 + 4 + 2 of the copies left out).
    CHECK(page.find("2件の報告書 · 9事業 · KPI 26件") != std::string::npos);
    CHECK(page.find("共同事業 3件は、最初の報告書の分だけを集計しています。") != std::string::npos);
    CHECK(count(page, "<td>札幌市</td><td>江別市</td>") == 3);
    CHECK(count(page, "<section class=\"report\"") == 2);
    CHECK(page.find("<a href=\"#r2\">江別市</a>") != std::string::npos);
    CHECK(page.find("ebetsu.txt") != std::string::npos);
    CHECK(count(page, "<svg class=\"kpi-chart\"") == 34);
    check_self_contained(page);
    check_unique_ids(page);
}

TEST_CASE("page: seeded random reports give well-formed, escaped pages with a chart per KPI") {
    // Names and titles with quotes, backslashes, control characters, characters outside the
    // BMP; values of every kind. Each page is valid UTF-8, has one chart per KPI and its
    // markup only where the writer puts it.
    std::size_t kpis_seen = 0;
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        const grantkpi::Report report = grantkpi::testing::random_report(seed);
        const auto evaluation = grantkpi::try_evaluate(report);
        if (!evaluation) {
            continue; // a random budget sum may overflow: evaluate's business, not ours
        }
        const std::string page = grantkpi::write_report_html(*evaluation, report);
        std::size_t kpis = 0;
        for (const auto& round : report.rounds) {
            for (const auto& project : round.projects) {
                kpis += project.kpis.size();
                CHECK(page.find(">" + grantkpi::html_escape(project.name) + "</h3>") !=
                      std::string::npos);
            }
        }
        kpis_seen += kpis;
        CHECK(count(page, "<svg class=\"kpi-chart\"") == kpis);
        CHECK(count(page, "</svg>") == kpis);
        CHECK(page.find('\x01') == std::string::npos);
        CHECK(page.find("nan") == std::string::npos); // no NaN coordinate
        CHECK(page.find("inf\"") == std::string::npos);
        CHECK(page.ends_with("</html>\n"));
        check_self_contained(page);
        // Every text is escaped: each '<' opens one of the writer's tags.
        std::size_t stray = 0;
        for (std::size_t at = page.find('<'); at != std::string::npos;
             at = page.find('<', at + 1)) {
            const char next = at + 1 < page.size() ? page[at + 1] : '\0';
            const bool letter = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z');
            stray += letter || next == '/' || next == '!' ? 0 : 1;
        }
        CHECK(stray == 0);
    }
    CHECK(kpis_seen > 50);
}

TEST_CASE("writes the pages and the 50-report corpus for the browser checks") {
    // CTest's browser.* tests (tests/browser/check_html_report.py) open these in headless
    // Chromium; the corpus is the first 50 reports of the synthetic national corpus.
    const std::filesystem::path dir = GRANTKPI_TEST_OUTPUT_DIR "/html";
    std::filesystem::remove_all(dir / "corpus");
    std::filesystem::create_directories(dir / "corpus");
    const auto reports = grantkpi::bench::generate_corpus(grantkpi::bench::CorpusOptions{7, 50});
    REQUIRE(reports.size() == 50);
    std::size_t kpis = 0;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "%05zu.json", i);
        std::ofstream(dir / "corpus" / name, std::ios::binary)
            << grantkpi::write_report_json(reports[i]);
        for (const auto& round : reports[i].rounds) {
            for (const auto& project : round.projects) {
                kpis += project.kpis.size();
            }
        }
    }
    CHECK(kpis > 50 * 3);
    CHECK(std::distance(std::filesystem::directory_iterator(dir / "corpus"),
                        std::filesystem::directory_iterator()) == 50);
}

TEST_SUITE_END();
