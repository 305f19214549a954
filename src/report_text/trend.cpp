// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/text_reader.hpp>

#include "grammar.hpp"
#include "trend.hpp"

#include <optional>

// The reader's guesses at what the table does not say: a KPI's direction from its plan's
// trend, its accumulation from a marker in its title.

namespace grantkpi {

using detail::layout::npos;
using detail::layout::starts_with;

Direction infer_direction(const Baseline& baseline, const Series& plan) noexcept {
    const auto base = baseline.plan.value();
    if (!base) {
        return Direction::increase;
    }
    std::optional<Decimal> previous = base;
    int falling = 0;
    for (const PeriodValue& value : plan) {
        const auto v = value.value.value();
        if (!v) {
            continue;
        }
        if (!(*v < *previous)) {
            return Direction::increase;
        }
        previous = v;
        ++falling;
    }
    return falling >= 2 ? Direction::decrease : Direction::increase;
}

Accumulation infer_accumulation(std::string_view title) noexcept {
    return detail::text::cumulative_marker(title).empty() ? Accumulation::level
                                                          : Accumulation::cumulative;
}

namespace detail::text {

std::string_view cumulative_marker(std::string_view title) noexcept {
    // Only a closing parenthesis, `)` or `）` (U+FF09, EF BC 89), can end a marker: most
    // titles have none.
    bool closing = title.find(')') != npos;
    for (std::size_t at = title.find('\xEF'); !closing && at != npos;
         at = title.find('\xEF', at + 1)) {
        closing = starts_with(title.substr(at), "）");
    }
    if (!closing) {
        return {};
    }
    std::size_t open = npos; // of the last opening parenthesis
    char32_t before_previous = 0;
    char32_t previous = 0;
    for (std::size_t pos = 0, length = 0; pos < title.size(); pos += length) {
        const char32_t cp = detail::fold_width(detail::decode_utf8(title, pos, length));
        if (cp == U'(') {
            open = pos;
        } else if (cp == U')' && open != npos && before_previous == 0x7D2F /* 累 */ &&
                   previous == 0x8A08 /* 計 */) {
            return title.substr(open, pos + length - open);
        }
        if (!detail::is_space(cp)) {
            before_previous = previous;
            previous = cp;
        }
    }
    return {};
}

} // namespace detail::text

} // namespace grantkpi
