// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: a KPI as the reports name it, KPI① .. KPI⑳ and KPI21 beyond, for every message,
// page and text the library writes (the text writer, the text reader's diagnostics, the
// annotation diagnostics, the HTML page and chart).

#include <string>

namespace grantkpi::detail {

/// A KPI's number as the reports write it: `①` .. `⑳` for 1 to 20, the digits for the
/// others (`21`, `0`).
[[nodiscard]] inline std::string kpi_number_label(int number) {
    if (number >= 1 && number <= 20) {
        // ① .. ⑳ are U+2460 .. U+2473: their UTF-8 forms differ only in the last byte,
        // A0 .. B3.
        std::string out = "①";
        out.back() = static_cast<char>(static_cast<unsigned char>(out.back()) + (number - 1));
        return out;
    }
    return std::to_string(number);
}

/// `KPI①` .. `KPI⑳`, `KPI21` beyond.
[[nodiscard]] inline std::string kpi_label(int number) {
    return "KPI" + kpi_number_label(number);
}

} // namespace grantkpi::detail
