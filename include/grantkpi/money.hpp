// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Money in thousand yen (千円), the unit the reports give every amount in.

#include <grantkpi/quantity.hpp>

#include <string>

namespace grantkpi {

/// An exact amount in thousand yen: Money{Decimal{27125}} is the report's (27,125千円).
/// `money * Fraction{1, 2}` is the exact national share (13,562.5 thousand yen).
using Money = Quantity<units::thousand_yen>;

/// `27,125千円`, `13,562.5千円`.
[[nodiscard]] inline std::string to_string(Money money) {
    return money.amount().to_grouped_string() + std::string(units::thousand_yen::symbol);
}

} // namespace grantkpi
