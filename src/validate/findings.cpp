// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "validate/findings.hpp"

namespace grantkpi::detail::validation {

void Findings::add(RuleCode code, std::string pointer, std::string message) {
    found_.push_back(Diagnostic{code.rule->severity,
                                std::string(code.rule->code),
                                std::move(message),
                                {},
                                0,
                                0,
                                std::move(pointer)});
}

} // namespace grantkpi::detail::validation
