// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// One project of the HTML report: its facts and budget, then each KPI as a figure (the
// chart of kpi_chart.hpp) and a table of its plans and actuals, with the verdicts.

#include "html_page.hpp"

#include <grantkpi/kpi_chart.hpp>
#include <grantkpi/provenance.hpp>

#include <string>

namespace grantkpi::html {

namespace {

// What a figure the table does not state rests on, when it is not a plain statement:
// （推定）with the rule in the tooltip, （仮定）, marked with "?" when weak (assumed, or
// inferred on weak evidence).
void basis_html(Writer& w, const Provenance* basis) {
    if (!basis || basis->is_plain_statement()) {
        return;
    }
    std::string note = label_ja(basis->source);
    if (!basis->rule.empty()) {
        note += ": " + basis->rule;
    }
    if (basis->uncertain && basis->source == Source::inferred) {
        note += "（不確か）";
    }
    w.raw("（<span class=\"basis" + std::string(basis->is_weak() ? " weak" : "") + "\" title=\"")
        .text(note)
        .raw("\">")
        .text(label_ja(basis->source))
        .raw("</span>）");
}

// The direction and, when known, what it rests on (Kpi::direction_basis).
void direction_html(Writer& w, Direction direction, const Provenance* basis) {
    w.raw("<span class=\"direction\">").text(html::direction_label(direction));
    basis_html(w, basis);
    w.raw("</span>");
}

bool is_judged(const KpiEvaluation& kpi) {
    return kpi.verdict == Verdict::met || kpi.verdict == Verdict::not_met;
}

// The badge's class: met, not-met or none, and provisional when a judged verdict rests on an
// expected figure.
std::string badge_class(const KpiEvaluation& kpi) {
    std::string cls = kpi.verdict == Verdict::met       ? "badge met"
                      : kpi.verdict == Verdict::not_met ? "badge not-met"
                                                        : "badge none";
    if (is_judged(kpi) && kpi.provisional) {
        cls += " provisional";
    }
    return cls;
}

void verdict_badge(Writer& w, const KpiEvaluation& kpi, bool with_number) {
    const bool judged = is_judged(kpi);
    const std::string cls = badge_class(kpi);
    std::string label = with_number ? detail::kpi_number_label(kpi.number) + " " : std::string{};
    label += kpi.verdict == Verdict::met ? "○ " : kpi.verdict == Verdict::not_met ? "× " : "– ";
    label += label_ja(kpi.verdict);
    if (judged && kpi.latest_year) {
        label +=
            "（" + html::year_label(*kpi.latest_year) + (kpi.provisional ? " 見込" : "") + "）";
    }
    w.raw("<span class=\"" + cls + "\">").text(label).raw("</span>");
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
    w.text(kpi.title()).raw("</h" + page.h(3) + ">");
    verdict_badge(w, kpi, false);
    if (kpi.effect != EffectRating::not_rated) {
        std::string effect = label_ja(kpi.effect);
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
    w.raw("</span><span>").text(label_ja(kpi.accumulation));
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

} // namespace

// A KPI's verdict as one symbol in a small badge: ①○, ②×, ③–.
void verdict_mark(Writer& w, const KpiEvaluation& kpi) {
    const std::string cls = badge_class(kpi);
    w.raw("<span class=\"" + cls + "\" title=\"")
        .text(detail::kpi_label(kpi.number) + " " + kpi.title() + ": " + label_ja(kpi.verdict) +
              (kpi.provisional ? "（見込）" : ""))
        .raw("\">")
        .text(detail::kpi_number_label(kpi.number) + (kpi.verdict == Verdict::met       ? "○"
                                                      : kpi.verdict == Verdict::not_met ? "×"
                                                                                        : "–"))
        .raw("</span>");
}

void project_article(Page& page, const ProjectEvaluation& project, const Project* model,
                     const std::string& id) {
    Writer& w = page.w;
    w.raw("<article class=\"project\" id=\"" + id + "\"><h" + page.h(2) +
          " class=\"project-title\">")
        .text(project.name())
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
    for (const auto& partner : project.partners()) {
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
        std::string effect = label_ja(project.effect);
        w.raw("<div><dt>効果（国の様式の4段階）</dt><dd><span class=\"badge effect" +
              std::string(project.effect_provisional ? " provisional" : "") + "\">")
            .text(effect + (project.effect_provisional ? "（見込を含む）" : ""))
            .raw("</span></dd></div>");
    }
    fact("KPI",
         std::to_string(project.kpis.size()) + "件中" + std::to_string(project.kpis_met.size()) +
             "件達成",
         label_ja(project.outcome) + (project.outcome_provisional ? "（見込）" : ""));
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

} // namespace grantkpi::html
