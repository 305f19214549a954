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
