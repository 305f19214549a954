// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/kpi.hpp>

#include <grantkpi/observation.hpp>

#include "support/printers.hpp"
#include "support/seed.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>

// Building a table in code: Series builders, mutable lookup, Series::latest, and the
// Observation shorthands (observation.hpp) they are written with.

using namespace grantkpi;

namespace {
template <class T>
concept makes_confirmed = requires(T value) {
    confirmed(value);
};
template <class T>
concept makes_expected = requires(T value) {
    expected(value);
};
} // namespace

TEST_SUITE("model building") {
    TEST_CASE("the shorthands make exact cells: integers, written digits, never a double") {
        CHECK(confirmed(20) == Observation::confirmed(Decimal{20}));
        CHECK(expected(16) == Observation::expected(Decimal{16}));
        CHECK(expected("16") == Observation::expected(Decimal{16}));
        CHECK(not_set() == Observation{});
        // The written digits are kept: 31.20 is the seed's R4 project KPI③ baseline (%).
        const Observation share = confirmed("31.20");
        CHECK(same_representation(*share.value(), Decimal{3120, 2}));
        // Read as a report's cell is read: △ negative, grouped thousands.
        CHECK(confirmed("△8.1") == Observation::confirmed(Decimal{-81, 1}));
        CHECK(confirmed("-3,760") == Observation::confirmed(Decimal{-3760}));
        CHECK(confirmed(Decimal{27125}).is_confirmed());
        CHECK(expected(std::uint8_t{7}) == Observation::expected(Decimal{7}));
        static_assert(confirmed(5).value() == Decimal{5}); // constexpr for integers

        CHECK_THROWS_WITH_AS((void)confirmed("abc"),
                             "expected a number such as 1,216, -3,760, △8.1 or 31.20, got \"abc\"",
                             error_exception);
        CHECK_THROWS((void)confirmed(std::numeric_limits<std::uint64_t>::max())); // 20 digits
        // A double has no exact value to give: refused at compile time, and so is a bool.
        static_assert(!makes_confirmed<double>);
        static_assert(!makes_expected<float>);
        static_assert(!makes_confirmed<bool>);
        static_assert(makes_confirmed<long> && makes_expected<const char*>);
    }

    TEST_CASE("Series::from builds the seed's first table rows as the JSON reader reads them") {
        // KPI① of UIJ ターンによるさっぽろ型人材還流促進事業: plan 150, 160, 170 and actual 136,
        // 144, 212 for R1..R3.
        const Kpi& seed = testing::seed_report().rounds.at(0).projects.at(0).kpis.at(0);
        CHECK(Series::from(FiscalYear{2019}, {confirmed(150), confirmed(160), confirmed(170)}) ==
              seed.plan);
        CHECK(Series::from({{FiscalYear{2019}, confirmed(136)},
                            {FiscalYear{2020}, confirmed(144)},
                            {FiscalYear{2021}, confirmed(212)}}) == seed.actual);
        CHECK(Series::from(FiscalYear{2019}, {}).empty());
        // Pairs stay in the order given, a year twice included (validate reports GK402).
        const Series twice = Series::from({{FiscalYear{2021}, confirmed(1)},
                                           {FiscalYear{2020}, confirmed(2)},
                                           {FiscalYear{2021}, confirmed(3)}});
        REQUIRE(twice.size() == 3);
        CHECK(twice.values[0].year == FiscalYear{2021});
        CHECK(*twice.find(FiscalYear{2021}) == confirmed(1)); // the first
    }

    TEST_CASE("find, set, at and operator[] look up and change a cell by year") {
        Series row = Series::from(FiscalYear{2019}, {confirmed(136), not_set(), confirmed(212)});
        REQUIRE(row.find(FiscalYear{2020}) != nullptr);
        *row.find(FiscalYear{2020}) = confirmed(144);
        CHECK(row.at(FiscalYear{2020}) == confirmed(144));
        CHECK(row.find(FiscalYear{2018}) == nullptr);

        // operator[] of a missing year adds a not-set column in year order.
        CHECK_FALSE(row[FiscalYear{2022}].has_value());
        CHECK(row.size() == 4);
        row[FiscalYear{2018}] = expected(5);
        REQUIRE(row.size() == 5);
        CHECK(row.values.front().year == FiscalYear{2018});
        CHECK(row.values.back().year == FiscalYear{2022});
        // set replaces an existing cell and keeps the column where it is.
        row.set(FiscalYear{2021}, expected("16"));
        CHECK(row.values[3].year == FiscalYear{2021});
        CHECK(row.values[3].value == expected(16));
        CHECK(row.size() == 5);

        CHECK_THROWS_WITH_AS((void)row.at(FiscalYear{2023}),
                             "Series::at: the row has no R5 (FY2023) column", error_exception);
        const Series& same = row;
        CHECK(same.at(FiscalYear{2019}) == confirmed(136));
        // Range-for over a mutable row gives mutable cells.
        for (auto& [year, cell] : row) {
            if (!cell.has_value()) {
                cell = confirmed(0);
            }
        }
        CHECK(row.at(FiscalYear{2022}) == confirmed(0));
    }

    TEST_CASE("latest is the set cell of the latest year, by year and not by column") {
        const Report& seed = testing::seed_report();
        // デジタル技術を活用したイノベーション創出事業 KPI①: actual 2, 11, 16(見込) for R2..R4.
        const Series& digital = seed.rounds.at(1).projects.at(0).kpis.at(0).actual;
        REQUIRE(digital.latest() != nullptr);
        CHECK(digital.latest()->year == FiscalYear{2022});
        CHECK(digital.latest()->value == expected(16));
        // セミナー等事業参加企業数 (3年累計): running totals 66, 171, 257; the latest is all of it.
        const Series& cumulative = seed.rounds.at(1).projects.at(1).kpis.at(1).actual;
        CHECK(cumulative.latest()->value == confirmed(257));
        // The R4 project's KPI① has — in every actual cell: no latest.
        CHECK(seed.rounds.at(3).projects.at(0).kpis.at(0).actual.latest() == nullptr);

        // Columns out of year order, the last one not set.
        const Series shuffled = Series::from({{FiscalYear{2021}, confirmed(3)},
                                              {FiscalYear{2019}, confirmed(1)},
                                              {FiscalYear{2022}, not_set()}});
        CHECK(shuffled.latest()->year == FiscalYear{2021});
        CHECK(Series{}.latest() == nullptr);
    }
}
