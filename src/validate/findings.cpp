// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "validate/findings.hpp"

namespace grantkpi::detail::validation {

void Findings::add(RuleCode code, std::string pointer, std::string message) {
    found_.push_back(Diagnostic::at_pointer(code.rule->severity, std::string(code.rule->code), {},
                                            std::move(pointer), std::move(message)));
}

} // namespace grantkpi::detail::validation
