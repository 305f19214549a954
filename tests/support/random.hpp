// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The seeded generator of the corpus (support/corpus.hpp) and of the tests' random reports
// (support/random_report.hpp): a fixed SplitMix64, so that a seed gives the same output on
// every platform (the standard leaves the output of its distributions open), and integer
// arithmetic only. It lives in the corpus's namespace, grantkpi::bench (the benchmark's
// corpus, which the tests check too); the tests name it testing::Random.

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace grantkpi::bench {

class Random {
public:
    explicit Random(std::uint64_t seed)
        : state_(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [lo, hi], of the bounds' common type (the modulo bias is negligible here).
    template <std::integral Low, std::integral High>
    std::common_type_t<Low, High> between(Low lo, High hi) {
        const auto low = static_cast<std::int64_t>(lo);
        const auto high = static_cast<std::int64_t>(hi);
        return static_cast<std::common_type_t<Low, High>>(
            low + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(high - low + 1)));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <class T, std::size_t N>
    const T& pick(const std::array<T, N>& items) {
        return items[static_cast<std::size_t>(between(0, static_cast<int>(N) - 1))];
    }

private:
    std::uint64_t state_;
};

} // namespace grantkpi::bench

namespace grantkpi::testing {

using Random = bench::Random;

} // namespace grantkpi::testing
