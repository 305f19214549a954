// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The shared vocabulary of the internals, one definition each: the code-point counter of
// every column (unicode/unicode.hpp), the KPI label of every message and page
// (detail/kpi_label.hpp) and the type traits of the reflective code (detail/type_traits.hpp).
#include "detail/kpi_label.hpp"
#include "detail/type_traits.hpp"
#include "unicode/unicode.hpp"

#include <grantkpi/report.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

using grantkpi::detail::count_code_points;
using grantkpi::detail::kpi_label;
using grantkpi::detail::kpi_number_label;

TEST_SUITE("vocabulary") {

    TEST_CASE("count_code_points counts what a column counts") {
        CHECK(count_code_points("") == 0);
        CHECK(count_code_points("KPI") == 3);
        // The title of KPI① of the seed report (examples/data/sapporo_fy2022.txt, line 15):
        // 19 characters of three bytes each.
        constexpr std::string_view title = "窓口を利用したさっぽろ圏の就職内定件数";
        static_assert(title.size() == 57);
        CHECK(count_code_points(title) == 19);
        CHECK(count_code_points("KPI①\t") == 5);
        // An invalid lead byte counts as one, a stray continuation byte as none (0x80 after
        // "a"), as decode_utf8 steps over them.
        CHECK(count_code_points("\xFF"
                                "a\x80") == 2);
        static_assert(count_code_points("①②") == 2); // usable in constant expressions
    }

    TEST_CASE("a KPI is KPI① .. KPI⑳, KPI21 beyond") {
        CHECK(kpi_number_label(1) == "①");
        CHECK(kpi_number_label(2) == "②");
        CHECK(kpi_number_label(20) == "⑳"); // U+2473, the last circled number
        CHECK(kpi_number_label(21) == "21");
        CHECK(kpi_number_label(0) == "0");
        CHECK(kpi_number_label(-1) == "-1");
        CHECK(kpi_label(1) == "KPI①"); // the seed report's first KPI, line 15
        CHECK(kpi_label(3) == "KPI③"); // its line 17
        CHECK(kpi_label(21) == "KPI21");
        CHECK(kpi_label(9999) == "KPI9999");
        // Every one of the twenty, against the characters as written.
        constexpr std::string_view circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
        for (int n = 1; n <= 20; ++n) {
            CAPTURE(n);
            CHECK(kpi_number_label(n) == circled.substr(3 * static_cast<std::size_t>(n - 1), 3));
        }
    }

    TEST_CASE("is_optional and is_vector tell the members the JSON may leave out") {
        using grantkpi::detail::is_optional_v;
        using grantkpi::detail::is_vector_v;
        static_assert(is_optional_v<std::optional<int>>);
        static_assert(!is_optional_v<int>);
        static_assert(!is_optional_v<std::vector<int>>);
        static_assert(is_vector_v<std::vector<std::string>>);
        static_assert(!is_vector_v<std::optional<std::vector<int>>>);
        // The report's members: an optional municipality, an array of notes (include/grantkpi).
        CHECK(is_optional_v<decltype(grantkpi::Report::municipality)>);
        CHECK(is_vector_v<decltype(grantkpi::Report::notes)>);
        CHECK_FALSE(is_optional_v<decltype(grantkpi::Report::rounds)>);
    }

} // TEST_SUITE
