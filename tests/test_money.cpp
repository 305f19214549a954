// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/money.hpp>

#include "support/operators.hpp"
#include "support/printers.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <type_traits>

using namespace grantkpi;
// Compile-time negative tests: what must not compile does not (support/operators.hpp).
using namespace grantkpi::testing; // addable, subtractable, multipliable, ..._with

static_assert(addable<Money, Money>);
static_assert(subtractable<Money, Money>);
static_assert(multipliable<Money, Fraction>);
static_assert(!addable<Money, Count>, "yen plus persons must not compile");
static_assert(!subtractable<Money, Count>);
static_assert(!addable<Money, Percent>, "yen plus percent must not compile");
static_assert(!addable<Count, Percent>);
static_assert(!addable<Money, Decimal>, "a bare number is not money");
static_assert(!addable<Money, int>);
static_assert(!multipliable<Money, Money>, "yen times yen means nothing");
static_assert(!equality_comparable_with<Money, Count>);
static_assert(!ordered_with<Money, Count>);
static_assert(!std::is_convertible_v<Decimal, Money>);
static_assert(!std::is_convertible_v<Money, Count>);
static_assert(!std::is_convertible_v<Money, Decimal>);
static_assert(!std::is_assignable_v<Money&, Count>);
// Money is built from an exact Decimal or an integer amount of thousand yen (Money{27125}),
// only explicitly: not from a double, nor another unit.
static_assert(!std::is_constructible_v<Money, double>, "31.2 has no exact binary value");
static_assert(!std::is_constructible_v<Money, float>);
static_assert(std::is_constructible_v<Money, int>);
static_assert(!std::is_convertible_v<int, Money>, "an integer is money only when said so");
static_assert(!std::is_constructible_v<Money, bool>);
static_assert(!std::is_constructible_v<Money, char>);
static_assert(!std::is_constructible_v<Money, Count>);
static_assert(!std::is_constructible_v<Money, Percent>);
static_assert(!multipliable<Money, double>, "a share of money is a Fraction, not a double");
static_assert(multipliable<Money, int>, "an integer multiple is exact");
static_assert(multipliable<int, Money>);
static_assert(!multipliable<Money, bool>);
static_assert(!equality_comparable_with<Money, int>, "a bare number is not money");
static_assert(!multipliable<Money, Decimal>);
static_assert(!equality_comparable_with<Money, Decimal>);
static_assert(!ordered_with<Money, Percent>);

TEST_SUITE("money") {

    TEST_CASE("27,125 thousand yen x 1/2 = 13,562.5 thousand yen exactly") {
        // The first project of the seed: (27,125千円), <1/2国費>.
        const Money budget{Decimal{27125}};
        const Money national = budget * Fraction{1, 2};
        CHECK(national.amount().to_string() == "13562.5");
        CHECK(to_string(national) == "13,562.5千円");
        CHECK(Fraction{1, 2} * budget == national);
    }

    TEST_CASE("shares without a finite decimal are reported or rounded on request") {
        const Money budget{Decimal{27125}};
        CHECK((budget * Fraction{3, 4}).amount().to_string() == "20343.75");
        const auto two_thirds = budget.checked_share(Fraction{2, 3});
        REQUIRE_FALSE(two_thirds);
        CHECK(two_thirds.error().message.find("no exact decimal value") != std::string::npos);
        CHECK_THROWS_AS(budget * Fraction(2, 3), grantkpi::error_exception);
        // 27125 x 2/3 = 18083.333...
        CHECK(
            budget.share_rounded(Fraction{2, 3}, 0, Rounding::toward_zero)->amount().to_string() ==
            "18083");
        CHECK(budget.share_rounded(Fraction{2, 3}, 3, Rounding::half_away_from_zero)
                  ->amount()
                  .to_string() == "18083.333");
    }

    TEST_CASE("sums of money are exact") {
        // The own budgets of the seed: 27,125 + 9,650 + 25,370 + 23,500 + 8,359 thousand yen.
        Money total;
        for (std::int64_t amount : {27125, 9650, 25370, 23500, 8359}) {
            total += Money{Decimal{amount}};
        }
        CHECK(total == Money{Decimal{94004}});
        // Greater than the joint total of UIJ ターン新規就業支援事業 (71,349千円 ※道全体の採択額).
        CHECK(total > Money{Decimal{71349}});
        CHECK((-total).amount().is_negative());
        CHECK_THROWS_AS(Money{Decimal{Decimal::max_coefficient}} + Money{Decimal{1}},
                        grantkpi::error_exception);
    }

} // TEST_SUITE

TEST_SUITE("money") {

    TEST_CASE("Money from an integer amount, and integer multiples") {
        // (27,125千円): the first project of the seed, UIJ ターンによるさっぽろ型人材還流促進事業.
        constexpr Money budget{27125};
        static_assert(budget == Money{Decimal{27125}});
        CHECK(to_string(budget) == "27,125千円");
        // Two years of the same budget, and the own budgets of the seed at 1/2 (47,002千円).
        CHECK(budget * 2 == Money{54250});
        CHECK(2 * budget == Money{54250});
        CHECK(Money{94004} * Fraction{1, 2} == Money{47002});
        CHECK(Count{16} * 3 == Count{48});
        CHECK(same_representation((Money{grantkpi::Decimal{135625, 1}} * 2).amount(),
                                  Decimal{271250, 1})); // 13,562.5 x 2 = 27,125.0
        CHECK_THROWS_AS(Money{Decimal::max_coefficient} * 2, grantkpi::error_exception);
        CHECK_THROWS_AS(Money{std::uint64_t{1'000'000'000'000'000'000ULL}},
                        grantkpi::error_exception);
    }

} // TEST_SUITE
