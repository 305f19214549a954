// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The seeded generator of the property tests: the corpus generator's SplitMix64
// (bench/random.hpp), deterministic on every platform.

#include "../../bench/random.hpp"

namespace grantkpi::testing {

using Random = bench::Random;

} // namespace grantkpi::testing
