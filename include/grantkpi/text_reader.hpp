// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Reads a municipal grant report in its published text layout (the layout of
// examples/data/sapporo_fy2022.txt) into a Report, with a diagnostic for every problem.

#include <grantkpi/diagnostic.hpp>
#include <grantkpi/encoding.hpp>
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
/// The layout, line by line (blank lines separate blocks and are otherwise ignored; spaces,
/// tabs and a carriage return at the ends of lines do not matter):
///
/// - Before the first round heading: an optional title line (Report::title: the first line
///   that is neither a note nor a heading), and `※` notes (Report::notes, without the `※`
///   and the spaces after it). The text names no municipality: see TextReadOptions.
/// - A round heading `R1年度地方創生推進交付金<1/2国費>【R1年度から3年間(一部は6年間)実施】`: the
///   fiscal year (R/H/令和/平成, 元 for 1, full-width digits), the scheme (up to `<`, `【` or
///   the end), an optional national share and an optional duration with its parenthetical.
///   `※` notes after it and before its first project are Round::notes. A line is a heading
///   only when no particle or punctuation follows 年度: `R2年度から…` is a paragraph.
/// - A project heading `○name<単独申請> (27,125千円)` (also `◯`), `<道と共同申請>`,
///   `<A町・B村と共同申請>` (partners split at `・`, `、` and commas), with or without a space
///   before the budget, optionally followed by `※道全体の採択額` (budget scope
///   joint_total; other `※` text there becomes a project note). The national share is the
///   round's (1/2 when the round gives none), the first fiscal year the round's; the last is
///   the one a project note `※R6年度まで6年間実施予定` names, else first + duration - 1.
///   Paragraphs up to `【KPI】` are the description; `※` lines anywhere in the project are
///   Project::notes, in order.
/// - After `【KPI】`: title lines `KPI①<TAB>title` (① to ⑳ or digits), a table header
///   `<TAB>当初値<TAB>R1<TAB>R2<TAB>R3<TAB>単位` (any number of strictly increasing fiscal
///   years, in any era notation), and for each KPI a plan row `①計画` and an actual row
///   `①実績`: the baseline cell, one cell per fiscal-year column, and on the plan row the unit.
///   A later header starts a new table for the rows after it; the two rows of a KPI must come
///   under headers with the same fiscal years. A table without `【KPI】` before it is read
///   too, with a warning.
/// - Cells: a number as Decimal::parse reads it (`1,216`, `△8.1`, `１２０`), an expected value
///   `16(見込)` / `16(見込み)` / `16（見込）`, or not set: empty, or only dashes
///   (`—` `―` `－` `−` `-` `–` `‐` `ー`). Missing cells at the end of a row are not set.
///
/// Inferred, since the table does not say it (KpiOverride corrects both):
/// - accumulation: `cumulative` when the title has a parenthesized marker ending in 累計
///   (`(3年累計)`, `（累計）`), else `level` (`increment` is never inferred);
/// - direction: `decrease` when the plan values fall steadily below the baseline plan value,
///   else `increase` (see infer_direction).
///
/// The bytes are decoded first (decode_to_utf8): UTF-8 with or without a byte-order mark, or
/// CP932. Every problem is a Diagnostic such as
/// `report.txt:12:8: error: expected a number, "—" or "(見込)" in column R2, got "abc"`.
/// After 1000 diagnostics the reader stops with one more error saying so. Runs in time linear
/// in the input, whatever it holds; an input larger than max_input_bytes (256 MiB,
/// limits.hpp) is one error without a location.
[[nodiscard]] TextReadResult read_report_text(std::string_view bytes,
                                              const TextReadOptions& options = {});

/// Reads a file with read_report_text; options.file_name defaults to the path. A file that
/// cannot be read (missing, a directory, unreadable) or is larger than max_input_bytes
/// (256 MiB, limits.hpp; refused before it is read) gives one error diagnostic and no report.
[[nodiscard]] TextReadResult load_report_text(const std::filesystem::path& file,
                                              TextReadOptions options = {});

/// The reader's guess at a KPI's direction: `decrease` when the plan values that are set
/// (confirmed or expected, in column order, not-set cells skipped) are at least two, each is
/// strictly below the one before, and the first is strictly below the baseline plan value
/// (which must be set); `increase` otherwise. Example: baseline 30, plan 25, 20, 15.
[[nodiscard]] Direction infer_direction(const Baseline& baseline, const Series& plan) noexcept;

/// The reader's guess at a KPI's accumulation from its title: `cumulative` when the title
/// holds a bracketed marker ending in 累計 (`(3年累計)`, `(累計)`, `（5年累計）`), else `level`.
[[nodiscard]] Accumulation infer_accumulation(std::string_view title) noexcept;

} // namespace grantkpi
