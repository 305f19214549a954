// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal UTF-8 helpers shared by the parsers: decoding, and folding the full-width forms
// that Japanese office software writes (１２０, －, ，, Ｒ) to their ASCII twins.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace grantkpi::detail {

inline constexpr char32_t invalid_code_point = 0xFFFFFFFF;

/// Decodes the code point starting at text[pos]; sets `length` to its byte count (1 for an
/// invalid byte, which yields invalid_code_point). Rejects overlong forms and surrogates.
char32_t decode_utf8(std::string_view text, std::size_t pos, std::size_t& length) noexcept;

/// Appends the UTF-8 encoding of `cp`.
void append_utf8(std::string& out, char32_t cp);

/// True when the whole text is well-formed UTF-8.
bool is_valid_utf8(std::string_view text) noexcept;

/// Maps full-width ASCII variants (U+FF01..U+FF5E) to ASCII and the ideographic space
/// U+3000 to a space; every other code point is returned unchanged.
constexpr char32_t fold_width(char32_t cp) noexcept {
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
        return cp - 0xFF01 + 0x21;
    }
    if (cp == 0x3000) {
        return U' ';
    }
    return cp;
}

/// True for ASCII space, tab and the ideographic space.
constexpr bool is_space(char32_t cp) noexcept {
    return cp == U' ' || cp == U'\t' || cp == 0x3000 || cp == U'\r' || cp == U'\n' || cp == 0x00A0;
}

/// The text without leading and trailing spaces (ASCII, tab, U+3000, no-break space).
std::string_view trim(std::string_view text) noexcept;

/// The text with full-width ASCII folded to ASCII (see fold_width). Invalid bytes are kept.
std::string fold_width(std::string_view text);

/// `"text"` for messages, cut to a readable length.
std::string quoted(std::string_view text);

} // namespace grantkpi::detail
