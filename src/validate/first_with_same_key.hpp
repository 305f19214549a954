// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: repeats found by sorting, for GK101, GK307 and GK402.

#include <algorithm>
#include <compare>
#include <cstddef>
#include <numeric>
#include <vector>

namespace grantkpi::detail::validation {

/// For each of `count` elements, the index of the first element with the same key: its own
/// index when no earlier element has its key. `compare(a, b)` orders elements a and b by
/// their keys (a std::strong_ordering). GK101, GK307 and GK402 find the earlier round, KPI
/// or column this way rather than by comparing each element with every earlier one, which
/// took hours on a crafted file of millions. Sorted, not hashed: O(n log n) whatever the
/// keys, where a hash table is quadratic again on keys made to collide.
template <class Compare>
std::vector<std::size_t> first_with_same_key(std::size_t count, Compare compare) {
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t{0});
    // Equal keys in index order: the first of each run of equal keys is the first element.
    // (std::is_lt and std::is_eq rather than `< 0`: libstdc++ declares the 0 an ordering is
    // compared with as a pointer parameter, and clang-tidy's modernize-use-nullptr flags it.)
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const std::strong_ordering by_key = compare(a, b);
        return std::is_lt(by_key) || (std::is_eq(by_key) && a < b);
    });
    std::vector<std::size_t> first(count);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t element = order[i];
        const bool same_as_previous = i > 0 && std::is_eq(compare(order[i - 1], element));
        first[element] = same_as_previous ? first[order[i - 1]] : element;
    }
    return first;
}

} // namespace grantkpi::detail::validation
