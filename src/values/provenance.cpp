// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/provenance.hpp>

#include <ostream>

namespace grantkpi {

std::string to_string(const Provenance& basis) {
    std::string out = to_string(basis.source);
    if (!basis.rule.empty()) {
        out += " by ";
        out += basis.rule;
    }
    // An assumption is uncertain by definition: say so only where it tells something.
    if (basis.uncertain && basis.source != Source::assumed) {
        out += " (uncertain)";
    }
    return out;
}

std::ostream& operator<<(std::ostream& os, const Provenance& basis) {
    return os << to_string(basis);
}

} // namespace grantkpi
