// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the heading parsers of the text layout (docs/text-format.md): round headings,
// project headings and the schedule note of a project. Each returns what it read and
// reports its problems into the sink, at the sink's line.

#include "lines.hpp"
#include "sink.hpp"

#include <grantkpi/project.hpp>
#include <grantkpi/round.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace grantkpi::detail::text {

/// A round heading `R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】` (layout::
/// is_round_heading(piece.folded) holds). Absent when its fiscal year cannot be read (an
/// error): the reader then skips the round's lines. Any other problem is an error and gives
/// a round with what could be read.
std::optional<Round> parse_round_heading(const Piece& piece, DiagnosticSink& sink);

/// What parse_project_heading read.
struct ProjectHeading {
    Project project;
    /// The heading ends without a budget: the reader then looks for a line `事業費：…` after
    /// it (parse_budget_line), and reports `budget_error` at the heading otherwise.
    bool budget_missing = false;
    std::string budget_error;
    std::size_t budget_error_column = 0;
};

/// A project heading `○name<単独申請> (27,125千円) ※道全体の採択額` in `round`, its text
/// starting at folded[mark] (after `○`, `◯` or `〇`; 0 for a heading without a mark): the
/// project with its name, application, partners, budget (in 千円, 万円 or 円: converted
/// exactly, with Project::budget_as_written and a note), scope, own part, national share
/// and first (and, for now, last) fiscal year.
ProjectHeading parse_project_heading(const Piece& piece, std::size_t mark, const Round& round,
                                     DiagnosticSink& sink);

/// A line `事業費：27,125千円` (also `総事業費`, `事業費 (2,712.5万円)`) after a heading without
/// a budget: sets the budget and gives a note. False when the line is not one.
bool parse_budget_line(const Piece& piece, Project& project, DiagnosticSink& sink);

/// A scope note's wording (after ※) standing at `place` (layout::heading_rule or
/// next_line_rule): sets the scope, its basis and the own part, and returns true; false when
/// the note is not about the scope (it is then an ordinary note; an unclear one gets a
/// warning and an assumed basis that says so).
bool apply_scope_note(Project& project, const Piece& wording, std::string_view place,
                      DiagnosticSink& sink);

/// The last fiscal year a project note `R6年度まで6年間実施予定` gives (the note without its
/// ※); absent when the note is not one, or after an error (a year that cannot be read, or
/// one before `first`).
std::optional<FiscalYear> parse_schedule_note(const Piece& note, FiscalYear first,
                                              DiagnosticSink& sink);

} // namespace grantkpi::detail::text
