// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/observation.hpp>

#include <ostream>

namespace grantkpi {

std::string to_string(const Observation& cell) {
    if (!cell.has_value()) {
        return "—";
    }
    std::string text = cell.value()->to_grouped_string();
    if (cell.is_expected()) {
        text += "(見込)";
    }
    return text;
}

std::ostream& operator<<(std::ostream& out, const Observation& cell) {
    return out << to_string(cell);
}

Observation confirmed(std::string_view text) {
    return Observation::confirmed(Decimal::parse(text).value());
}

Observation expected(std::string_view text) {
    return Observation::expected(Decimal::parse(text).value());
}

} // namespace grantkpi
