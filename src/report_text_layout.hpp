// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the markers of the published report layout, shared by the text reader and the
// text writer. Spelled as UTF-8 escapes (the source character set of a compiler is not
// guaranteed to be UTF-8); each line names the text it spells.

#include "unicode.hpp"

#include <string>
#include <string_view>

namespace grantkpi::detail::layout {

/// A KPI's number as the layout writes it: `①` .. `⑳` (U+2460 ..) for 1 to 20, digits for
/// the others.
inline std::string circled_number(int number) {
    if (number >= 1 && number <= 20) {
        std::string out;
        append_utf8(out, static_cast<char32_t>(0x2460 + number - 1));
        return out;
    }
    return std::to_string(number);
}

constexpr std::string_view note_mark = "\xE2\x80\xBB";                                   // ※
constexpr std::string_view project_mark = "\xE2\x97\x8B";                                // ○
constexpr std::string_view nendo = "\xE5\xB9\xB4\xE5\xBA\xA6";                           // 年度
constexpr std::string_view kara = "\xE3\x81\x8B\xE3\x82\x89";                            // から
constexpr std::string_view nenkan = "\xE5\xB9\xB4\xE9\x96\x93";                          // 年間
constexpr std::string_view jisshi = "\xE5\xAE\x9F\xE6\x96\xBD";                          // 実施
constexpr std::string_view kokuhi = "\xE5\x9B\xBD\xE8\xB2\xBB";                          // 国費
constexpr std::string_view bracket_open = "\xE3\x80\x90";                                // 【
constexpr std::string_view bracket_close = "\xE3\x80\x91";                               // 】
constexpr std::string_view tandoku = "\xE5\x8D\x98\xE7\x8B\xAC\xE7\x94\xB3\xE8\xAB\x8B"; // 単独申請
constexpr std::string_view kyodo = "\xE5\x85\xB1\xE5\x90\x8C\xE7\x94\xB3\xE8\xAB\x8B"; // 共同申請
constexpr std::string_view to_particle = "\xE3\x81\xA8";                               // と
constexpr std::string_view sen_en = "\xE5\x8D\x83\xE5\x86\x86";                        // 千円
constexpr std::string_view zentai_saitaku =
    "\xE5\x85\xA8\xE4\xBD\x93\xE3\x81\xAE\xE6\x8E\xA1\xE6\x8A\x9E\xE9\xA1\x8D"; // 全体の採択額
constexpr std::string_view kpi_section = "\xE3\x80\x90KPI\xE3\x80\x91";         // 【KPI】
constexpr std::string_view toshochi = "\xE5\xBD\x93\xE5\x88\x9D\xE5\x80\xA4";   // 当初値
constexpr std::string_view tani = "\xE5\x8D\x98\xE4\xBD\x8D";                   // 単位
constexpr std::string_view keikaku = "\xE8\xA8\x88\xE7\x94\xBB";                // 計画
constexpr std::string_view jisseki = "\xE5\xAE\x9F\xE7\xB8\xBE";                // 実績
constexpr std::string_view mikomi = "(\xE8\xA6\x8B\xE8\xBE\xBC)";               // (見込)
constexpr std::string_view made = "\xE3\x81\xBE\xE3\x81\xA7";                   // まで

} // namespace grantkpi::detail::layout
