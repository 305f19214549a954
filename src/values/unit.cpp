// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/unit.hpp>

#include "unicode/unicode.hpp"

#include <array>
#include <utility>

namespace grantkpi {
namespace {

// Labels seen in municipal KPI tables. Full-width forms are folded before the lookup.
constexpr std::array<std::pair<std::string_view, UnitKind>, 58> known_labels = {{
    {"\xE4\xBB\xB6", UnitKind::count},                         // 件
    {"\xE4\xBA\xBA", UnitKind::count},                         // 人
    {"\xE7\xA4\xBE", UnitKind::count},                         // 社
    {"\xE5\x9B\x9E", UnitKind::count},                         // 回
    {"\xE5\x90\x8D", UnitKind::count},                         // 名
    {"\xE6\xA0\xA1", UnitKind::count},                         // 校
    {"\xE5\x9B\xA3\xE4\xBD\x93", UnitKind::count},             // 団体
    {"\xE7\xAE\x87\xE6\x89\x80", UnitKind::count},             // 箇所
    {"\xE3\x81\x8B\xE6\x89\x80", UnitKind::count},             // か所
    {"\xE3\x82\xAB\xE6\x89\x80", UnitKind::count},             // カ所
    {"\xE3\x83\xB6\xE6\x89\x80", UnitKind::count},             // ヶ所
    {"\xE6\x96\xBD\xE8\xA8\xAD", UnitKind::count},             // 施設
    {"\xE5\xBA\x97\xE8\x88\x97", UnitKind::count},             // 店舗
    {"\xE4\xBA\x8B\xE6\xA5\xAD\xE6\x89\x80", UnitKind::count}, // 事業所
    {"\xE4\xBC\x81\xE6\xA5\xAD", UnitKind::count},             // 企業
    {"\xE4\xB8\x96\xE5\xB8\xAF", UnitKind::count},             // 世帯
    {"\xE6\x88\xB8", UnitKind::count},                         // 戸
    {"\xE7\xB5\x84", UnitKind::count},                         // 組
    {"\xE6\x9C\xAC", UnitKind::count},                         // 本
    {"\xE5\x8F\xB0", UnitKind::count},                         // 台
    {"\xE5\x80\x8B", UnitKind::count},                         // 個
    {"\xE5\x93\x81", UnitKind::count},                         // 品
    {"\xE5\x93\x81\xE7\x9B\xAE", UnitKind::count},             // 品目
    {"\xE6\xB3\x8A", UnitKind::count},                         // 泊
    {"\xE4\xBA\xBA\xE6\xB3\x8A", UnitKind::count},             // 人泊
    {"\xE5\x8D\x83\xE4\xBA\xBA", UnitKind::count},             // 千人
    {"\xE4\xB8\x87\xE4\xBA\xBA", UnitKind::count},             // 万人
    {"\xE4\xBA\xBA\xE5\x9B\x9E", UnitKind::count},             // 人回
    {"\xE7\xB5\x8C\xE5\x96\xB6\xE4\xBD\x93", UnitKind::count}, // 経営体 (farms)
    {"\xE8\x80\x85", UnitKind::count},                         // 者
    {"\xE4\xBA\x8B\xE6\xA5\xAD\xE8\x80\x85", UnitKind::count}, // 事業者
    {"\xE5\xBA\x97", UnitKind::count},                         // 店
    {"\xE8\xBB\x92", UnitKind::count},                         // 軒
    {"\xE6\xA3\x9F", UnitKind::count},                         // 棟
    // A count per year (件/年, also 件／年): the table's years already say "per year".
    {"\xE4\xBB\xB6/\xE5\xB9\xB4", UnitKind::count},               // 件/年
    {"\xE4\xBA\xBA/\xE5\xB9\xB4", UnitKind::count},               // 人/年
    {"\xE5\x9B\x9E/\xE5\xB9\xB4", UnitKind::count},               // 回/年
    {"\xE5\x86\x86", UnitKind::currency},                         // 円
    {"\xE5\x8D\x83\xE5\x86\x86", UnitKind::currency},             // 千円
    {"\xE4\xB8\x87\xE5\x86\x86", UnitKind::currency},             // 万円
    {"\xE7\x99\xBE\xE4\xB8\x87\xE5\x86\x86", UnitKind::currency}, // 百万円
    {"\xE5\x84\x84\xE5\x86\x86", UnitKind::currency},             // 億円
    {"%", UnitKind::percent},
    {"\xE5\x89\xB2", UnitKind::other},                // 割 (tenths; not percent)
    {"\xE7\xA7\x92", UnitKind::duration},             // 秒
    {"\xE5\x88\x86", UnitKind::duration},             // 分
    {"\xE6\x99\x82\xE9\x96\x93", UnitKind::duration}, // 時間
    {"\xE6\x97\xA5", UnitKind::duration},             // 日
    {"\xE6\x97\xA5\xE9\x96\x93", UnitKind::duration}, // 日間
    {"\xE9\x80\xB1", UnitKind::duration},             // 週
    {"\xE9\x80\xB1\xE9\x96\x93", UnitKind::duration}, // 週間
    {"\xE3\x81\x8B\xE6\x9C\x88", UnitKind::duration}, // か月
    {"\xE3\x83\xB6\xE6\x9C\x88", UnitKind::duration}, // ヶ月
    {"\xE3\x82\xAB\xE6\x9C\x88", UnitKind::duration}, // カ月
    {"\xE6\x9C\x88", UnitKind::duration},             // 月
    {"\xE5\xB9\xB4", UnitKind::duration},             // 年
    {"\xE5\xB9\xB4\xE9\x96\x93", UnitKind::duration}, // 年間
    {"min", UnitKind::duration},
}};

} // namespace

UnitKind classify_unit(std::string_view label) noexcept {
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
