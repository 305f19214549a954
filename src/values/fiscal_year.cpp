// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/fiscal_year.hpp>

#include "unicode/unicode.hpp"

#include <ostream>

namespace grantkpi {
namespace {

constexpr std::string_view nendo = "年度";
constexpr std::string_view gan = "元";
constexpr std::string_view reiwa_kanji = "令和";
constexpr std::string_view heisei_kanji = "平成";

Error parse_error(std::string_view text, std::string_view why = {}) {
    std::string message = "expected a fiscal year such as \"R4\", \"令和"
                          "4年度\", \"H30\" or \"FY2022\", got " +
                          detail::quoted(text);
    if (!why.empty()) {
        message += " (";
        message += why;
        message += ')';
    }
    return Error::plain(std::move(message));
}

bool consume(std::string_view& text, std::string_view prefix) {
    if (text.substr(0, prefix.size()) == prefix) {
        text.remove_prefix(prefix.size());
        return true;
    }
    return false;
}

} // namespace

Result<FiscalYear> FiscalYear::parse(std::string_view original) {
    const std::string folded = detail::fold_width(detail::trim(original));
    std::string_view text = folded;
    if (text.size() >= nendo.size() && text.substr(text.size() - nendo.size()) == nendo) {
        text.remove_suffix(nendo.size());
    }

    enum class Kind { gregorian, reiwa, heisei } kind = Kind::gregorian;
    if (consume(text, "R") || consume(text, reiwa_kanji)) {
        kind = Kind::reiwa;
    } else if (consume(text, "H") || consume(text, heisei_kanji)) {
        kind = Kind::heisei;
    } else {
        consume(text, "FY");
    }

    int number = 0;
    if (kind != Kind::gregorian && text == gan) {
        number = 1;
    } else {
        if (text.empty()) {
            return parse_error(original, "no year number");
        }
        if (text.size() > 4) {
            return parse_error(original, "year number out of range");
        }
        for (const char c : text) {
            if (c < '0' || c > '9') {
                return parse_error(original);
            }
            number = number * 10 + (c - '0');
        }
    }

    switch (kind) {
    case Kind::gregorian:
        // Four digits, as people write them and as the JSON format keys them: "4" or "0999"
        // would give a year the JSON form cannot hold.
        if (text.size() != 4 || number < 1000) {
            return parse_error(original, "a Gregorian year has four digits, 1000..9999");
        }
        return FiscalYear{number};
    case Kind::reiwa:
        if (number < 1) {
            return parse_error(original, "era years start at 1 (元)");
        }
        if (2018 + number > max_year) {
            return parse_error(original, "year number out of range");
        }
        return FiscalYear{2018 + number};
    case Kind::heisei:
        if (number < 1) {
            return parse_error(original, "era years start at 1 (元)");
        }
        // Documents drafted before the era changed (May 2019) count Heisei on: H32 = R2 =
        // FY2020, H33 = R3. Read as such (the text reader warns: heisei_past_its_end), up to
        // H40 = FY2028: a plan drafted then reaches no further, and a larger number is a typo.
        if (number > 40) {
            return parse_error(original, "Heisei ends with H31 = R1 = FY2019 (H32..H40 are read as "
                                         "counted on past its end)");
        }
        return FiscalYear{1988 + number};
    }
    return parse_error(original);
}

bool heisei_past_its_end(std::string_view text) noexcept {
    const std::string folded = detail::fold_width(detail::trim(text));
    std::string_view rest = folded;
    if (!consume(rest, "H") && !consume(rest, heisei_kanji)) {
        return false;
    }
    int number = 0;
    std::size_t digits = 0;
    for (; digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9' && digits < 4;
         ++digits) {
        number = number * 10 + (rest[digits] - '0');
    }
    return digits > 0 && number > 31;
}

std::ostream& operator<<(std::ostream& os, FiscalYear fy) {
    return os << to_string(fy);
}

std::string to_string(FiscalYear fy, FiscalYearStyle style) {
    const auto era = fy.era();
    if (style == FiscalYearStyle::gregorian || !era) {
        return "FY" + std::to_string(fy.gregorian());
    }
    const int n = fy.era_year();
    if (style == FiscalYearStyle::era_short) {
        std::string out(1, *era == Era::reiwa ? 'R' : 'H');
        out += std::to_string(n);
        return out;
    }
    std::string out(*era == Era::reiwa ? reiwa_kanji : heisei_kanji);
    out += n == 1 ? std::string(gan) : std::to_string(n);
    out += nendo;
    return out;
}

} // namespace grantkpi
