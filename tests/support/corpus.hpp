// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// A synthetic national corpus: one report per municipality, of the shape the real reports
// have (the seed report, docs/evaluation.md), generated deterministically from a seed.
//
// The same seed gives the same reports, byte for byte, on every platform: the generator is
// a fixed SplitMix64 and integer arithmetic, never a std:: distribution or a double.

#include <grantkpi/report.hpp>
#include <grantkpi/text_reader.hpp>

#include <cstdint>
#include <vector>

namespace grantkpi::bench {

/// Japan's municipalities: 792 cities, 743 towns, 183 villages and Tokyo's 23 special wards.
inline constexpr int national_municipalities = 1741;

/// The corpus is the FY2022 edition of the reports, like the seed report: actuals up to
/// FY2021 are confirmed, FY2022's mostly expected (見込), later years not yet reported.
inline constexpr int corpus_fiscal_year = 2022;

struct CorpusOptions {
    std::uint64_t seed = 20220401;
    /// The number of reports: national_municipalities x the scale factor for a national
    /// corpus at x1, x4, x16; fewer for tests.
    int municipalities = national_municipalities;
};

/// The report of municipality `index` (0-based). It depends only on the seed and the index:
/// a corpus of n municipalities is the first n reports of any larger one.
///
/// Every report has 3 to 12 projects in 1 to 5 rounds (FY2016..FY2022; sometimes a round
/// without new projects), each project 2 to 4 KPIs over 3 to 6 fiscal years, and every kind
/// of cell: confirmed, expected, not set, negative (increment KPIs such as net migration),
/// decimals written with their precision (31.20 %), zero plans, baselines that differ between
/// the plan and the actual row, KPIs without any plan (joint projects whose targets are the
/// prefecture's) or without any actual yet. Municipalities in blocks of 37 (about a
/// prefecture) share joint projects with their prefecture (<道と共同申請>, <県と共同申請>),
/// each copy reporting its own actuals, some writing the name with other spaces or full-width
/// letters (merged by evaluate_collection all the same), some with the prefecture's total
/// budget (※県全体の採択額). Names are Japanese, of the length of the real ones.
///
/// Every report can be written as report text and read back equal (see text_options).
[[nodiscard]] Report corpus_report(const CorpusOptions& options, int index);

/// The reports of municipalities 0 .. options.municipalities - 1.
[[nodiscard]] std::vector<Report> generate_corpus(const CorpusOptions& options);

/// The options that make read_report_text(write_report_text(report), ...) give `report`
/// back: the municipality (the text does not name it) and each KPI's direction and
/// accumulation (the text does not say them: an increment KPI reads as a level one).
[[nodiscard]] TextReadOptions text_options(const Report& report);

} // namespace grantkpi::bench
