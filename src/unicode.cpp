// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "unicode.hpp"

namespace grantkpi::detail {

char32_t decode_utf8(std::string_view text, std::size_t pos, std::size_t& length) noexcept {
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

bool is_valid_utf8(std::string_view text) noexcept {
    for (std::size_t pos = 0, length = 0; pos < text.size(); pos += length) {
        if (decode_utf8(text, pos, length) == invalid_code_point) {
            return false;
        }
    }
    return true;
}

std::string_view trim(std::string_view text) noexcept {
    std::size_t begin = 0;
    std::size_t length = 0;
    while (begin < text.size() && is_space(decode_utf8(text, begin, length))) {
        begin += length;
    }
    std::size_t end = text.size();
    while (end > begin) {
        // Step back to the start of the last code point.
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80 &&
               end - start < 4) {
            --start;
        }
        const char32_t cp = decode_utf8(text, start, length);
        if (start + length != end || !is_space(cp)) {
            break;
        }
        end = start;
    }
    return text.substr(begin, end - begin);
}

std::string fold_width(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0, length = 0; pos < text.size(); pos += length) {
        const char32_t cp = decode_utf8(text, pos, length);
        if (cp == invalid_code_point) {
            out += text[pos];
        } else {
            append_utf8(out, fold_width(cp));
        }
    }
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
