// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// The literals are consteval: every one below is checked by the compiler, and an invalid
// one does not compile (tests/compile_fail/literal_*.cpp).
#include <grantkpi/literals.hpp>

#include "support/printers.hpp"
#include "support/values.hpp"

#include <doctest/doctest.h>

using grantkpi::Decimal;
using grantkpi::FiscalYear;
using grantkpi::Money;
using grantkpi::testing::d;

TEST_SUITE("literals") {

    TEST_CASE("\"31.20\"_dec keeps the digits as written") {
        using namespace grantkpi::literals;
        // The smart-city KPI ③ baseline 31.20 (%), and -3,760 (foreign residents, R2).
        static_assert(same_representation("31.20"_dec, Decimal{3120, 2}));
        static_assert(same_representation("-3,760"_dec, Decimal{-3760}));
        static_assert(same_representation("+5"_dec, Decimal{5}));
        static_assert(same_representation("0.05"_dec, Decimal{5, 2}));
        static_assert(same_representation("1,216.5"_dec, Decimal{12165, 1}));
        static_assert(
            same_representation("999999999999999999"_dec, Decimal{Decimal::max_coefficient, 0}));
        static_assert(same_representation("0.000000000000000001"_dec, Decimal{1, 18}));
        CHECK(same_representation("31.20"_dec, d("31.20")));
        CHECK(same_representation("-3,760"_dec, d("-3,760")));
    }

    TEST_CASE("numeric _dec and _kyen literals") {
        using namespace grantkpi::literals;
        static_assert(same_representation(31.20_dec, Decimal{3120, 2}));
        static_assert(same_representation(1'216_dec, Decimal{1216}));
        static_assert(same_representation(-274_dec, Decimal{-274}));
        static_assert(same_representation(0_dec, Decimal{}));
        static_assert(same_representation(0.5_dec, Decimal{5, 1}));
        // (27,125千円), the first project's budget; its national share 13,562.5千円.
        static_assert(27125_kyen == Money{27125});
        static_assert(same_representation((13562.5_kyen).amount(), Decimal{135625, 1}));
        CHECK(to_string(27125_kyen) == "27,125千円");
        CHECK(27125_kyen * grantkpi::Fraction{1, 2} == 13562.5_kyen);
    }

    TEST_CASE("2022_fy is R4") {
        using namespace grantkpi::literals;
        static_assert(2022_fy == FiscalYear{2022});
        static_assert(2019_fy + 5 == 2024_fy); // ※ R6年度まで6年間実施予定: R1 .. R6
        static_assert((1000_fy).ok() && (9999_fy).ok()); // parentheses: 1000_fy.ok is one token
        CHECK(to_string(2022_fy) == "R4");
        CHECK(FiscalYear::parse("令和4年度").value() == 2022_fy);
    }

    TEST_CASE("the literals are reachable through namespace grantkpi too") {
        using namespace grantkpi; // inline namespace literals
        static_assert(2022_fy == FiscalYear{2022});
        static_assert("31.20"_dec == Decimal{312, 1});
    }

} // TEST_SUITE
