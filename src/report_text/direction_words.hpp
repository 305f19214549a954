// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the word lists of kpi_inference.hpp (direction_words.cpp), a sorted index over
// a list, which finds every phrase that starts at a place of a text with one table probe, and
// the reader's entry to the inference (inference.cpp).

#include <grantkpi/kpi_inference.hpp>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <vector>

namespace grantkpi::detail {

/// apply_kpi_inference for a KPI whose title is well-formed UTF-8, as the reader's are (its
/// text is decoded and checked first): the same result, without checking the title again.
void apply_kpi_inference_well_formed(Kpi& kpi);

/// The code point that starts text[pos] as a key: its UTF-8 bytes read as one big-endian
/// number (U+5F85 待, E5 BE 85: 0xE5BE85), and its length in bytes. `text` must be
/// well-formed UTF-8 (the normalised titles are): the lead byte gives the length, and no
/// decoding is needed to compare code points.
struct CharKey {
    std::uint32_t key;
    std::size_t length;
};

inline CharKey char_key(std::string_view text, std::size_t pos) noexcept {
    const auto byte = [&](std::size_t i) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(text[pos + i]));
    };
    const std::uint32_t b0 = byte(0);
    if (b0 < 0x80) {
        return {b0, 1};
    }
    if (b0 >= 0xE0 && b0 < 0xF0) {
        return {b0 << 16 | byte(1) << 8 | byte(2), 3};
    }
    if (b0 < 0xE0) {
        return {b0 << 8 | byte(1), 2};
    }
    return {b0 << 24 | byte(1) << 16 | byte(2) << 8 | byte(3), 4};
}

/// The key (char_key) of a code point.
constexpr std::uint32_t key_of(char32_t cp) noexcept {
    if (cp < 0x80) {
        return cp;
    }
    if (cp < 0x800) {
        return (0xC0 | cp >> 6) << 8 | (0x80 | (cp & 0x3F));
    }
    if (cp < 0x10000) {
        return (0xE0 | cp >> 12) << 16 | (0x80 | (cp >> 6 & 0x3F)) << 8 | (0x80 | (cp & 0x3F));
    }
    return (0xF0 | cp >> 18) << 24 | (0x80 | (cp >> 12 & 0x3F)) << 16 |
           (0x80 | (cp >> 6 & 0x3F)) << 8 | (0x80 | (cp & 0x3F));
}

/// The phrases of a word list sorted by their bytes, grouped by their first code point in a
/// small open-addressing table. Built once (a function-local static); lookups allocate
/// nothing: a bit test for most characters of a title, else one probe, and for each phrase
/// that starts with that character a comparison of the next one before the rest.
template <class Word>
class PhraseIndex {
public:
    explicit PhraseIndex(std::span<const Word> words) {
        std::vector<const Word*> sorted;
        sorted.reserve(words.size());
        for (const Word& w : words) {
            sorted.push_back(&w);
        }
        std::sort(sorted.begin(), sorted.end(),
                  [](const Word* a, const Word* b) { return a->phrase < b->phrase; });
        entries_.reserve(sorted.size());
        for (const Word* w : sorted) {
            const std::size_t first = char_key(w->phrase, 0).length;
            entries_.push_back(
                Entry{w, first < w->phrase.size() ? char_key(w->phrase, first).key : 0, first});
        }
        // The table: a power of two at least twice the first code points (a probe or two
        // finds a slot). Phrases with the same first code point share its UTF-8 bytes, so they
        // are adjacent.
        std::size_t firsts = 0;
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            const bool new_first = i == 0 || char_key(sorted[i]->phrase, 0).key !=
                                                 char_key(sorted[i - 1]->phrase, 0).key;
            firsts += new_first ? 1 : 0;
        }
        std::size_t size = 8;
        while (size < 2 * firsts) {
            size *= 2;
        }
        slots_.resize(size);
        mask_ = size - 1;
        for (std::size_t i = 0; i < sorted.size();) {
            const std::uint32_t first = char_key(sorted[i]->phrase, 0).key;
            std::size_t end = i + 1;
            while (end < sorted.size() && char_key(sorted[end]->phrase, 0).key == first) {
                ++end;
            }
            firsts_.set(bucket(first));
            std::size_t slot = home(first);
            while (slots_[slot].count != 0) {
                slot = (slot + 1) & mask_;
            }
            slots_[slot] =
                Slot{first, static_cast<std::uint16_t>(i), static_cast<std::uint16_t>(end - i)};
            i = end;
        }
    }

    /// False when no phrase starts with the code point of key `key` (char_key; most
    /// characters of a title): no need to search.
    [[nodiscard]] bool may_start(std::uint32_t key) const noexcept {
        return firsts_.test(bucket(key));
    }

    /// Calls f(word) for every phrase that `rest` starts with, in the phrases' byte order;
    /// `first` is the char_key of rest[0] (every phrase that matches starts with it), `second`
    /// the key of the code point after it (0 when there is none).
    template <class F>
    void for_each_prefix(CharKey first, std::uint32_t second, std::string_view rest, F&& f) const {
        for (std::size_t slot = home(first.key); slots_[slot].count != 0;
             slot = (slot + 1) & mask_) {
            if (slots_[slot].key != first.key) {
                continue;
            }
            const Entry* begin = entries_.data() + slots_[slot].begin;
            for (const Entry* e = begin; e != begin + slots_[slot].count; ++e) {
                const std::string_view phrase = e->word->phrase;
                if (phrase.size() == e->first ||
                    (e->second == second && phrase.size() <= rest.size() &&
                     std::memcmp(phrase.data() + e->first, rest.data() + e->first,
                                 phrase.size() - e->first) == 0)) {
                    f(*e->word);
                }
            }
            return;
        }
    }

private:
    static constexpr std::size_t buckets = 4096;
    static std::size_t bucket(std::uint32_t key) noexcept { return key % buckets; }

    /// A phrase, the key of its second code point (0 for a phrase of one) and the length of
    /// its first.
    struct Entry {
        const Word* word;
        std::uint32_t second;
        std::size_t first;
    };
    /// A first code point (its char_key) and its phrases, entries_[begin, begin + count);
    /// count 0: an empty slot.
    struct Slot {
        std::uint32_t key = 0;
        std::uint16_t begin = 0;
        std::uint16_t count = 0;
    };
    [[nodiscard]] std::size_t home(std::uint32_t key) const noexcept {
        return (key * 2654435761U >> 16) & mask_;
    }

    std::vector<Entry> entries_;
    std::bitset<buckets> firsts_; ///< the first code points of the phrases, hashed
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
};

} // namespace grantkpi::detail
