// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Equal by value is not enough for exactness: 31.20 must come back as 31.20, not 31.2.

#include <grantkpi/report.hpp>

#include <doctest/doctest.h>

namespace grantkpi::testing {

/// Same status and, when set, the same digits at the same scale.
inline bool same_digits(const Observation& a, const Observation& b) {
    return a.status() == b.status() &&
           (!a.has_value() || same_representation(*a.value(), *b.value()));
}

/// Checks that two equal reports also write every budget and cell with the same digits.
inline void check_same_digits(const Report& a, const Report& b) {
    REQUIRE(a == b);
    for (std::size_t r = 0; r < a.rounds.size(); ++r) {
        for (std::size_t p = 0; p < a.rounds[r].projects.size(); ++p) {
            const auto& pa = a.rounds[r].projects[p];
            const auto& pb = b.rounds[r].projects[p];
            CHECK(same_representation(pa.budget.amount(), pb.budget.amount()));
            for (std::size_t k = 0; k < pa.kpis.size(); ++k) {
                const auto& ka = pa.kpis[k];
                const auto& kb = pb.kpis[k];
                CHECK(same_digits(ka.baseline.plan, kb.baseline.plan));
                CHECK(same_digits(ka.baseline.actual, kb.baseline.actual));
                for (std::size_t y = 0; y < ka.plan.size(); ++y) {
                    CHECK(same_digits(ka.plan.values[y].value, kb.plan.values[y].value));
                }
                for (std::size_t y = 0; y < ka.actual.size(); ++y) {
                    CHECK(same_digits(ka.actual.values[y].value, kb.actual.values[y].value));
                }
            }
        }
    }
}

} // namespace grantkpi::testing
