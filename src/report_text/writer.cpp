// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/text_writer.hpp>

#include "detail/year_index.hpp"
#include "grammar.hpp"
#include "unicode/unicode.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace grantkpi {
namespace {

using namespace detail::layout;

/// Text on a line of its own: a line break would change the layout, so it becomes a space.
/// Tabs are kept: the reader takes such lines whole.
void append_text(std::string& out, std::string_view text) {
    for (const char c : text) {
        out += (c == '\n' || c == '\r') ? ' ' : c;
    }
}

/// Text in a table cell: tabs separate the cells, so they become spaces too.
void append_cell_text(std::string& out, std::string_view text) {
    for (const char c : text) {
        out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    }
}

void append_paragraph(std::string& out, std::string_view text) {
    append_text(out, text);
    out += "\n\n";
}

void append_note(std::string& out, std::string_view note) {
    out += note_mark;
    append_paragraph(out, note);
}

std::string fiscal_year(FiscalYear year) {
    return to_string(year, FiscalYearStyle::era_short);
}

void append_cell(std::string& out, const Observation* cell) {
    if (cell == nullptr || !cell->has_value()) {
        out += em_dash;
        return;
    }
    out += cell->value()->to_grouped_string();
    if (cell->is_expected()) {
        out += mikomi;
    }
}

/// A note such as `R6年度まで6年間実施予定`, which gives the project's last fiscal year: one
/// the reader takes for it (layout::schedule_note_year_length) with a year it can read.
bool is_schedule_note(std::string_view note) {
    const std::string folded = detail::fold_width(detail::trim(note));
    const std::size_t year_length = schedule_note_year_length(folded);
    return year_length != npos &&
           FiscalYear::parse(std::string_view(folded).substr(0, year_length)).has_value();
}

/// The scope note (`※道全体の採択額`, on the heading also `（道全体の採択額）`) that a basis rule
/// `heading: ※道全体の採択額` (at `place`) names, when it reads back as the project's scope and
/// own part: empty otherwise.
std::string_view scope_wording_of_rule(const Project& project, std::string_view place) {
    const std::string_view rule = project.budget_scope_basis.rule;
    if (project.budget_scope_basis.source != Source::inferred || !starts_with(rule, place)) {
        return {};
    }
    // `※道全体の採択額`, or on the heading `（道全体の採択額）`.
    const std::string_view written = rule.substr(place.size());
    std::string_view wording;
    if (starts_with(written, note_mark)) {
        wording = written.substr(note_mark.size());
    } else if (place == heading_rule && written.size() > 2 &&
               ((starts_with(written, "(") && ends_with(written, ")")) ||
                (starts_with(written, "（") && ends_with(written, "）")))) {
        const std::size_t bracket = written.front() == '(' ? 1 : 3;
        if (written.size() < 2 * bracket) {
            return {};
        }
        wording = written.substr(bracket, written.size() - 2 * bracket);
        if (wording.find_first_of("()") != npos) {
            return {};
        }
    } else {
        return {};
    }
    if (wording.empty() || wording.find_first_of("\n\r") != npos ||
        detail::trim(wording) != wording) {
        return {};
    }
    const std::string folded = detail::fold_width(wording);
    const ScopeWording scope = classify_scope_wording(folded);
    const bool whole = project.budget_scope == BudgetScope::joint_total;
    if (scope.kind != (whole ? ScopeWording::Kind::joint_total : ScopeWording::Kind::own)) {
        return {};
    }
    std::optional<Decimal> own;
    if (scope.own_end > scope.own_begin) {
        const auto amount = thousand_yen(
            std::string_view(folded).substr(scope.own_begin, scope.own_end - scope.own_begin));
        if (!amount) {
            return {};
        }
        own = *amount;
    }
    const std::optional<Decimal> model_own =
        project.own_budget ? std::optional<Decimal>(project.own_budget->amount()) : std::nullopt;
    if (own.has_value() != model_own.has_value() ||
        (own && !same_representation(*own, *model_own))) {
        return {};
    }
    return written;
}

/// The project's first note is a scope note the reader could not place (its basis says so):
/// written on the line after the heading, where the reader reads it the same way again.
bool unclear_scope_note(const Project& project) {
    constexpr std::string_view prefix = "scope note not understood: ";
    const std::string_view rule = project.budget_scope_basis.rule;
    if (project.budget_scope != BudgetScope::own ||
        project.budget_scope_basis.source != Source::assumed || project.notes.empty() ||
        !starts_with(rule, prefix) || !starts_with(rule.substr(prefix.size()), note_mark) ||
        rule.substr(prefix.size() + note_mark.size()) != project.notes.front()) {
        return false;
    }
    const std::string_view note = project.notes.front();
    const std::string folded = detail::fold_width(note);
    return !note.empty() && note.find_first_of("\n\r") == npos && detail::trim(note) == note &&
           classify_scope_wording(folded).kind == ScopeWording::Kind::unclear &&
           schedule_note_year_length(folded) == npos;
}

/// The budget as the heading writes it: as written (`2,712.5万円`) when that reads back as
/// the budget, else in 千円.
std::string budget_text(const Project& project) {
    if (project.budget_as_written) {
        const std::string_view written = *project.budget_as_written;
        const auto amount = thousand_yen(detail::fold_width(written));
        if (written.find_first_of("\n\r()") == npos && detail::trim(written) == written && amount &&
            same_representation(*amount, project.budget.amount())) {
            return std::string(written);
        }
    }
    return project.budget.amount().to_grouped_string() + std::string(sen_en);
}

/// The fiscal years a KPI's table columns show: the plan's, or the actual's without a plan.
const Series& column_series(const Kpi& kpi) {
    return kpi.plan.empty() ? kpi.actual : kpi.plan;
}

bool same_years(const Series& a, const Series& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const PeriodValue& x, const PeriodValue& y) { return x.year == y.year; });
}

void append_row(std::string& out, const Kpi& kpi, const Series& columns, bool plan) {
    out += detail::kpi_number_label(kpi.number);
    out += plan ? keikaku : jisseki;
    out += '\t';
    append_cell(out, plan ? &kpi.baseline.plan : &kpi.baseline.actual);
    const Series& row = plan ? kpi.plan : kpi.actual;
    if (same_years(columns, row)) { // the usual case: no search
        for (const PeriodValue& cell : row) {
            out += '\t';
            append_cell(out, &cell.value);
        }
    } else {
        // Any other row: each column's year looked up in the row's columns by year.
        const detail::YearIndex index(row.values);
        for (const PeriodValue& column : columns) {
            out += '\t';
            const std::size_t found = index.find(column.year);
            append_cell(out, found < row.size() ? &row.values[found].value : nullptr);
        }
    }
    out += '\t';
    if (plan) {
        append_cell_text(out, kpi.unit.label);
    }
    out += '\n';
}

void append_kpis(std::string& out, const std::vector<Kpi>& kpis) {
    if (kpis.empty()) {
        return;
    }
    const std::size_t trailing_tabs = column_series(kpis.front()).size() + 1;
    for (const Kpi& kpi : kpis) {
        out += "KPI";
        out += detail::kpi_number_label(kpi.number);
        out += '\t';
        append_cell_text(out, kpi.title);
        out.append(trailing_tabs, '\t');
        out += '\n';
    }
    const Series* header = nullptr;
    std::optional<FiscalYear> header_year; // of the baseline: 当初値（H29）
    for (const Kpi& kpi : kpis) {
        const Series& columns = column_series(kpi);
        if (header == nullptr || !same_years(*header, columns) ||
            header_year != kpi.baseline.year) {
            header = &columns;
            header_year = kpi.baseline.year;
            out += '\t';
            out += toshochi;
            if (header_year) {
                out += "（";
                out += to_string(*header_year);
                out += "）";
            }
            for (const PeriodValue& column : columns) {
                out += '\t';
                out += fiscal_year(column.year);
            }
            out += '\t';
            out += tani;
            out += '\n';
        }
        append_row(out, kpi, columns, true);
        append_row(out, kpi, columns, false);
    }
    out += '\n';
}

void append_project(std::string& out, const Project& project) {
    out += project_mark;
    append_text(out, project.name);
    out += '<';
    if (project.application == Application::single) {
        out += tandoku;
    } else {
        for (std::size_t i = 0; i < project.partners.size(); ++i) {
            if (i > 0) {
                out += nakaguro;
            }
            append_text(out, project.partners[i]);
        }
        if (!project.partners.empty()) {
            out += to_particle;
        }
        out += kyodo;
    }
    out += "> (";
    out += budget_text(project);
    out += ')';
    // The scope note where the reader read it: on the heading or on the next line.
    const std::string_view on_heading = scope_wording_of_rule(project, heading_rule);
    const std::string_view on_next_line =
        on_heading.empty() ? scope_wording_of_rule(project, next_line_rule) : std::string_view{};
    if (!on_heading.empty()) {
        out += ' ';
        append_text(out, on_heading);
    } else if (on_next_line.empty() && project.budget_scope == BudgetScope::joint_total) {
        out += ' ';
        out += note_mark;
        if (project.application == Application::joint && !project.partners.empty()) {
            append_text(out, project.partners.front());
        }
        out += zentai_saitaku;
        if (project.own_budget) {
            out += "（";
            out += uchi;
            out += "自団体";
            out += bun;
            out += project.own_budget->amount().to_grouped_string();
            out += sen_en;
            out += "）";
        }
    }
    if (!on_next_line.empty()) {
        out += '\n';
        append_text(out, on_next_line);
    }
    // A scope note the reader could not place stays a note, and where it stood.
    const std::size_t first_note = unclear_scope_note(project) ? 1 : 0;
    if (first_note == 1) {
        out += "\n";
        out += note_mark;
        append_text(out, project.notes.front());
    }
    out += "\n\n";
    for (const std::string& paragraph : project.description) {
        append_paragraph(out, paragraph);
    }
    // The notes that give the schedule stand before the table, as in the seed report; the
    // others after it. Their order is kept.
    std::size_t before = first_note;
    for (std::size_t i = first_note; i < project.notes.size(); ++i) {
        if (is_schedule_note(project.notes[i])) {
            before = i + 1;
        }
    }
    for (std::size_t i = first_note; i < before; ++i) {
        append_note(out, project.notes[i]);
    }
    out += kpi_section;
    out += "\n\n";
    append_kpis(out, project.kpis);
    for (std::size_t i = before; i < project.notes.size(); ++i) {
        append_note(out, project.notes[i]);
    }
}

void append_round(std::string& out, const Round& round) {
    out += fiscal_year(round.fiscal_year);
    out += nendo;
    append_text(out, round.scheme);
    if (round.national_share) {
        out += '<';
        out += round.national_share->to_string();
        out += kokuhi;
        out += '>';
    }
    if (round.duration_years) {
        out += bracket_open;
        out += fiscal_year(round.fiscal_year);
        out += nendo;
        out += kara;
        out += std::to_string(*round.duration_years);
        out += nenkan;
        if (round.duration_note) {
            out += '(';
            append_text(out, *round.duration_note);
            out += ')';
        }
        out += jisshi;
        out += bracket_close;
    }
    out += "\n\n";
    for (const std::string& note : round.notes) {
        append_note(out, note);
    }
    for (const Project& project : round.projects) {
        append_project(out, project);
    }
}

} // namespace

std::string write_report_text(const Report& report) {
    std::string out;
    if (report.title) {
        append_paragraph(out, *report.title);
    }
    for (const std::string& note : report.notes) {
        append_note(out, note);
    }
    for (const Round& round : report.rounds) {
        append_round(out, round);
    }
    // One final line break.
    while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') {
        out.pop_back();
    }
    return out;
}

} // namespace grantkpi
