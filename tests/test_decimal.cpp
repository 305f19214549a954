// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/decimal.hpp>

#include "support/operators.hpp"
#include "support/printers.hpp"
#include "support/values.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>

using grantkpi::Decimal;
using grantkpi::Rounding;

using grantkpi::testing::d;

TEST_SUITE("decimal") {

    TEST_CASE("parses the numbers the seed report writes") {
        struct Row {
            const char* text;
            std::int64_t coefficient;
            int scale;
            const char* printed;
        };
        const Row rows[] = {
            {"120", 120, 0, "120"},        // KPI ① plan baseline of the first project
            {"1,216", 1216, 0, "1216"},    // KPI ② actual R3 of the first project
            {"-3,760", -3760, 0, "-3760"}, // KPI ③ actual R2 of the foreign-residents project
            {"43,000", 43000, 0, "43000"}, // KPI ④ plan R1, 千円
            {"31.20", 3120, 2, "31.20"},   // smart-city KPI ③ baseline: the zero is kept
            {"33.00", 3300, 2, "33.00"},   // smart-city KPI ③ plan R6
            {"5.0", 50, 1, "5.0"},         {"0", 0, 0, "0"}, {"0.05", 5, 2, "0.05"},
        };
        for (const auto& row : rows) {
            CAPTURE(row.text);
            const Decimal value = d(row.text);
            CHECK(value.coefficient() == row.coefficient);
            CHECK(value.scale() == row.scale);
            CHECK(value.to_string() == row.printed);
        }
    }

    TEST_CASE("reads the notations of Japanese office documents") {
        CHECK(same_representation(d("△"
                                    "8.1"),
                                  d("-8.1"))); // △8.1
        CHECK(same_representation(d("▲"
                                    "12.4"),
                                  d("-12.4"))); // ▲12.4
        CHECK(same_representation(d("１２０"), d("120")));
        CHECK(same_representation(d("−"
                                    "5"),
                                  d("-5"))); // −5 (U+2212)
        CHECK(same_representation(d("－"
                                    "5"),
                                  d("-5"))); // －5 (U+FF0D)
        CHECK(same_representation(d("1，"
                                    "216"),
                                  d("1216"))); // full-width comma
        CHECK(same_representation(d("3．"
                                    "5"),
                                  d("3.5"))); // full-width point
        CHECK(same_representation(d("  42\t"), d("42")));
        CHECK(same_representation(d("+7"), d("7")));
    }

    TEST_CASE("refuses what is not a number, with a message quoting it") {
        const char* bad[] = {"",   "abc",   "1,2", "12,34", "1,2345",    ",123",    "1.",
                             ".5", "1.2.3", "--1", "1e3",   "—" /* — */, "16(見込)"};
        for (const char* text : bad) {
            CAPTURE(text);
            const auto result = Decimal::parse(text);
            REQUIRE_FALSE(result);
            CHECK(result.error().message.find(std::string("\"") + text) != std::string::npos);
        }
        CHECK(Decimal::parse("12,34").error().message ==
              "expected a number such as 1,216, -3,760, △"
              "8.1 or 31.20, got \"12,34\" "
              "(thousands separators must group three digits)");
    }

    TEST_CASE("more than 18 digits is an error, never a wrap-around") {
        CHECK(Decimal::parse("999999999999999999")); // 18 digits: the limit
        const auto too_long = Decimal::parse("99999999999999999999");
        REQUIRE_FALSE(too_long);
        CHECK(too_long.error().message.find("more than 18 significant digits") !=
              std::string::npos);
        CHECK_FALSE(Decimal::parse("0.1234567890123456789")); // 19 fraction digits
        CHECK(Decimal::parse("0000000000000000000001"));      // leading zeros are not significant

        const Decimal max{Decimal::max_coefficient, 0};
        CHECK_FALSE(max.checked_add(Decimal{1}));
        CHECK_THROWS_AS(max + Decimal{1}, grantkpi::error_exception);
        CHECK_FALSE((-max).checked_subtract(Decimal{1}));
        CHECK_FALSE(max.checked_multiply(Decimal{10}));
        CHECK_FALSE(Decimal(1, 10).checked_multiply(Decimal(1, 10))); // scale 20 > 18
        CHECK_THROWS_AS(Decimal(Decimal::max_coefficient + 1, 0), grantkpi::error_exception);
        CHECK_THROWS_AS(Decimal(1, 19), grantkpi::error_exception);
    }

    TEST_CASE("equality and ordering are by value across scales") {
        CHECK(d("5.0") == d("5"));
        CHECK(d("31.20") == d("31.2"));
        CHECK_FALSE(same_representation(d("31.20"), d("31.2")));
        CHECK(d("-3760") < d("157"));
        CHECK(d("0.999") < d("1"));
        CHECK(d("2324") > d("2323.99"));
        // Comparing across scales where scaling one side would overflow int64.
        const Decimal huge{Decimal::max_coefficient, 0};
        const Decimal tiny{1, 18};
        CHECK(huge > tiny);
        CHECK(-huge < tiny);
        CHECK(tiny < huge);
        CHECK(tiny > -huge);
    }

    TEST_CASE("exact arithmetic keeps the larger scale") {
        CHECK((d("31.20") + d("0.9")).to_string() == "32.10"); // smart-city KPI ③ R4 plan
        CHECK((d("212") - d("170")).to_string() == "42");
        CHECK((d("0.1") + d("0.2")).to_string() == "0.3"); // no binary fraction error
        CHECK((d("1.5") * d("-2.25")).to_string() == "-3.375");
        CHECK((-d("3760")).to_string() == "-3760");
        Decimal sum;
        for (const char* v : {"66", "171", "257"}) { // cumulative KPI of the いしかり project
            sum += d(v);
        }
        CHECK(sum == Decimal{494});
    }

    TEST_CASE("division is exact or reported") {
        CHECK(Decimal{27125}.checked_divide(2)->to_string() == "13562.5"); // first project, 1/2
        CHECK(Decimal{1}.checked_divide(8)->to_string() == "0.125");
        CHECK_FALSE(Decimal{1}.checked_divide(3));
        CHECK_FALSE(Decimal{1}.checked_divide(0));
        CHECK(Decimal{1}.divide_rounded(3, 4, Rounding::half_away_from_zero)->to_string() ==
              "0.3333");
        CHECK(Decimal{2}.divide_rounded(3, 4, Rounding::half_away_from_zero)->to_string() ==
              "0.6667");
        CHECK(Decimal{-2}.divide_rounded(3, 4, Rounding::half_away_from_zero)->to_string() ==
              "-0.6667");
        CHECK(Decimal{2}.divide_rounded(3, 4, Rounding::toward_zero)->to_string() == "0.6666");
        // 136 / 150 = 0.906666..., the published 達成率 rounds to 0.9067.
        CHECK(Decimal{136}.divide_rounded(150, 4, Rounding::half_away_from_zero)->to_string() ==
              "0.9067");
        // Half way: 0.5 rounds away from zero, both signs; no double rounding from 0.449 to 0.5.
        CHECK(d("0.5").rounded(0, Rounding::half_away_from_zero)->to_string() == "1");
        CHECK(d("-0.5").rounded(0, Rounding::half_away_from_zero)->to_string() == "-1");
        CHECK(d("0.449").divide_rounded(1, 1, Rounding::half_away_from_zero)->to_string() == "0.4");
        CHECK(d("2.5").rescaled(3)->to_string() == "2.500");
        CHECK_FALSE(d("2.55").rescaled(1));
    }

    TEST_CASE("formatting") {
        CHECK(d("-3760").to_grouped_string() == "-3,760");
        CHECK(d("1216.5").to_grouped_string() == "1,216.5");
        CHECK(d("999").to_grouped_string() == "999");
        CHECK(d("-0.05").to_string() == "-0.05");
        CHECK(d("31.20").to_double() == doctest::Approx(31.2));
    }

    TEST_CASE("to_double is the nearest double, as the compiler reads the same digits") {
        CHECK(d("31.20").to_double() == 31.2);
        CHECK(d("0.1").to_double() == 0.1);
        CHECK(d("-3760").to_double() == -3760.0);
        CHECK(Decimal{999'999'999'999'999'999, 18}.to_double() == 0.999999999999999999);
        CHECK(Decimal{123'456'789'012'345'678, 3}.to_double() == 123456789012345.678);
        CHECK(Decimal{-1, 18}.to_double() == -1e-18);
    }

    TEST_CASE("JSON number text is read exactly") {
        CHECK(same_representation(Decimal::parse_json_number("31.20").value(), d("31.20")));
        CHECK(same_representation(Decimal::parse_json_number("-3760").value(), d("-3760")));
        CHECK(Decimal::parse_json_number("1e308").error().message ==
              "the number \"1e308\" has an exponent; write its digits (e.g. 31.20, -3760)");
        CHECK_FALSE(Decimal::parse_json_number("99999999999999999999"));
    }

    TEST_CASE("a Decimal is built from an integer only explicitly") {
        static_assert(!std::is_convertible_v<int, Decimal>);
        static_assert(!std::is_convertible_v<double, Decimal>);
        // Not even explicitly from a floating-point number, which would be cut to an integer
        // (Decimal(31.2) was 31).
        static_assert(!std::is_constructible_v<Decimal, double>);
        static_assert(!std::is_constructible_v<Decimal, float>);
        static_assert(!std::is_constructible_v<Decimal, long double>);
        static_assert(!std::is_constructible_v<Decimal, double, int>);
        static_assert(std::is_constructible_v<Decimal, long long, int>);
        static_assert(!std::is_convertible_v<Decimal, double>);
        static_assert(std::is_trivially_copyable_v<Decimal>);
        CHECK(Decimal{7}.to_string() == "7");
    }

} // TEST_SUITE

using grantkpi::testing::addable;
using grantkpi::testing::comparable;
using grantkpi::testing::multipliable;

// Plain integers mix exactly; floating point, bool and characters do not.
static_assert(addable<Decimal, int> && addable<long long, Decimal>);
static_assert(addable<Decimal, unsigned long long>);
static_assert(multipliable<Decimal, int> && multipliable<short, Decimal>);
static_assert(comparable<Decimal, int> && comparable<int, Decimal>);
static_assert(!addable<Decimal, double>, "31.2 has no exact binary value");
static_assert(!multipliable<Decimal, float>);
static_assert(!comparable<Decimal, double>);
static_assert(!addable<Decimal, bool>);
static_assert(!addable<Decimal, char>);
// The hole of issue 12: Decimal d(312, 1.5) compiled (scale 1) with -Wall -Wextra.
static_assert(!std::is_constructible_v<Decimal, int, double>);
static_assert(!std::is_constructible_v<Decimal, long long, float>);
static_assert(!std::is_constructible_v<Decimal, double, double>);
static_assert(!std::is_constructible_v<Decimal, float, int>);
static_assert(std::is_constructible_v<Decimal, unsigned long long>);
static_assert(!std::is_convertible_v<unsigned, Decimal>);
// Comparison with integers is constexpr and exact at every size.
static_assert(Decimal{50, 1} == 5 && 5 == Decimal{50, 1});
static_assert(Decimal{31, 1} > 3 && Decimal{31, 1} < 4 && Decimal{-1, 18} < 0);
static_assert(Decimal{Decimal::max_coefficient, 0} < 1'000'000'000'000'000'000LL);
static_assert(Decimal{-Decimal::max_coefficient, 0} > -1'000'000'000'000'000'000LL);
static_assert(Decimal{} < 18'446'744'073'709'551'615ULL);
static_assert(Decimal{} > std::numeric_limits<std::int64_t>::min());

TEST_SUITE("decimal") {

    TEST_CASE("arithmetic with plain integers is exact") {
        // KPI ③ of the foreign-residents project: actual R2 -3,760; the baseline plan 157.
        CHECK(same_representation(d("31.20") + 1, d("32.20")));
        CHECK(same_representation(1 + d("31.20"), d("32.20")));
        CHECK(same_representation(d("-3760") - 274, d("-4034")));
        CHECK(same_representation(5586 - d("3760"), d("1826")));
        CHECK(same_representation(d("13562.5") * 2, d("27125.0"))); // the national share x 2
        CHECK(same_representation(2 * d("0.05"), d("0.10")));
        CHECK(d("5.0") == 5);
        CHECK(5 == d("5.00"));
        CHECK(d("5.0") != 6);
        CHECK(d("-0.5") < 0);
        CHECK(d("1,216") >= 1216U);
        Decimal total = d("2.5");
        total += 3;
        total -= 1;
        CHECK(same_representation(total, d("4.5")));
        CHECK(same_representation(Decimal{std::uint64_t{12}}, Decimal{12}));
    }

    TEST_CASE("an integer or a result beyond 18 digits throws error_exception") {
        const Decimal max{Decimal::max_coefficient, 0};
        CHECK_THROWS_AS(max + 1, grantkpi::error_exception);
        CHECK_THROWS_AS(max * 10, grantkpi::error_exception);
        CHECK_THROWS_WITH_AS(Decimal{} + std::numeric_limits<std::uint64_t>::max(),
                             "grantkpi::Decimal: an integer of more than 18 digits",
                             grantkpi::error_exception);
        CHECK_THROWS_WITH_AS(Decimal(1'000'000'000'000'000'000LL, 0),
                             "grantkpi::Decimal: coefficient 1000000000000000000 has more than "
                             "18 digits",
                             grantkpi::error_exception);
        CHECK_THROWS_WITH_AS(Decimal(312, 19), "grantkpi::Decimal: scale 19 is outside 0..18",
                             grantkpi::error_exception);
        CHECK_THROWS_WITH_AS(Decimal(312, -1), "grantkpi::Decimal: scale -1 is outside 0..18",
                             grantkpi::error_exception);
        // The exception carries the Error, like every throwing convenience.
        try {
            (void)(max + max);
            FAIL("no exception");
        } catch (const grantkpi::error_exception& e) {
            CHECK(e.error().message ==
                  "999999999999999999 + 999999999999999999: the result needs more than 18 digits");
        }
    }

} // TEST_SUITE
