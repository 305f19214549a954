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

#include <type_traits>

template <class T>
struct fmt::formatter<T, char, std::enable_if_t<grantkpi::detail::formattable_value<T>>>
    : grantkpi::detail::ValueFormatter<T, fmt::format_error> {};
