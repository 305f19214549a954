// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "validate/catalogue.hpp"

#include <algorithm>

namespace grantkpi {

std::span<const ValidationRule> validation_rules() noexcept {
    return detail::validation::catalogue;
}

const ValidationRule* find_validation_rule(std::string_view code) noexcept {
    const auto& rules = detail::validation::catalogue;
    const auto it = std::find_if(rules.begin(), rules.end(),
                                 [&](const ValidationRule& rule) { return rule.code == code; });
    return it == rules.end() ? nullptr : &*it;
}

} // namespace grantkpi
