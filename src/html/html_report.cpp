// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/html_report.hpp>

#include "html_format.hpp"
#include "html_style.hpp"
#include "unicode/unicode.hpp"

#include <grantkpi/kpi_chart.hpp>
#include <grantkpi/version.hpp>

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

using html::Writer;

std::string money_text(Money money) {
    return money.amount().to_grouped_string() + "千円";
}

std::string share_fraction(const Share& share, std::string_view unit) {
    return std::to_string(share.of) + std::string(unit) + "中" + std::to_string(share.count) +
           std::string(unit);
}

// The models of the evaluated parts, when the caller gave the Report.
struct Sources {
    const Report* report = nullptr;

    [[nodiscard]] const Round* round(std::size_t r) const {
        return report && r < report->rounds.size() ? &report->rounds[r] : nullptr;
    }
    [[nodiscard]] const Project* project(std::size_t r, std::size_t p,
                                         const ProjectEvaluation& e) const {
        const Round* rd = round(r);
        if (!rd || p >= rd->projects.size() || rd->projects[p].name != e.name) {
            return nullptr;
        }
        return &rd->projects[p];
    }
    [[nodiscard]] static const Kpi* kpi(const Project* project, std::size_t k,
                                        const KpiEvaluation& e) {
        if (!project || k >= project->kpis.size() || project->kpis[k].number != e.number) {
            return nullptr;
        }
        return &project->kpis[k];
    }
};

struct Page {
    Writer w;
    int level = 1; ///< the heading level of a report's title
    std::string id_prefix = "r0";

    std::string h(int offset) const { return std::to_string(std::min(level + offset, 6)); }
};

void notes(Writer& w, const std::vector<std::string>& notes) {
    if (notes.empty()) {
        return;
    }
    w.raw("<ul class=\"notes\">");
    for (const auto& note : notes) {
        w.element("li", "", note);
    }
    w.raw("</ul>");
}

// What a figure the table does not state rests on, when it is not a plain statement:
// （推定）with the rule in the tooltip, （仮定）, marked with "?" when weak (assumed, or
// inferred on weak evidence).
void basis_html(Writer& w, const Provenance* basis) {
    if (!basis || basis->is_plain_statement()) {
        return;
    }
    std::string note = std::string(html::source_label(basis->source));
    if (!basis->rule.empty()) {
        note += ": " + basis->rule;
    }
    if (basis->uncertain && basis->source == Source::inferred) {
        note += "（不確か）";
    }
    w.raw("（<span class=\"basis" + std::string(basis->is_weak() ? " weak" : "") + "\" title=\"")
        .text(note)
        .raw("\">")
        .text(html::source_label(basis->source))
        .raw("</span>）");
}

// The direction and, when known, what it rests on (Kpi::direction_basis).
void direction_html(Writer& w, Direction direction, const Provenance* basis) {
    w.raw("<span class=\"direction\">").text(html::direction_label(direction));
    basis_html(w, basis);
    w.raw("</span>");
}

void verdict_badge(Writer& w, const KpiEvaluation& kpi, bool with_number) {
    const bool judged = kpi.verdict == Verdict::met || kpi.verdict == Verdict::not_met;
    std::string cls = kpi.verdict == Verdict::met       ? "badge met"
                      : kpi.verdict == Verdict::not_met ? "badge not-met"
                                                        : "badge none";
    if (judged && kpi.provisional) {
        cls += " provisional";
    }
    std::string label = with_number ? detail::kpi_number_label(kpi.number) + " " : std::string{};
    label += kpi.verdict == Verdict::met ? "○ " : kpi.verdict == Verdict::not_met ? "× " : "– ";
    label += html::verdict_label(kpi.verdict);
    if (judged && kpi.latest_year) {
        label +=
            "（" + html::year_label(*kpi.latest_year) + (kpi.provisional ? " 見込" : "") + "）";
    }
    w.raw("<span class=\"" + cls + "\">").text(label).raw("</span>");
}

// A KPI's verdict as one symbol in a small badge: ①○, ②×, ③–.
void verdict_mark(Writer& w, const KpiEvaluation& kpi) {
    const bool judged = kpi.verdict == Verdict::met || kpi.verdict == Verdict::not_met;
    std::string cls = kpi.verdict == Verdict::met       ? "badge met"
                      : kpi.verdict == Verdict::not_met ? "badge not-met"
                                                        : "badge none";
    if (judged && kpi.provisional) {
        cls += " provisional";
    }
    w.raw("<span class=\"" + cls + "\" title=\"")
        .text(detail::kpi_label(kpi.number) + " " + kpi.title + ": " +
              std::string(html::verdict_label(kpi.verdict)) + (kpi.provisional ? "（見込）" : ""))
        .raw("\">")
        .text(detail::kpi_number_label(kpi.number) + (kpi.verdict == Verdict::met       ? "○"
                                                      : kpi.verdict == Verdict::not_met ? "×"
                                                                                        : "–"))
        .raw("</span>");
}

void cell_html(Writer& w, const Observation& cell) {
    if (!cell.has_value()) {
        w.raw("<td class=\"num na\" title=\"記載なし\">—</td>");
        return;
    }
    w.raw("<td class=\"num\">").text(html::value_text(cell));
    if (cell.is_expected()) {
        w.raw("<span class=\"tag\">見込</span>");
    }
    w.raw("</td>");
}

void kpi_table(Writer& w, const KpiEvaluation& kpi, const Kpi* model) {
    w.raw("<table class=\"data\"><caption>");
    w.text(detail::kpi_label(kpi.number) + " の数値");
    if (model && !model->unit.label.empty()) {
        w.text("（単位: " + model->unit.label + "）");
    }
    w.raw("</caption><thead><tr><th scope=\"col\">年度</th><th scope=\"col\">計画</th>"
          "<th scope=\"col\">実績</th><th scope=\"col\">判定</th>"
          "<th scope=\"col\">達成率</th></tr></thead><tbody>");
    if (model && (model->baseline.plan.has_value() || model->baseline.actual.has_value())) {
        w.raw("<tr class=\"baseline\"><th scope=\"row\">当初値");
        if (model->baseline.year) {
            w.text("（" + html::year_label(*model->baseline.year) + "）");
        }
        w.raw("</th>");
        cell_html(w, model->baseline.plan);
        cell_html(w, model->baseline.actual);
        w.raw("<td></td><td></td></tr>");
    }
    for (const auto& year : kpi.years) {
        w.raw("<tr><th scope=\"row\">")
            .text(html::year_label(year.year))
            .raw(" <span class=\"na\">")
            .text(std::to_string(year.year.gregorian()))
            .raw("</span></th>");
        cell_html(w, year.plan);
        cell_html(w, year.actual);
        if (year.met) {
            w.raw(*year.met ? "<td class=\"num mark-met\">○ 達成"
                            : "<td class=\"num mark-not-met\">× 未達成");
            w.raw(year.provisional ? "<span class=\"tag\">見込</span></td>" : "</td>");
        } else {
            w.raw("<td class=\"num na\">—</td>");
        }
        if (year.ratio) {
            w.raw("<td class=\"num\">").text(html::ratio_text(*year.ratio)).raw("</td>");
        } else {
            w.raw("<td class=\"num na\">—</td>");
        }
        w.raw("</tr>");
    }
    w.raw("</tbody></table>");
    if (const auto& total = kpi.running_total) {
        w.raw("<p class=\"running\">")
            .text("増減の合計（" + std::to_string(total->years) + "年度分、" +
                  html::year_label(total->through) + "まで）: 計画 " +
                  total->plan.to_grouped_string() + "、実績 " + total->actual.to_grouped_string() +
                  " — " + (total->met ? "達成" : "未達成") +
                  (total->ratio ? "（" + html::ratio_text(*total->ratio) + "）" : "") +
                  (total->provisional ? "、見込を含む" : ""))
            .raw("</p>");
    }
}

void kpi_figure(Page& page, const KpiEvaluation& kpi, const Kpi* model, const std::string& id) {
    Writer& w = page.w;
    w.raw("<figure class=\"kpi\" id=\"" + id + "\"><figcaption><h" + page.h(3) +
          " class=\"kpi-title\">");
    w.raw("<span class=\"no\">").text(detail::kpi_label(kpi.number)).raw("</span>");
    w.text(kpi.title).raw("</h" + page.h(3) + ">");
    verdict_badge(w, kpi, false);
    if (kpi.effect != EffectRating::not_rated) {
        std::string effect(html::effect_label(kpi.effect));
        if (kpi.effect_without_baseline) {
            effect += "（当初値なし）";
        }
        w.raw("<span class=\"badge effect" +
              std::string(kpi.effect_provisional ? " provisional" : "") + "\">")
            .text(effect)
            .raw("</span>");
    }
    w.raw("<div class=\"kpi-meta\">");
    if (model && !model->unit.label.empty()) {
        w.raw("<span>").text("単位: " + model->unit.label).raw("</span>");
    }
    w.raw("<span>");
    // When KpiEvaluation carries the direction's basis itself, pass it here instead.
    direction_html(w, kpi.direction, model ? &model->direction_basis : nullptr);
    w.raw("</span><span>").text(html::accumulation_label(kpi.accumulation));
    basis_html(w, model ? &model->accumulation_basis : nullptr);
    w.raw("</span>");
    if (kpi.provisional && kpi.latest_confirmed_year) {
        w.raw("<span>")
            .text("確定値のみ: " + html::year_label(*kpi.latest_confirmed_year) + " " +
                  (kpi.latest_confirmed_met.value_or(false) ? "達成" : "未達成"))
            .raw("</span>");
    }
    w.raw("</div></figcaption><div class=\"kpi-body\">");
    KpiChartOptions chart = model ? kpi_chart_options(*model, id + "-chart") : KpiChartOptions{};
    chart.id = id + "-chart";
    chart.standalone = false;
    w.raw(write_kpi_chart_svg(kpi, chart));
    w.raw("<div>");
    kpi_table(w, kpi, model);
    if (model) {
        notes(w, model->notes);
    }
    w.raw("</div></div></figure>");
}

void project_article(Page& page, const ProjectEvaluation& project, const Project* model,
                     const std::string& id) {
    Writer& w = page.w;
    w.raw("<article class=\"project\" id=\"" + id + "\"><h" + page.h(2) +
          " class=\"project-title\">")
        .text(project.name)
        .raw("</h" + page.h(2) + "><dl class=\"facts\">");
    auto fact = [&](std::string_view term, const std::string& value, const std::string& aside) {
        w.raw("<div><dt>").text(term).raw("</dt><dd>").text(value);
        if (!aside.empty()) {
            w.raw(" <span class=\"aside\">").text(aside).raw("</span>");
        }
        w.raw("</dd></div>");
    };
    const bool joint_total = project.budget_scope == BudgetScope::joint_total;
    std::string budget_aside = joint_total ? "共同事業の全体額" : "";
    if (model && model->budget_as_written) {
        budget_aside += (budget_aside.empty() ? "" : "、") + ("記載: " + *model->budget_as_written);
    }
    w.raw("<div><dt>事業費</dt><dd>").text(money_text(project.budget));
    if (!budget_aside.empty() || (model && !model->budget_scope_basis.is_plain_statement())) {
        w.raw(" <span class=\"aside\">").text(budget_aside);
        if (model && !model->budget_scope_basis.is_plain_statement()) {
            w.text(joint_total ? "" : "自団体分");
            basis_html(w, &model->budget_scope_basis);
        }
        w.raw("</span>");
    }
    w.raw("</dd></div>");
    if (model && joint_total && model->own_budget) {
        fact("うち自団体分", money_text(*model->own_budget), "");
    }
    fact("国費", money_text(project.national_share_amount),
         project.national_share.to_string() +
             (project.national_share_amount_rounded ? "、1円未満を四捨五入" : ""));
    std::string application = project.application == Application::single ? "単独申請" : "共同申請";
    std::string partners;
    for (const auto& partner : project.partners) {
        partners += (partners.empty() ? "" : "・") + partner;
    }
    fact("申請", application, partners.empty() ? "" : "（" + partners + "）");
    if (model && model->first_fiscal_year.ok() && model->last_fiscal_year.ok()) {
        fact("実施期間",
             html::year_label(model->first_fiscal_year) + "〜" +
                 html::year_label(model->last_fiscal_year),
             std::to_string(model->duration_years()) + "年間");
    }
    {
        std::string effect(html::effect_label(project.effect));
        w.raw("<div><dt>効果（国の様式の4段階）</dt><dd><span class=\"badge effect" +
              std::string(project.effect_provisional ? " provisional" : "") + "\">")
            .text(effect + (project.effect_provisional ? "（見込を含む）" : ""))
            .raw("</span></dd></div>");
    }
    fact("KPI",
         std::to_string(project.kpis.size()) + "件中" + std::to_string(project.kpis_met.size()) +
             "件達成",
         std::string(html::outcome_label(project.outcome)) +
             (project.outcome_provisional ? "（見込）" : ""));
    w.raw("</dl><div class=\"verdicts\">");
    for (const auto& kpi : project.kpis) {
        verdict_badge(w, kpi, true);
    }
    w.raw("</div>");
    if (model) {
        notes(w, model->notes);
        if (!model->description.empty()) {
            w.raw("<details class=\"about\"><summary>事業の概要</summary>");
            for (const auto& paragraph : model->description) {
                w.element("p", "", paragraph);
            }
            w.raw("</details>");
        }
    }
    for (std::size_t k = 0; k < project.kpis.size(); ++k) {
        kpi_figure(page, project.kpis[k], Sources::kpi(model, k, project.kpis[k]),
                   id + "-k" + std::to_string(k + 1));
    }
    w.raw("</article>");
}

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
                .text(project.name)
                .raw("</a></td>")
                .element("td", "num",
                         money_text(project.budget) +
                             (project.budget_scope == BudgetScope::joint_total ? "（全体額）" : ""))
                .raw("<td>")
                .text(std::string(html::effect_label(project.effect)) +
                      (project.effect_provisional ? "（見込）" : ""))
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
            .text(to_string(round.fiscal_year, FiscalYearStyle::era_long) + " " + round.scheme)
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
    if (evaluation.municipality) {
        return *evaluation.municipality;
    }
    if (evaluation.title) {
        return *evaluation.title;
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
    if (evaluation.municipality) {
        return *evaluation.municipality + " KPI評価";
    }
    return evaluation.title ? *evaluation.title : std::string("KPI評価レポート");
}

std::string one_report(const ReportEvaluation& evaluation, const Report* source,
                       const HtmlReportOptions& options) {
    Page page;
    std::string subtitle = "地方創生推進交付金 事業とKPIの評価";
    if (evaluation.title && evaluation.municipality) {
        subtitle = *evaluation.title;
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
    auto name_of = [&](std::size_t i) {
        return i < collection.reports.size() ? report_heading(collection.reports[i], options, i)
                                             : std::to_string(i + 1);
    };
    w.raw("<h3>共同事業の重複</h3><p>")
        .text(collection.duplicates_merged == 0
                  ? std::string("複数の報告書に載っている共同事業はありませんでした。")
                  : "複数の報告書に載っている共同事業 " +
                        std::to_string(collection.duplicates_merged) +
                        "件は、最初の報告書の分だけを集計しています。")
        .raw("</p>");
    if (!collection.merged.empty()) {
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
    w.raw("<h3>報告書ごとの結果</h3><table class=\"list reports\"><thead><tr><th>報告書</th>"
          "<th class=\"num\">事業</th><th class=\"num\">KPI</th>"
          "<th class=\"num\">KPI達成（確定値）</th><th class=\"num\">見込を含む</th>"
          "<th class=\"num\">事業費（自団体分）</th></tr></thead><tbody>");
    for (std::size_t i = 0; i < collection.reports.size(); ++i) {
        const Summary& s = collection.reports[i].summary;
        const Share& confirmed = s.kpis_met.confirmed_of_judged;
        const Share& with = s.kpis_met.with_provisional_of_judged;
        w.raw("<tr><td><a href=\"#r" + std::to_string(i + 1) + "\">")
            .text(name_of(i))
            .raw("</a></td>")
            .element("td", "num", std::to_string(s.projects.total))
            .element("td", "num", std::to_string(s.kpis.total))
            .element(
                "td", "num",
                std::to_string(confirmed.count) + "/" + std::to_string(confirmed.of) +
                    (confirmed.value ? "（" + html::percent_text(*confirmed.value) + "）" : ""))
            .element("td", "num",
                     std::to_string(with.count) + "/" + std::to_string(with.of) +
                         (with.value ? "（" + html::percent_text(*with.value) + "）" : ""))
            .element("td", "num", money_text(s.budget.own))
            .raw("</tr>");
    }
    w.raw("</tbody></table></section>");
    for (std::size_t i = 0; i < collection.reports.size(); ++i) {
        const ReportEvaluation& report = collection.reports[i];
        page.id_prefix = "r" + std::to_string(i + 1);
        page.level = 2;
        w.raw("<section class=\"report\" id=\"" + page.id_prefix + "\"><header><h2>")
            .text(name_of(i))
            .raw("</h2><p>");
        std::string about = report.title && report.municipality ? *report.title + " · " : "";
        if (i < options.report_names.size()) {
            about += options.report_names[i];
        }
        w.text(about).raw("</p></header>");
        page.level = 2;
        report_body(page, report, Sources{i < sources.size() ? &sources[i] : nullptr});
        w.raw("</section>");
    }
    page_end(w);
    return std::move(w.str());
}

} // namespace grantkpi
