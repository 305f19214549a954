// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: classify_unit, remembered per thread, for GK407.

#include <grantkpi/unit.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace grantkpi::detail::validation {

/// classify_unit, remembered. A report uses a handful of unit labels for all its KPIs, and
/// reports use the same few; classifying one (trim, fold, look up) costs more than checking
/// the rest of its KPI. Labels of up to 16 bytes are kept with their kind in a small hash
/// table per thread (open addressing, a few probes); longer labels are classified each time.
class LabelKinds {
public:
    UnitKind classify(std::string_view label) noexcept {
        if (label.size() > max_size) {
            return classify_unit(label);
        }
        const Key key = key_of(label);
        const std::size_t home = slot_of(key);
        for (std::size_t probe = 0; probe < max_probes; ++probe) {
            Entry& entry = entries_[(home + probe) % entries_.size()];
            if (!entry.filled) {
                entry = Entry{key, classify_unit(label), true};
                return entry.kind;
            }
            if (entry.key == key) {
                return entry.kind;
            }
        }
        // Crowded: the label takes its home slot from another.
        entries_[home] = Entry{key, classify_unit(label), true};
        return entries_[home].kind;
    }

private:
    static constexpr std::size_t max_size = 16;
    static constexpr int slot_bits = 6;
    static constexpr std::size_t max_probes = 4;

    // The bytes of a label of up to 16 bytes, little-endian in two words, and its size.
    struct Key {
        std::uint64_t head = 0;
        std::uint64_t tail = 0;
        std::size_t size = 0;

        friend bool operator==(const Key&, const Key&) = default;
    };
    static Key key_of(std::string_view label) noexcept {
        Key key;
        key.size = label.size();
        for (std::size_t i = 0; i < label.size() && i < 8; ++i) {
            key.head |= std::uint64_t{static_cast<unsigned char>(label[i])} << (8 * i);
        }
        for (std::size_t i = 8; i < label.size(); ++i) {
            key.tail |= std::uint64_t{static_cast<unsigned char>(label[i])} << (8 * (i - 8));
        }
        return key;
    }
    static std::size_t slot_of(const Key& key) noexcept {
        constexpr std::uint64_t golden = 0x9E3779B97F4A7C15; // Fibonacci hashing
        const std::uint64_t mixed = (key.head ^ (key.tail * golden) ^ key.size) * golden;
        return static_cast<std::size_t>(mixed >> (64 - slot_bits));
    }

    struct Entry {
        Key key;
        UnitKind kind = UnitKind::other;
        bool filled = false;
    };
    std::array<Entry, std::size_t{1} << slot_bits> entries_{};
};

/// The LabelKinds of the calling thread (validate_collection runs validate on several).
LabelKinds& thread_label_kinds() noexcept;

} // namespace grantkpi::detail::validation
