// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/fiscal_year.hpp>

#include "support/operators.hpp"
#include "support/printers.hpp"

#include <doctest/doctest.h>

#include <type_traits>

using grantkpi::FiscalYear;
using grantkpi::FiscalYearStyle;
using namespace std::chrono;

using grantkpi::testing::addable;

TEST_SUITE("fiscal_year") {

    TEST_CASE("parses every era notation of the reports") {
        struct Row {
            const char* text;
            int gregorian;
        };
        const Row rows[] = {
            {"R1", 2019}, // seed header columns R1..R6
            {"R4", 2022},
            {"R6", 2024},
            {"R元", 2019},
            {"R4年度", 2022},
            {"令和元年度", 2019},
            {"令和"
             "4年度",
             2022}, // 令和4年度
            {"H30", 2018},
            {"H31", 2019}, // the same fiscal year as R1
            {"平成"
             "30年度",
             2018}, // 平成30年度
            {"H元", 1989},
            {"Ｒ４", 2022}, // Ｒ４ (full-width)
            {"R１０", 2028},
            {"FY2022", 2022},
            {"2022年度", 2022},
            {" R3 ", 2021},
        };
        for (const auto& row : rows) {
            CAPTURE(row.text);
            const auto fy = FiscalYear::parse(row.text);
            REQUIRE(fy);
            CHECK(fy->gregorian() == row.gregorian);
        }
    }

    TEST_CASE("invalid notations are errors with a message") {
        const char* bad[] = {"R0",
                             "X3",
                             "令和" /* 令和 */,
                             "FY0",
                             "0",
                             "4", // a header cell the fuzzer found: it gave year 4
                             "FY22",
                             "0999",
                             "20220",
                             "",
                             "R99999",
                             "R-1",
                             "R1.5",
                             "H0",
                             ("昭和"
                              "60")};
        for (const char* text : bad) {
            CAPTURE(text);
            const auto fy = FiscalYear::parse(text);
            REQUIRE_FALSE(fy);
            CHECK(fy.error().message.rfind("expected a fiscal year such as", 0) == 0);
        }
        CHECK(FiscalYear::parse("R0").error().message ==
              "expected a fiscal year such as \"R4\", \"令和"
              "4年度\", \"H30\" or \"FY2022\", got \"R0\" (era years start at 1 "
              "(元))");
        // Headers drafted before the era change count Heisei on: H32 = R2 = FY2020.
        CHECK_EQ(FiscalYear::parse("H32").value(), FiscalYear{2020});
        CHECK_EQ(FiscalYear::parse("H33").value(), FiscalYear{2021});
        CHECK_EQ(FiscalYear::parse("H40").value(), FiscalYear{2028}); // the last one read
        CHECK_FALSE(FiscalYear::parse("H41"));
        // Fuzzer finding (fuzz/regressions/fiscal_year/heisei-year-past-fy9999): 1988 + 9871 is no
        // year.
        CHECK_FALSE(FiscalYear::parse("平成9871"));
        CHECK(grantkpi::heisei_past_its_end("H32"));
        CHECK(grantkpi::heisei_past_its_end("平成"
                                            "33")); // 平成33
        CHECK_FALSE(grantkpi::heisei_past_its_end("H31"));
        CHECK_FALSE(grantkpi::heisei_past_its_end("R2"));
        CHECK(FiscalYear::parse("4").error().message.find(
                  "(a Gregorian year has four digits, 1000..9999)") != std::string::npos);
    }

    TEST_CASE("formats as R4, 令和4年度 and FY2022") {
        CHECK(to_string(FiscalYear{2022}) == "R4");
        CHECK(to_string(FiscalYear{2022}, FiscalYearStyle::era_long) == "令和"
                                                                        "4年度");
        CHECK(to_string(FiscalYear{2019}) == "R1"); // R1 is canonical for FY2019, not H31
        CHECK(to_string(FiscalYear{2019}, FiscalYearStyle::era_long) == "令和元年度");
        CHECK(to_string(FiscalYear{2018}) == "H30");
        CHECK(to_string(FiscalYear{2022}, FiscalYearStyle::gregorian) == "FY2022");
        CHECK(to_string(FiscalYear{1988}) == "FY1988"); // before Heisei: no era
        for (int year = 1989; year <= 2100; ++year) {   // every era spelling parses back
            CAPTURE(year);
            for (auto style : {FiscalYearStyle::era_short, FiscalYearStyle::era_long,
                               FiscalYearStyle::gregorian}) {
                CHECK(FiscalYear::parse(to_string(FiscalYear{year}, style)).value() ==
                      FiscalYear{year});
            }
        }
    }

    TEST_CASE("a fiscal year runs from April 1 to March 31") {
        constexpr FiscalYear r4{2022};
        static_assert(r4.first_day() == 2022y / April / 1);
        static_assert(r4.last_day() == 2023y / March / 31);
        static_assert(r4.contains(2023y / March / 31));
        static_assert(!r4.contains(2023y / April / 1));
        static_assert(FiscalYear::of(2023y / March / 31) == r4);
        static_assert(FiscalYear::of(2022y / April / 1) == r4);
        static_assert(FiscalYear::of(2022y / March / 31) == FiscalYear{2021});
        static_assert(r4.era() == grantkpi::Era::reiwa && r4.era_year() == 4);
        static_assert(FiscalYear{2019}.era() == grantkpi::Era::reiwa);
        static_assert(FiscalYear{2018}.era() == grantkpi::Era::heisei);
        static_assert(!FiscalYear{1988}.era());
    }

    TEST_CASE("years are counted, not added") {
        constexpr FiscalYear r1{2019};
        static_assert(r1 + 5 == FiscalYear{2024}); // ※ R6年度まで6年間実施予定
        static_assert(FiscalYear{2024} - r1 == 5);
        static_assert(!FiscalYear{}.ok() && FiscalYear{2019}.ok() && !FiscalYear{10000}.ok());
        // Four digits, as parse and the JSON year keys have them: FY4 would be written as a
        // key no reader takes back.
        static_assert(FiscalYear{1000}.ok() && FiscalYear{9999}.ok() && !FiscalYear{999}.ok() &&
                      !FiscalYear{4}.ok());
        // Two fiscal years do not add, and an int is not a fiscal year.
        static_assert(!addable<FiscalYear, FiscalYear>);
        static_assert(addable<FiscalYear, int>);
        // A whole number of years: FY + 1.5 and FiscalYear{2022.5} would cut the fraction.
        static_assert(!addable<FiscalYear, double>);
        static_assert(!std::is_constructible_v<FiscalYear, double>);
        static_assert(!std::is_convertible_v<int, FiscalYear>);
        static_assert(!std::is_convertible_v<FiscalYear, int>);
        CHECK(r1 < FiscalYear{2020});
    }

} // TEST_SUITE
