// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// What the HTML page and the SVG chart both write: exact figures as text, fiscal years,
// the Japanese labels of verdicts and ratings, and a small string builder.

#include <grantkpi/enum_names.hpp>
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

// The Japanese labels of verdicts, ratings, outcomes, accumulations and sources are the
// public label_ja (enum_names.hpp): one home for each label.

[[nodiscard]] inline std::string direction_label(Direction direction) {
    return (direction == Direction::increase ? "↑ " : "↓ ") + label_ja(direction);
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
