// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Overflow-checked 64-bit integer arithmetic: the compiler builtins where they exist, a
// portable fallback elsewhere (MSVC).

#include <concepts>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace grantkpi::detail {

/// The integer types that mix with exact values (`Decimal + 1`, `money * 2`): not bool and
/// not the character types, whose values are not amounts.
template <class T>
concept plain_integer =
    std::integral<T> && !std::same_as<std::remove_cv_t<T>, bool> &&
    !std::same_as<std::remove_cv_t<T>, char> && !std::same_as<std::remove_cv_t<T>, wchar_t> &&
    !std::same_as<std::remove_cv_t<T>, char8_t> && !std::same_as<std::remove_cv_t<T>, char16_t> &&
    !std::same_as<std::remove_cv_t<T>, char32_t>;

/// Sets *out = value; true when the value does not fit int64 (a large unsigned one).
template <plain_integer I>
constexpr bool to_int64_overflows(I value, std::int64_t* out) noexcept {
    if constexpr (std::is_unsigned_v<I> && sizeof(I) >= sizeof(std::int64_t)) {
        if (value > static_cast<I>(std::numeric_limits<std::int64_t>::max())) {
            return true;
        }
    }
    *out = static_cast<std::int64_t>(value);
    return false;
}

/// Sets *out = a * b; true when the exact product does not fit (then *out is unspecified).
constexpr bool multiply_overflows(std::int64_t a, std::int64_t b, std::int64_t* out) noexcept {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_mul_overflow(a, b, out);
#else
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    constexpr auto min = std::numeric_limits<std::int64_t>::min();
    if (a == 0 || b == 0) {
        *out = 0;
        return false;
    }
    if ((a == -1 && b == min) || (b == -1 && a == min)) {
        return true;
    }
    if (a > 0 ? (b > 0 ? a > max / b : b < min / a) : (b > 0 ? a < min / b : a < max / b)) {
        return true;
    }
    *out = a * b;
    return false;
#endif
}

/// Sets *out = a + b; true when the exact sum does not fit.
constexpr bool add_overflows(std::int64_t a, std::int64_t b, std::int64_t* out) noexcept {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_add_overflow(a, b, out);
#else
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    constexpr auto min = std::numeric_limits<std::int64_t>::min();
    if ((b > 0 && a > max - b) || (b < 0 && a < min - b)) {
        return true;
    }
    *out = a + b;
    return false;
#endif
}

} // namespace grantkpi::detail
