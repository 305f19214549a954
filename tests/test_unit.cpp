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
            {"件", UnitKind::count},      // 件 (seed)
            {"人", UnitKind::count},      // 人 (seed)
            {"社", UnitKind::count},      // 社 (seed)
            {"千円", UnitKind::currency}, // 千円 (seed)
            {"%", UnitKind::percent},     // % (seed)
            {"％", UnitKind::percent},    // ％ full-width
            {"分", UnitKind::duration},
            {"千人", UnitKind::count},
            {"回転", UnitKind::other}, // 回転: unknown, kept verbatim
            // Units of tests/data/variants/table_units.txt and other report copies.
            {"百万円", UnitKind::currency},
            {"人泊", UnitKind::count},
            {"経営体", UnitKind::count},
            {"件/年", UnitKind::count},
            {"件／年", UnitKind::count}, // 件／年 full-width
            {"回/年", UnitKind::count},
            {"者", UnitKind::count},
            {"件/月", UnitKind::other}, // 件/月: per month is not per year
            {"t", UnitKind::other},     // tonnes: not known
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
