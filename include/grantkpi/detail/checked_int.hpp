// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Overflow-checked 64-bit integer arithmetic: the compiler builtins where they exist, a
// portable fallback elsewhere (MSVC).

#include <cstdint>
#include <limits>

namespace grantkpi::detail {

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
