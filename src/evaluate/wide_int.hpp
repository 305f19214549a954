// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the exact integer arithmetic of the evaluation, where a Decimal's 18 digits are
// not enough. The ratio's rounded quotient (make_ratio: a / b x 10^k, rounded half away from
// zero, in 64 bits) and the effect rating's comparison a >= b x f (in 128 bits, as two 64-bit
// halves: portable, no __int128). Inline: both run once or twice per KPI-year.
// tests/test_wide_int.cpp checks them against a long multiplication by hand (and __int128
// where the compiler has it).

#include <grantkpi/decimal.hpp>
#include <grantkpi/fraction.hpp>

#include <compare>
#include <cstdint>
#include <limits>
#include <optional>

namespace grantkpi::detail {

/// |v| as an unsigned integer, for v of at most 18 digits.
inline std::uint64_t magnitude(std::int64_t v) noexcept {
    // Decimal coefficients have at most 18 digits, so the negation cannot overflow.
    return v < 0 ? static_cast<std::uint64_t>(-v) : static_cast<std::uint64_t>(v);
}

/// round_half_away(a / b x 10^shift) for a >= 0, b > 0 (coefficients of at most 18 digits);
/// nullopt when the result does not fit a Decimal coefficient. Long division in 64 bits:
/// every remainder is below b < 10^18, so remainder x 10 < 10^19 fits an unsigned 64-bit
/// integer.
inline std::optional<std::uint64_t> rounded_quotient(std::uint64_t a, std::uint64_t b,
                                                     int shift) noexcept {
    constexpr auto max = static_cast<std::uint64_t>(Decimal::max_coefficient);
    std::uint64_t quotient = 0;
    std::uint64_t remainder = 0;
    std::uint64_t divisor = b;
    const std::uint64_t scale = shift >= 0 && shift <= Decimal::max_scale
                                    ? static_cast<std::uint64_t>(Decimal::power_of_ten(shift))
                                    : 0;
    if (scale != 0 && a <= std::numeric_limits<std::uint64_t>::max() / scale) {
        // The usual case: a x 10^shift fits 64 bits, one division does.
        quotient = (a * scale) / b;
        remainder = (a * scale) % b;
    } else if (shift >= 0) {
        quotient = a / b;
        remainder = a % b;
        for (int i = 0; i < shift; ++i) {
            if (quotient > max / 10) {
                return std::nullopt;
            }
            quotient = quotient * 10 + (remainder * 10) / b;
            remainder = (remainder * 10) % b;
        }
    } else {
        for (int i = 0; i < -shift; ++i) {
            if (divisor > std::numeric_limits<std::uint64_t>::max() / 10) {
                return 0; // the divisor exceeds 2a: the quotient rounds to 0
            }
            divisor *= 10;
        }
        quotient = a / divisor;
        remainder = a % divisor;
    }
    if (remainder >= divisor - remainder) { // remainder x 2 >= divisor, without overflow
        ++quotient;
    }
    if (quotient > max) {
        return std::nullopt;
    }
    return quotient;
}

/// An unsigned 128-bit integer for at_least_share_of, in two 64-bit halves (portable: no
/// __int128). Members high first, so that the defaulted comparison is the numeric one.
struct Wide {
    std::uint64_t high = 0;
    std::uint64_t low = 0;

    // clang-tidy's modernize-use-nullptr sees a 0 literal in the defaulted comparison's
    // synthesized body: a false positive, there is no pointer here.
    friend auto operator<=>(const Wide&, const Wide&) = default; // NOLINT(modernize-use-nullptr)
};

/// The exact product of two 64-bit integers, from their 32-bit halves.
inline Wide wide_product(std::uint64_t a, std::uint64_t b) noexcept {
    constexpr std::uint64_t half = 0xFFFF'FFFF;
    const std::uint64_t low_low = (a & half) * (b & half);
    const std::uint64_t high_low = (a >> 32) * (b & half);
    const std::uint64_t low_high = (a & half) * (b >> 32);
    const std::uint64_t high_high = (a >> 32) * (b >> 32);
    const std::uint64_t middle = (low_low >> 32) + (high_low & half) + low_high;
    return Wide{high_high + (high_low >> 32) + (middle >> 32), (middle << 32) | (low_low & half)};
}

/// v x 10, for v below 2^124.
inline Wide times_ten(Wide v) noexcept {
    const Wide low = wide_product(v.low, 10);
    return Wide{v.high * 10 + low.high, low.low};
}

/// a >= b x f, exactly, for b > 0 and f > 0 (the effect rating's use): a x denominator >=
/// b x numerator. When both products fit a Decimal they are compared as Decimals; otherwise
/// as 128-bit integers at a common scale. Each product is below 10^18 x 2^31 < 2^91; the one
/// with the smaller scale is multiplied by ten at a time, and the comparison is decided as
/// soon as it exceeds the other (which stays below 2^91, so nothing overflows).
inline bool at_least_share_of(Decimal a, Decimal b, Fraction f) {
    auto left = a.checked_multiply(Decimal{f.denominator()});
    auto right = b.checked_multiply(Decimal{f.numerator()});
    if (left && right) {
        return *left >= *right;
    }
    if (a.is_negative()) {
        return false; // b x f is positive
    }
    Wide l = wide_product(static_cast<std::uint64_t>(a.coefficient()),
                          static_cast<std::uint64_t>(f.denominator()));
    Wide r = wide_product(static_cast<std::uint64_t>(b.coefficient()),
                          static_cast<std::uint64_t>(f.numerator()));
    // l x 10^-a.scale() >= r x 10^-b.scale()
    for (int k = a.scale(); k < b.scale(); ++k) {
        if (l > r) {
            return true; // and l x 10 is larger still
        }
        l = times_ten(l);
    }
    for (int k = b.scale(); k < a.scale(); ++k) {
        if (r > l) {
            return false;
        }
        r = times_ten(r);
    }
    return l >= r;
}

} // namespace grantkpi::detail
