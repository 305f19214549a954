// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the markers and the grammar predicates of the published report layout, one
// place for the text reader and the text writer (docs/text-format.md). Markers are spelled
// as UTF-8 escapes (the source character set of a compiler is not guaranteed to be UTF-8);
// each line names the text it spells.

#include "unicode/unicode.hpp"

#include <grantkpi/decimal.hpp>
#include <grantkpi/fiscal_year.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace grantkpi::detail::layout {

inline constexpr std::size_t npos = std::string_view::npos;

// --- markers the writer writes (and the reader reads) ---------------------------------------

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
constexpr std::string_view nakaguro = "\xE3\x83\xBB";                           // ・
constexpr std::string_view em_dash = "\xE2\x80\x94";                            // —

// --- markers only the reader accepts (variants the writer never writes) ---------------------

constexpr std::string_view project_mark_large = "\xE2\x97\xAF";                    // ◯
constexpr std::string_view project_mark_ideographic = "\xE3\x80\x87";              // 〇
constexpr std::string_view kofukin = "\xE4\xBA\xA4\xE4\xBB\x98\xE9\x87\x91";       // 交付金
constexpr std::string_view man_en = "\xE4\xB8\x87\xE5\x86\x86";                    // 万円
constexpr std::string_view hyakuman_en = "\xE7\x99\xBE\xE4\xB8\x87\xE5\x86\x86";   // 百万円
constexpr std::string_view en = "\xE5\x86\x86";                                    // 円
constexpr std::string_view jigyohi = "\xE4\xBA\x8B\xE6\xA5\xAD\xE8\xB2\xBB";       // 事業費
constexpr std::string_view kuten = "\xE3\x80\x82";                                 // 。
constexpr std::string_view uchi = "\xE3\x81\x86\xE3\x81\xA1";                      // うち
constexpr std::string_view bun = "\xE5\x88\x86";                                   // 分
constexpr std::string_view gan = "\xE5\x85\x83";                                   // 元
constexpr std::string_view reiwa = "\xE4\xBB\xA4\xE5\x92\x8C";                     // 令和
constexpr std::string_view heisei = "\xE5\xB9\xB3\xE6\x88\x90";                    // 平成
constexpr std::string_view yotei = "\xE4\xBA\x88\xE5\xAE\x9A";                     // 予定
constexpr std::string_view mikomi_long = "(\xE8\xA6\x8B\xE8\xBE\xBC\xE3\x81\xBF)"; // (見込み)

// --- the places a basis rule names (Provenance::rule) ---------------------------------------

constexpr std::string_view heading_rule = "heading: ";
constexpr std::string_view next_line_rule = "next line: ";

// --- examples quoted in messages --------------------------------------------------------------

constexpr std::string_view example_round =
    "\"R1\xE5\xB9\xB4\xE5\xBA\xA6\xE5\x9C\xB0\xE6\x96\xB9\xE5\x89\xB5\xE7\x94\x9F\xE6\x8E\xA8\xE9"
    "\x80\xB2\xE4\xBA\xA4\xE4\xBB\x98\xE9\x87\x91<1/2\xE5\x9B\xBD\xE8\xB2\xBB>\xE3\x80\x90R1\xE5"
    "\xB9\xB4\xE5\xBA\xA6\xE3\x81\x8B\xE3\x82\x89"
    "3\xE5\xB9\xB4\xE9\x96\x93\xE5\xAE\x9F\xE6\x96\xBD"
    "\xE3\x80\x91\""; // "R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】"
constexpr std::string_view example_duration =
    "\"\xE3\x80\x90R1\xE5\xB9\xB4\xE5\xBA\xA6\xE3\x81\x8B\xE3\x82\x89"
    "3\xE5\xB9\xB4\xE9\x96\x93\xE5"
    "\xAE\x9F\xE6\x96\xBD\xE3\x80\x91\""; // "【R1年度から3年間実施】"
constexpr std::string_view example_schedule_note =
    "\"\xE2\x80\xBBR6\xE5\xB9\xB4\xE5\xBA\xA6\xE3\x81\xBE\xE3\x81\xA7"
    "6\xE5\xB9\xB4\xE9\x96\x93\xE5"
    "\xAE\x9F\xE6\x96\xBD\xE4\xBA\x88\xE5\xAE\x9A\""; // "※R6年度まで6年間実施予定"
constexpr std::string_view example_cell_values =
    "a number, \"\xE2\x80\x94\" or \"(\xE8\xA6\x8B\xE8\xBE\xBC)\""; // a number, "—" or "(見込)"

/// `"○name<単独申請> (27,125千円)"`, quoted.
std::string example_project_heading();

// --- limits -----------------------------------------------------------------------------------

constexpr int max_kpi_number = 9999;
constexpr int max_duration_years = 99;

// --- byte comparisons -------------------------------------------------------------------------

// Comparisons with a marker. They compare as many bytes as the marker has, a number the
// compiler knows for the markers above: it then compares in line where std::string_view's
// operators call memcmp.
inline bool same_bytes(const char* text, std::string_view marker) noexcept {
    return std::char_traits<char>::compare(text, marker.data(), marker.size()) == 0;
}
inline bool equals(std::string_view text, std::string_view marker) noexcept {
    return text.size() == marker.size() && same_bytes(text.data(), marker);
}
inline bool starts_with(std::string_view text, std::string_view prefix) noexcept {
    return text.size() >= prefix.size() && same_bytes(text.data(), prefix);
}
inline bool ends_with(std::string_view text, std::string_view suffix) noexcept {
    return text.size() >= suffix.size() &&
           same_bytes(text.data() + (text.size() - suffix.size()), suffix);
}
inline bool is_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}

/// The code point at text[pos], invalid_code_point at or after the end.
inline char32_t code_point_at(std::string_view text, std::size_t pos) noexcept {
    if (pos >= text.size()) {
        return invalid_code_point;
    }
    std::size_t length = 0;
    return decode_utf8(text, pos, length);
}

// --- the grammar ------------------------------------------------------------------------------

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

/// `①` .. `⑳`, `㉑` .. `㊿` or ASCII digits at folded[pos]: the number and its byte length;
/// 0 when there is none, -1 when the digits are out of range (1..max_kpi_number).
int kpi_number_at(std::string_view folded, std::size_t pos, std::size_t& length) noexcept;

/// The byte length of the era fiscal year (`R1`, `H30`, `令和元`, `FY1988`) at the start of
/// `folded` when it is followed by 年度, else npos.
std::size_t era_year_length(std::string_view folded) noexcept;

/// True when the line begins like a round heading: a fiscal year, 年度, and a scheme name.
/// A sentence such as `R4年度は…`, `R2年度から…` or `R3年度、…` is not one: a particle or
/// punctuation follows 年度 there, never a scheme name. Spaces or tabs in between change
/// nothing (`R4年度　は…` is a sentence too): the scheme would begin with the particle, and
/// the writer, which puts the scheme right after 年度, would write a sentence.
bool is_round_heading(std::string_view folded) noexcept;

/// A schedule note `R6年度まで6年間実施予定` (folded, without the ※): the byte length of its
/// fiscal year (`R6`), npos when the note is not one. The year may still fail to parse
/// (FiscalYear::parse), which the reader reports.
std::size_t schedule_note_year_length(std::string_view folded) noexcept;

/// The byte length of a project mark at the start of `folded`, else 0: `○`; also `◯` and
/// `〇` (U+3007) when the line has an application `申請>` (a line of a description may start
/// with them as bullets).
inline std::size_t project_mark_length(std::string_view folded) noexcept {
    if (starts_with(folded, project_mark)) {
        return project_mark.size();
    }
    if ((starts_with(folded, project_mark_large) ||
         starts_with(folded, project_mark_ideographic)) &&
        folded.find("\xE7\x94\xB3\xE8\xAB\x8B>") != npos) { // 申請>
        return project_mark.size();
    }
    return 0;
}

/// A line shaped like a project heading without a project mark (`●name<単独申請> (1,000千円)`,
/// `name<道と共同申請>…`): an application `<…申請>` and, after it, an amount in 円. The code
/// point it starts with is then shown in the message (U+25CB expected).
bool looks_like_project_heading(std::string_view folded) noexcept;

/// A page number of a PDF copy on a line of its own: `5`, `５`, `- 5 -`, `－５－`, `5/12`,
/// `5 / 12`, `— 5 —` (folded, trimmed).
bool is_page_number(std::string_view folded) noexcept;

/// A running header such as `令和4年度　中川市地方創生推進交付金事業の効果検証`: a fiscal year
/// and 年度, then words that name a grant scheme (交付金) but are not a round heading.
bool is_running_header(std::string_view folded) noexcept;

/// What a scope note (the text after ※, folded and trimmed) says about a project's budget.
struct ScopeWording {
    enum class Kind {
        none, ///< not about the budget's scope
        joint_total, ///< the whole joint project's: `道全体の採択額`, `県全体の交付対象事業費。`
        own,     ///< the municipality's own: `本市分`, `本町分の事業費`
        unclear, ///< names a budget (全体, 採択額, 事業費, うち…分) in no wording it knows
    };
    Kind kind = Kind::none;
    /// The own part of a joint_total budget, `8,000千円` in `（うち北山町分8,000千円）`:
    /// folded[own_begin, own_end); empty when there is none.
    std::size_t own_begin = 0;
    std::size_t own_end = 0;
};
ScopeWording classify_scope_wording(std::string_view folded) noexcept;

/// The unit of an amount of yen: `千円` (factor 1 to thousand yen), `万円` (10), `百万円`
/// (1000), `円` (1/1000). The byte length of the number before it; npos when the text does
/// not end in one of them.
enum class YenUnit { thousand, ten_thousand, million, yen };
std::size_t yen_amount_number_length(std::string_view folded, YenUnit& unit) noexcept;

/// An amount of yen (`27,125千円`, `2,712.5万円`, `27,125,000円`, folded) in thousand yen,
/// exactly: 1 万円 = 10 千円, 1 百万円 = 1,000 千円, 円 / 1000 (as a Decimal, `1,500円` ->
/// 1.5). An error when the text ends in no unit of yen or its number does not parse (the
/// parser's message), or when the converted amount has more digits than a Decimal holds.
Result<Decimal> thousand_yen(std::string_view folded, YenUnit* unit = nullptr);

/// True for the dashes a table cell writes for "not set" (`—` `―` `－` `−` `-` `–` `‐` `ー`).
bool is_dash(char32_t cp) noexcept;
/// A non-empty text of dashes only.
bool only_dashes(std::string_view folded) noexcept;

/// A KPI title line begins with `KPI` (any case) and a KPI number.
inline bool starts_with_kpi(std::string_view folded) noexcept {
    return folded.size() >= 3 && (folded[0] == 'K' || folded[0] == 'k') &&
           (folded[1] == 'P' || folded[1] == 'p') && (folded[2] == 'I' || folded[2] == 'i');
}

} // namespace grantkpi::detail::layout
