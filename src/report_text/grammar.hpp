// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the markers and the grammar predicates of the published report layout, one
// place for the text reader and the text writer (docs/text-format.md). Markers are written
// as UTF-8 text: the build states the source and execution charsets (UTF-8 on every
// compiler, /utf-8 on MSVC); look-alike marks name their code point.

#include "detail/kpi_label.hpp"
#include "unicode/unicode.hpp"

#include <grantkpi/decimal.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/limits.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace grantkpi::detail::layout {

inline constexpr std::size_t npos = std::string_view::npos;

// --- markers the writer writes (and the reader reads) ---------------------------------------

constexpr std::string_view note_mark = "※";    // U+203B
constexpr std::string_view project_mark = "○"; // U+25CB WHITE CIRCLE
constexpr std::string_view nendo = "年度";
constexpr std::string_view kara = "から";
constexpr std::string_view nenkan = "年間";
constexpr std::string_view jisshi = "実施";
constexpr std::string_view kokuhi = "国費";
constexpr std::string_view bracket_open = "【";
constexpr std::string_view bracket_close = "】";
constexpr std::string_view tandoku = "単独申請";
constexpr std::string_view kyodo = "共同申請";
constexpr std::string_view to_particle = "と";
constexpr std::string_view sen_en = "千円";
constexpr std::string_view zentai_saitaku = "全体の採択額";
constexpr std::string_view kpi_section = "【KPI】";
constexpr std::string_view toshochi = "当初値";
constexpr std::string_view tani = "単位";
constexpr std::string_view keikaku = "計画";
constexpr std::string_view jisseki = "実績";
constexpr std::string_view mikomi = "(見込)";
constexpr std::string_view made = "まで";
constexpr std::string_view nakaguro = "・";
constexpr std::string_view em_dash = "—"; // U+2014

// --- markers only the reader accepts (variants the writer never writes) ---------------------

constexpr std::string_view project_mark_large = "◯";        // U+25EF LARGE CIRCLE
constexpr std::string_view project_mark_ideographic = "〇"; // U+3007 IDEOGRAPHIC NUMBER ZERO
constexpr std::string_view kofukin = "交付金";
constexpr std::string_view man_en = "万円";
constexpr std::string_view hyakuman_en = "百万円";
constexpr std::string_view en = "円";
constexpr std::string_view jigyohi = "事業費";
constexpr std::string_view kuten = "。";
constexpr std::string_view uchi = "うち";
constexpr std::string_view bun = "分";
constexpr std::string_view gan = "元";
constexpr std::string_view reiwa = "令和";
constexpr std::string_view heisei = "平成";
constexpr std::string_view yotei = "予定";
constexpr std::string_view mikomi_long = "(見込み)";

// --- the places a basis rule names (Provenance::rule) ---------------------------------------

constexpr std::string_view heading_rule = "heading: ";
constexpr std::string_view next_line_rule = "next line: ";

// --- examples quoted in messages --------------------------------------------------------------

constexpr std::string_view example_round =
    "\"R1年度地方創生推進"
    "交付金<1/2国費>【R1年"
    "度から"
    "3年間実施"
    "】\""; // "R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】"
constexpr std::string_view example_duration = "\"【R1年度から"
                                              "3年間実"
                                              "施】\""; // "【R1年度から3年間実施】"
constexpr std::string_view example_schedule_note = "\"※R6年度まで"
                                                   "6年間実"
                                                   "施予定\""; // "※R6年度まで6年間実施予定"
constexpr std::string_view example_cell_values =
    "a number, \"—\" or \"(見込)\""; // a number, "—" or "(見込)"

/// `"○name<単独申請> (27,125千円)"`, quoted.
std::string example_project_heading();

// The limits (KPI numbers, durations) are in include/grantkpi/limits.hpp.

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

/// `①` .. `⑳`, `㉑` .. `㊿` or ASCII digits at folded[pos]: the number and its byte length;
/// 0 when there is none, -1 when the digits are out of range (1..max_text_kpi_number).
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
        folded.find("申請>") != npos) {
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
