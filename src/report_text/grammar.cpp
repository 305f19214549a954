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
        if (number > max_text_kpi_number) {
            out_of_range = true;
            number = max_text_kpi_number + 1; // keeps the arithmetic bounded
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
        break;
    }
    if (starts_with(rest, kara) || starts_with(rest, made) || starts_with(rest, "より")) {
        return false;
    }
    // The grant scheme follows directly: a name ending in 交付金, maybe with a parenthetical
    // type (`デジタル田園都市国家構想交付金(地方創生推進タイプ)`). A heading without a scheme
    // (`R2年度<1/2国費>`) is one too, for its message.
    if (starts_with(rest, "<") || starts_with(rest, bracket_open)) {
        return true;
    }
    const std::size_t scheme_end = std::min(rest.find('<'), rest.find(bracket_open));
    const std::string_view scheme = rest.substr(0, scheme_end);
    const std::size_t at = scheme.find(kofukin);
    if (at == npos) {
        return false;
    }
    std::string_view after = scheme.substr(at + kofukin.size());
    after.remove_prefix(std::min(after.size(), after.find_first_not_of(" \t")));
    return after.empty() || after.front() == '(';
}

bool is_running_header(std::string_view folded) noexcept {
    const std::size_t year = era_year_length(folded);
    return year != npos && folded.find(kofukin, year) != npos && !is_round_heading(folded);
}

bool looks_like_project_heading(std::string_view folded) noexcept {
    const std::size_t less = folded.find('<');
    if (less == npos || less == 0) {
        return false;
    }
    const std::size_t apply = folded.find("申請>", less);
    return apply != npos && folded.find(en, apply) != npos;
}

bool is_page_number(std::string_view folded) noexcept {
    std::size_t pos = 0;
    std::size_t length = 0;
    const auto skip_dashes_and_spaces = [&] {
        while (pos < folded.size()) {
            const char32_t cp = decode_utf8(folded, pos, length);
            if (!is_dash(cp) && cp != U' ' && cp != U'\t') {
                break;
            }
            pos += length;
        }
    };
    const auto digits = [&] {
        const std::size_t start = pos;
        while (pos < folded.size() && is_digit(folded[pos]) && pos - start < 4) {
            ++pos;
        }
        return pos - start;
    };
    skip_dashes_and_spaces();
    if (digits() == 0) {
        return false;
    }
    while (pos < folded.size() && folded[pos] == ' ') {
        ++pos;
    }
    if (pos < folded.size() && folded[pos] == '/') {
        ++pos;
        while (pos < folded.size() && folded[pos] == ' ') {
            ++pos;
        }
        if (digits() == 0) {
            return false;
        }
    }
    skip_dashes_and_spaces();
    return pos == folded.size();
}

namespace {

constexpr std::string_view zentai = "全体";
constexpr std::string_view no_particle = "の";
/// What may follow 全体(の) in a note that the budget is the whole joint project's.
constexpr std::string_view whole_amounts[] = {
    "採択額", "交付対象事業費", "総事業費", "事業費", "交付決定額", "交付額",
};
/// Notes that the budget is the municipality's own: 本市分, 本町分, 本村分, 当市分, ….
constexpr std::string_view own_prefixes[] = {
    "本市", "本町",
    "本村", // 本市 本町 本村
    "当市", "当町",
    "当村", // 当市 当町 当村
};
constexpr std::string_view nomi = "のみ";

std::string_view trim_ascii_spaces(std::string_view text) noexcept {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

/// The whole joint project's budget note after its amount word: `rest` is empty (no own
/// part) or names the own part, [、][(]うち<name>分<number><unit>[)] (its number's place in
/// `folded` is kept); unclear otherwise.
ScopeWording with_own_part(std::string_view rest, std::string_view folded) noexcept {
    ScopeWording result;
    if (rest.empty()) {
        result.kind = ScopeWording::Kind::joint_total;
        return result;
    }
    if (starts_with(rest, ",") || starts_with(rest, "、")) {
        rest = trim_ascii_spaces(rest.substr(rest.front() == ',' ? 1 : 3));
    }
    if (starts_with(rest, "(")) {
        if (!ends_with(rest, ")")) {
            result.kind = ScopeWording::Kind::unclear;
            return result;
        }
        rest = trim_ascii_spaces(rest.substr(1, rest.size() - 2));
    }
    const std::size_t part = rest.rfind(bun);
    if (!starts_with(rest, uchi) || part == npos || part < uchi.size()) {
        result.kind = ScopeWording::Kind::unclear;
        return result;
    }
    const std::string_view amount = trim_ascii_spaces(rest.substr(part + bun.size()));
    YenUnit unit = YenUnit::thousand;
    const std::size_t number = amount.empty() ? npos : yen_amount_number_length(amount, unit);
    if (number == npos || number == 0) {
        result.kind = ScopeWording::Kind::unclear;
        return result;
    }
    result.kind = ScopeWording::Kind::joint_total;
    result.own_begin = static_cast<std::size_t>(amount.data() - folded.data());
    result.own_end = result.own_begin + amount.size();
    return result;
}

} // namespace

ScopeWording classify_scope_wording(std::string_view folded) noexcept {
    ScopeWording result;
    std::string_view text = trim_ascii_spaces(folded);
    while (ends_with(text, kuten) || ends_with(text, ".")) {
        text.remove_suffix(ends_with(text, kuten) ? kuten.size() : 1);
        text = trim_ascii_spaces(text);
    }
    const bool mentions_budget = text.find(zentai) != npos || text.find(jigyohi) != npos ||
                                 text.find(whole_amounts[0]) != npos ||
                                 (text.find(uchi) != npos && text.find(bun) != npos);
    // Own: 本市分, 本町分の事業費, 本村分のみ.
    for (const std::string_view prefix : own_prefixes) {
        if (starts_with(text, prefix) && starts_with(text.substr(prefix.size()), bun)) {
            std::string_view rest = text.substr(prefix.size() + bun.size());
            if (starts_with(rest, nomi)) {
                rest.remove_prefix(nomi.size());
            } else if (starts_with(rest, no_particle)) {
                rest.remove_prefix(no_particle.size());
                for (const std::string_view amount : whole_amounts) {
                    if (starts_with(rest, amount)) {
                        rest.remove_prefix(amount.size());
                        break;
                    }
                }
            }
            result.kind = rest.empty() ? ScopeWording::Kind::own : ScopeWording::Kind::unclear;
            return result;
        }
    }
    // Whole: <prefix>全体(の)<amount> [(]うち<name>分<number><unit>[)].
    const std::size_t whole = text.find(zentai);
    if (whole == npos || text.substr(0, whole).find(kuten) != npos) {
        result.kind = mentions_budget ? ScopeWording::Kind::unclear : ScopeWording::Kind::none;
        return result;
    }
    std::size_t pos = whole + zentai.size();
    if (starts_with(text.substr(pos), no_particle)) {
        pos += no_particle.size();
    }
    std::size_t amount_length = 0;
    for (const std::string_view amount : whole_amounts) {
        if (starts_with(text.substr(pos), amount)) {
            amount_length = amount.size();
            break;
        }
    }
    if (amount_length == 0) {
        result.kind = ScopeWording::Kind::unclear;
        return result;
    }
    pos += amount_length;
    return with_own_part(trim_ascii_spaces(text.substr(pos)), folded);
}

std::size_t yen_amount_number_length(std::string_view folded, YenUnit& unit) noexcept {
    if (ends_with(folded, sen_en)) {
        unit = YenUnit::thousand;
        return folded.size() - sen_en.size();
    }
    if (ends_with(folded, hyakuman_en)) {
        unit = YenUnit::million;
        return folded.size() - hyakuman_en.size();
    }
    if (ends_with(folded, man_en)) {
        unit = YenUnit::ten_thousand;
        return folded.size() - man_en.size();
    }
    if (ends_with(folded, en)) {
        unit = YenUnit::yen;
        return folded.size() - en.size();
    }
    return npos;
}

std::size_t schedule_note_year_length(std::string_view folded) noexcept {
    const std::size_t year_length = era_year_length(folded);
    if (year_length == npos || !starts_with(folded.substr(year_length + nendo.size()), made)) {
        return npos;
    }
    return year_length;
}

Result<Decimal> thousand_yen(std::string_view folded, YenUnit* unit_out) {
    YenUnit unit = YenUnit::thousand;
    const std::size_t length = yen_amount_number_length(folded, unit);
    if (length == npos) {
        return Error::plain("no unit of yen (千円, 万円 or "
                            "円)");
    }
    if (unit_out != nullptr) {
        *unit_out = unit;
    }
    std::string_view digits = folded.substr(0, length);
    while (!digits.empty() && (digits.back() == ' ' || digits.back() == '\t')) {
        digits.remove_suffix(1); // `27,125 千円`
    }
    const auto number = Decimal::parse(digits);
    if (!number) {
        return number.error();
    }
    // Shift the decimal point: 10^1, 10^3 or 10^-3, dropping the zeros the shift adds to
    // the fraction (27,125,000円 -> 27125, not 27125.000).
    std::int64_t coefficient = number->coefficient();
    int scale = number->scale();
    int shift = unit == YenUnit::thousand       ? 0
                : unit == YenUnit::ten_thousand ? 1
                : unit == YenUnit::million      ? 3
                                                : -3;
    for (; shift > 0; --shift) {
        if (scale > 0) {
            --scale;
        } else if (coefficient > Decimal::max_coefficient / 10 ||
                   coefficient < -Decimal::max_coefficient / 10) {
            return Error::plain("too many digits");
        } else {
            coefficient *= 10;
        }
    }
    for (; shift < 0; ++shift) {
        if (coefficient % 10 == 0 && scale == 0) {
            coefficient /= 10;
        } else if (scale < Decimal::max_scale) {
            ++scale;
        } else {
            return Error::plain("too many digits");
        }
    }
    return Decimal::from_parts(coefficient, scale);
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
