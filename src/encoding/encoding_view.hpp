// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: decode_to_utf8 without copying text that is UTF-8 already.

#include <grantkpi/encoding.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace grantkpi::detail {

/// What decode_to_utf8 returns (the same text, the same errors), as a view: of `bytes`
/// (without a byte-order mark) when they are read as UTF-8, else of `storage`, which then
/// holds the text converted from CP932.
[[nodiscard]] Result<std::string_view>
decode_to_utf8_view(std::string_view bytes, TextEncoding encoding, std::string& storage);

/// A run of bytes in a text read as CP932 that is UTF-8 of Japanese text: a fragment pasted
/// from a UTF-8 file, which CP932 decodes as mojibake (`人` E4 BA BA -> `莠ｺ`).
struct Utf8Fragment {
    std::size_t line = 0;   ///< 1-based, lines ended by LF, CRLF or CR
    std::size_t column = 0; ///< 1-based, in characters of the CP932 reading
    std::string utf8;       ///< the fragment read as UTF-8 (at most 12 characters)
    std::string cp932;      ///< and as CP932, as the reader got it
};

/// The fragments of CP932 `bytes` that are UTF-8 of Japanese text, the first of each line.
/// The rule: at a CP932 character boundary, two or more consecutive well-formed 3-byte UTF-8
/// sequences whose code points are Japanese (U+3000..U+30FF, U+3400..U+9FFF, U+FF00..U+FFEF).
/// CP932 text rarely holds such bytes: CP932 double-byte characters mostly start with 81..9F,
/// which UTF-8 never starts a character with, and the rest would need a level-2 kanji
/// (E0..EF) followed by a half-width katakana, twice in a row.
[[nodiscard]] std::vector<Utf8Fragment> find_utf8_fragments_in_cp932(std::string_view bytes);

} // namespace grantkpi::detail
