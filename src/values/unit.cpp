// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/unit.hpp>

#include "unicode/unicode.hpp"

#include <array>
#include <ostream>
#include <utility>

namespace grantkpi {
namespace {

// Labels seen in municipal KPI tables. Full-width forms are folded before the lookup.
constexpr std::array<std::pair<std::string_view, UnitKind>, 58> known_labels = {{
    {"件", UnitKind::count},
    {"人", UnitKind::count},
    {"社", UnitKind::count},
    {"回", UnitKind::count},
    {"名", UnitKind::count},
    {"校", UnitKind::count},
    {"団体", UnitKind::count},
    {"箇所", UnitKind::count},
    {"か所", UnitKind::count},
    {"カ所", UnitKind::count},
    {"ヶ所", UnitKind::count},
    {"施設", UnitKind::count},
    {"店舗", UnitKind::count},
    {"事業所", UnitKind::count},
    {"企業", UnitKind::count},
    {"世帯", UnitKind::count},
    {"戸", UnitKind::count},
    {"組", UnitKind::count},
    {"本", UnitKind::count},
    {"台", UnitKind::count},
    {"個", UnitKind::count},
    {"品", UnitKind::count},
    {"品目", UnitKind::count},
    {"泊", UnitKind::count},
    {"人泊", UnitKind::count},
    {"千人", UnitKind::count},
    {"万人", UnitKind::count},
    {"人回", UnitKind::count},
    {"経営体", UnitKind::count}, // 経営体 (farms)
    {"者", UnitKind::count},
    {"事業者", UnitKind::count},
    {"店", UnitKind::count},
    {"軒", UnitKind::count},
    {"棟", UnitKind::count},
    // A count per year (件/年, also 件／年): the table's years already say "per year".
    {"件/年", UnitKind::count},
    {"人/年", UnitKind::count},
    {"回/年", UnitKind::count},
    {"円", UnitKind::currency},
    {"千円", UnitKind::currency},
    {"万円", UnitKind::currency},
    {"百万円", UnitKind::currency},
    {"億円", UnitKind::currency},
    {"%", UnitKind::percent},
    {"割", UnitKind::other}, // 割 (tenths; not percent)
    {"秒", UnitKind::duration},
    {"分", UnitKind::duration},
    {"時間", UnitKind::duration},
    {"日", UnitKind::duration},
    {"日間", UnitKind::duration},
    {"週", UnitKind::duration},
    {"週間", UnitKind::duration},
    {"か月", UnitKind::duration},
    {"ヶ月", UnitKind::duration},
    {"カ月", UnitKind::duration},
    {"月", UnitKind::duration},
    {"年", UnitKind::duration},
    {"年間", UnitKind::duration},
    {"min", UnitKind::duration},
}};

} // namespace

std::string to_string(const Unit& unit) {
    return unit.label;
}

std::ostream& operator<<(std::ostream& os, const Unit& unit) {
    return os << unit.label;
}

UnitKind classify_unit(std::string_view label) noexcept {
    const std::string_view trimmed = detail::trim(label);
    if (detail::find_foldable(trimmed) == std::string_view::npos) { // nothing to fold: no copy
        for (const auto& [known, kind] : known_labels) {
            if (trimmed == known) {
                return kind;
            }
        }
        return UnitKind::other;
    }
    std::string folded;
    try {
        folded = detail::fold_width(detail::trim(label));
    } catch (...) { // allocation failure: the label stays unclassified
        return UnitKind::other;
    }
    for (const auto& [known, kind] : known_labels) {
        if (folded == known) {
            return kind;
        }
    }
    return UnitKind::other;
}

} // namespace grantkpi
