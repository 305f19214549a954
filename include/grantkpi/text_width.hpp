// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The width of text in a terminal, where a kanji takes two columns and a letter one: what
// aligning Japanese tables needs.

#include <grantkpi/export.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace grantkpi {

/// Terminal columns of UTF-8 text: 2 for East Asian wide and full-width characters
/// (Unicode East_Asian_Width W and F), 0 for combining marks and zero-width characters,
/// 1 otherwise (an invalid byte counts 1).
[[nodiscard]] GRANTKPI_API std::size_t display_width(std::string_view text) noexcept;

/// The text cut to at most `columns` (a cut wide character is not split; "…" marks the cut).
[[nodiscard]] GRANTKPI_API std::string truncate_to_width(std::string_view text,
                                                         std::size_t columns);

/// The text followed by spaces up to `columns`.
[[nodiscard]] GRANTKPI_API std::string pad_to_width(std::string_view text, std::size_t columns);

} // namespace grantkpi
