// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal UTF-8 helpers shared by the parsers: decoding, and folding the full-width forms
// that Japanese office software writes (１２０, －, ，, Ｒ) to their ASCII twins.

#include <grantkpi/export.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace grantkpi::detail {

inline constexpr char32_t invalid_code_point = 0xFFFFFFFF;

/// decode_utf8 out of line, for what it does not decode in line. Exported (GRANTKPI_API), as
/// find_invalid_utf8 is: the xlsx component, a library of its own, decodes with them.
GRANTKPI_API char32_t decode_utf8_multibyte(std::string_view text, std::size_t pos,
                                            std::size_t& length) noexcept;

/// Decodes the code point starting at text[pos]; sets `length` to its byte count (1 for an
/// invalid byte, which yields invalid_code_point). Rejects overlong forms and surrogates.
inline char32_t decode_utf8(std::string_view text, std::size_t pos, std::size_t& length) noexcept {
    const auto b0 = static_cast<unsigned char>(text[pos]);
    if (b0 < 0x80) {
        length = 1;
        return b0;
    }
    // In line too: the 3-byte forms whose lead byte needs no range check (E1..EC, EE, EF:
    // U+1000..U+CFFF and U+E000..U+FFFF), the characters of Japanese text.
    if (b0 >= 0xE1 && b0 != 0xED && b0 <= 0xEF && text.size() - pos >= 3) {
        const auto b1 = static_cast<unsigned char>(text[pos + 1]);
        const auto b2 = static_cast<unsigned char>(text[pos + 2]);
        if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
            length = 3;
            return static_cast<char32_t>(((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu));
        }
    }
    return decode_utf8_multibyte(text, pos, length);
}

/// The number of code points in `text`, as columns count them: its bytes that are not UTF-8
/// continuation bytes (10xxxxxx). An invalid lead byte counts as one, like the one code point
/// decode_utf8 steps over for it. The one code-point counter of the library: the column of
/// every diagnostic (text, JSON, annotations, CP932 fragments) is counted with it.
constexpr std::size_t count_code_points(std::string_view text) noexcept {
    std::size_t count = 0;
    for (const char c : text) {
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return count;
}

/// Appends the UTF-8 encoding of `cp`.
void append_utf8(std::string& out, char32_t cp);

/// The offset of the first byte from `from` on where decoding code point after code point
/// with decode_utf8 fails (the start of the first ill-formed sequence), npos when the text is
/// well-formed from there to its end. Checks 64 bytes at a time (with SSE2 on x86-64), and
/// code point by code point only the blocks that may hold an error.
GRANTKPI_API std::size_t find_invalid_utf8(std::string_view text, std::size_t from = 0) noexcept;

/// True when the whole text is well-formed UTF-8.
inline bool is_valid_utf8(std::string_view text) noexcept {
    return find_invalid_utf8(text) == std::string_view::npos;
}

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

/// The offset of the first code point from `from` on that fold_width changes (U+3000 or
/// U+FF01..U+FF5E, always 3 bytes in UTF-8), npos when there is none. Exact on any bytes,
/// well-formed or not: such a sequence starts with a lead byte (0xE3 or 0xEF), and a lead
/// byte always starts a code point (or an invalid byte) when the text is decoded in order.
std::size_t find_foldable(std::string_view text, std::size_t from = 0) noexcept;

/// True for ASCII space, tab and the ideographic space.
constexpr bool is_space(char32_t cp) noexcept {
    return cp == U' ' || cp == U'\t' || cp == 0x3000 || cp == U'\r' || cp == U'\n' || cp == 0x00A0;
}

/// trim for a text whose first or last byte may belong to a space.
std::string_view trim_spaces(std::string_view text) noexcept;

/// The text without leading and trailing spaces (ASCII, tab, U+3000, no-break space).
inline std::string_view trim(std::string_view text) noexcept {
    if (text.empty()) {
        return text;
    }
    // Most texts neither begin nor end with a byte of a space (ASCII spaces are below '!',
    // U+3000 is E3 80 80 and U+00A0 is C2 A0): they are returned at once.
    const auto first = static_cast<unsigned char>(text.front());
    const auto last = static_cast<unsigned char>(text.back());
    if (first > ' ' && first != 0xE3 && first != 0xC2 && last > ' ' && last != 0x80 &&
        last != 0xA0) {
        return text;
    }
    return trim_spaces(text);
}

/// The text with full-width ASCII folded to ASCII (see fold_width). Invalid bytes are kept.
std::string fold_width(std::string_view text);

/// `"text"` for messages, cut to a readable length.
std::string quoted(std::string_view text);

} // namespace grantkpi::detail
