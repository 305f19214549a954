// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/fraction.hpp>

#include "support/printers.hpp"

#include <doctest/doctest.h>

#include <type_traits>

using grantkpi::Fraction;

TEST_SUITE("fraction") {

    TEST_CASE("national shares parse and print") {
        CHECK(Fraction::parse("1/2").value() == Fraction{1, 2}); // <1/2国費> of the seed rounds
        CHECK(Fraction::parse("２／３").value() == Fraction{2, 3}); // ２／３
        CHECK(Fraction::parse(" 3/4 ").value().to_string() == "3/4");
        CHECK(Fraction::parse("2/4").value().to_string() == "1/2"); // lowest terms
        for (const char* bad : {"", "1", "1/0", "a/2", "1/2/3", "/2", "1/", "1.5/2"}) {
            CAPTURE(bad);
            CHECK_FALSE(Fraction::parse(bad));
        }
        CHECK(Fraction::parse("1/0").error().message ==
              "expected a fraction such as \"1/2\" or \"3/4\", got \"1/0\" (zero denominator)");
    }

    TEST_CASE("normalized, exactly ordered") {
        constexpr Fraction half{2, 4};
        static_assert(half.numerator() == 1 && half.denominator() == 2);
        static_assert(Fraction{1, -2} == Fraction{-1, 2});
        static_assert(Fraction{1, 3} < Fraction{1, 2});
        static_assert(Fraction{2, 3} > Fraction{1, 2});
        static_assert(Fraction{3, 4} <= Fraction{1, 1});
        // Integer terms only: Fraction(0.5, 1) would be 0/1.
        static_assert(!std::is_constructible_v<Fraction, double, int>);
        static_assert(!std::is_constructible_v<Fraction, int, double>);
        static_assert(std::is_constructible_v<Fraction, int, int>);
        CHECK_THROWS_AS(Fraction(1, 0), grantkpi::error_exception);
        CHECK_THROWS_WITH_AS(Fraction(1, 0), "grantkpi::Fraction: 1/0: zero denominator",
                             grantkpi::error_exception);
        CHECK_THROWS_WITH_AS(Fraction(Fraction::max_term + 1, 1),
                             "grantkpi::Fraction: 2147483648/1: term too large",
                             grantkpi::error_exception);
        CHECK_FALSE(Fraction::make(1, 0));
        CHECK_FALSE(Fraction::make(Fraction::max_term + 1, 1));
        CHECK(Fraction::make(Fraction::max_term * 2, 2)); // reduces to max_term
        CHECK(Fraction{1, 2}.to_double() == 0.5);
    }

} // TEST_SUITE
