// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/text_width.hpp>

#include "support/printers.hpp"

#include <doctest/doctest.h>

using grantkpi::display_width;

TEST_SUITE("text_width") {

    TEST_CASE("kanji and kana take two columns, ASCII one") {
        CHECK(display_width("R4") == 2);
        CHECK(display_width("\xE4\xBB\xB6") == 2);                              // 件
        CHECK(display_width("UIJ \xE3\x82\xBF\xE3\x83\xBC\xE3\x83\xB3") == 10); // UIJ ターン
        CHECK(display_width("\xEF\xBC\x91\xEF\xBC\x92") == 4);                  // １２ full-width
        CHECK(display_width("\xEF\xBD\xB1") == 1); // ｱ half-width kana
        CHECK(display_width("\xE2\x80\x94") == 1); // — (ambiguous: narrow)
        CHECK(display_width("e\xCC\x81") == 1);    // combining accent
        CHECK(display_width("\xFF") == 1);         // invalid byte
    }

    TEST_CASE("padding and truncation respect the columns") {
        CHECK(grantkpi::pad_to_width("\xE4\xBB\xB6", 4) == "\xE4\xBB\xB6  ");
        CHECK(grantkpi::pad_to_width("abcdef", 3) == "abcdef");
        // 地域観光 is 8 columns; cut to 5: two kanji (4) + … (1).
        CHECK(grantkpi::truncate_to_width("\xE5\x9C\xB0\xE5\x9F\x9F\xE8\xA6\xB3\xE5\x85\x89", 5) ==
              "\xE5\x9C\xB0\xE5\x9F\x9F\xE2\x80\xA6");
        CHECK(grantkpi::truncate_to_width("abc", 3) == "abc");
    }

} // TEST_SUITE
