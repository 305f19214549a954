// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// What the HTML page and the SVG chart both write: exact figures as text, fiscal years,
// the Japanese labels of verdicts and ratings, and a small string builder.

#include <grantkpi/evaluate.hpp>
#include <grantkpi/html_report.hpp>
#include <grantkpi/provenance.hpp>

#include "detail/kpi_label.hpp"

#include <string>
#include <string_view>

namespace grantkpi::html {

/// A cell's exact decimal as written, grouped (1,100; 31.20; -3,760); empty when not set.
[[nodiscard]] inline std::string value_text(const Observation& cell) {
    return cell.has_value() ? cell.value()->to_grouped_string() : std::string{};
}

/// R4, or FY1990-style for years before the eras the reports use.
[[nodiscard]] inline std::string year_label(FiscalYear year) {
    return to_string(year, FiscalYearStyle::era_short);
}

/// The 4-decimal exact rounding, as the CSV and JSON print it: 0.5714.
[[nodiscard]] inline std::string ratio_text(const Ratio& ratio) {
    return ratio.rounded.to_string();
}

/// A ratio as a percentage with one decimal, from its exact 4-decimal rounding: 57.1%.
[[nodiscard]] inline std::string percent_text(const Ratio& ratio) {
    auto percent = ratio.rounded.checked_multiply(Decimal{100});
    if (!percent) {
        return ratio_text(ratio);
    }
    auto one = percent->rounded(1, Rounding::half_away_from_zero);
    return (one ? one->to_grouped_string() : percent->to_grouped_string()) + "%";
}

[[nodiscard]] inline std::string_view verdict_label(Verdict verdict) {
    switch (verdict) {
    case Verdict::met:
        return "達成";
    case Verdict::not_met:
        return "未達成";
    case Verdict::no_plan:
        return "目標値なし";
    case Verdict::not_reported:
        return "実績未報告";
    }
    return "?";
}

/// The national form's four levels.
[[nodiscard]] inline std::string_view effect_label(EffectRating effect) {
    switch (effect) {
    case EffectRating::target_reached:
        return "非常に効果的";
    case EffectRating::close_to_target:
        return "相当程度効果があった";
    case EffectRating::better_than_baseline:
        return "効果があった";
    case EffectRating::not_better:
        return "効果がなかった";
    case EffectRating::not_rated:
        return "評価対象外";
    }
    return "?";
}

[[nodiscard]] inline std::string_view outcome_label(ProjectOutcome outcome) {
    switch (outcome) {
    case ProjectOutcome::met_at_least_one:
        return "KPIを1つ以上達成";
    case ProjectOutcome::met_none:
        return "達成したKPIなし";
    case ProjectOutcome::not_judged:
        return "判定できるKPIなし";
    }
    return "?";
}

[[nodiscard]] inline std::string_view direction_label(Direction direction) {
    return direction == Direction::increase ? "↑ 高いほど良い" : "↓ 低いほど良い";
}

[[nodiscard]] inline std::string_view accumulation_label(Accumulation accumulation) {
    switch (accumulation) {
    case Accumulation::level:
        return "各年度の値";
    case Accumulation::increment:
        return "各年度の増減（合計可）";
    case Accumulation::cumulative:
        return "累計値（最新年度で判定）";
    }
    return "?";
}

[[nodiscard]] inline std::string_view source_label(Source source) {
    switch (source) {
    case Source::stated:
        return "明示";
    case Source::inferred:
        return "推定";
    case Source::assumed:
        return "仮定";
    }
    return "?";
}

/// Appends escaped text and raw markup to one string.
class Writer {
public:
    Writer& raw(std::string_view markup) {
        out_ += markup;
        return *this;
    }
    Writer& text(std::string_view text) {
        out_ += html_escape(text);
        return *this;
    }
    /// `<tag class="cls">escaped text</tag>`
    Writer& element(std::string_view tag, std::string_view cls, std::string_view text) {
        out_ += '<';
        out_ += tag;
        if (!cls.empty()) {
            out_ += " class=\"";
            out_ += cls;
            out_ += '"';
        }
        out_ += '>';
        out_ += html_escape(text);
        out_ += "</";
        out_ += tag;
        out_ += '>';
        return *this;
    }
    [[nodiscard]] std::string& str() noexcept { return out_; }

private:
    std::string out_;
};

} // namespace grantkpi::html
