// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the word lists of kpi_inference.hpp (direction_words.cpp) and a sorted index over
// a list, which finds every phrase that starts at a place of a text with one binary search.

#include <grantkpi/kpi_inference.hpp>

#include "unicode/unicode.hpp"

#include <algorithm>
#include <bitset>
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace grantkpi::detail {

/// The phrases of a word list sorted by their bytes. Built once (a function-local static);
/// lookups allocate nothing.
template <class Word>
class PhraseIndex {
public:
    explicit PhraseIndex(std::span<const Word> words) {
        sorted_.reserve(words.size());
        for (const Word& w : words) {
            sorted_.push_back(&w);
        }
        std::sort(sorted_.begin(), sorted_.end(),
                  [](const Word* a, const Word* b) { return a->phrase < b->phrase; });
        for (const Word* w : sorted_) {
            std::size_t length = 0;
            firsts_.set(bucket(detail::decode_utf8(w->phrase, 0, length)));
        }
    }

    /// False when no phrase starts with code point `cp` (most characters of a title): no
    /// need to search.
    [[nodiscard]] bool may_start(char32_t cp) const noexcept { return firsts_.test(bucket(cp)); }

    /// Calls f(word) for every phrase that `rest` starts with; `lead` is the length of the
    /// first code point of `rest` (every phrase that matches starts with it).
    template <class F>
    void for_each_prefix(std::string_view rest, std::size_t lead, F&& f) const {
        const std::string_view key = rest.substr(0, lead);
        auto it = std::lower_bound(sorted_.begin(), sorted_.end(), key,
                                   [](const Word* w, std::string_view k) { return w->phrase < k; });
        for (; it != sorted_.end() && (*it)->phrase.substr(0, key.size()) == key; ++it) {
            if (rest.substr(0, (*it)->phrase.size()) == (*it)->phrase) {
                f(**it);
            }
        }
    }

private:
    static constexpr std::size_t buckets = 4096;
    static std::size_t bucket(char32_t cp) noexcept { return cp % buckets; }

    std::vector<const Word*> sorted_;
    std::bitset<buckets> firsts_; ///< the first code points of the phrases, hashed
};

} // namespace grantkpi::detail
