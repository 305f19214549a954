// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/evaluate.hpp>

#include "support/evaluate_helpers.hpp"
#include "support/printers.hpp"
#include "support/random.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>

// make_ratio: the rounded ratio, exact and half away from zero, and its double.

using namespace grantkpi;
using namespace grantkpi::testing::evaluate_helpers;
using testing::d;

TEST_SUITE_BEGIN("evaluate");

// ------------------------------------------------------------------ ratios

TEST_CASE("make_ratio rounds exactly and half away from zero") {
    CHECK(rounded(make_ratio(d("136"), d("150"))) == "0.9067");
    CHECK(rounded(make_ratio(d("1"), d("0"))) == "none");
    CHECK(rounded(make_ratio(d("0"), d("7"))) == "0.0000");
    CHECK(rounded(make_ratio(d("0.00005"), d("1"))) == "0.0001");
    CHECK(rounded(make_ratio(d("0.000049999"), d("1"))) == "0.0000");
    CHECK(rounded(make_ratio(d("-0.00005"), d("1"))) == "-0.0001");
    CHECK(rounded(make_ratio(d("1"), d("-8"))) == "-0.1250");
    CHECK(rounded(make_ratio(d("1.5"), d("0.003"))) == "500.0000");
    // Extreme scales: 1 / 10^-18 is 10^18, beyond 18 digits at 4 decimals: no ratio.
    CHECK(rounded(make_ratio(Decimal{1}, Decimal{1, 18})) == "none");
    CHECK(rounded(make_ratio(Decimal{1, 18}, Decimal{999'999'999'999'999'999})) == "0.0000");
    CHECK(rounded(make_ratio(Decimal{999'999'999'999'999'999, 18}, Decimal{3, 4})) ==
          "3333.3333"); // 0.999999999999999999 / 0.0003 = 3333.33333...
    CHECK(rounded(make_ratio(std::size_t{2}, std::size_t{3})) == "0.6667");
    CHECK(rounded(make_ratio(std::size_t{2}, std::size_t{0})) == "none");
}

TEST_CASE("make_ratio: the double is the correctly rounded ratio when the terms allow") {
    // Both terms brought to one scale are integers below 2^53: one IEEE division of exact
    // doubles. 0.1 / 3 = 1 / 30 exactly, whereas 0.1 as a double is already rounded.
    CHECK(make_ratio(d("0.1"), d("3"))->value == 1.0 / 30.0);
    CHECK(make_ratio(d("136"), d("150"))->value == 136.0 / 150.0);
    CHECK(make_ratio(d("31.20"), d("40.5"))->value == 3120.0 / 4050.0);
    CHECK(make_ratio(d("-3760"), d("2324"))->value == -3760.0 / 2324.0);
    // Beyond 2^53: the quotient of the two nearest doubles.
    const auto large = make_ratio(Decimal{999'999'999'999'999'999}, Decimal{3'000'000'000'000'000});
    REQUIRE(large);
    CHECK(large->value == 1e18 / 3e15);
    const auto small = make_ratio(Decimal{1, 18}, Decimal{3, 1}); // 10^17 x 3 is beyond 2^53
    REQUIRE(small);
    CHECK(small->value == 1e-18 / 0.3);
}

TEST_CASE("make_ratio: the rounding is within half a unit of the exact ratio (seeded)") {
    // |actual - rounded x plan| <= 0.00005 x |plan|, checked in exact decimals, and the
    // double agrees with the rounding to 1e-4.
    testing::Random random(20260401);
    for (int i = 0; i < 2000; ++i) {
        const Decimal actual{random.between(-999'999'999, 999'999'999),
                             static_cast<int>(random.between(0, 4))};
        const Decimal plan{random.between(1, 999'999), static_cast<int>(random.between(0, 4))};
        CAPTURE(actual);
        CAPTURE(plan);
        const auto ratio = make_ratio(actual, plan);
        REQUIRE(ratio);
        const Decimal error = (actual - ratio->rounded * plan);
        const Decimal bound = Decimal{5, 5} * plan;
        CHECK(error <= bound);
        CHECK(-error <= bound);
        CHECK(std::abs(ratio->value - ratio->rounded.to_double()) <=
              0.00005 + 1e-12 * std::abs(ratio->value));
    }
}

TEST_SUITE_END();
