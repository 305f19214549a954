// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Seeded random reports for property tests, from the generator of support/random.hpp.

#include "random.hpp"

#include <grantkpi/report.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace grantkpi::testing {

struct RandomReportOptions {
    /// Also use characters that JSON must escape (quotes, backslashes, control characters)
    /// and characters outside the BMP. Off for formats that cannot carry them (report text).
    bool json_special_characters = true;
    int max_rounds = 4;
    int max_projects = 4;
    int max_kpis = 4;
    /// Also draw what JSON format 2 carries beyond the table: the bases of directions,
    /// accumulations and budget scopes (stated, inferred, assumed, uncertain), a joint
    /// project's own part, a budget as written, a baseline's year. Off by default, so that
    /// the other properties draw the same reports as before (and formats that do not carry
    /// these, such as report text, are not given them).
    bool provenance = false;
};

namespace detail {

inline constexpr std::array<std::string_view, 16> words = {
    "地域",       "デジタル", "移住", "観光", "就職", "支援", "事業", "企業",
    "UIJ ターン", "さっぽろ", "IT",   "促進", "創出", "人材", "拠点", "数",
};

inline constexpr std::array<std::string_view, 8> json_specials = {
    "\"", "\\", "\n", "\t", "/", "\x01", "📈" /* 📈 */, "\x7F"};

inline constexpr std::array<std::string_view, 8> unit_labels = {"件", "人",   "社",  "千円", "%",
                                                                "分", "千人", "回転" /* 回転 */};

inline std::string phrase(Random& random, const RandomReportOptions& options, int min_words,
                          int max_words) {
    std::string out;
    const auto n = random.between(min_words, max_words);
    for (std::int64_t i = 0; i < n; ++i) {
        out += random.pick(words);
        if (options.json_special_characters && random.chance(5)) {
            out += random.pick(json_specials);
        }
    }
    return out;
}

inline Decimal random_decimal(Random& random) {
    // Mostly report-sized counts, sometimes decimals (31.20), negatives, zero and values
    // near the 18-digit limit.
    const auto shape = random.between(1, 100);
    if (shape <= 5) {
        return Decimal{0};
    }
    if (shape <= 8) {
        return Decimal{random.between(-Decimal::max_coefficient, Decimal::max_coefficient),
                       static_cast<int>(random.between(0, 18))};
    }
    const int scale = shape <= 30 ? static_cast<int>(random.between(1, 3)) : 0;
    std::int64_t magnitude = random.between(0, shape <= 60 ? 999 : 9'999'999);
    if (scale > 0) {
        magnitude = magnitude * 10 + random.between(0, 9); // e.g. 31.20 keeps its zero
    }
    const bool negative = random.chance(10);
    return Decimal{negative ? -magnitude : magnitude, scale};
}

inline constexpr std::array<std::string_view, 6> basis_rules = {"title: 待機児童",
                                                                "plan falls from the baseline",
                                                                "title: (3年累計)",
                                                                "heading: ※道全体の採"
                                                                "択額", // heading: ※道全体の採択額
                                                                "annotations.json",
                                                                ""};

/// A basis of every shape: mostly the plain statement, else stated by a named source,
/// inferred (sometimes uncertain) or assumed.
inline Provenance random_basis(Random& random) {
    const auto shape = random.between(1, 100);
    if (shape <= 40) {
        return {};
    }
    if (shape <= 50) {
        return Provenance::stated_by(std::string(random.pick(basis_rules)));
    }
    if (shape <= 80) {
        return Provenance::inferred_by(std::string(random.pick(basis_rules)), random.chance(40));
    }
    return Provenance::assumed_default(std::string(random.pick(basis_rules)));
}

inline Observation random_cell(Random& random) {
    const auto shape = random.between(1, 100);
    if (shape <= 20) {
        return Observation::not_set();
    }
    if (shape <= 35) {
        return Observation::expected(random_decimal(random));
    }
    return Observation::confirmed(random_decimal(random));
}

} // namespace detail

/// A report with 0..max_rounds rounds (some without projects), projects with 0..max_kpis
/// KPIs, tables of 3 to 6 fiscal years with every kind of cell.
inline Report random_report(std::uint64_t seed, const RandomReportOptions& options = {}) {
    Random random(seed);
    using detail::phrase;
    Report report;
    if (random.chance(50)) {
        report.title = phrase(random, options, 1, 4);
    }
    if (random.chance(70)) {
        report.municipality = phrase(random, options, 1, 2);
    }
    for (auto n = random.between(0, 2); n > 0; --n) {
        report.notes.push_back(phrase(random, options, 2, 8));
    }
    int year = static_cast<int>(random.between(2016, 2024));
    for (auto r = random.between(0, options.max_rounds); r > 0; --r, ++year) {
        Round round;
        round.fiscal_year = FiscalYear{year};
        // A grant scheme's name ends in 交付金 (the text layout's round headings need it).
        round.scheme = phrase(random, options, 1, 3) + "交付金";
        const Fraction share =
            random.chance(80) ? Fraction{1, 2} : Fraction{random.between(1, 3), 4};
        if (random.chance(80)) {
            round.national_share = share;
        }
        if (random.chance(80)) {
            round.duration_years = static_cast<int>(random.between(1, 6));
        }
        if (random.chance(20)) {
            round.duration_note = phrase(random, options, 1, 2);
        }
        for (auto n = random.between(0, 1); n > 0; --n) {
            round.notes.push_back(phrase(random, options, 2, 6));
        }
        for (auto p = random.between(0, options.max_projects); p > 0; --p) {
            Project project;
            project.name = phrase(random, options, 2, 6);
            for (auto n = random.between(0, 3); n > 0; --n) {
                project.description.push_back(phrase(random, options, 4, 20));
            }
            if (random.chance(40)) {
                project.application = Application::joint;
                for (auto n = random.between(1, 2); n > 0; --n) {
                    project.partners.push_back(phrase(random, options, 1, 1));
                }
            }
            project.budget = Money{Decimal{random.between(1, 999'999), 0}};
            project.budget_scope = project.application == Application::joint && random.chance(50)
                                       ? BudgetScope::joint_total
                                       : BudgetScope::own;
            project.national_share = share;
            if (options.provenance) {
                project.budget_scope_basis = detail::random_basis(random);
                if (project.budget_scope == BudgetScope::joint_total && random.chance(50)) {
                    project.own_budget =
                        Money{Decimal{random.between(0, project.budget.amount().coefficient()),
                                      static_cast<int>(random.between(0, 1))}};
                }
                if (random.chance(20)) {
                    project.budget_as_written =
                        project.budget.amount().to_grouped_string() + "万円";
                }
            }
            project.first_fiscal_year = round.fiscal_year;
            const int years = static_cast<int>(random.between(3, 6));
            project.last_fiscal_year = round.fiscal_year + (years - 1);
            for (auto n = random.between(0, 2); n > 0; --n) {
                project.notes.push_back(phrase(random, options, 2, 6));
            }
            for (int k = 1, count = static_cast<int>(random.between(0, options.max_kpis));
                 k <= count; ++k) {
                Kpi kpi;
                kpi.number = k;
                kpi.title = phrase(random, options, 2, 8);
                const auto label = random.pick(detail::unit_labels);
                kpi.unit = Unit::from_label(label);
                kpi.direction = random.chance(20) ? Direction::decrease : Direction::increase;
                kpi.accumulation = static_cast<Accumulation>(random.between(0, 2));
                kpi.baseline.plan = detail::random_cell(random);
                kpi.baseline.actual = detail::random_cell(random);
                if (options.provenance) {
                    kpi.direction_basis = detail::random_basis(random);
                    kpi.accumulation_basis = detail::random_basis(random);
                    if (random.chance(30)) {
                        kpi.baseline.year = round.fiscal_year + (-1);
                    }
                }
                for (int y = 0; y < years; ++y) {
                    const FiscalYear fy = round.fiscal_year + y;
                    kpi.plan.values.push_back(PeriodValue{fy, detail::random_cell(random)});
                    kpi.actual.values.push_back(PeriodValue{fy, detail::random_cell(random)});
                }
                if (random.chance(10)) {
                    kpi.notes.push_back(phrase(random, options, 2, 6));
                }
                project.kpis.push_back(std::move(kpi));
            }
            round.projects.push_back(std::move(project));
        }
        report.rounds.push_back(std::move(round));
    }
    return report;
}

} // namespace grantkpi::testing
