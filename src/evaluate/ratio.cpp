// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// Ratios: actual / plan, progress, and the shares of the headline figures (make_ratio). The
// rounded ratio is exact (evaluate/wide_int.hpp); the double is the correctly rounded
// quotient whenever the terms allow.
#include <grantkpi/evaluate.hpp>

#include "evaluate/wide_int.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

namespace grantkpi {
namespace {

constexpr int ratio_scale = 4;

// The nearest double of a Decimal, as Decimal::to_double gives it, without its trip through
// text in the common case: a coefficient below 2^53 and a power of ten up to 10^18 are both
// exact doubles, and IEEE division rounds the quotient of two exact doubles correctly, so
// the result is the correctly rounded value strtod gives (Clinger's fast path).
double nearest_double(Decimal d) noexcept {
    static constexpr std::array<double, Decimal::max_scale + 1> powers = {
        1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8, 1e9,
        1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};
    constexpr std::int64_t exact_limit = std::int64_t{1} << 53;
    if (d.coefficient() > -exact_limit && d.coefficient() < exact_limit) {
        return static_cast<double>(d.coefficient()) / powers[static_cast<std::size_t>(d.scale())];
    }
    return d.to_double();
}

// numerator / denominator as a double. Both as integers at one scale: numerator x 10^k and
// denominator, or numerator and denominator x 10^k (k the difference of the scales); when
// both are below 2^53 they are exact doubles and one IEEE division gives the correctly
// rounded ratio. Otherwise the quotient of the two nearest doubles.
double ratio_double(Decimal numerator, Decimal denominator) noexcept {
    constexpr std::int64_t exact_limit = std::int64_t{1} << 53;
    const int shift = denominator.scale() - numerator.scale();
    std::int64_t n = numerator.coefficient();
    std::int64_t d = denominator.coefficient();
    auto scale_up = [](std::int64_t& v, int k) {
        const std::int64_t limit = exact_limit / Decimal::power_of_ten(k);
        if (v <= -limit || v >= limit) {
            return false;
        }
        v *= Decimal::power_of_ten(k);
        return true;
    };
    const bool scaled = shift >= 0 ? scale_up(n, shift) : scale_up(d, -shift);
    if (scaled && n > -exact_limit && n < exact_limit && d > -exact_limit && d < exact_limit) {
        return static_cast<double>(n) / static_cast<double>(d);
    }
    return nearest_double(numerator) / nearest_double(denominator);
}

} // namespace

// bugprone-exception-escape: Decimal's constructor throws beyond 18 digits, but the
// coefficient built here fits one: rounded_quotient gives nullopt for any that does not.
// NOLINTNEXTLINE(bugprone-exception-escape)
std::optional<Ratio> make_ratio(Decimal numerator, Decimal denominator) noexcept {
    if (denominator.is_zero()) {
        return std::nullopt;
    }
    const Ratio zero_ratio{0.0, Decimal{0, ratio_scale}};
    if (numerator.is_zero()) {
        return zero_ratio;
    }
    // (cn x 10^-sn) / (cd x 10^-sd) x 10^4 = cn / cd x 10^(sd - sn + 4)
    const int shift = denominator.scale() - numerator.scale() + ratio_scale;
    const auto q = detail::rounded_quotient(detail::magnitude(numerator.coefficient()),
                                            detail::magnitude(denominator.coefficient()), shift);
    if (!q) {
        return std::nullopt;
    }
    const bool negative = numerator.is_negative() != denominator.is_negative();
    const auto coefficient = static_cast<std::int64_t>(*q);
    return Ratio{ratio_double(numerator, denominator),
                 Decimal{negative ? -coefficient : coefficient, ratio_scale}};
}

// bugprone-exception-escape: both counts are checked to fit a Decimal first.
// NOLINTNEXTLINE(bugprone-exception-escape)
std::optional<Ratio> make_ratio(std::size_t count, std::size_t of) noexcept {
    constexpr auto max = static_cast<std::size_t>(Decimal::max_coefficient);
    if (count > max || of > max) {
        return std::nullopt;
    }
    return make_ratio(Decimal{static_cast<std::int64_t>(count)},
                      Decimal{static_cast<std::int64_t>(of)});
}

} // namespace grantkpi
