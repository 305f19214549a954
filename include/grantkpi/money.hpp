// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Money in thousand yen (千円), the unit the reports give every amount in.

#include <grantkpi/quantity.hpp>

namespace grantkpi {

/// An exact amount in thousand yen: Money{27125} (or Money{Decimal{27125}}) is the report's
/// (27,125千円). `money * Fraction{1, 2}` is the exact national share (13,562.5 thousand
/// yen). to_string(money) and `<<` print `27,125千円`, `13,562.5千円` (quantity.hpp).
using Money = Quantity<units::thousand_yen>;

} // namespace grantkpi
