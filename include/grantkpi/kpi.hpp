// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// A key performance indicator of a project: its unit, how it is judged, and its table.

#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/observation.hpp>
#include <grantkpi/provenance.hpp>
#include <grantkpi/unit.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace grantkpi {

/// Which way is better (IATI: ascending).
enum class Direction {
    increase, ///< higher is better: met when actual >= plan
    decrease, ///< lower is better (waiting time, vacancies): met when actual <= plan
};
BOOST_DESCRIBE_ENUM(Direction, increase, decrease)

/// What a yearly value counts.
enum class Accumulation {
    level,      ///< each year stands alone
    increment,  ///< each year is a change (may be negative); the years add up
    cumulative, ///< a running total (3年累計): only the latest counts, never sum them
};
BOOST_DESCRIBE_ENUM(Accumulation, level, increment, cumulative)

/// The 当初値 column: the value before the project, as given in the plan row and in the
/// actual row (they may differ: 120 and 122 for KPI ① of the seed's first project).
struct Baseline {
    Observation plan;
    Observation actual;
    /// The year the header names for the baseline (`当初値（H29）` -> FY2017), when it names one.
    std::optional<FiscalYear> year{};

    friend bool operator==(const Baseline&, const Baseline&) = default;
};
BOOST_DESCRIBE_STRUCT(Baseline, (), (plan, actual, year))

/// One fiscal-year cell of a plan or actual row.
struct PeriodValue {
    FiscalYear year;
    Observation value;

    friend bool operator==(const PeriodValue&, const PeriodValue&) = default;
};
BOOST_DESCRIBE_STRUCT(PeriodValue, (), (year, value))

/// A plan or actual row: one cell per fiscal-year column, in column order. Not-set cells are
/// kept, since they are part of the table. The model does not forbid a year twice (the
/// validator reports it); the JSON reader refuses one.
struct Series {
    std::vector<PeriodValue> values;

    /// The cell of `year`, nullptr when the row has no such column.
    [[nodiscard]] const Observation* find(FiscalYear year) const noexcept {
        for (const auto& v : values) {
            if (v.year == year) {
                return &v.value;
            }
        }
        return nullptr;
    }
    [[nodiscard]] bool empty() const noexcept { return values.empty(); }
    [[nodiscard]] std::size_t size() const noexcept { return values.size(); }
    [[nodiscard]] auto begin() const noexcept { return values.begin(); }
    [[nodiscard]] auto end() const noexcept { return values.end(); }

    friend bool operator==(const Series&, const Series&) = default;
};
BOOST_DESCRIBE_STRUCT(Series, (), (values))

/// A KPI (KPI①..④ of a project).
struct Kpi {
    int number = 0; ///< 1 for KPI①
    std::string title;
    Unit unit;
    Direction direction = Direction::increase;
    /// What the direction rests on: stated (JSON, annotation, caller), inferred by a named
    /// rule (`title: 待機児童`), or assumed (nothing spoke for it).
    Provenance direction_basis;
    Accumulation accumulation = Accumulation::level;
    /// What the accumulation rests on (`title: (3年累計)`, or assumed `level`).
    Provenance accumulation_basis;
    Baseline baseline;
    Series plan;
    Series actual;
    std::vector<std::string> notes;

    friend bool operator==(const Kpi&, const Kpi&) = default;
};
BOOST_DESCRIBE_STRUCT(Kpi, (),
                      (number, title, unit, direction, direction_basis, accumulation,
                       accumulation_basis, baseline, plan, actual, notes))

} // namespace grantkpi
