// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "sheets.hpp"

#include "unicode/unicode.hpp"

#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/text_width.hpp>

#include <boost/describe/enum_to_string.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <initializer_list>
#include <system_error>

namespace grantkpi {

bool survives_double(Decimal value) noexcept {
    const std::int64_t coefficient = value.coefficient();
    if (coefficient == 0) {
        return true;
    }
    // The decimal as `digits e-scale`, read as the nearest double (from_chars rounds
    // correctly), printed back with 15 significant digits.
    char text[48];
    char* end = std::to_chars(text, text + sizeof text, coefficient).ptr;
    *end++ = 'e';
    end = std::to_chars(end, text + sizeof text, -value.scale()).ptr;
    double number = 0;
    if (std::from_chars(text, end, number).ec != std::errc{}) {
        return false;
    }
    char printed[48];
    const auto [printed_end, ec] =
        std::to_chars(printed, printed + sizeof printed, number, std::chars_format::scientific, 14);
    if (ec != std::errc{}) {
        return false;
    }
    // printed: [-]d.dddddddddddddde[+-]xx. Its significant digits without trailing zeros
    // and its exponent must be the decimal's.
    const char* p = printed;
    const bool negative = *p == '-';
    if (negative != (coefficient < 0)) {
        return false;
    }
    p += negative ? 1 : 0;
    char digits[20];
    int n = 0;
    for (; p < printed_end && *p != 'e'; ++p) {
        if (*p != '.') {
            digits[n++] = *p;
        }
    }
    int exponent = 0;
    if (p == printed_end ||
        std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), printed_end, exponent).ec != std::errc{}) {
        return false;
    }
    while (n > 1 && digits[n - 1] == '0') {
        --n;
    }
    // The decimal's own significant digits: |coefficient| without trailing zeros.
    std::uint64_t magnitude = coefficient < 0 ? 0 - static_cast<std::uint64_t>(coefficient)
                                              : static_cast<std::uint64_t>(coefficient);
    int scale = value.scale();
    while (magnitude % 10 == 0) {
        magnitude /= 10;
        --scale;
    }
    char own[24];
    const int own_n = static_cast<int>(std::to_chars(own, own + sizeof own, magnitude).ptr - own);
    return own_n == n && std::equal(own, own + n, digits) && exponent == own_n - 1 - scale;
}

namespace xlsx_detail {
namespace {

template <class E>
std::string name_of(E value) {
    return boost::describe::enum_to_string(value, "");
}

// Text as UTF-8 throughout: an invalid byte becomes U+FFFD, as in the CSV tables.
std::string valid_utf8(std::string_view text) {
    if (detail::is_valid_utf8(text)) {
        return std::string(text);
    }
    std::string out;
    for (std::size_t pos = 0, length = 0; pos < text.size(); pos += length) {
        if (detail::decode_utf8(text, pos, length) == detail::invalid_code_point) {
            out += "\uFFFD";
        } else {
            out.append(text.substr(pos, length));
        }
    }
    return out;
}

// The xlsx format writes a character XML cannot carry as `_xHHHH_` (libxlsxwriter does so
// for control characters), and a reader turns every `_xHHHH_` back into its character. A
// text that contains such a sequence itself gets its underscore escaped (`_x005F_`), so
// that it reads back as written.
std::string escape_xstring(std::string text) {
    auto is_hex = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };
    for (std::size_t pos = text.find("_x"); pos != std::string::npos; pos = text.find("_x", pos)) {
        if (pos + 7 <= text.size() && is_hex(text[pos + 2]) && is_hex(text[pos + 3]) &&
            is_hex(text[pos + 4]) && is_hex(text[pos + 5]) && text[pos + 6] == '_') {
            text.replace(pos, 1, "_x005F_");
            pos += 13; // past `_x005F_xHHHH_`
        } else {
            pos += 2;
        }
    }
    return text;
}

Cell text(std::string_view value) {
    Cell cell;
    cell.kind = Cell::Kind::text;
    cell.shown = valid_utf8(value);
    cell.text = escape_xstring(cell.shown);
    return cell;
}

Cell integer(std::int64_t value) {
    Cell cell;
    cell.kind = Cell::Kind::number;
    cell.number = static_cast<double>(value); // years, KPI numbers, counts: far below 2^53
    cell.format = "0";
    cell.shown = std::to_string(value);
    return cell;
}

Cell count(std::size_t value) {
    return integer(static_cast<std::int64_t>(value));
}

std::string fraction_digits(int scale) {
    return scale > 0 ? "." + std::string(scale, '0') : "";
}

// A value as written: a number whose format shows its written decimals (31.20 -> #,##0.00),
// or, when a double cannot hold it, its digits as text with a note saying why.
Cell decimal(Decimal value, std::string_view integer_part = "#,##0") {
    if (!survives_double(value)) {
        Cell cell = text(value.to_string());
        cell.note = "exact value " + value.to_string() +
                    ": more than 15 significant digits, which an Excel number (a double) "
                    "cannot hold, so it is kept as text (有効数字15桁を超えるため文字列として記録)";
        return cell;
    }
    Cell cell;
    cell.kind = Cell::Kind::number;
    const std::string text_form = value.to_string();
    std::from_chars(text_form.data(), text_form.data() + text_form.size(), cell.number);
    cell.format = std::string(integer_part) + fraction_digits(value.scale());
    cell.shown = integer_part == "0" ? text_form : value.to_grouped_string();
    return cell;
}

Cell observation_value(const Observation& observation) {
    return observation.has_value() ? decimal(*observation.value()) : Cell{};
}

Cell money(Money amount) {
    return decimal(amount.amount());
}

// A ratio's exact 4-decimal rounding; `percent` shows it as 57.14%.
Cell ratio(const std::optional<Ratio>& value, bool percent = false) {
    if (!value) {
        return {};
    }
    Cell cell = decimal(value->rounded, "0");
    if (percent && cell.kind == Cell::Kind::number) {
        const int scale = std::max(0, value->rounded.scale() - 2);
        cell.format = "0" + fraction_digits(scale) + "%";
        if (auto hundred = value->rounded.checked_multiply(Decimal{100})) {
            cell.shown = hundred->to_string() + "%";
        }
    }
    return cell;
}

Cell year(FiscalYear fy) {
    return integer(fy.gregorian());
}
Cell era(FiscalYear fy) {
    return text(to_string(fy, FiscalYearStyle::era_short));
}

const char* const baseline_era = "当初値";

class SheetBuilder {
public:
    SheetBuilder(std::string name, std::initializer_list<const char*> header) {
        sheet_.name = std::move(name);
        for (const char* column : header) {
            sheet_.header.emplace_back(column);
        }
    }

    void add(std::vector<Cell> row) { sheet_.rows.push_back(std::move(row)); }

    Sheet finish() && {
        sheet_.widths.assign(sheet_.header.size(), 0.0);
        std::vector<std::size_t> columns(sheet_.header.size(), 0);
        for (std::size_t col = 0; col < sheet_.header.size(); ++col) {
            columns[col] = display_width(sheet_.header[col]) + 2; // the autofilter's button
        }
        for (const auto& row : sheet_.rows) {
            for (std::size_t col = 0; col < row.size() && col < columns.size(); ++col) {
                columns[col] = std::max(columns[col], display_width(row[col].shown));
            }
        }
        for (std::size_t col = 0; col < columns.size(); ++col) {
            sheet_.widths[col] = static_cast<double>(std::min<std::size_t>(columns[col], 80)) + 2;
        }
        return std::move(sheet_);
    }

private:
    Sheet sheet_;
};

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& part : parts) {
        if (!out.empty()) {
            out += ';';
        }
        out += part;
    }
    return out;
}

void add_projects(SheetBuilder& sheet, const Report& report) {
    for (const auto& round : report.rounds) {
        for (const auto& project : round.projects) {
            sheet.add({year(round.fiscal_year), era(round.fiscal_year), text(project.name),
                       text(name_of(project.application)), text(joined(project.partners)),
                       money(project.budget), text(name_of(project.budget_scope)),
                       text(name_of(project.budget_scope_basis.source)),
                       project.own_budget ? money(*project.own_budget) : Cell{},
                       text(project.national_share.to_string()), year(project.first_fiscal_year),
                       era(project.first_fiscal_year), year(project.last_fiscal_year),
                       era(project.last_fiscal_year), count(project.kpis.size())});
        }
    }
}

void add_kpis(SheetBuilder& sheet, const Report& report) {
    for (const auto& round : report.rounds) {
        for (const auto& project : round.projects) {
            for (const auto& kpi : project.kpis) {
                sheet.add(
                    {year(round.fiscal_year), era(round.fiscal_year), text(project.name),
                     integer(kpi.number), text(kpi.title), text(kpi.unit.label),
                     text(name_of(kpi.unit.kind)), text(name_of(kpi.direction)),
                     text(name_of(kpi.direction_basis.source)), text(kpi.direction_basis.rule),
                     text(kpi.direction_basis.uncertain ? "true" : "false"),
                     text(name_of(kpi.accumulation)), text(name_of(kpi.accumulation_basis.source)),
                     text(kpi.accumulation_basis.rule)});
            }
        }
    }
}

void add_values(SheetBuilder& sheet, const Report& report) {
    for (const auto& round : report.rounds) {
        for (const auto& project : round.projects) {
            for (const auto& kpi : project.kpis) {
                auto add = [&](Cell period, Cell period_era, const char* series,
                               const Observation& cell) {
                    sheet.add({year(round.fiscal_year), era(round.fiscal_year), text(project.name),
                               integer(kpi.number), text(kpi.unit.label), std::move(period),
                               std::move(period_era), text(series), observation_value(cell),
                               text(name_of(cell.status()))});
                };
                add(text("baseline"), text(baseline_era), "plan", kpi.baseline.plan);
                for (const auto& [fy, cell] : kpi.plan) {
                    add(year(fy), era(fy), "plan", cell);
                }
                add(text("baseline"), text(baseline_era), "actual", kpi.baseline.actual);
                for (const auto& [fy, cell] : kpi.actual) {
                    add(year(fy), era(fy), "actual", cell);
                }
            }
        }
    }
}

// The evaluation keeps the report's rounds, projects and KPIs in order, one for one; the
// direction's basis comes from the report's KPI.
void add_evaluation(SheetBuilder& sheet, const Report& report, const ReportEvaluation& evaluation) {
    for (std::size_t r = 0; r < evaluation.rounds.size(); ++r) {
        const RoundEvaluation& round = evaluation.rounds[r];
        for (std::size_t p = 0; p < round.projects.size(); ++p) {
            const ProjectEvaluation& project = round.projects[p];
            for (std::size_t k = 0; k < project.kpis.size(); ++k) {
                const KpiEvaluation& kpi = project.kpis[k];
                const Provenance& basis = report.rounds[r].projects[p].kpis[k].direction_basis;
                for (const auto& y : kpi.years) {
                    sheet.add({year(round.fiscal_year), era(round.fiscal_year),
                               text(project.name()), integer(kpi.number), year(y.year), era(y.year),
                               observation_value(y.plan), observation_value(y.actual),
                               text(name_of(y.actual.status())),
                               y.met ? text(*y.met ? "yes" : "no") : Cell{}, ratio(y.ratio),
                               text(name_of(kpi.direction)), text(name_of(basis.source)),
                               text(basis.uncertain ? "true" : "false")});
                }
            }
        }
    }
}

void add_summary(SheetBuilder& sheet, const std::string& scope, const std::string& source,
                 const std::string& municipality, const Summary& summary,
                 const std::optional<std::size_t>& duplicates) {
    auto row = [&](const char* figure, const char* label, Cell count_cell, Cell of, Cell share,
                   Cell amount) {
        sheet.add({text(scope), text(source), text(municipality), text(figure), text(label),
                   std::move(count_cell), std::move(of), std::move(share), std::move(amount)});
    };
    auto share = [&](const char* figure, const char* label, const Share& value) {
        row(figure, label, count(value.count), count(value.of), ratio(value.value, true), Cell{});
    };
    // Labels in Japanese, for the people who read the sheet.
    const HeadlineShare& kpis_met = summary.kpis_met;
    share("kpis_met.confirmed_of_judged", "KPI達成（確定、判定できたKPIのうち）",
          kpis_met.confirmed_of_judged);
    share("kpis_met.with_provisional_of_judged", "KPI達成（見込を含む、判定できたKPIのうち）",
          kpis_met.with_provisional_of_judged);
    share("kpis_met.confirmed_of_all", "KPI達成（確定、全KPIのうち）", kpis_met.confirmed_of_all);
    share("kpis_met.with_provisional_of_all", "KPI達成（見込を含む、全KPIのうち）",
          kpis_met.with_provisional_of_all);
    const HeadlineShare& projects_met = summary.projects_met_at_least_one;
    share("projects_met_at_least_one.confirmed_of_judged",
          "KPIを1つ以上達成した事業（確定、判定できた事業のうち）",
          projects_met.confirmed_of_judged);
    share("projects_met_at_least_one.with_provisional_of_judged",
          "KPIを1つ以上達成した事業（見込を含む、判定できた事業のうち）",
          projects_met.with_provisional_of_judged);
    share("projects_met_at_least_one.confirmed_of_all",
          "KPIを1つ以上達成した事業（確定、全事業のうち）", projects_met.confirmed_of_all);
    share("projects_met_at_least_one.with_provisional_of_all",
          "KPIを1つ以上達成した事業（見込を含む、全事業のうち）",
          projects_met.with_provisional_of_all);
    row("kpis.total", "KPI数", count(summary.kpis.total), {}, {}, {});
    row("kpis.no_plan", "計画値のないKPI", count(summary.kpis.no_plan), {}, {}, {});
    row("kpis.not_reported", "実績が未報告のKPI", count(summary.kpis.not_reported), {}, {}, {});
    row("projects.total", "事業数", count(summary.projects.total), {}, {}, {});
    const BudgetTotals& budget = summary.budget;
    row("budget.own", "自団体の事業費", count(budget.own_projects), {}, {}, money(budget.own));
    row("budget.own_national_share", "自団体の事業費の国費", count(budget.own_projects), {}, {},
        money(budget.own_national_share));
    row("budget.joint_total", "共同事業全体の事業費（自団体分と合算しない）",
        count(budget.joint_total_projects), {}, {}, money(budget.joint_total));
    row("budget.joint_total_national_share", "共同事業全体の国費",
        count(budget.joint_total_projects), {}, {}, money(budget.joint_total_national_share));
    if (duplicates) {
        row("duplicates_merged", "重複して報告された共同事業（1件と数える）", count(*duplicates),
            {}, {}, {});
    }
}

} // namespace

Result<std::vector<Sheet>> make_sheets(std::span<const Report> reports,
                                       const WorkbookOptions& options) {
    auto collection = try_evaluate_collection(reports, options.evaluation, options.threads);
    if (!collection) {
        return collection.error();
    }
    SheetBuilder summary("summary", {"scope", "source", "municipality", "figure", "label", "count",
                                     "of", "share", "thousand_yen"});
    SheetBuilder projects("projects", {"round", "round_era", "project", "application", "partners",
                                       "budget_thousand_yen", "budget_scope", "budget_scope_source",
                                       "own_budget_thousand_yen", "national_share", "first_fy",
                                       "first_fy_era", "last_fy", "last_fy_era", "kpis"});
    SheetBuilder kpis("kpis",
                      {"round", "round_era", "project", "kpi", "title", "unit", "unit_kind",
                       "direction", "direction_source", "direction_rule", "direction_uncertain",
                       "accumulation", "accumulation_source", "accumulation_rule"});
    SheetBuilder values("values", {"round", "round_era", "project", "kpi", "unit", "period",
                                   "period_era", "series", "value", "status"});
    SheetBuilder evaluation("evaluation",
                            {"round", "round_era", "project", "kpi", "period", "period_era", "plan",
                             "actual", "actual_status", "met", "ratio", "direction",
                             "direction_source", "direction_uncertain"});
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const Report& report = reports[i];
        add_projects(projects, report);
        add_kpis(kpis, report);
        add_values(values, report);
        add_evaluation(evaluation, report, collection->reports[i]);
        add_summary(summary, "report " + std::to_string(i + 1),
                    i < options.sources.size() ? options.sources[i] : std::string(),
                    report.municipality.value_or(""), collection->reports[i].summary, std::nullopt);
    }
    if (reports.size() > 1) {
        add_summary(summary, "all", "", "", collection->summary, collection->duplicates_merged);
    }
    std::vector<Sheet> sheets;
    sheets.push_back(std::move(summary).finish());
    sheets.push_back(std::move(projects).finish());
    sheets.push_back(std::move(kpis).finish());
    sheets.push_back(std::move(values).finish());
    sheets.push_back(std::move(evaluation).finish());
    return sheets;
}

} // namespace xlsx_detail
} // namespace grantkpi
