// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/validate.hpp>

#include "unicode.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <utility>

namespace grantkpi {
namespace {

// The catalogue, ordered by code. docs/validation-rules.md documents each rule with an
// example message; a test checks that the two agree.
constexpr std::array<ValidationRule, 21> rules = {{
    {"GK101", Severity::warning, "two rounds have the same fiscal year and scheme"},
    {"GK201", Severity::error, "a round's fiscal year is not a valid fiscal year (1..9999)"},
    {"GK202", Severity::error, "a round's national share is outside (0, 1]"},
    {"GK203", Severity::error, "a project starts before the fiscal year of its round"},
    {"GK204", Severity::warning, "a project's national share differs from its round's"},
    {"GK301", Severity::error, "a project's first fiscal year is after its last"},
    {"GK302", Severity::error, "a project's budget is not positive"},
    {"GK303", Severity::error, "a project's national share is outside (0, 1]"},
    {"GK304", Severity::error,
     "a joint project (\xE5\x85\xB1\xE5\x90\x8C\xE7\x94\xB3\xE8\xAB\x8B"
     ") names no partner"}, // 共同申請
    {"GK305", Severity::warning,
     "a project has more than four KPIs (the national guideline's maximum)"},
    {"GK306", Severity::warning,
     "a single-application project (\xE5\x8D\x98\xE7\x8B\xAC\xE7\x94\xB3\xE8\xAB\x8B"
     ") names partners"}, // 単独申請
    {"GK307", Severity::warning, "two KPIs of a project have the same number"},
    {"GK401", Severity::error,
     "a plan or actual value is for a fiscal year outside the project's first..last year"},
    {"GK402", Severity::error, "a fiscal year appears twice in a KPI's plan or actual row"},
    {"GK403", Severity::warning,
     "a value is negative in a KPI whose accumulation is not increment"},
    {"GK404", Severity::error, "a cumulative KPI's confirmed actuals decrease"},
    {"GK405", Severity::warning,
     "an expected (\xE8\xA6\x8B\xE8\xBE\xBC"
     ") actual is followed by a confirmed actual in a later year"}, // 見込
    {"GK406", Severity::warning, "a percent value is outside 0..100"},
    {"GK407", Severity::error, "a KPI unit's kind differs from the kind its label denotes"},
    {"GK408", Severity::warning,
     "a fiscal year is in a KPI's plan row but not in its actual row, or the reverse"},
    {"GK409", Severity::warning, "a KPI has no plan value in any year: it cannot be judged"},
}};

// The report's own words, quoted in messages.
constexpr std::string_view joint_word =
    "\xE5\x85\xB1\xE5\x90\x8C\xE7\x94\xB3\xE8\xAB\x8B"; // 共同申請
constexpr std::string_view single_word =
    "\xE5\x8D\x98\xE7\x8B\xAC\xE7\x94\xB3\xE8\xAB\x8B";                            // 単独申請
constexpr std::string_view expected_word = "\xE8\xA6\x8B\xE8\xBE\xBC";             // 見込
constexpr std::string_view baseline_word = "\xE5\xBD\x93\xE5\x88\x9D\xE5\x80\xA4"; // 当初値

constexpr int max_kpis_per_project = 4; // 地方創生推進交付金 guideline: up to four KPIs

// "FY2025 (R7)": the Gregorian year the JSON format uses, with the era form the report uses.
std::string fy_text(FiscalYear fy) {
    std::string text = "FY" + std::to_string(fy.gregorian());
    if (fy.era()) {
        text += " (" + to_string(fy, FiscalYearStyle::era_short) + ")";
    }
    return text;
}

std::string cell_text(const Observation& cell) {
    if (!cell.has_value()) {
        return "not set";
    }
    std::string text = cell.value()->to_grouped_string();
    if (cell.is_expected()) {
        text += "(" + std::string(expected_word) + ")";
    }
    return text;
}

// KPI① as the report writes it (① .. ⑳ are U+2460 .. U+2473), KPI21 beyond.
std::string kpi_name(const Kpi& kpi) {
    std::string name = "KPI";
    if (kpi.number >= 1 && kpi.number <= 20) {
        detail::append_utf8(name, static_cast<char32_t>(0x2460 + kpi.number - 1));
    } else {
        name += std::to_string(kpi.number);
    }
    return name;
}

bool share_in_range(Fraction share) noexcept {
    return share > Fraction{0, 1} && share <= Fraction{1, 1};
}

std::string_view accumulation_name(Accumulation accumulation) noexcept {
    switch (accumulation) {
    case Accumulation::level:
        return "level";
    case Accumulation::increment:
        return "increment";
    case Accumulation::cumulative:
        return "cumulative";
    }
    return "level";
}

std::string_view kind_name(UnitKind kind) noexcept {
    switch (kind) {
    case UnitKind::count:
        return "count";
    case UnitKind::currency:
        return "currency";
    case UnitKind::percent:
        return "percent";
    case UnitKind::duration:
        return "duration";
    case UnitKind::other:
        return "other";
    }
    return "other";
}

/// The JSON pointer of an element of the report, spelled out only when a diagnostic needs it:
/// the validator visits every cell of a report, and nearly all of them are fine.
class Pointer {
public:
    /// `/rounds/3`: a top-level element.
    Pointer(std::string_view key, std::size_t index)
        : key_(key)
        , index_(index) {}
    /// `<parent>/projects/2`.
    Pointer(const Pointer& parent, std::string_view key, std::size_t index)
        : parent_(&parent)
        , key_(key)
        , index_(index) {}

    [[nodiscard]] std::string str() const {
        std::string out = parent_ != nullptr ? parent_->str() : std::string();
        out += key_;
        out += std::to_string(index_);
        return out;
    }
    friend std::string operator+(const Pointer& pointer, const char* tail) {
        return pointer.str().append(tail);
    }

private:
    const Pointer* parent_ = nullptr;
    std::string_view key_;
    std::size_t index_;
};

class Validator {
public:
    std::vector<Diagnostic> run(const Report& report) {
        check_report(report);
        for (std::size_t r = 0; r < report.rounds.size(); ++r) {
            check_round(report.rounds[r], Pointer{"/rounds/", r});
        }
        return std::move(found_);
    }

private:
    void add(std::string_view code, std::string pointer, std::string message) {
        const ValidationRule* rule = find_validation_rule(code);
        found_.push_back(Diagnostic{
            rule->severity, std::string(code), std::move(message), {}, 0, 0, std::move(pointer)});
    }

    void check_report(const Report& report) {
        for (std::size_t r = 0; r < report.rounds.size(); ++r) {
            for (std::size_t earlier = 0; earlier < r; ++earlier) {
                const Round& a = report.rounds[earlier];
                const Round& b = report.rounds[r];
                if (a.fiscal_year == b.fiscal_year && a.scheme == b.scheme) {
                    add("GK101", "/rounds/" + std::to_string(r),
                        "round " + fy_text(b.fiscal_year) + " " + b.scheme +
                            " appears again (first at /rounds/" + std::to_string(earlier) + ")");
                    break;
                }
            }
        }
    }

    void check_round(const Round& round, const Pointer& at) {
        if (!round.fiscal_year.ok()) {
            add("GK201", at + "/fiscal_year",
                "fiscal year " + std::to_string(round.fiscal_year.gregorian()) +
                    " is not a valid fiscal year (1..9999)");
        }
        if (round.national_share && !share_in_range(*round.national_share)) {
            add("GK202", at + "/national_share",
                "national share " + round.national_share->to_string() + " is outside (0, 1]");
        }
        for (std::size_t p = 0; p < round.projects.size(); ++p) {
            const Project& project = round.projects[p];
            const Pointer project_at{at, "/projects/", p};
            if (project.first_fiscal_year < round.fiscal_year) {
                add("GK203", project_at + "/first_fiscal_year",
                    "project starts in " + fy_text(project.first_fiscal_year) +
                        ", before its round's fiscal year " + fy_text(round.fiscal_year));
            }
            if (round.national_share && project.national_share != *round.national_share) {
                add("GK204", project_at + "/national_share",
                    "project national share " + project.national_share.to_string() +
                        " differs from the round's " + round.national_share->to_string());
            }
            check_project(project, project_at);
        }
    }

    void check_project(const Project& project, const Pointer& at) {
        const bool span_ok = project.first_fiscal_year <= project.last_fiscal_year;
        if (!span_ok) {
            add("GK301", at + "/first_fiscal_year",
                "first fiscal year " + fy_text(project.first_fiscal_year) +
                    " is after the last fiscal year " + fy_text(project.last_fiscal_year));
        }
        if (project.budget.amount() <= Decimal{0}) {
            add("GK302", at + "/budget",
                "budget " + to_string(project.budget) + " is not positive");
        }
        if (!share_in_range(project.national_share)) {
            add("GK303", at + "/national_share",
                "national share " + project.national_share.to_string() + " is outside (0, 1]");
        }
        if (project.application == Application::joint && project.partners.empty()) {
            add("GK304", at + "/partners",
                "joint project (" + std::string(joint_word) + ") names no partner");
        }
        if (project.kpis.size() > static_cast<std::size_t>(max_kpis_per_project)) {
            add("GK305", at + "/kpis",
                std::to_string(project.kpis.size()) +
                    " KPIs; the national guideline allows at most " +
                    std::to_string(max_kpis_per_project));
        }
        if (project.application == Application::single && !project.partners.empty()) {
            std::string names;
            for (const auto& partner : project.partners) {
                names += (names.empty() ? "" : ", ") + partner;
            }
            add("GK306", at + "/partners",
                "single-application project (" + std::string(single_word) +
                    ") names partners: " + names);
        }
        for (std::size_t k = 0; k < project.kpis.size(); ++k) {
            for (std::size_t earlier = 0; earlier < k; ++earlier) {
                if (project.kpis[earlier].number == project.kpis[k].number) {
                    add("GK307", at + "/kpis/" + std::to_string(k) + "/number",
                        "KPI number " + std::to_string(project.kpis[k].number) +
                            " is used again (first at " + at.str() + "/kpis/" +
                            std::to_string(earlier) + ")");
                    break;
                }
            }
        }
        for (std::size_t k = 0; k < project.kpis.size(); ++k) {
            check_kpi(project, project.kpis[k], span_ok, Pointer{at, "/kpis/", k});
        }
    }

    // A cell of a KPI, for the per-cell rules; its pointer and its name ("plan for FY2020
    // (R2)", "baseline of the actual row") are spelled out only for a diagnostic.
    struct Cell {
        enum class Row { baseline_plan, baseline_actual, plan, actual };
        const Observation* value;
        Row row;
        FiscalYear year; // plan and actual rows

        [[nodiscard]] std::string pointer(const Pointer& at) const {
            switch (row) {
            case Row::baseline_plan:
                return at + "/baseline/plan";
            case Row::baseline_actual:
                return at + "/baseline/actual";
            case Row::plan:
                return at + "/plan/" + std::to_string(year.gregorian());
            case Row::actual:
                break;
            }
            return at + "/actual/" + std::to_string(year.gregorian());
        }
        [[nodiscard]] std::string name() const {
            switch (row) {
            case Row::baseline_plan:
                return "baseline (" + std::string(baseline_word) + ") of the plan row";
            case Row::baseline_actual:
                return "baseline (" + std::string(baseline_word) + ") of the actual row";
            case Row::plan:
                return "plan for " + fy_text(year);
            case Row::actual:
                break;
            }
            return "actual for " + fy_text(year);
        }
    };

    // The cells of a KPI, in a buffer reused from KPI to KPI.
    const std::vector<Cell>& cells_of(const Kpi& kpi) {
        cells_.clear();
        cells_.push_back({&kpi.baseline.plan, Cell::Row::baseline_plan, {}});
        cells_.push_back({&kpi.baseline.actual, Cell::Row::baseline_actual, {}});
        for (const auto& v : kpi.plan) {
            cells_.push_back({&v.value, Cell::Row::plan, v.year});
        }
        for (const auto& v : kpi.actual) {
            cells_.push_back({&v.value, Cell::Row::actual, v.year});
        }
        return cells_;
    }

    void check_kpi(const Project& project, const Kpi& kpi, bool span_ok, const Pointer& at) {
        const std::string name = kpi_name(kpi);
        const std::pair<const Series*, std::string_view> rows[] = {{&kpi.plan, "plan"},
                                                                   {&kpi.actual, "actual"}};
        // GK401: outside first..last. When the span itself is wrong (GK301) every year would
        // be reported; the span is the thing to fix, so the years are not.
        if (span_ok) {
            for (const auto& [series, row] : rows) {
                for (const auto& v : *series) {
                    if (v.year < project.first_fiscal_year || v.year > project.last_fiscal_year) {
                        add("GK401",
                            at + "/" + std::string(row) + "/" + std::to_string(v.year.gregorian()),
                            name + " " + std::string(row) + " for " + fy_text(v.year) +
                                " is outside the project's fiscal years " +
                                fy_text(project.first_fiscal_year) + " to " +
                                fy_text(project.last_fiscal_year));
                    }
                }
            }
        }
        // GK402: a year twice in one row, reported at its second and later columns.
        for (const auto& [series, row] : rows) {
            for (std::size_t i = 0; i < series->values.size(); ++i) {
                for (std::size_t j = 0; j < i; ++j) {
                    if (series->values[j].year == series->values[i].year) {
                        const FiscalYear year = series->values[i].year;
                        add("GK402",
                            at + "/" + std::string(row) + "/" + std::to_string(year.gregorian()),
                            name + " " + std::string(row) + " row has " + fy_text(year) +
                                " twice (columns " + std::to_string(j + 1) + " and " +
                                std::to_string(i + 1) + ")");
                        break;
                    }
                }
            }
        }
        const auto& cells = cells_of(kpi);
        // GK403: only an increment KPI counts a change, which may be negative.
        if (kpi.accumulation != Accumulation::increment) {
            for (const auto& cell : cells) {
                if (cell.value->has_value() && cell.value->value()->is_negative()) {
                    add("GK403", cell.pointer(at),
                        name + " " + cell.name() + " is " + cell_text(*cell.value) +
                            ", negative in a " + std::string(accumulation_name(kpi.accumulation)) +
                            " KPI; only an increment KPI (a yearly change) may be negative");
                }
            }
        }
        if (kpi.accumulation == Accumulation::cumulative) {
            check_cumulative(kpi, name, at);
        }
        check_expected_then_confirmed(kpi, name, at);
        // GK406: an increment percent KPI counts percentage points of change, which may be
        // negative or large; the others hold a share.
        if (kpi.unit.kind == UnitKind::percent && kpi.accumulation != Accumulation::increment) {
            for (const auto& cell : cells) {
                if (!cell.value->has_value()) {
                    continue;
                }
                const Decimal value = *cell.value->value();
                if (value < Decimal{0} || value > Decimal{100}) {
                    add("GK406", cell.pointer(at),
                        name + " " + cell.name() + " is " + cell_text(*cell.value) +
                            "%, outside 0..100");
                }
            }
        }
        // GK407: the model keeps one unit per KPI (the text layout writes it on the plan row
        // only), so rows cannot disagree; what can disagree is the kind with the label.
        const UnitKind label_kind = classify_unit(kpi.unit.label);
        if (label_kind != UnitKind::other && label_kind != kpi.unit.kind) {
            add("GK407", at + "/unit",
                name + " unit kind is " + std::string(kind_name(kpi.unit.kind)) +
                    " but its label \"" + kpi.unit.label + "\" denotes " +
                    std::string(kind_name(label_kind)));
        }
        // GK408: the JSON format has the same years in both rows.
        for (const auto& [series, row] : rows) {
            const Series& other = series == &kpi.plan ? kpi.actual : kpi.plan;
            const std::string_view other_row = series == &kpi.plan ? "actual" : "plan";
            for (const auto& v : *series) {
                if (other.find(v.year) == nullptr) {
                    add("GK408",
                        at + "/" + std::string(row) + "/" + std::to_string(v.year.gregorian()),
                        name + " " + std::string(row) + " row has " + fy_text(v.year) +
                            " but the " + std::string(other_row) + " row has no such column");
                }
            }
        }
        // GK409
        const bool has_plan = std::any_of(kpi.plan.begin(), kpi.plan.end(),
                                          [](const PeriodValue& v) { return v.value.has_value(); });
        if (!has_plan) {
            add("GK409", at + "/plan",
                name + " has no plan value in any year: it cannot be judged against a target");
        }
    }

    // GK404: confirmed actuals in fiscal-year order must not fall.
    void check_cumulative(const Kpi& kpi, const std::string& name, const Pointer& at) {
        std::vector<const PeriodValue*> confirmed;
        for (const auto& v : kpi.actual) {
            if (v.value.is_confirmed()) {
                confirmed.push_back(&v);
            }
        }
        std::stable_sort(
            confirmed.begin(), confirmed.end(),
            [](const PeriodValue* a, const PeriodValue* b) { return a->year < b->year; });
        for (std::size_t i = 1; i < confirmed.size(); ++i) {
            const PeriodValue& before = *confirmed[i - 1];
            const PeriodValue& after = *confirmed[i];
            if (*after.value.value() < *before.value.value()) {
                add("GK404", at + "/actual/" + std::to_string(after.year.gregorian()),
                    name + " is cumulative but its actual falls from " + cell_text(before.value) +
                        " in " + fy_text(before.year) + " to " + cell_text(after.value) + " in " +
                        fy_text(after.year) + "; a running total cannot decrease");
            }
        }
    }

    // GK405: a later year cannot be final while an earlier one is still a projection.
    void check_expected_then_confirmed(const Kpi& kpi, const std::string& name, const Pointer& at) {
        for (const auto& v : kpi.actual) {
            if (!v.value.is_expected()) {
                continue;
            }
            const PeriodValue* next_confirmed = nullptr;
            for (const auto& later : kpi.actual) {
                if (later.year > v.year && later.value.is_confirmed() &&
                    (next_confirmed == nullptr || later.year < next_confirmed->year)) {
                    next_confirmed = &later;
                }
            }
            if (next_confirmed != nullptr) {
                add("GK405", at + "/actual/" + std::to_string(v.year.gregorian()),
                    name + " actual for " + fy_text(v.year) + " is expected (" +
                        cell_text(v.value) + ") but the later " + fy_text(next_confirmed->year) +
                        " is confirmed (" + cell_text(next_confirmed->value) + ")");
            }
        }
    }

    std::vector<Diagnostic> found_;
    std::vector<Cell> cells_;
};

} // namespace

std::span<const ValidationRule> validation_rules() noexcept {
    return rules;
}

const ValidationRule* find_validation_rule(std::string_view code) noexcept {
    const auto it = std::find_if(rules.begin(), rules.end(),
                                 [&](const ValidationRule& rule) { return rule.code == code; });
    return it == rules.end() ? nullptr : &*it;
}

std::vector<Diagnostic> validate(const Report& report) {
    return Validator{}.run(report);
}

} // namespace grantkpi
