// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/html_report.hpp>

#include "html_page.hpp"
#include "html_style.hpp"
#include "unicode/unicode.hpp"

#include <grantkpi/kpi_chart.hpp>
#include <grantkpi/version.hpp>

#include <functional>
#include <string>

namespace grantkpi {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        switch (c) {
        case '&':
            out += "&amp;";
            ++i;
            continue;
        case '<':
            out += "&lt;";
            ++i;
            continue;
        case '>':
            out += "&gt;";
            ++i;
            continue;
        case '"':
            out += "&quot;";
            ++i;
            continue;
        case '\'':
            out += "&#39;";
            ++i;
            continue;
        default:
            break;
        }
        std::size_t length = 1;
        const char32_t cp = detail::decode_utf8(text, i, length);
        // Invalid bytes and control characters (other than tab and line feed) are not text:
        // they become U+FFFD, as in the JSON output.
        if (cp == detail::invalid_code_point || (cp < 0x20 && cp != '\t' && cp != '\n') ||
            cp == 0x7F) {
            out += "\uFFFD";
        } else {
            out.append(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

namespace {

using html::money_text;
using html::notes;
using html::Page;
using html::share_fraction;
using html::Sources;
using html::verdict_mark;
using html::Writer;

void summary_cards(Writer& w, const Summary& summary) {
    w.raw("<div class=\"cards\">");
    auto share_card = [&](std::string_view cls, std::string_view heading,
                          const HeadlineShare& share, std::string_view unit,
                          const std::string& not_judged) {
        const Share& main = share.confirmed_of_judged;
        w.raw("<section class=\"card " + std::string(cls) + "\"><h3>").text(heading).raw("</h3>");
        w.raw("<div class=\"figure\">");
        if (main.value) {
            w.text(html::percent_text(*main.value));
        } else {
            w.raw("<span class=\"na\">—</span>");
        }
        w.raw("<small>")
            .text(std::to_string(main.count) + " / " + std::to_string(main.of))
            .raw("</small></div>");
        w.raw("<p>")
            .text("判定できた" + share_fraction(main, unit) + "が達成" +
                  (main.value ? "（" + html::ratio_text(*main.value) + "）" : ""))
            .raw("</p>");
        const Share& with = share.with_provisional_of_judged;
        w.raw("<p class=\"more\">")
            .text("見込を含むと " + share_fraction(with, unit) +
                  (with.value ? "（" + html::percent_text(*with.value) + "）" : ""))
            .raw("</p><p class=\"more\">")
            .text(not_judged)
            .raw("</p></section>");
    };
    share_card("kpi-card", "KPIの達成（確定値）", summary.kpis_met, "件",
               "判定なし: 目標値なし " + std::to_string(summary.kpis.no_plan) + "件・実績未報告 " +
                   std::to_string(summary.kpis.not_reported) + "件（全" +
                   std::to_string(summary.kpis.total) + "件）");
    share_card("kpi-card", "KPIを1つ以上達成した事業（確定値）", summary.projects_met_at_least_one,
               "事業",
               "判定できるKPIのない事業 " + std::to_string(summary.projects.not_judged) + "（全" +
                   std::to_string(summary.projects.total) + "事業）");
    const BudgetTotals& b = summary.budget;
    w.raw("<section class=\"card money\"><h3>事業費（自団体分）</h3><div class=\"figure\">")
        .text(b.own.amount().to_grouped_string())
        .raw("<small>千円</small></div><p>")
        .text(std::to_string(b.own_projects) + "事業 · 国費 " + money_text(b.own_national_share))
        .raw("</p></section>");
    w.raw("<section class=\"card joint\"><h3>共同事業の全体額</h3><div class=\"figure\">")
        .text(b.joint_total.amount().to_grouped_string())
        .raw("<small>千円</small></div><p>")
        .text(std::to_string(b.joint_total_projects) + "事業 · 国費 " +
              money_text(b.joint_total_national_share))
        .raw("</p><p class=\"more\">他の団体の分を含むため、自団体分とは合算しません</p>");
    if (b.rounded_national_shares > 0) {
        w.raw("<p class=\"more\">")
            .text("国費のうち " + std::to_string(b.rounded_national_shares) +
                  "件は1円未満を四捨五入")
            .raw("</p>");
    }
    w.raw("</section></div>");
}

// One line per project, linking to it: the page at a glance.
void project_overview(Page& page, const ReportEvaluation& evaluation) {
    Writer& w = page.w;
    std::size_t projects = 0;
    for (const auto& round : evaluation.rounds) {
        projects += round.projects.size();
    }
    if (projects == 0) {
        return;
    }
    w.raw("<table class=\"list overview\"><caption>事業の一覧（○ 達成、× 未達成、– 判定なし；"
          "点線の枠は見込による判定）</caption><thead><tr><th>採択</th><th>事業</th>"
          "<th class=\"num\">事業費</th><th>効果</th><th>KPI</th></tr></thead><tbody>");
    for (std::size_t r = 0; r < evaluation.rounds.size(); ++r) {
        const RoundEvaluation& round = evaluation.rounds[r];
        for (std::size_t p = 0; p < round.projects.size(); ++p) {
            const ProjectEvaluation& project = round.projects[p];
            const std::string id =
                page.id_prefix + "-round" + std::to_string(r + 1) + "-p" + std::to_string(p + 1);
            w.raw("<tr>")
                .element("td", "", html::year_label(round.fiscal_year))
                .raw("<td><a href=\"#" + id + "\">")
                .text(project.name())
                .raw("</a></td>")
                .element("td", "num",
                         money_text(project.budget) +
                             (project.budget_scope == BudgetScope::joint_total ? "（全体額）" : ""))
                .raw("<td>")
                .text(label_ja(project.effect) + (project.effect_provisional ? "（見込）" : ""))
                .raw("</td><td class=\"verdicts-inline\">");
            for (const auto& kpi : project.kpis) {
                verdict_mark(w, kpi);
            }
            w.raw("</td></tr>");
        }
    }
    w.raw("</tbody></table>");
}

void report_body(Page& page, const ReportEvaluation& evaluation, const Sources& sources) {
    Writer& w = page.w;
    if (sources.report) {
        notes(w, sources.report->notes);
    }
    if (page.level == 1) {
        w.raw("<h2 class=\"section\">主な数値<span class=\"meta\">")
            .text(std::to_string(evaluation.summary.projects.total) + "事業 · KPI " +
                  std::to_string(evaluation.summary.kpis.total) + "件")
            .raw("</span></h2>");
    }
    summary_cards(w, evaluation.summary);
    project_overview(page, evaluation);
    for (std::size_t r = 0; r < evaluation.rounds.size(); ++r) {
        const RoundEvaluation& round = evaluation.rounds[r];
        const Round* round_model = sources.round(r);
        const std::string round_id = page.id_prefix + "-round" + std::to_string(r + 1);
        w.raw("<section class=\"round\" id=\"" + round_id + "\"><h" + page.h(1) +
              " class=\"section\">")
            .text(to_string(round.fiscal_year, FiscalYearStyle::era_long) + " " + round.scheme())
            .raw("<span class=\"meta\">");
        std::string meta = std::to_string(round.fiscal_year.gregorian()) + "年度採択 · " +
                           std::to_string(round.projects.size()) + "事業";
        if (round_model && round_model->national_share) {
            meta += " · 国費 " + round_model->national_share->to_string();
        }
        if (round.summary.kpis.total > 0) {
            const Share& s = round.summary.kpis_met.confirmed_of_judged;
            const Share& with = round.summary.kpis_met.with_provisional_of_judged;
            meta +=
                " · KPI達成 " + std::to_string(s.count) + "/" + std::to_string(s.of) + "（確定値）";
            if (with.of != s.of) {
                meta +=
                    "、見込を含むと " + std::to_string(with.count) + "/" + std::to_string(with.of);
            }
        }
        w.text(meta).raw("</span></h" + page.h(1) + ">");
        if (round_model) {
            notes(w, round_model->notes);
        }
        if (round.projects.empty()) {
            w.raw("<p class=\"notes\">この年度の新規採択事業はありません。</p>");
        }
        for (std::size_t p = 0; p < round.projects.size(); ++p) {
            project_article(page, round.projects[p], sources.project(r, p, round.projects[p]),
                            round_id + "-p" + std::to_string(p + 1));
        }
        w.raw("</section>");
    }
}

std::string report_heading(const ReportEvaluation& evaluation, const HtmlReportOptions& options,
                           std::size_t index) {
    if (evaluation.municipality()) {
        return *evaluation.municipality();
    }
    if (evaluation.title()) {
        return *evaluation.title();
    }
    if (index < options.report_names.size()) {
        return options.report_names[index];
    }
    return "報告書 " + std::to_string(index + 1);
}

void page_start(Writer& w, const std::string& title, const std::string& subtitle) {
    w.raw("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta name=\"generator\" content=\"grantkpi " GRANTKPI_VERSION_STRING "\">\n<title>")
        .text(title)
        .raw("</title>\n<style>")
        .raw(html::page_style())
        .raw("</style>\n</head>\n<body>\n<header class=\"page\"><div class=\"inner\"><h1>")
        .text(title)
        .raw("</h1><p class=\"sub\">")
        .text(subtitle)
        .raw("</p></div></header>\n<main>\n");
}

void page_end(Writer& w) {
    w.raw("</main>\n<footer class=\"page\"><p>grantkpi " GRANTKPI_VERSION_STRING
          " で作成。数値は報告書の記載どおり（見込は見込と表示）、達成率は実績÷計画の小数4桁"
          "（四捨五入）。判定は各KPIの最新の評価年度（計画と実績がともにある年度）で行い、"
          "見込による判定は確定値と分けて数えます。</p></footer>\n</body>\n</html>\n");
}

std::string page_title(const ReportEvaluation& evaluation, const HtmlReportOptions& options) {
    if (!options.title.empty()) {
        return options.title;
    }
    if (evaluation.municipality()) {
        return *evaluation.municipality() + " KPI評価";
    }
    return evaluation.title() ? *evaluation.title() : std::string("KPI評価レポート");
}

std::string one_report(const ReportEvaluation& evaluation, const Report* source,
                       const HtmlReportOptions& options) {
    Page page;
    std::string subtitle = "地方創生推進交付金 事業とKPIの評価";
    if (evaluation.title() && evaluation.municipality()) {
        subtitle = *evaluation.title();
    }
    if (!options.report_names.empty()) {
        subtitle += " · " + options.report_names[0];
    }
    page_start(page.w, page_title(evaluation, options), subtitle);
    page.level = 1;
    report_body(page, evaluation, Sources{source});
    page_end(page.w);
    return std::move(page.w.str());
}

} // namespace

std::string write_report_html(const ReportEvaluation& evaluation,
                              const HtmlReportOptions& options) {
    return one_report(evaluation, nullptr, options);
}

std::string write_report_html(const ReportEvaluation& evaluation, const Report& source,
                              const HtmlReportOptions& options) {
    return one_report(evaluation, &source, options);
}

namespace {

// The joint projects found in several reports and counted once.
void merged_table(Writer& w, const CollectionEvaluation& collection,
                  const std::function<std::string(std::size_t)>& name_of) {
    w.raw("<h3>共同事業の重複</h3><p>")
        .text(collection.duplicates_merged == 0
                  ? std::string("複数の報告書に載っている共同事業はありませんでした。")
                  : "複数の報告書に載っている共同事業 " +
                        std::to_string(collection.duplicates_merged) +
                        "件は、最初の報告書の分だけを集計しています。")
        .raw("</p>");
    if (collection.merged.empty()) {
        return;
    }
    w.raw("<table class=\"list merged\"><thead><tr><th>採択年度</th><th>事業</th>"
          "<th>共同申請</th><th>集計した報告書</th><th>除いた報告書</th></tr></thead><tbody>");
    for (const auto& m : collection.merged) {
        std::string partners;
        for (const auto& partner : m.partners) {
            partners += (partners.empty() ? "" : "・") + partner;
        }
        w.raw("<tr>")
            .element("td", "", html::year_label(m.round_fiscal_year))
            .element("td", "", m.name)
            .element("td", "", partners)
            .element("td", "", name_of(m.kept_report))
            .element("td", "", name_of(m.merged_report))
            .raw("</tr>");
    }
    w.raw("</tbody></table>");
}

// `count/of（percent）` of a headline share.
std::string share_cell(const Share& share) {
    return std::to_string(share.count) + "/" + std::to_string(share.of) +
           (share.value ? "（" + html::percent_text(*share.value) + "）" : "");
}

// One row a report: its projects, KPIs, headline shares and own budgets.
void reports_table(Writer& w, const CollectionEvaluation& collection,
                   const std::function<std::string(std::size_t)>& name_of) {
    w.raw("<h3>報告書ごとの結果</h3><table class=\"list reports\"><thead><tr><th>報告書</th>"
          "<th class=\"num\">事業</th><th class=\"num\">KPI</th>"
          "<th class=\"num\">KPI達成（確定値）</th><th class=\"num\">見込を含む</th>"
          "<th class=\"num\">事業費（自団体分）</th></tr></thead><tbody>");
    for (std::size_t i = 0; i < collection.reports.size(); ++i) {
        const Summary& s = collection.reports[i].summary;
        w.raw("<tr><td><a href=\"#r" + std::to_string(i + 1) + "\">")
            .text(name_of(i))
            .raw("</a></td>")
            .element("td", "num", std::to_string(s.projects.total))
            .element("td", "num", std::to_string(s.kpis.total))
            .element("td", "num", share_cell(s.kpis_met.confirmed_of_judged))
            .element("td", "num", share_cell(s.kpis_met.with_provisional_of_judged))
            .element("td", "num", money_text(s.budget.own))
            .raw("</tr>");
    }
    w.raw("</tbody></table>");
}

} // namespace

std::string write_report_html(const CollectionEvaluation& collection,
                              std::span<const Report> sources, const HtmlReportOptions& options) {
    Page page;
    Writer& w = page.w;
    const std::string title = options.title.empty()
                                  ? std::to_string(collection.reports.size()) + "件の報告書 KPI評価"
                                  : options.title;
    page_start(w, title, "地方創生推進交付金 事業とKPIの評価 · 共同事業は1件として集計");
    w.raw("<section class=\"collection\" id=\"summary\"><h2 class=\"section\">全体の集計"
          "<span class=\"meta\">")
        .text(std::to_string(collection.reports.size()) + "件の報告書 · " +
              std::to_string(collection.summary.projects.total) + "事業 · KPI " +
              std::to_string(collection.summary.kpis.total) + "件")
        .raw("</span></h2>");
    summary_cards(w, collection.summary);
    const std::function<std::string(std::size_t)> name_of = [&](std::size_t i) {
        return i < collection.reports.size() ? report_heading(collection.reports[i], options, i)
                                             : std::to_string(i + 1);
    };
    merged_table(w, collection, name_of);
    reports_table(w, collection, name_of);
    w.raw("</section>");
    for (std::size_t i = 0; i < collection.reports.size(); ++i) {
        const ReportEvaluation& report = collection.reports[i];
        page.id_prefix = "r" + std::to_string(i + 1);
        page.level = 2;
        w.raw("<section class=\"report\" id=\"" + page.id_prefix + "\"><header><h2>")
            .text(name_of(i))
            .raw("</h2><p>");
        std::string about = report.title() && report.municipality() ? *report.title() + " · " : "";
        if (i < options.report_names.size()) {
            about += options.report_names[i];
        }
        w.text(about).raw("</p></header>");
        report_body(page, report, Sources{i < sources.size() ? &sources[i] : nullptr});
        w.raw("</section>");
    }
    page_end(w);
    return std::move(w.str());
}

} // namespace grantkpi
