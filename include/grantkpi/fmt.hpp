// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Opt-in: fmt::formatter for every grantkpi value type and enum, so that
// `fmt::print("{} {:era_long} {:ja}\n", money, year, verdict)` works. Needs {fmt} (9 or later;
// not a dependency of grantkpi itself: link fmt::fmt where this header is included).
//
//   {}            what to_string(value) and operator<< give
//   {:grouped}    Decimal, Money/Count/Percent, Observation with thousands separators;
//   {:plain}      without them (Decimal's {} is plain, the others' {} grouped)
//   {:era}        FiscalYear as R4 (also {}); {:era_long} 令和4年度; {:fy} FY2022
//   {:ja}         an enum's Japanese label (達成, 見込, 単独申請); {} its English name
//   {:percent}    a Ratio as 57.1%; {} is its 4-decimal rounding, 0.5714
//
// A spec the type does not take is a format error: at compile time for a format string
// checked by fmt (fmt::format("{:era}", decimal) does not compile), fmt::format_error at run
// time for fmt::runtime(...).

#include <grantkpi/detail/formatting.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <type_traits>

template <class T>
struct fmt::formatter<T, char, std::enable_if_t<grantkpi::detail::formattable_value<T>>> {
    grantkpi::detail::FormatStyle style = grantkpi::detail::FormatStyle::standard;

    template <class ParseContext>
    constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
        auto end = ctx.begin();
        const auto parsed = grantkpi::detail::parse_spec_range(
            ctx.begin(), ctx.end(), grantkpi::detail::spec_family_of<T>(), end);
        if (parsed.error != nullptr) {
            if (std::is_constant_evaluated()) {
                grantkpi::detail::format_spec_is_not_one_this_type_takes();
            }
            throw fmt::format_error(parsed.error);
        }
        style = parsed.style;
        return end;
    }

    template <class FormatContext>
    auto format(const T& value, FormatContext& ctx) const -> decltype(ctx.out()) {
        const std::string text = grantkpi::detail::formatted(value, style);
        return std::copy(text.begin(), text.end(), ctx.out());
    }
};
