// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/evaluate.hpp>

#include <algorithm>
#include <ostream>

namespace grantkpi {

std::string to_string(const Ratio& ratio) {
    return ratio.rounded.to_string();
}

std::string to_percent_string(const Ratio& ratio, int digits) {
    // x 100 is exact (scale 4 -> 2 fraction digits); a ratio below 10^14 keeps it in 18 digits.
    const auto percent = ratio.rounded.checked_multiply(Decimal{100});
    if (!percent) {
        return to_string(ratio);
    }
    const auto rounded =
        percent->rounded(std::clamp(digits, 0, Decimal::max_scale), Rounding::half_away_from_zero);
    return (rounded ? *rounded : *percent).to_grouped_string() + "%";
}

std::ostream& operator<<(std::ostream& os, const Ratio& ratio) {
    return os << to_string(ratio);
}

} // namespace grantkpi
