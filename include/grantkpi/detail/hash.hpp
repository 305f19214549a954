// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The mixing step of grantkpi's std::hash specializations.

#include <cstddef>
#include <cstdint>

namespace grantkpi::detail {

/// A 64-bit finalizer (splitmix64's): nearby keys (FY2021, FY2022; 5 and 6) spread over all
/// bits, which std::hash of an integer (the identity in libstdc++) does not do.
constexpr std::uint64_t hash_mix(std::uint64_t x) noexcept {
    x += 0x9E37'79B9'7F4A'7C15ULL;
    x = (x ^ (x >> 30U)) * 0xBF58'476D'1CE4'E5B9ULL;
    x = (x ^ (x >> 27U)) * 0x94D0'49BB'1331'11EBULL;
    return x ^ (x >> 31U);
}

/// The hash of `value` combined into `seed`.
constexpr std::uint64_t hash_combine(std::uint64_t seed, std::uint64_t value) noexcept {
    return hash_mix(seed ^ (value + 0x9E37'79B9'7F4A'7C15ULL + (seed << 6U) + (seed >> 2U)));
}

} // namespace grantkpi::detail
