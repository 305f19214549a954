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

namespace grantkpi::detail::text {

/// A round heading `R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】` (layout::
/// is_round_heading(piece.folded) holds). Absent when its fiscal year cannot be read (an
/// error): the reader then skips the round's lines. Any other problem is an error and gives
/// a round with what could be read.
std::optional<Round> parse_round_heading(const Piece& piece, DiagnosticSink& sink);

/// A project heading `○name<単独申請> (27,125千円) ※道全体の採択額` in `round`: the project
/// with its name, application, partners, budget, scope, national share and first (and,
/// for now, last) fiscal year.
Project parse_project_heading(const Piece& piece, const Round& round, DiagnosticSink& sink);

/// The last fiscal year a project note `R6年度まで6年間実施予定` gives (the note without its
/// ※); absent when the note is not one, or after an error (a year that cannot be read, or
/// one before `first`).
std::optional<FiscalYear> parse_schedule_note(const Piece& note, FiscalYear first,
                                              DiagnosticSink& sink);

} // namespace grantkpi::detail::text
