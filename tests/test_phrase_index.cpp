// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The phrase index of the KPI inference (src/report_text/direction_words.hpp: first code
// points in a hashed table, the second code point compared before the rest) against a scan of
// every phrase of the list, at every place of seeded random titles built from pieces of the
// phrases, brackets and other characters: the same phrases, in the same order.

#include "report_text/direction_words.hpp"

#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

using grantkpi::detail::char_key;
using grantkpi::detail::CharKey;
using grantkpi::detail::key_of;
using grantkpi::detail::PhraseIndex;

/// The phrases of `words` that `rest` starts with, in their byte order: the reference.
template <class Word>
std::vector<std::string_view> scan(std::span<const Word> words, std::string_view rest) {
    std::vector<std::string_view> found;
    for (const Word& w : words) {
        if (rest.starts_with(w.phrase)) {
            found.push_back(w.phrase);
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

template <class Word>
std::vector<std::string_view> lookup(const PhraseIndex<Word>& index, std::string_view text,
                                     std::size_t pos) {
    std::vector<std::string_view> found;
    const CharKey at = char_key(text, pos);
    if (!index.may_start(at.key)) {
        return found;
    }
    const std::size_t next = pos + at.length;
    const std::uint32_t second = next < text.size() ? char_key(text, next).key : 0;
    index.for_each_prefix(at, second, text.substr(pos),
                          [&](const Word& w) { found.push_back(w.phrase); });
    return found;
}

/// Seeded titles: pieces of phrases (whole, cut at a code point, or one code point), and
/// characters that start no phrase or start many.
std::vector<std::string> random_titles(std::size_t count) {
    std::vector<std::string_view> phrases;
    for (const auto& w : grantkpi::kpi_direction_words()) {
        phrases.push_back(w.phrase);
    }
    for (const auto& w : grantkpi::kpi_accumulation_words()) {
        phrases.push_back(w.phrase);
    }
    const std::vector<std::string_view> others = {
        "数", "の", "件数", "率", "(",  ")",  "【", "】", "〔", "〕", "[", "]",  "〖", "〗",
        "A",  "Z",  "0",    "9",  "事", "業", "市", "町", "𠮷", "é",  "—", "空", "待", "削"};
    std::mt19937_64 random(20221231);
    const auto below = [&](std::size_t n) {
        return static_cast<std::size_t>(random() % n);
    };
    std::vector<std::string> titles;
    for (std::size_t t = 0; t < count; ++t) {
        std::string title;
        for (std::size_t n = 1 + below(8); n > 0; --n) {
            if (below(2) == 0) {
                title += others[below(others.size())];
                continue;
            }
            const std::string_view phrase = phrases[below(phrases.size())];
            // Cut at a code point boundary (the lists are well-formed UTF-8).
            std::vector<std::size_t> cuts;
            for (std::size_t pos = 0; pos < phrase.size(); pos += char_key(phrase, pos).length) {
                cuts.push_back(pos);
            }
            cuts.push_back(phrase.size());
            switch (below(3)) {
            case 0:
                title += phrase;
                break;
            case 1:
                title += phrase.substr(0, cuts[below(cuts.size())]);
                break;
            default:
                title += phrase.substr(cuts[below(cuts.size())]);
                break;
            }
        }
        titles.push_back(std::move(title));
    }
    return titles;
}

template <class Word>
void check_index(std::span<const Word> words, const std::vector<std::string>& titles) {
    const PhraseIndex<Word> index(words);
    std::size_t places = 0;
    std::size_t matches = 0;
    for (const std::string& title : titles) {
        for (std::size_t pos = 0; pos < title.size(); pos += char_key(title, pos).length) {
            const auto expected = scan(words, std::string_view(title).substr(pos));
            const auto got = lookup(index, title, pos);
            ++places;
            matches += expected.size();
            if (got != expected) {
                CAPTURE(title);
                CAPTURE(pos);
                CHECK(got == expected);
            }
        }
    }
    MESSAGE(places << " places, " << matches << " phrases found");
    CHECK(matches > places / 100); // the titles do hold phrases
}

} // namespace

TEST_CASE("char_key: the UTF-8 bytes of a code point as one number") {
    CHECK(char_key("a", 0).key == 'a');
    CHECK(char_key("a", 0).length == 1);
    CHECK(char_key("é", 0).key == 0xC3A9);
    CHECK(char_key("待機", 0).key == 0xE5BE85);
    CHECK(char_key("待機", 3).key == 0xE6A99F);
    CHECK(char_key("待機", 3).length == 3);
    CHECK(char_key("𠮷", 0).key == 0xF0A0AEB7);
    CHECK(char_key("𠮷", 0).length == 4);
    for (const char32_t cp : {U'a', U'é', U'待', U'【', U'〗', U'𠮷'}) {
        std::string utf8;
        if (cp < 0x80) {
            utf8 += static_cast<char>(cp);
        } else if (cp < 0x800) {
            utf8 += static_cast<char>(0xC0 | cp >> 6);
            utf8 += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            utf8 += static_cast<char>(0xE0 | cp >> 12);
            utf8 += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
            utf8 += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            utf8 += static_cast<char>(0xF0 | cp >> 18);
            utf8 += static_cast<char>(0x80 | (cp >> 12 & 0x3F));
            utf8 += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
            utf8 += static_cast<char>(0x80 | (cp & 0x3F));
        }
        CAPTURE(static_cast<std::uint32_t>(cp));
        CHECK(key_of(cp) == char_key(utf8, 0).key);
    }
}

TEST_CASE("the direction index finds what a scan of every phrase finds") {
    check_index(grantkpi::kpi_direction_words(), random_titles(20000));
}

TEST_CASE("the accumulation index finds what a scan of every phrase finds") {
    check_index(grantkpi::kpi_accumulation_words(), random_titles(20000));
}

TEST_CASE("every phrase is found where it stands, with the phrases it starts with") {
    const auto words = grantkpi::kpi_direction_words();
    const PhraseIndex index(words);
    const std::string_view before = "本事業による";
    for (const auto& w : words) {
        CAPTURE(w.phrase);
        const std::string title = std::string(before) + std::string(w.phrase) + "数";
        const auto got = lookup(index, title, before.size());
        CHECK(std::find(got.begin(), got.end(), w.phrase) != got.end());
        CHECK(got == scan(words, std::string_view(title).substr(before.size())));
    }
}
