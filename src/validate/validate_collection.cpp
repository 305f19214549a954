// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/validate.hpp>

#include "detail/parallel.hpp"

namespace grantkpi {

std::vector<std::vector<Diagnostic>> validate_collection(std::span<const Report> reports,
                                                         unsigned threads) {
    std::vector<std::vector<Diagnostic>> diagnostics(reports.size());
    constexpr std::size_t reports_per_block = 8;
    detail::parallel_for(reports.size(), threads, reports_per_block,
                         [&](std::size_t i) { diagnostics[i] = validate(reports[i]); });
    return diagnostics;
}

} // namespace grantkpi
