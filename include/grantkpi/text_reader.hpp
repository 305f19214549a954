// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Reads a municipal grant report in its published text layout (the layout of
// examples/data/sapporo_fy2022.txt) into a Report, with a diagnostic for every problem.

#include <grantkpi/diagnostic.hpp>
#include <grantkpi/encoding.hpp>
#include <grantkpi/export.hpp>
#include <grantkpi/kpi.hpp>
#include <grantkpi/report.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace grantkpi {

/// What the text does not say about a KPI, given by the caller: applied after the reader's
/// own inference (see `infer_direction` and `infer_accumulation`) to every KPI numbered
/// `kpi` of every project whose name is `project` (as the model holds it: trimmed).
struct KpiOverride {
    std::string project;
    int kpi = 0; ///< 1 for KPI①
    std::optional<Direction> direction;
    std::optional<Accumulation> accumulation;
};

struct TextReadOptions {
    /// Named in every diagnostic; load_report_text fills it from the path when empty.
    std::string file_name;
    /// Strict: stop at the first error and return no report. Lenient: report every problem
    /// and keep what could be read (a bad cell becomes not set, a bad line is skipped).
    bool strict = true;
    TextEncoding encoding = TextEncoding::automatic;
    /// Report::municipality: the text does not name the reporting municipality.
    std::optional<std::string> municipality;
    std::vector<KpiOverride> overrides;
};

struct TextReadResult {
    /// Absent when the bytes could not be decoded, and in strict mode after an error.
    std::optional<Report> report;
    /// Errors and warnings, each with the file, line and column (in characters), in input
    /// order except that what is known only at the end of a project (a KPI without its rows,
    /// a last fiscal year nothing gives) comes there; an override that matched no KPI gives
    /// a warning without a location, at the end.
    std::vector<Diagnostic> diagnostics;

    /// A report was read and no diagnostic is an error (warnings are fine).
    [[nodiscard]] bool ok() const noexcept {
        return report.has_value() && !has_errors(diagnostics);
    }
};

/// Reads a report from the bytes of a text file.
///
/// The layout and every variant the reader accepts are in docs/text-format.md: round
/// headings (a fiscal year followed directly by a grant scheme), project headings (`○`, `◯`
/// or `〇`; budgets in 千円, 万円 or 円, or on a `事業費：` line; scope notes on the heading or
/// the next line, with the own part), notes, KPI tables, and the page furniture of PDF copies
/// (page numbers, running headers), which is skipped with a note diagnostic.
///
/// What the table does not say is inferred, each with its basis (Provenance; see the
/// docs' "What the reader infers"): accumulation `cumulative` from a title marker such as
/// `(3年累計)`, direction `decrease` when the plan falls from the baseline (uncertain), the
/// budget scope from a scope note; else the default, assumed. KpiOverride states them.
///
/// The bytes are decoded first (decode_to_utf8): UTF-8 with or without a byte-order mark, or
/// CP932; UTF-8 fragments in a CP932 file are an error where they stand. Every problem is a
/// Diagnostic such as
/// `report.txt:12:8: error: expected a number, "—" or "(見込)" in column R2, got "abc"`;
/// notes say what the reader did with a variant (`note: the budget "2,712.5万円" is read as
/// 27,125千円`) and do not make the read fail. After 1000 diagnostics the reader stops with
/// one more error saying so. Runs in time linear in the input, whatever it holds; an input
/// larger than max_input_bytes (256 MiB, limits.hpp) is one error without a location.
[[nodiscard]] GRANTKPI_API TextReadResult read_report_text(std::string_view bytes,
                                                           const TextReadOptions& options = {});

/// Reads a file with read_report_text; options.file_name defaults to the path. A file that
/// cannot be read (missing, a directory, unreadable) or is larger than max_input_bytes
/// (256 MiB, limits.hpp; refused before it is read) gives one error diagnostic and no report.
[[nodiscard]] GRANTKPI_API TextReadResult load_report_text(const std::filesystem::path& file,
                                                           TextReadOptions options = {});

/// The reader's guess at a KPI's direction: `decrease` when the plan values that are set
/// (confirmed or expected, in column order, not-set cells skipped) are at least two, each is
/// strictly below the one before, and the first is strictly below the baseline plan value
/// (which must be set); `increase` otherwise. Example: baseline 30, plan 25, 20, 15.
[[nodiscard]] GRANTKPI_API Direction infer_direction(const Baseline& baseline,
                                                     const Series& plan) noexcept;

/// The reader's guess at a KPI's accumulation from its title: `cumulative` when the title
/// holds a bracketed marker ending in 累計 (`(3年累計)`, `(累計)`, `（5年累計）`), else `level`.
[[nodiscard]] GRANTKPI_API Accumulation infer_accumulation(std::string_view title) noexcept;

} // namespace grantkpi
