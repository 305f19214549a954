// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Reading the seed's text in tests: the options that make it equal to its hand-checked JSON,
// and a check that a read succeeded without a single diagnostic.

#include <grantkpi/text_reader.hpp>

#include <doctest/doctest.h>

#include <string>

namespace grantkpi::testing {

inline const std::string seed_text_path = GRANTKPI_SOURCE_DIR "/examples/data/sapporo_fy2022.txt";

/// The municipality (the text does not name it) and the one thing the seed's text cannot
/// say: KPI ③ (外国人居住者数) of the foreign-residents project counts the yearly change, so
/// the hand-checked JSON has "increment".
inline TextReadOptions seed_text_options() {
    TextReadOptions options;
    options.municipality = "札幌市";
    options.overrides.push_back(KpiOverride{"外国人の活躍×グローバルビジネス拡大プロジェクト", 3,
                                            std::nullopt, Accumulation::increment});
    return options;
}

/// The report of a read that must succeed without any diagnostic (shown when it fails).
inline Report require_clean_read(const TextReadResult& result) {
    std::string diagnostics;
    for (const Diagnostic& d : result.diagnostics) {
        diagnostics += d.to_string() + "\n";
    }
    CAPTURE(diagnostics);
    REQUIRE(result.ok());
    CHECK(result.diagnostics.empty());
    return *result.report;
}

/// The report with every basis (direction, accumulation, budget scope) a plain statement:
/// for comparisons of a text read with a model that states its figures, when the test is
/// about the figures and not about what the reader infers (the text form carries no basis).
inline Report without_bases(Report report) {
    for (Round& round : report.rounds) {
        for (Project& project : round.projects) {
            project.budget_scope_basis = Provenance{};
            for (Kpi& kpi : project.kpis) {
                kpi.direction_basis = Provenance{};
                kpi.accumulation_basis = Provenance{};
            }
        }
    }
    return report;
}

} // namespace grantkpi::testing
