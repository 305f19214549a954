// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "grammar.hpp"

#include <algorithm>

namespace grantkpi::detail::layout {

std::string example_project_heading() {
    return "\"" + std::string(project_mark) + "name<" + std::string(tandoku) + "> (27,125" +
           std::string(sen_en) + ")\"";
}

int kpi_number_at(std::string_view folded, std::size_t pos, std::size_t& length) noexcept {
    length = 0;
    const char32_t cp = code_point_at(folded, pos);
    if (cp >= 0x2460 && cp <= 0x2473) {
        length = 3;
        return static_cast<int>(cp - 0x2460 + 1);
    }
    if (cp >= 0x3251 && cp <= 0x325F) {
        length = 3;
        return static_cast<int>(cp - 0x3251 + 21);
    }
    if (cp >= 0x32B1 && cp <= 0x32BF) {
        length = 3;
        return static_cast<int>(cp - 0x32B1 + 36);
    }
    int number = 0;
    bool out_of_range = false;
    while (pos + length < folded.size() && is_digit(folded[pos + length])) {
        number = number * 10 + (folded[pos + length] - '0');
        if (number > max_kpi_number) {
            out_of_range = true;
            number = max_kpi_number + 1; // keeps the arithmetic bounded
        }
        ++length;
    }
    if (length == 0) {
        return 0;
    }
    return out_of_range || number == 0 ? -1 : number;
}

std::size_t era_year_length(std::string_view folded) noexcept {
    std::size_t pos = 0;
    if (starts_with(folded, "R") || starts_with(folded, "H")) {
        pos = 1;
    } else if (starts_with(folded, reiwa) || starts_with(folded, heisei)) {
        pos = reiwa.size();
    } else if (starts_with(folded, "FY")) {
        pos = 2;
    } else {
        return npos;
    }
    const std::size_t digits = pos;
    if (starts_with(folded.substr(pos), gan)) {
        pos += gan.size();
    } else {
        while (pos < folded.size() && is_digit(folded[pos])) {
            ++pos;
        }
        if (pos == digits) {
            return npos;
        }
    }
    return starts_with(folded.substr(pos), nendo) ? pos : npos;
}

bool is_round_heading(std::string_view folded) noexcept {
    const std::size_t year = era_year_length(folded);
    if (year == npos) {
        return false;
    }
    std::string_view rest = folded.substr(year + nendo.size());
    rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(" \t")));
    switch (code_point_at(rest, 0)) {
    case 0x306F: // は
    case 0x304C: // が
    case 0x3092: // を
    case 0x306B: // に
    case 0x3067: // で
    case 0x3068: // と
    case 0x306E: // の
    case 0x3082: // も
    case 0x3078: // へ
    case 0x3084: // や
    case 0x3001: // 、
    case 0x3002: // 。
    case U',':
    case U'.':
    case U':':
        return false;
    default:
        return !starts_with(rest, kara) && !starts_with(rest, made) &&
               !starts_with(rest, "\xE3\x82\x88\xE3\x82\x8A"); // より
    }
}

std::size_t schedule_note_year_length(std::string_view folded) noexcept {
    const std::size_t year_length = era_year_length(folded);
    if (year_length == npos || !starts_with(folded.substr(year_length + nendo.size()), made)) {
        return npos;
    }
    return year_length;
}

bool is_dash(char32_t cp) noexcept {
    switch (cp) {
    case U'-':   // also the fold of － U+FF0D
    case 0x2010: // ‐
    case 0x2011: // ‑
    case 0x2012: // ‒
    case 0x2013: // –
    case 0x2014: // —
    case 0x2015: // ―
    case 0x2212: // −
    case 0x30FC: // ー, the long-vowel mark typed for a dash
    case 0xFF70: // ｰ
        return true;
    default:
        return false;
    }
}

bool only_dashes(std::string_view folded) noexcept {
    if (folded.empty()) {
        return false;
    }
    for (std::size_t pos = 0, length = 0; pos < folded.size(); pos += length) {
        if (!is_dash(decode_utf8(folded, pos, length))) {
            return false;
        }
    }
    return true;
}

} // namespace grantkpi::detail::layout
