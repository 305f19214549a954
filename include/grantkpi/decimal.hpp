// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Exact signed fixed-point decimal that keeps the digits it was written with.

#include <grantkpi/detail/checked_int.hpp>
#include <grantkpi/detail/hash.hpp>
#include <grantkpi/enum_names.hpp>
#include <grantkpi/error.hpp>
#include <grantkpi/export.hpp>

#include <boost/describe/enum.hpp>

#include <array>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

namespace grantkpi {

/// How a quotient that does not fit the requested scale is rounded.
enum class Rounding {
    half_away_from_zero, ///< 四捨五入: 0.5 -> 1, -0.5 -> -1
    toward_zero,         ///< 切り捨て: 1.9 -> 1, -1.9 -> -1
};
BOOST_DESCRIBE_ENUM(Rounding, half_away_from_zero, toward_zero)

/// An exact decimal number `coefficient x 10^-scale`, for example 31.20 = 3120 x 10^-2.
///
/// The scale is the number of fraction digits as written and is kept: `31.20` prints as
/// `31.20`, `5.0` as `5.0`. Comparison is by value across scales (`5.0 == 5`); use
/// `same_representation` to compare the written form too. The coefficient holds up to
/// `max_digits` decimal digits; every operation that would need more reports an overflow
/// instead of wrapping around. Nothing here goes through floating point: `to_double` is
/// the only way out, and it has to be asked for.
///
/// Plain integers mix where the result is exact: `d + 1`, `2 * d`, `d == 5`, `d < 0`. Every
/// throwing operation throws grantkpi::error_exception.
class GRANTKPI_API Decimal {
public:
    static constexpr int max_digits = 18;
    static constexpr int max_scale = 18;
    static constexpr std::int64_t max_coefficient = 999'999'999'999'999'999;

    /// Zero, scale 0.
    constexpr Decimal() noexcept = default;

    /// An integer (scale 0). Throws grantkpi::error_exception beyond `max_digits` digits.
    constexpr explicit Decimal(std::int64_t integer)
        : Decimal(integer, 0) {}
    /// Any plain integer type, unsigned 64-bit ones included: checked the same way.
    template <detail::plain_integer I>
    constexpr explicit Decimal(I integer)
        : Decimal(of_integer(integer)) {}

    /// `coefficient x 10^-scale`. Throws grantkpi::error_exception when the coefficient has
    /// more than `max_digits` digits or when scale is not in 0..max_scale.
    constexpr Decimal(std::int64_t coefficient, int scale)
        : coefficient_(coefficient)
        , scale_(0) {
        if (scale < 0 || scale > max_scale || coefficient > max_coefficient ||
            coefficient < -max_coefficient) {
            throw_invalid_parts(coefficient, scale); // not a constant expression: a literal
                                                     // out of range does not compile
        }
        scale_ = static_cast<std::uint8_t>(scale);
    }

    /// Not from a floating-point number: it would be cut to an integer (Decimal(31.2) would be
    /// 31), and 31.2 has no exact binary value anyway. Read the digits
    /// (`Decimal::parse("31.2")`) or give them with their scale (`Decimal{312, 1}`). Nor a
    /// floating-point scale (`Decimal(312, 1.5)` would be scale 1).
    template <std::floating_point F>
    Decimal(F) = delete;
    template <class C, class S>
    requires std::floating_point<C> || std::floating_point<S> Decimal(C, S)
    = delete;

    /// Non-throwing form of the constructor above.
    [[nodiscard]] static Result<Decimal> from_parts(std::int64_t coefficient, int scale);

    /// Reads a number as people write it in reports: `1,216`, `-3,760`, `31.20`, `△8.1` and
    /// `▲12.4` (negative), `−5` (U+2212), full-width digits `１２０`, a full-width point or
    /// comma, surrounding spaces. Thousands separators must group exactly three digits.
    [[nodiscard]] static Result<Decimal> parse(std::string_view text);

    /// Reads the text of a JSON number (`-3760`, `31.20`). Exponents are refused: an exact
    /// value must be written with its digits.
    [[nodiscard]] static Result<Decimal> parse_json_number(std::string_view text);

    [[nodiscard]] constexpr std::int64_t coefficient() const noexcept { return coefficient_; }
    [[nodiscard]] constexpr int scale() const noexcept { return scale_; }
    [[nodiscard]] constexpr bool is_zero() const noexcept { return coefficient_ == 0; }
    [[nodiscard]] constexpr bool is_negative() const noexcept { return coefficient_ < 0; }

    /// The same value without trailing fraction zeros: `47002.0` -> `47002`, `31.20` ->
    /// `31.2`, `100` stays `100`. For computed totals, whose scale is the largest of the
    /// terms'; a report's cells keep the digits they were written with.
    [[nodiscard]] constexpr Decimal normalized() const noexcept {
        Decimal d = *this;
        while (d.scale_ > 0 && d.coefficient_ % 10 == 0) {
            d.coefficient_ /= 10;
            --d.scale_;
        }
        return d;
    }

    /// Digits as written, no grouping: `-3760`, `31.20`, `0.05`.
    [[nodiscard]] std::string to_string() const;
    /// With thousands separators: `-3,760`, `1,216.5`.
    [[nodiscard]] std::string to_grouped_string() const;

    /// The nearest double. Only for ratios and display, never for sums.
    [[nodiscard]] double to_double() const noexcept;

    /// The same value at a larger scale (`5` -> `5.00`); an error when digits would overflow
    /// or when `scale` is smaller than the current scale (that would lose digits).
    [[nodiscard]] Result<Decimal> rescaled(int scale) const;
    /// The value rounded to `scale` fraction digits.
    [[nodiscard]] Result<Decimal> rounded(int scale, Rounding rounding) const;

    /// Exact arithmetic; the result has the larger scale of the two operands.
    [[nodiscard]] Result<Decimal> checked_add(Decimal other) const {
        // The usual case inline: the same scale and a sum within 18 digits. Two coefficients
        // of at most 18 digits add up to less than 2 x 10^18, which int64 holds.
        if (scale_ == other.scale_) {
            const std::int64_t sum = coefficient_ + other.coefficient_;
            if (sum <= max_coefficient && sum >= -max_coefficient) {
                return with_parts(sum, scale_);
            }
        }
        return checked_add_rescaled(other);
    }
    [[nodiscard]] Result<Decimal> checked_subtract(Decimal other) const {
        return checked_add(-other);
    }
    /// Exact product; its scale is the sum of the scales.
    [[nodiscard]] Result<Decimal> checked_multiply(Decimal other) const;
    /// Exact quotient by an integer, an error when it has no finite decimal expansion within
    /// `max_scale` digits (1/3) or when `divisor` is zero.
    [[nodiscard]] Result<Decimal> checked_divide(std::int64_t divisor) const;
    /// Quotient by an integer rounded to `scale` fraction digits.
    [[nodiscard]] Result<Decimal> divide_rounded(std::int64_t divisor, int scale,
                                                 Rounding rounding) const;

    /// Throwing operators over the checked forms: grantkpi::error_exception (a
    /// std::runtime_error) with the checked form's message when the result needs more than 18
    /// digits. The same-scale sum is inline and never builds a Result.
    friend Decimal operator+(Decimal a, Decimal b) {
        if (a.scale_ == b.scale_) {
            const std::int64_t sum = a.coefficient_ + b.coefficient_;
            if (sum <= max_coefficient && sum >= -max_coefficient) {
                return with_parts(sum, a.scale_);
            }
        }
        return add_or_throw(a, b);
    }
    friend Decimal operator-(Decimal a, Decimal b) { return a + -b; }
    friend Decimal operator*(Decimal a, Decimal b) { return multiply_or_throw(a, b); }
    friend constexpr Decimal operator-(Decimal a) noexcept {
        a.coefficient_ = -a.coefficient_;
        return a;
    }
    Decimal& operator+=(Decimal other) { return *this = *this + other; }
    Decimal& operator-=(Decimal other) { return *this = *this - other; }

    /// With a plain integer, exactly: `d + 1`, `1 + d`, `d - 1`, `d * 2`, `2 * d`. An integer
    /// of more than 18 digits, or a result beyond them, throws grantkpi::error_exception.
    template <detail::plain_integer I>
    friend Decimal operator+(Decimal a, I b) {
        return a + of_integer(b);
    }
    template <detail::plain_integer I>
    friend Decimal operator+(I a, Decimal b) {
        return of_integer(a) + b;
    }
    template <detail::plain_integer I>
    friend Decimal operator-(Decimal a, I b) {
        return a - of_integer(b);
    }
    template <detail::plain_integer I>
    friend Decimal operator-(I a, Decimal b) {
        return of_integer(a) - b;
    }
    template <detail::plain_integer I>
    friend Decimal operator*(Decimal a, I b) {
        return a * of_integer(b);
    }
    template <detail::plain_integer I>
    friend Decimal operator*(I a, Decimal b) {
        return of_integer(a) * b;
    }
    template <detail::plain_integer I>
    Decimal& operator+=(I other) {
        return *this = *this + other;
    }
    template <detail::plain_integer I>
    Decimal& operator-=(I other) {
        return *this = *this - other;
    }

    /// By value: `5.0 == 5`, `31.20 == 31.2`.
    friend constexpr bool operator==(Decimal a, Decimal b) noexcept { return compare(a, b) == 0; }
    friend constexpr std::weak_ordering operator<=>(Decimal a, Decimal b) noexcept {
        return ordering(compare(a, b));
    }
    /// With a plain integer, by value (`Decimal::parse("5.0") == 5`); never throws, whatever
    /// the integer's size.
    template <detail::plain_integer I>
    friend constexpr bool operator==(Decimal a, I b) noexcept {
        return compare_integer(a, b) == 0;
    }
    template <detail::plain_integer I>
    friend constexpr std::weak_ordering operator<=>(Decimal a, I b) noexcept {
        return ordering(compare_integer(a, b));
    }

    /// Same value and same written scale: `31.20` and `31.2` are equal but not the same.
    [[nodiscard]] friend constexpr bool same_representation(Decimal a, Decimal b) noexcept {
        return a.coefficient_ == b.coefficient_ && a.scale_ == b.scale_;
    }

    /// 10^n for n in 0..18.
    static constexpr std::int64_t power_of_ten(int n) noexcept { return powers_of_ten[n]; }

private:
    // The constructor's error, out of line: grantkpi::error_exception naming the parts.
    [[noreturn]] static void throw_invalid_parts(std::int64_t coefficient, int scale);
    // An integer operand beyond int64 (a large unsigned one).
    [[noreturn]] static void throw_integer_too_large();
    // The operators' slow paths: the checked form's Result, or its error thrown.
    static Decimal add_or_throw(Decimal a, Decimal b);
    static Decimal multiply_or_throw(Decimal a, Decimal b);

    template <detail::plain_integer I>
    static constexpr Decimal of_integer(I value) {
        std::int64_t v = 0;
        if (detail::to_int64_overflows(value, &v)) {
            throw_integer_too_large();
        }
        return Decimal{v, 0};
    }

    static constexpr std::weak_ordering ordering(int c) noexcept {
        return c < 0 ? std::weak_ordering::less
                     : (c > 0 ? std::weak_ordering::greater : std::weak_ordering::equivalent);
    }

    // compare() with an integer of any size: beyond 18 digits it is larger in magnitude than
    // every Decimal.
    template <detail::plain_integer I>
    static constexpr int compare_integer(Decimal a, I b) noexcept {
        std::int64_t v = 0;
        if (detail::to_int64_overflows(b, &v) || v > max_coefficient) {
            return -1;
        }
        if (v < -max_coefficient) {
            return 1;
        }
        return compare(a, with_parts(v, 0));
    }

    // A coefficient and scale already known to be in range.
    static constexpr Decimal with_parts(std::int64_t coefficient, std::uint8_t scale) noexcept {
        Decimal d;
        d.coefficient_ = coefficient;
        d.scale_ = scale;
        return d;
    }
    // checked_add when the scales differ or the sum needs checking against 18 digits.
    [[nodiscard]] Result<Decimal> checked_add_rescaled(Decimal other) const;

    static constexpr std::array<std::int64_t, 19> powers_of_ten = {
        1,
        10,
        100,
        1'000,
        10'000,
        100'000,
        1'000'000,
        10'000'000,
        100'000'000,
        1'000'000'000,
        10'000'000'000,
        100'000'000'000,
        1'000'000'000'000,
        10'000'000'000'000,
        100'000'000'000'000,
        1'000'000'000'000'000,
        10'000'000'000'000'000,
        100'000'000'000'000'000,
        1'000'000'000'000'000'000,
    };

    // -1, 0 or 1. Brings both to the larger scale; when that overflows int64 the scaled
    // operand is larger in magnitude than any coefficient, so its sign decides.
    static constexpr int compare(Decimal a, Decimal b) noexcept {
        std::int64_t x = a.coefficient_;
        std::int64_t y = b.coefficient_;
        if (a.scale_ < b.scale_) {
            if (detail::multiply_overflows(x, powers_of_ten[b.scale_ - a.scale_], &x)) {
                return a.coefficient_ < 0 ? -1 : 1;
            }
        } else if (b.scale_ < a.scale_) {
            if (detail::multiply_overflows(y, powers_of_ten[a.scale_ - b.scale_], &y)) {
                return b.coefficient_ < 0 ? 1 : -1;
            }
        }
        return x < y ? -1 : (x > y ? 1 : 0);
    }

    std::int64_t coefficient_ = 0;
    std::uint8_t scale_ = 0;
};

/// Decimal::to_string(): the digits as written, no grouping (`-3760`, `31.20`). Grouped:
/// Decimal::to_grouped_string(), or `{:grouped}` with <grantkpi/fmt.hpp>.
[[nodiscard]] GRANTKPI_API std::string to_string(Decimal value);
/// Writes to_string(value).
GRANTKPI_API std::ostream& operator<<(std::ostream& os, Decimal value);

} // namespace grantkpi

/// Consistent with ==: equal values hash alike (5.0 and 5, 31.20 and 31.2), through
/// normalized().
template <>
struct std::hash<grantkpi::Decimal> {
    [[nodiscard]] constexpr std::size_t operator()(grantkpi::Decimal value) const noexcept {
        const grantkpi::Decimal n = value.normalized();
        return static_cast<std::size_t>(grantkpi::detail::hash_combine(
            grantkpi::detail::hash_mix(static_cast<std::uint64_t>(n.coefficient())),
            static_cast<std::uint64_t>(n.scale())));
    }
};
