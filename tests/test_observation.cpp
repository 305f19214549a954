// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/observation.hpp>

#include "support/printers.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <type_traits>

using grantkpi::Decimal;
using grantkpi::Observation;
using grantkpi::ObservationStatus;

// A cell is made through its named constructors only: a bare number is not a confirmed cell.
static_assert(!std::is_constructible_v<Observation, Decimal>);
static_assert(!std::is_convertible_v<Decimal, Observation>);

TEST_SUITE("observation") {

    TEST_CASE("an expected value is never read as a confirmed one") {
        // 16(見込): KPI ① of the digital-innovation project, R4 actual.
        const auto expected = Observation::expected(Decimal{16});
        CHECK(expected.status() == ObservationStatus::expected);
        CHECK(expected.has_value());
        CHECK(expected.value() == Decimal{16});
        CHECK_FALSE(expected.confirmed_value());
        CHECK_FALSE(expected == Observation::confirmed(Decimal{16}));
    }

    TEST_CASE("a not-set cell has no value") {
        constexpr Observation dash; // —
        static_assert(dash.status() == ObservationStatus::not_set);
        static_assert(!dash.has_value() && !dash.value());
        CHECK(dash == Observation::not_set());
    }

    TEST_CASE("confirmed cells compare by value") {
        const auto a = Observation::confirmed(Decimal::parse("5.0").value());
        const auto b = Observation::confirmed(Decimal{5});
        CHECK(a == b);
        CHECK(a.confirmed_value() == Decimal{5});
        CHECK_FALSE(a == Observation::confirmed(Decimal{6}));
    }

} // TEST_SUITE

#if defined(__GNUC__) || defined(__clang__)
// A table cell is 16 bytes (the status sits in the Decimal's padding): memory of a loaded
// corpus is mostly cells (bench/README.md).
static_assert(sizeof(Observation) == 16);
static_assert(sizeof(grantkpi::Decimal) == 16);
#endif

TEST_CASE("to_string and operator<< print a cell as the reports write it") {
    using grantkpi::Decimal;
    using grantkpi::Observation;
    // The seed's KPI ① of the digital-innovation project, R4: 16(見込); 1,216 and 31.20 keep
    // their grouping and written digits.
    CHECK(to_string(Observation::expected(Decimal{16})) == "16(見込)");
    CHECK(to_string(Observation::confirmed(Decimal{1216})) == "1,216");
    CHECK(to_string(Observation::confirmed(Decimal::parse("31.20").value())) == "31.20");
    CHECK(to_string(Observation::confirmed(Decimal{-274})) == "-274");
    CHECK(to_string(Observation{}) == "—");
    std::ostringstream out;
    out << Observation::expected(Decimal{1216}) << '|' << Observation{};
    CHECK(out.str() == "1,216(見込)|—");
}
