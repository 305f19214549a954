// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The block scans of src/unicode/unicode.cpp (find_invalid_utf8 and find_foldable test 64 bytes at
// a time) against a walk code point by code point, on seeded random bytes. This file is built
// twice, with src/unicode/unicode.cpp compiled with its SSE2 code and with its portable loops
// (GRANTKPI_UNICODE_SSE2=0), so that both are tested on any machine that has SSE2.

#include "support/random.hpp"
#include "unicode/unicode.hpp"

#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>

using grantkpi::detail::decode_utf8;
using grantkpi::detail::find_foldable;
using grantkpi::detail::find_invalid_utf8;
using grantkpi::detail::invalid_code_point;

namespace {

constexpr std::size_t npos = std::string_view::npos;

// The reference: decode from `from` on, one code point at a time.
std::size_t first_invalid(std::string_view text, std::size_t from) {
    for (std::size_t pos = from, length = 0; pos < text.size(); pos += length) {
        if (decode_utf8(text, pos, length) == invalid_code_point) {
            return pos;
        }
    }
    return npos;
}

std::size_t first_foldable(std::string_view text, std::size_t from) {
    for (std::size_t pos = from, length = 0; pos < text.size(); pos += length) {
        const char32_t cp = decode_utf8(text, pos, length);
        if (cp != invalid_code_point && grantkpi::detail::fold_width(cp) != cp) {
            return pos;
        }
        if (cp == invalid_code_point) {
            length = 1; // as the reader goes on after an invalid byte
        }
    }
    return npos;
}

// Uniform in [0, n).
std::size_t below(grantkpi::testing::Random& random, std::size_t n) {
    return static_cast<std::size_t>(random.between(0, static_cast<std::int64_t>(n) - 1));
}

// Text as the reports have it (ASCII, kana and kanji, full-width forms, the ideographic
// space) with, now and then, a byte that breaks it, at every offset of a 64-byte block.
std::string random_text(grantkpi::testing::Random& random, bool with_errors) {
    static constexpr std::string_view pieces[] = {"a",  "\t", "12,345", "人", "\u3000", "１",
                                                  "～", "｟", "○",      "é",  "😀",      "あ"};
    static constexpr std::string_view errors[] = {"\x80",         "\xC0\x80",         "\xE3\x80",
                                                  "\xED\xA0\x80", "\xF5\x80\x80\x80", "\xFF",
                                                  "\xE0\x80\x80", "\xF0\x80\x80\x80", "\xC2"};
    std::string text;
    const std::size_t pieces_wanted = below(random, 90);
    for (std::size_t i = 0; i < pieces_wanted; ++i) {
        if (with_errors && below(random, 40) == 0) {
            text += errors[below(random, std::size(errors))];
        } else {
            text += pieces[below(random, std::size(pieces))];
        }
    }
    return text;
}

} // namespace

TEST_CASE("find_invalid_utf8 and find_foldable agree with a walk code point by code point") {
    grantkpi::testing::Random random(20261128);
    std::size_t invalid_found = 0;
    std::size_t foldable_found = 0;
    for (int i = 0; i < 20000; ++i) {
        const std::string text = random_text(random, i % 2 == 0);
        const std::size_t from = text.empty() ? 0 : below(random, text.size() + 1);
        CAPTURE(text);
        CAPTURE(from);
        const std::size_t invalid = first_invalid(text, from);
        CHECK(find_invalid_utf8(text, from) == invalid);
        invalid_found += invalid != npos;
        const std::size_t foldable = first_foldable(text, from);
        CHECK(find_foldable(text, from) == foldable);
        foldable_found += foldable != npos;
    }
    // Both answers occur often enough for the comparison to mean something.
    CHECK(invalid_found > 2000);
    CHECK(foldable_found > 2000);
}
