// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/text_width.hpp>

#include "support/printers.hpp"

#include <doctest/doctest.h>

using grantkpi::display_width;

TEST_SUITE("text_width") {

    TEST_CASE("kanji and kana take two columns, ASCII one") {
        CHECK(display_width("R4") == 2);
        CHECK(display_width("件") == 2);
        CHECK(display_width("UIJ ターン") == 10);
        CHECK(display_width("１２") == 4);    // １２ full-width
        CHECK(display_width("ｱ") == 1);       // ｱ half-width kana
        CHECK(display_width("—") == 1);       // — (ambiguous: narrow)
        CHECK(display_width("e\u0301") == 1); // combining accent
        CHECK(display_width("\xFF") == 1);    // invalid byte
    }

    TEST_CASE("padding and truncation respect the columns") {
        CHECK(grantkpi::pad_to_width("件", 4) == "件  ");
        CHECK(grantkpi::pad_to_width("abcdef", 3) == "abcdef");
        // 地域観光 is 8 columns; cut to 5: two kanji (4) + … (1).
        CHECK(grantkpi::truncate_to_width("地域観光", 5) == "地域…");
        CHECK(grantkpi::truncate_to_width("abc", 3) == "abc");
    }

} // TEST_SUITE
