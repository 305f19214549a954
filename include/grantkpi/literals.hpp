// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// User-defined literals for the value types, checked at compile time:
//
//   using namespace grantkpi::literals;
//   "31.20"_dec   Decimal 31.20, written digits kept (also 31.20_dec, 1'216_dec, "-3,760"_dec)
//   27125_kyen    Money 27,125千円 (also 13562.5_kyen)
//   2022_fy       FiscalYear FY2022 = R4
//
// Every literal is consteval: a literal that is not an exact decimal of at most 18 digits, or
// a fiscal year outside 1000..9999, does not compile. The error names what is wrong
// (grantkpi::detail::not_a_decimal_literal, ...).

#include <grantkpi/decimal.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/money.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace grantkpi {
namespace detail {

// Not constexpr on purpose: reaching one of these in a consteval literal makes it ill-formed,
// and the compiler's message names the function.
inline void not_a_decimal_literal() {}
inline void decimal_literal_has_more_than_18_digits() {}
inline void fiscal_year_literal_is_not_1000_to_9999() {}

struct DecimalParts {
    std::int64_t coefficient = 0;
    int scale = 0;
};

// `[-]digits[.digits]`, with C++ digit separators (1'216) in a numeric literal and thousands
// separators (-3,760: groups of three) in a string literal.
consteval DecimalParts parse_decimal_literal(std::string_view text, bool string_form) {
    DecimalParts parts;
    std::size_t i = 0;
    bool negative = false;
    if (string_form && i < text.size() && (text[i] == '-' || text[i] == '+')) {
        negative = text[i] == '-';
        ++i;
    }
    int significant = 0;
    int integer_digits = 0;
    int group = 0;
    bool grouped = false;
    bool in_fraction = false;
    bool digit_after_point = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\'' && !string_form) {
            continue;
        }
        if (c == ',' && string_form && !in_fraction) {
            if (integer_digits == 0 || (grouped ? group != 3 : group > 3)) {
                not_a_decimal_literal();
            }
            grouped = true;
            group = 0;
            continue;
        }
        if (c == '.' && !in_fraction) {
            in_fraction = true;
            continue;
        }
        if (c < '0' || c > '9') {
            not_a_decimal_literal(); // an exponent, a hex digit, a second point, a space
        }
        if (!string_form && !in_fraction && integer_digits == 1 && parts.coefficient == 0) {
            not_a_decimal_literal(); // 0123_dec: C++ would read an octal 0123 as 83
        }
        if (in_fraction) {
            digit_after_point = true;
            ++parts.scale;
        } else {
            ++integer_digits;
            ++group;
        }
        if (parts.coefficient != 0 || c != '0') {
            ++significant;
        }
        if (significant > Decimal::max_digits || parts.scale > Decimal::max_scale) {
            decimal_literal_has_more_than_18_digits();
        }
        parts.coefficient = parts.coefficient * 10 + (c - '0');
    }
    if (integer_digits == 0 || (in_fraction && !digit_after_point) || (grouped && group != 3)) {
        not_a_decimal_literal();
    }
    if (negative) {
        parts.coefficient = -parts.coefficient;
    }
    return parts;
}

template <char... Chars>
consteval Decimal decimal_from_chars() {
    constexpr char text[] = {Chars...};
    const DecimalParts parts =
        parse_decimal_literal(std::string_view(text, sizeof...(Chars)), false);
    return Decimal{parts.coefficient, parts.scale};
}

} // namespace detail

inline namespace literals {

/// `"31.20"_dec`, `"-3,760"_dec`: a Decimal with the digits as written.
consteval Decimal operator""_dec(const char* text, std::size_t size) {
    const detail::DecimalParts parts =
        detail::parse_decimal_literal(std::string_view(text, size), true);
    return Decimal{parts.coefficient, parts.scale};
}

/// `31.20_dec`, `1'216_dec`: the same from a numeric literal (no exponent: 1e3_dec does not
/// compile). A negative one is `-31.20_dec`.
template <char... Chars>
consteval Decimal operator""_dec() {
    return detail::decimal_from_chars<Chars...>();
}

/// `27125_kyen`, `13562.5_kyen`: Money in thousand yen (千円), the unit of every amount in
/// the reports.
template <char... Chars>
consteval Money operator""_kyen() {
    return Money{detail::decimal_from_chars<Chars...>()};
}

/// `2022_fy`: FiscalYear{2022}, R4. Four digits, 1000..9999.
consteval FiscalYear operator""_fy(unsigned long long year) {
    if (year < static_cast<unsigned long long>(FiscalYear::min_year) ||
        year > static_cast<unsigned long long>(FiscalYear::max_year)) {
        detail::fiscal_year_literal_is_not_1000_to_9999();
    }
    return FiscalYear{static_cast<int>(year)};
}

} // namespace literals
} // namespace grantkpi
