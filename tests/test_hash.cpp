// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// std::hash for the value types, consistent with their ==: equal values hash alike across
// scales (5.0 == 5) and terms (2/4 == 1/2), so they are one key of an unordered container.
#include <grantkpi/decimal.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/fraction.hpp>
#include <grantkpi/money.hpp>
#include <grantkpi/observation.hpp>
#include <grantkpi/quantity.hpp>
#include <grantkpi/unit.hpp>

#include "support/random.hpp"
#include "support/values.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <functional>
#include <unordered_map>
#include <unordered_set>

using grantkpi::Count;
using grantkpi::Decimal;
using grantkpi::FiscalYear;
using grantkpi::Fraction;
using grantkpi::Money;
using grantkpi::Observation;
using grantkpi::Percent;
using grantkpi::Unit;
using grantkpi::testing::d;

namespace {
template <class T>
std::size_t hash_of(const T& value) {
    return std::hash<T>{}(value);
}
} // namespace

TEST_SUITE("hash") {

    TEST_CASE("equal Decimals hash alike whatever their scale") {
        CHECK(hash_of(d("5.0")) == hash_of(d("5")));
        CHECK(hash_of(d("31.20")) == hash_of(d("31.2"))); // smart-city KPI ③ baseline
        CHECK(hash_of(d("47002.0")) == hash_of(Decimal{47002}));
        CHECK(hash_of(d("0.000")) == hash_of(Decimal{}));
        CHECK(hash_of(d("-3,760")) == hash_of(d("-3760.00")));
        static_assert(std::hash<Decimal>{}(Decimal{50, 1}) == std::hash<Decimal>{}(Decimal{5}));

        // Seeded random values at several magnitudes and scales, each rescaled to every larger
        // scale its digits allow: all equal, all hash alike; a different value hashes apart.
        grantkpi::testing::Random random(20260412);
        std::unordered_set<std::size_t> hashes;
        std::unordered_set<Decimal> values;
        int checked = 0;
        for (const int digits : {1, 4, 9, 15, 18}) {
            for (int i = 0; i < 400; ++i) {
                const std::int64_t magnitude = Decimal::power_of_ten(digits) - 1;
                const std::int64_t coefficient = random.between(-magnitude, magnitude);
                const int scale = random.between(0, Decimal::max_scale - digits + 1);
                const Decimal value{coefficient, scale};
                CAPTURE(value);
                values.insert(value);
                hashes.insert(hash_of(value));
                for (int wider = scale + 1; wider <= Decimal::max_scale; ++wider) {
                    const auto rescaled = value.rescaled(wider);
                    if (!rescaled) {
                        break; // more than 18 digits
                    }
                    REQUIRE(*rescaled == value);
                    REQUIRE_FALSE(same_representation(*rescaled, value));
                    CHECK(hash_of(*rescaled) == hash_of(value));
                    CHECK(values.count(*rescaled) == 1); // one key of the set
                    ++checked;
                }
                // The next value at the finest scale, when it has 18 digits or fewer.
                if (const auto next = value.checked_add(Decimal{1, Decimal::max_scale})) {
                    CHECK(hash_of(*next) != hash_of(value));
                }
            }
        }
        CHECK(checked > 1000);
        // Distinct values get distinct hashes (the 1-digit draws repeat values: fewer than 2,000).
        CHECK(hashes.size() == values.size());
        CHECK(values.size() > 1500);
    }

    TEST_CASE("an unordered_map keyed by FiscalYear") {
        // The seed's rounds by adoption year: R1 .. R4.
        std::unordered_map<FiscalYear, int> projects_by_round{
            {FiscalYear{2019}, 3}, {FiscalYear{2020}, 1}, {FiscalYear{2021}, 1}};
        projects_by_round[FiscalYear{2022}] += 1;
        projects_by_round[FiscalYear::parse("令和元年度").value()] += 0;
        CHECK(projects_by_round.size() == 4);
        CHECK(projects_by_round.at(FiscalYear::parse("H31").value()) == 3); // H31 = R1
        CHECK(hash_of(FiscalYear{2021}) != hash_of(FiscalYear{2022}));
    }

    TEST_CASE("Fraction, quantities, Unit and Observation") {
        CHECK(hash_of(Fraction{2, 4}) == hash_of(Fraction{1, 2}));
        CHECK(hash_of(Fraction{1, -2}) == hash_of(Fraction{-1, 2}));
        CHECK(hash_of(Fraction{1, 2}) != hash_of(Fraction{2, 1}));
        std::unordered_set<Fraction> shares{Fraction{1, 2}, Fraction{2, 4}, Fraction{3, 4}};
        CHECK(shares.size() == 2);

        // 47,002.0 (a sum of halves) and 47,002 thousand yen are one amount.
        CHECK(hash_of(Money{d("47002.0")}) == hash_of(Money{47002}));
        std::unordered_map<Money, int> budgets{{Money{27125}, 1}, {Money{d("27125.00")}, 2}};
        CHECK(budgets.size() == 1);
        CHECK(hash_of(Count{d("16.0")}) == hash_of(Count{16}));
        CHECK(hash_of(Percent{d("31.20")}) == hash_of(Percent{d("31.2")}));

        std::unordered_set<Unit> units{Unit::from_label("件"), Unit::from_label("件"),
                                       Unit::from_label("千円"),
                                       Unit{"件", grantkpi::UnitKind::other}};
        CHECK(units.size() == 3); // the kind is part of the value, as == says

        CHECK(hash_of(Observation::expected(d("16.0"))) == hash_of(Observation::expected(d("16"))));
        CHECK(hash_of(Observation::expected(Decimal{16})) !=
              hash_of(Observation::confirmed(Decimal{16})));
        std::unordered_set<Observation> cells{Observation{}, Observation::not_set(),
                                              Observation::confirmed(Decimal{1216}),
                                              Observation::confirmed(d("1216.0"))};
        CHECK(cells.size() == 2);
    }

} // TEST_SUITE
