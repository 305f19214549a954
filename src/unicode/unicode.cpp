// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "unicode/unicode.hpp"

#include <algorithm>
#include <cstring>

// SSE2, which every x86-64 processor has, for the tests of 64 bytes at a time below. A build
// may set GRANTKPI_UNICODE_SSE2 to 0 to get the portable loops (the tests build both:
// tests/test_unicode_blocks.cpp).
#ifndef GRANTKPI_UNICODE_SSE2
#if defined(__SSE2__) || defined(_M_X64)
#define GRANTKPI_UNICODE_SSE2 1
#else
#define GRANTKPI_UNICODE_SSE2 0
#endif
#endif
#if GRANTKPI_UNICODE_SSE2
#include <emmintrin.h>
#endif

namespace grantkpi::detail {
namespace {

constexpr std::size_t npos = std::string_view::npos;

const unsigned char* bytes_of(std::string_view text) noexcept {
    return reinterpret_cast<const unsigned char*>(text.data());
}

bool is_continuation(unsigned char byte) noexcept {
    return (byte & 0xC0) == 0x80;
}

/// True when the 8 bytes at `s` are all ASCII.
bool ascii8(const unsigned char* s) noexcept {
    std::uint64_t word = 0;
    std::memcpy(&word, s, sizeof word);
    return (word & 0x8080808080808080u) == 0;
}

/// Walks the text code point by code point with decode_utf8's checks, from `pos` (the start
/// of a code point) to the first code point that starts at or after `limit`. Returns where
/// it stopped; `failed` tells whether that is the start of an ill-formed sequence (which
/// fails when the input ends inside it, a continuation byte is missing, or it is overlong:
/// C0, C1, E0 80..9F, F0 80..8F; a surrogate: ED A0..BF; or above U+10FFFF: F4 90..BF,
/// F5..FF).
std::size_t walk_utf8(const unsigned char* s, std::size_t size, std::size_t pos, std::size_t limit,
                      bool& failed) noexcept {
    failed = true;
    while (pos < limit) {
        const unsigned char b0 = s[pos];
        if (b0 < 0x80) {
            ++pos;
            while (pos + 8 <= limit && ascii8(s + pos)) {
                pos += 8;
            }
            continue;
        }
        if (b0 < 0xC2) { // a continuation byte, or an overlong 2-byte form
            return pos;
        }
        if (b0 < 0xE0) {
            if (pos + 2 > size || !is_continuation(s[pos + 1])) {
                return pos;
            }
            pos += 2;
            continue;
        }
        if (b0 < 0xF0) {
            if (pos + 3 > size) {
                return pos;
            }
            const unsigned char b1 = s[pos + 1];
            if (!is_continuation(b1) || !is_continuation(s[pos + 2]) || (b0 == 0xE0 && b1 < 0xA0) ||
                (b0 == 0xED && b1 >= 0xA0)) {
                return pos;
            }
            pos += 3;
            continue;
        }
        if (b0 < 0xF5) {
            if (pos + 4 > size) {
                return pos;
            }
            const unsigned char b1 = s[pos + 1];
            if (!is_continuation(b1) || !is_continuation(s[pos + 2]) ||
                !is_continuation(s[pos + 3]) || (b0 == 0xF0 && b1 < 0x90) ||
                (b0 == 0xF4 && b1 >= 0x90)) {
                return pos;
            }
            pos += 4;
            continue;
        }
        return pos;
    }
    failed = false;
    return pos;
}

/// The bytes find_invalid_utf8 and find_foldable test at once, with SSE2 instructions where
/// every processor has them (x86-64), else with loops that have no branch, which compilers
/// vectorize too (if less well for these tests).
constexpr std::size_t block = 64;

#if GRANTKPI_UNICODE_SSE2
/// 16 bytes from `s`.
__m128i load16(const unsigned char* s) noexcept {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
}
/// 16 times `byte`.
__m128i splat(unsigned char byte) noexcept {
    return _mm_set1_epi8(static_cast<char>(byte));
}
/// True when some byte of `flags` is not zero.
bool any_nonzero(__m128i flags) noexcept {
    return _mm_movemask_epi8(_mm_cmpeq_epi8(flags, _mm_setzero_si128())) != 0xFFFF;
}
#endif

/// True when s[0, block) may hold a byte that is not well-formed UTF-8, given that the bytes
/// before s (s[-3] to s[-1] are read) are: a continuation byte that no lead byte before it
/// calls for, or a missing one; or a lead byte with a range check of its own (C0, C1, E0,
/// ED, F0..FF), which the exact walk then checks. False means that every byte of the block
/// is where well-formed UTF-8 allows it.
bool may_be_invalid(const unsigned char* s) noexcept {
#if GRANTKPI_UNICODE_SSE2
    const __m128i zero = _mm_setzero_si128();
    __m128i flags = zero; // nonzero bytes where something is wrong or needs the exact walk
    for (std::size_t i = 0; i < block; i += 16) {
        const __m128i byte = load16(s + i);
        // Nonzero where a lead byte calls for a continuation byte: the byte after C0..FF,
        // the second after E0..FF, the third after F0..FF.
        const __m128i called_for =
            _mm_or_si128(_mm_or_si128(_mm_subs_epu8(load16(s + i - 1), splat(0xBF)),
                                      _mm_subs_epu8(load16(s + i - 2), splat(0xDF))),
                         _mm_subs_epu8(load16(s + i - 3), splat(0xEF)));
        // Continuation bytes, 80..BF, are the signed bytes below -64.
        const __m128i continuation = _mm_cmplt_epi8(byte, _mm_set1_epi8(-64));
        const __m128i not_called_for = _mm_cmpeq_epi8(called_for, zero);
        flags = _mm_or_si128(flags, _mm_cmpeq_epi8(continuation, not_called_for));
        // C0 and C1, E0, ED, F0..FF.
        flags = _mm_or_si128(flags, _mm_cmpeq_epi8(_mm_and_si128(byte, splat(0xFE)), splat(0xC0)));
        flags = _mm_or_si128(flags, _mm_cmpeq_epi8(byte, splat(0xE0)));
        flags = _mm_or_si128(flags, _mm_cmpeq_epi8(byte, splat(0xED)));
        flags = _mm_or_si128(flags, _mm_subs_epu8(byte, splat(0xEF)));
    }
    return any_nonzero(flags);
#else
    const unsigned char* before1 = s - 1;
    const unsigned char* before2 = s - 2;
    const unsigned char* before3 = s - 3;
    // Three flags: g++ turns tests of one byte against several values into a bit test that
    // it does not vectorize.
    unsigned char flag = 0;
    unsigned char e0 = 0;
    unsigned char ed = 0;
    for (std::size_t i = 0; i < block; ++i) {
        const unsigned char byte = s[i];
        const auto continuation = static_cast<unsigned char>((byte & 0xC0) == 0x80);
        // A lead byte calls for 1 (C0..DF), 2 (E0..EF) or 3 (F0..F7) continuation bytes.
        const auto called_for = static_cast<unsigned char>(
            (before1[i] >= 0xC0) | (before2[i] >= 0xE0) | (before3[i] >= 0xF0));
        const auto c0_c1_f0_ff = static_cast<unsigned char>(
            (static_cast<unsigned char>(byte - 0xC0) < 2) | (byte >= 0xF0));
        flag |= static_cast<unsigned char>((continuation ^ called_for) | c0_c1_f0_ff);
        e0 |= static_cast<unsigned char>(byte == 0xE0);
        ed |= static_cast<unsigned char>(byte == 0xED);
    }
    return (flag | e0 | ed) != 0;
#endif
}

/// True when the 3 bytes at `s` spell a code point that fold_width changes: U+3000 is
/// E3 80 80, U+FF01..U+FF3F are EF BC 81..BF and U+FF40..U+FF5E are EF BD 80..9E.
bool foldable_at(const unsigned char* s) noexcept {
    return (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) ||
           (s[0] == 0xEF && ((s[1] == 0xBC && s[2] >= 0x81 && s[2] <= 0xBF) ||
                             (s[1] == 0xBD && s[2] >= 0x80 && s[2] <= 0x9E)));
}

/// True when some offset of s[0, block) may start a foldable code point (a superset of
/// foldable_at: E3 80 80, or EF BC / EF BD). s[block] and s[block + 1] are read.
bool may_hold_foldable(const unsigned char* s) noexcept {
#if GRANTKPI_UNICODE_SSE2
    __m128i hits = _mm_setzero_si128();
    for (std::size_t i = 0; i < block; i += 16) {
        const __m128i a = load16(s + i);
        const __m128i b = load16(s + i + 1);
        const __m128i c = load16(s + i + 2);
        const __m128i space = _mm_and_si128(
            _mm_cmpeq_epi8(a, splat(0xE3)),
            _mm_and_si128(_mm_cmpeq_epi8(b, splat(0x80)), _mm_cmpeq_epi8(c, splat(0x80))));
        const __m128i full_width = _mm_and_si128( // EF BC, EF BD
            _mm_cmpeq_epi8(a, splat(0xEF)), _mm_cmpeq_epi8(_mm_or_si128(b, splat(1)), splat(0xBD)));
        hits = _mm_or_si128(hits, _mm_or_si128(space, full_width));
    }
    return any_nonzero(hits);
#else
    unsigned char hit = 0;
    for (std::size_t i = 0; i < block; ++i) {
        const unsigned char a = s[i];
        const unsigned char b = s[i + 1];
        const unsigned char c = s[i + 2];
        hit |= static_cast<unsigned char>(((a == 0xE3) & (b == 0x80) & (c == 0x80)) |
                                          ((a == 0xEF) & ((b | 1) == 0xBD))); // EF BC, EF BD
    }
    return hit != 0;
#endif
}

} // namespace

char32_t decode_utf8_multibyte(std::string_view text, std::size_t pos,
                               std::size_t& length) noexcept {
    length = 1;
    const auto byte = [&](std::size_t i) {
        return static_cast<unsigned char>(text[pos + i]);
    };
    const unsigned char b0 = byte(0);
    if (b0 < 0x80) {
        return b0;
    }
    std::size_t n = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        n = 2, cp = b0 & 0x1F, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        n = 3, cp = b0 & 0x0F, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        n = 4, cp = b0 & 0x07, min = 0x10000;
    } else {
        return invalid_code_point;
    }
    if (pos + n > text.size()) {
        return invalid_code_point;
    }
    for (std::size_t i = 1; i < n; ++i) {
        const unsigned char b = byte(i);
        if ((b & 0xC0) != 0x80) {
            return invalid_code_point;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return invalid_code_point;
    }
    length = n;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t find_invalid_utf8(std::string_view text, std::size_t from) noexcept {
    const unsigned char* s = bytes_of(text);
    const std::size_t size = text.size();
    // The first bytes one by one, so that the blocks have 3 bytes of the text before them.
    bool failed = false;
    std::size_t pos = walk_utf8(s, size, from, std::min(from + 3, size), failed);
    if (failed) {
        return pos;
    }
    // Then a block at a time. Everything before `pos` is then well-formed but for the code
    // point that holds its last byte, which the next bytes may leave incomplete: the walks
    // start from that code point's lead byte.
    const auto start_before = [&](std::size_t at) {
        std::size_t start = at - 1;
        while (start > from && is_continuation(s[start])) {
            --start;
        }
        return start;
    };
    while (size - pos >= block) {
        if (!may_be_invalid(s + pos)) {
            pos += block;
            continue;
        }
        pos = walk_utf8(s, size, start_before(pos), pos + block, failed);
        if (failed) {
            return pos;
        }
    }
    if (pos > from) {
        pos = start_before(pos);
    }
    pos = walk_utf8(s, size, pos, size, failed);
    return failed ? pos : npos;
}

std::size_t find_foldable(std::string_view text, std::size_t from) noexcept {
    if (text.size() < 3) {
        return npos;
    }
    const unsigned char* s = bytes_of(text);
    const std::size_t end = text.size() - 2; // offsets before it have 3 bytes
    std::size_t pos = from;
    for (; pos < end && end - pos >= block; pos += block) {
        if (may_hold_foldable(s + pos)) { // only a block that may hold one is searched
            for (std::size_t i = pos; i < pos + block; ++i) {
                if (foldable_at(s + i)) {
                    return i;
                }
            }
        }
    }
    for (; pos < end; ++pos) {
        if (foldable_at(s + pos)) {
            return pos;
        }
    }
    return npos;
}

std::string_view trim_spaces(std::string_view text) noexcept {
    // The spaces of is_space, as bytes: ASCII space, tab, CR and LF, U+3000 (E3 80 80) and
    // U+00A0 (C2 A0).
    const unsigned char* s = bytes_of(text);
    const auto ascii_space = [](unsigned char b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    };
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end) {
        if (ascii_space(s[begin])) {
            ++begin;
        } else if (end - begin >= 3 && s[begin] == 0xE3 && s[begin + 1] == 0x80 &&
                   s[begin + 2] == 0x80) {
            begin += 3;
        } else if (end - begin >= 2 && s[begin] == 0xC2 && s[begin + 1] == 0xA0) {
            begin += 2;
        } else {
            break;
        }
    }
    while (end > begin) {
        if (ascii_space(s[end - 1])) {
            --end;
        } else if (end - begin >= 3 && s[end - 3] == 0xE3 && s[end - 2] == 0x80 &&
                   s[end - 1] == 0x80) {
            end -= 3;
        } else if (end - begin >= 2 && s[end - 2] == 0xC2 && s[end - 1] == 0xA0) {
            end -= 2;
        } else {
            break;
        }
    }
    return text.substr(begin, end - begin);
}

std::string fold_width(std::string_view text) {
    // Each foldable code point is 3 bytes and folds to one ASCII byte; everything between
    // them is copied as it is (decoding and encoding it again would give the same bytes).
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    for (std::size_t at = find_foldable(text); at != npos; at = find_foldable(text, pos)) {
        out.append(text, pos, at - pos);
        std::size_t length = 0;
        out += static_cast<char>(fold_width(decode_utf8(text, at, length)));
        pos = at + length;
    }
    out.append(text, pos);
    return out;
}

std::string quoted(std::string_view text) {
    constexpr std::size_t limit = 60;
    std::string out = "\"";
    if (text.size() <= limit) {
        out.append(text);
    } else {
        // Cut at a code point boundary.
        std::size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
            --cut;
        }
        out.append(text.substr(0, cut));
        out += "...";
    }
    out += '"';
    return out;
}

} // namespace grantkpi::detail
