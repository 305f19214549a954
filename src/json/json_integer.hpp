// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: an integer from the text of a JSON number, for the report reader and the
// annotation reader, which both keep numbers as their written text.

#include <cstdint>
#include <optional>
#include <string_view>

namespace grantkpi::detail {

/// The integer a JSON number's text writes; nullopt for fractions, exponents, more than 18
/// digits and values outside [min, max].
inline std::optional<std::int64_t> integer_from(std::string_view text, std::int64_t min,
                                                std::int64_t max) {
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative) {
        ++i;
    }
    if (i == text.size() || text.size() - i > 18) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    for (; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return std::nullopt;
        }
        value = value * 10 + (text[i] - '0');
    }
    value = negative ? -value : value;
    if (value < min || value > max) {
        return std::nullopt;
    }
    return value;
}

} // namespace grantkpi::detail
