// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/text_width.hpp>

#include "unicode/unicode.hpp"

namespace grantkpi {
namespace {

// Ranges of East_Asian_Width W or F (Unicode 15), the blocks met in Japanese documents and
// emoji; sorted, inclusive.
constexpr char32_t wide_ranges[][2] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},   {0xFF01, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251}, {0x1F300, 0x1F64F},
    {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

constexpr bool is_zero_width(char32_t cp) noexcept {
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) ||
           (cp >= 0x3099 && cp <= 0x309A) || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF;
}

std::size_t width_of(char32_t cp) noexcept {
    if (cp == detail::invalid_code_point) {
        return 1;
    }
    if (is_zero_width(cp)) {
        return 0;
    }
    std::size_t lo = 0;
    std::size_t hi = std::size(wide_ranges);
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (cp < wide_ranges[mid][0]) {
            hi = mid;
        } else if (cp > wide_ranges[mid][1]) {
            lo = mid + 1;
        } else {
            return 2;
        }
    }
    return 1;
}

} // namespace

std::size_t display_width(std::string_view text) noexcept {
    std::size_t width = 0;
    for (std::size_t pos = 0, length = 0; pos < text.size(); pos += length) {
        width += width_of(detail::decode_utf8(text, pos, length));
    }
    return width;
}

std::string truncate_to_width(std::string_view text, std::size_t columns) {
    if (display_width(text) <= columns) {
        return std::string(text);
    }
    constexpr std::string_view ellipsis = "…"; // …, one column
    if (columns == 0) {
        return {};
    }
    std::string out;
    std::size_t width = 0;
    for (std::size_t pos = 0, length = 0; pos < text.size(); pos += length) {
        const std::size_t w = width_of(detail::decode_utf8(text, pos, length));
        if (width + w > columns - 1) {
            break;
        }
        out.append(text.substr(pos, length));
        width += w;
    }
    out += ellipsis;
    return out;
}

std::string pad_to_width(std::string_view text, std::size_t columns) {
    std::string out(text);
    const std::size_t width = display_width(text);
    if (width < columns) {
        out.append(columns - width, ' ');
    }
    return out;
}

} // namespace grantkpi
