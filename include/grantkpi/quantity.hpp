// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Exact quantities that carry their unit in the type, so that yen cannot be added to persons.

#include <grantkpi/decimal.hpp>
#include <grantkpi/detail/checked_int.hpp>
#include <grantkpi/fraction.hpp>

#include <compare>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace grantkpi {

/// An exact amount of the unit named by `UnitTag`. Quantities of one unit add, subtract,
/// compare and scale by exact fractions; quantities of different units do not mix (that does
/// not compile), and a bare Decimal becomes a quantity only through the explicit constructor.
/// A plain integer is an amount of the unit (`Money{27125}` is 27,125千円) and a factor
/// (`money * 2`); a floating-point number is neither.
template <class UnitTag>
class Quantity {
public:
    using unit_tag = UnitTag;

    constexpr Quantity() noexcept = default;
    constexpr explicit Quantity(Decimal amount) noexcept
        : amount_(amount) {}
    /// `Money{27125}`: an integer amount of the unit. Throws grantkpi::error_exception
    /// beyond 18 digits.
    template <detail::plain_integer I>
    constexpr explicit Quantity(I amount)
        : amount_(Decimal{amount}) {}

    [[nodiscard]] constexpr Decimal amount() const noexcept { return amount_; }

    /// The amount without trailing fraction zeros (47,002.0千円 -> 47,002千円): for totals.
    [[nodiscard]] constexpr Quantity normalized() const noexcept {
        return Quantity{amount_.normalized()};
    }

    /// Throwing forms over Decimal's checked arithmetic (grantkpi::error_exception beyond 18
    /// digits).
    friend Quantity operator+(Quantity a, Quantity b) { return Quantity{a.amount_ + b.amount_}; }
    friend Quantity operator-(Quantity a, Quantity b) { return Quantity{a.amount_ - b.amount_}; }
    friend constexpr Quantity operator-(Quantity a) noexcept { return Quantity{-a.amount_}; }
    Quantity& operator+=(Quantity other) { return *this = *this + other; }
    Quantity& operator-=(Quantity other) { return *this = *this - other; }

    /// The exact share `fraction` of this quantity, an error when it has no finite decimal
    /// value within 18 digits (27,125 x 1/3).
    [[nodiscard]] Result<Quantity> checked_share(Fraction fraction) const {
        auto product = amount_.checked_multiply(Decimal{fraction.numerator()});
        if (!product) {
            return product.error();
        }
        auto quotient = product->checked_divide(fraction.denominator());
        if (!quotient) {
            return quotient.error();
        }
        return Quantity{*quotient};
    }
    /// The share `fraction` rounded to `scale` fraction digits.
    [[nodiscard]] Result<Quantity> share_rounded(Fraction fraction, int scale,
                                                 Rounding rounding) const {
        auto product = amount_.checked_multiply(Decimal{fraction.numerator()});
        if (!product) {
            return product.error();
        }
        auto quotient = product->divide_rounded(fraction.denominator(), scale, rounding);
        if (!quotient) {
            return quotient.error();
        }
        return Quantity{*quotient};
    }
    /// Exact share; throws error_exception when checked_share fails.
    friend Quantity operator*(Quantity q, Fraction fraction) {
        return q.checked_share(fraction).value();
    }
    friend Quantity operator*(Fraction fraction, Quantity q) { return q * fraction; }
    /// An integer multiple, exact: `money * 2`, `3 * count`. Throws error_exception beyond
    /// 18 digits.
    template <detail::plain_integer I>
    friend Quantity operator*(Quantity q, I factor) {
        return Quantity{q.amount_ * factor};
    }
    template <detail::plain_integer I>
    friend Quantity operator*(I factor, Quantity q) {
        return Quantity{q.amount_ * factor};
    }

    friend constexpr bool operator==(Quantity a, Quantity b) noexcept {
        return a.amount_ == b.amount_;
    }
    friend constexpr std::weak_ordering operator<=>(Quantity a, Quantity b) noexcept {
        return a.amount_ <=> b.amount_;
    }

private:
    Decimal amount_;
};

/// The amount grouped by thousands with its written digits, then the unit's symbol:
/// `27,125千円`, `13,562.5千円`, `31.20%`, `1,216` (a count has no symbol).
template <class UnitTag>
[[nodiscard]] std::string to_string(Quantity<UnitTag> quantity) {
    return quantity.amount().to_grouped_string() + std::string(UnitTag::symbol);
}

/// Writes to_string(quantity).
template <class UnitTag>
std::ostream& operator<<(std::ostream& os, Quantity<UnitTag> quantity) {
    return os << to_string(quantity);
}

namespace units {
/// 千円, the unit of every amount in the reports.
struct thousand_yen {
    static constexpr std::string_view symbol = "\xE5\x8D\x83\xE5\x86\x86"; // 千円
};
/// A count of things: 件, 人, 社.
struct count {
    static constexpr std::string_view symbol = "";
};
/// Percent: 31.20 %.
struct percent {
    static constexpr std::string_view symbol = "%";
};
} // namespace units

/// A number of cases, persons, companies.
using Count = Quantity<units::count>;
/// A percentage.
using Percent = Quantity<units::percent>;

} // namespace grantkpi

/// The hash of the amount, consistent with == as Decimal's is (5.0千円 and 5千円 alike).
template <class UnitTag>
struct std::hash<grantkpi::Quantity<UnitTag>> {
    [[nodiscard]] constexpr std::size_t
    operator()(grantkpi::Quantity<UnitTag> quantity) const noexcept {
        return std::hash<grantkpi::Decimal>{}(quantity.amount());
    }
};
