// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: what the rules found (the diagnostics of one validate call, in the order they
// are added), and GRANTKPI_COLD, the mark of the functions that build them.

#include "validate/catalogue.hpp"

#include <grantkpi/diagnostic.hpp>

#include <string>
#include <utility>
#include <vector>

// A rule's full check and its message run only for what its cheap question flags (see
// fast_path.hpp). Marked cold and kept out of line, they leave the path of a clean element
// short, and the compiler takes a call to them as unlikely.
#if defined(__GNUC__) || defined(__clang__)
#define GRANTKPI_COLD [[gnu::cold, gnu::noinline]]
#else
#define GRANTKPI_COLD
#endif

namespace grantkpi::detail::validation {

class Findings {
public:
    /// A diagnostic of the rule `code`, with its severity.
    GRANTKPI_COLD void add(RuleCode code, std::string pointer, std::string message);

    [[nodiscard]] std::vector<Diagnostic> take() && { return std::move(found_); }

private:
    std::vector<Diagnostic> found_;
};

} // namespace grantkpi::detail::validation
