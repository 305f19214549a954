// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/unit.hpp>

#include "support/printers.hpp"

#include <doctest/doctest.h>

using grantkpi::Unit;
using grantkpi::UnitKind;

TEST_SUITE("unit") {

    TEST_CASE("the seed's units and other common labels are classified") {
        struct Row {
            const char* label;
            UnitKind kind;
        };
        const Row rows[] = {
            {"\xE4\xBB\xB6", UnitKind::count},                // 件 (seed)
            {"\xE4\xBA\xBA", UnitKind::count},                // 人 (seed)
            {"\xE7\xA4\xBE", UnitKind::count},                // 社 (seed)
            {"\xE5\x8D\x83\xE5\x86\x86", UnitKind::currency}, // 千円 (seed)
            {"%", UnitKind::percent},                         // % (seed)
            {"\xEF\xBC\x85", UnitKind::percent},              // ％ full-width
            {"\xE5\x88\x86", UnitKind::duration},             // 分
            {"\xE5\x8D\x83\xE4\xBA\xBA", UnitKind::count},    // 千人
            {"\xE5\x9B\x9E\xE8\xBB\xA2", UnitKind::other},    // 回転: unknown, kept verbatim
            // Units of tests/data/variants/table_units.txt and other report copies.
            {"\xE7\x99\xBE\xE4\xB8\x87\xE5\x86\x86", UnitKind::currency}, // 百万円
            {"\xE4\xBA\xBA\xE6\xB3\x8A", UnitKind::count},                // 人泊
            {"\xE7\xB5\x8C\xE5\x96\xB6\xE4\xBD\x93", UnitKind::count},    // 経営体
            {"\xE4\xBB\xB6/\xE5\xB9\xB4", UnitKind::count},               // 件/年
            {"\xE4\xBB\xB6\xEF\xBC\x8F\xE5\xB9\xB4", UnitKind::count},    // 件／年 full-width
            {"\xE5\x9B\x9E/\xE5\xB9\xB4", UnitKind::count},               // 回/年
            {"\xE8\x80\x85", UnitKind::count},                            // 者
            {"\xE4\xBB\xB6/\xE6\x9C\x88", UnitKind::other}, // 件/月: per month is not per year
            {"t", UnitKind::other},                         // tonnes: not known
            {"", UnitKind::other},
        };
        for (const auto& row : rows) {
            CAPTURE(row.label);
            const Unit unit = Unit::from_label(row.label);
            CHECK(unit.label == row.label); // the label is kept as written
            CHECK(unit.kind == row.kind);
        }
    }

    TEST_CASE("units compare by label and kind") {
        CHECK(Unit::from_label("%") == Unit{"%", UnitKind::percent});
        CHECK_FALSE(Unit{"%", UnitKind::other} == Unit{"%", UnitKind::percent});
    }

} // TEST_SUITE
