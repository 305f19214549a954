// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// std::formatter for every grantkpi value type and enum, where the standard library has
// <format> (__cpp_lib_format): `std::format("{} {:era_long} {:ja}", money, year, verdict)`.
// The specs are those of <grantkpi/fmt.hpp>, parsed by the same code (detail/formatting.hpp):
// {:grouped} {:plain} for numbers, {:era} {:era_long} {:fy} for FiscalYear, {:ja} for enums,
// {:percent} for Ratio.
//
// GRANTKPI_HAS_STD_FORMAT is 1 when the specializations are there, 0 when the library has no
// <format> (libstdc++ before 13, libc++ before 17 without its experimental flag); define it
// to 1 yourself to force them on.

#include <version>

#if !defined(GRANTKPI_HAS_STD_FORMAT)
#if defined(__cpp_lib_format) && __cpp_lib_format >= 201907L
#define GRANTKPI_HAS_STD_FORMAT 1
#else
#define GRANTKPI_HAS_STD_FORMAT 0
#endif
#endif

#if GRANTKPI_HAS_STD_FORMAT

#include <grantkpi/detail/formatting.hpp>

#include <algorithm>
#include <format>
#include <string>
#include <type_traits>

template <grantkpi::detail::formattable_value T>
struct std::formatter<T, char> {
    grantkpi::detail::FormatStyle style = grantkpi::detail::FormatStyle::standard;

    constexpr auto parse(std::format_parse_context& ctx) -> std::format_parse_context::iterator {
        auto end = ctx.begin();
        const auto parsed = grantkpi::detail::parse_spec_range(
            ctx.begin(), ctx.end(), grantkpi::detail::spec_family_of<T>(), end);
        if (parsed.error != nullptr) {
            if (std::is_constant_evaluated()) {
                grantkpi::detail::format_spec_is_not_one_this_type_takes();
            }
            throw std::format_error(parsed.error);
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

#endif // GRANTKPI_HAS_STD_FORMAT
