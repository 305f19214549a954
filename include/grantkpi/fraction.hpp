// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// An exact fraction, for shares such as the national share of a project's cost (<1/2国費>).

#include <grantkpi/detail/hash.hpp>
#include <grantkpi/error.hpp>
#include <grantkpi/export.hpp>

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <numeric>
#include <string>
#include <string_view>

namespace grantkpi {

/// numerator/denominator in lowest terms with a positive denominator: Fraction{2, 4} is 1/2.
/// Both terms are at most `max_term` in magnitude after reduction, which keeps every
/// comparison and every product with a Decimal exact.
class GRANTKPI_API Fraction {
public:
    static constexpr std::int64_t max_term = 2'147'483'647;

    /// 0/1.
    constexpr Fraction() noexcept = default;

    /// Not from floating-point terms, which would be cut to integers (Fraction(0.5, 1) would
    /// be 0): write the fraction's integers (`Fraction{1, 2}`) or parse it ("1/2").
    template <class N, class D>
    requires std::floating_point<N> || std::floating_point<D> Fraction(N, D)
    = delete;

    /// Throws grantkpi::error_exception when the denominator is 0 or a reduced term exceeds
    /// max_term.
    constexpr Fraction(std::int64_t numerator, std::int64_t denominator) {
        if (denominator == 0) {
            throw_invalid(numerator, denominator);
        }
        if (numerator < -max_term * max_term || numerator > max_term * max_term ||
            denominator < -max_term * max_term || denominator > max_term * max_term) {
            throw_invalid(numerator, denominator);
        }
        if (denominator < 0) {
            numerator = -numerator;
            denominator = -denominator;
        }
        const std::int64_t g = std::gcd(numerator, denominator);
        numerator_ = numerator / g;
        denominator_ = denominator / g;
        if (numerator_ > max_term || numerator_ < -max_term || denominator_ > max_term) {
            throw_invalid(numerator, denominator);
        }
    }

    /// Non-throwing form of the constructor.
    [[nodiscard]] static Result<Fraction> make(std::int64_t numerator, std::int64_t denominator);

    /// Reads `1/2`, `２／３`, ` 3/4 `.
    [[nodiscard]] static Result<Fraction> parse(std::string_view text);

    [[nodiscard]] constexpr std::int64_t numerator() const noexcept { return numerator_; }
    [[nodiscard]] constexpr std::int64_t denominator() const noexcept { return denominator_; }

    /// `1/2`.
    [[nodiscard]] std::string to_string() const;
    /// Only for display and ratios.
    [[nodiscard]] constexpr double to_double() const noexcept {
        return static_cast<double>(numerator_) / static_cast<double>(denominator_);
    }

    friend constexpr bool operator==(Fraction, Fraction) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(Fraction a, Fraction b) noexcept {
        // Exact: both terms are within max_term, so the cross products fit in 64 bits.
        return a.numerator_ * b.denominator_ <=> b.numerator_ * a.denominator_;
    }

private:
    // The constructor's error, out of line: grantkpi::error_exception naming the terms.
    [[noreturn]] static void throw_invalid(std::int64_t numerator, std::int64_t denominator);

    std::int64_t numerator_ = 0;
    std::int64_t denominator_ = 1;
};

/// Fraction::to_string() (1/2).
[[nodiscard]] GRANTKPI_API std::string to_string(Fraction fraction);
/// Writes to_string(fraction).
GRANTKPI_API std::ostream& operator<<(std::ostream& os, Fraction fraction);

} // namespace grantkpi

/// Fractions are kept in lowest terms, so equal fractions (2/4, 1/2) have the same terms.
template <>
struct std::hash<grantkpi::Fraction> {
    [[nodiscard]] constexpr std::size_t operator()(grantkpi::Fraction f) const noexcept {
        return static_cast<std::size_t>(grantkpi::detail::hash_combine(
            grantkpi::detail::hash_mix(static_cast<std::uint64_t>(f.numerator())),
            static_cast<std::uint64_t>(f.denominator())));
    }
};
