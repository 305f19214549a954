// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the label variants of a KPI table that real report copies carry (docs/
// text-format.md, "Tables"): KPI markers with a space (`KPI ①`), row labels (`計画値`, `目標`,
// `目標値`, `実績値`) and their one-character typos, baseline headers (`基準値`, `現状値`,
// `当初値（H29）`) and cells separated by runs of spaces. Pure functions of folded text
// (detail::fold_width): the table parser uses them.

#include <cstddef>
#include <string_view>

namespace grantkpi::detail::table {

/// What a row label says after its KPI number (`①計画` -> `計画`).
enum class RowLabel { none, plan, actual };

/// `計画`, `計画値`, `目標`, `目標値` -> plan; `実績`, `実績値` -> actual; else none. `kind` is
/// folded and trimmed.
[[nodiscard]] RowLabel row_label(std::string_view kind) noexcept;

/// The known label that `kind` is one character off (one substituted, inserted or deleted
/// code point: `計書`, `実積`, `計`), when exactly one is; empty otherwise (none is, or two
/// are, such as `目績`, one off both 目標 and 実績).
[[nodiscard]] std::string_view row_label_suggestion(std::string_view kind) noexcept;

/// The byte length of the known row label that `kind` starts with when a space follows it
/// (`計画 500 1,000`: a row whose cells are separated by single spaces); 0 otherwise.
[[nodiscard]] std::size_t row_label_before_space(std::string_view kind) noexcept;

/// A baseline header cell: `当初値`, `基準値` or `現状値`, optionally followed by a
/// bracketed fiscal year (`当初値（H29）`, `当初値(R1)`, `基準値(H30年度)`).
struct BaselineHeader {
    bool matched = false;       ///< the cell starts with one of the three labels
    std::size_t label_size = 0; ///< bytes of the label (当初値)
    /// The text between the brackets, when the label is followed by `(…)`; the year the
    /// parser reads from it.
    std::string_view year_text;
    /// Something other than a bracketed text follows the label (`当初値A`, `当初値(H29`):
    /// not a baseline header.
    bool trailing = false;
};
[[nodiscard]] BaselineHeader baseline_header(std::string_view folded_cell) noexcept;

/// The byte length of the baseline label that `folded` starts with (when a space or the end
/// follows it), 0 when none: the start of a table header written without tabs.
[[nodiscard]] std::size_t baseline_label_length(std::string_view folded) noexcept;

/// True when `folded` holds a run of two or more spaces (ASCII or U+3000, folded to ASCII)
/// between two other characters: the cells of a line written without tabs.
[[nodiscard]] bool has_space_run(std::string_view folded) noexcept;

} // namespace grantkpi::detail::table
