// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// A key performance indicator of a project: its unit, how it is judged, and its table.

#include <grantkpi/export.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/observation.hpp>
#include <grantkpi/provenance.hpp>
#include <grantkpi/unit.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <utility>
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

namespace detail {
/// Throws the error_exception of Series::at for a missing column.
[[noreturn]] GRANTKPI_API void throw_no_column(FiscalYear year);
} // namespace detail

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
///
/// Built in code from a first fiscal year and its cells, or from (year, cell) pairs:
///
///     using namespace grantkpi;
///     Series plan = Series::from(FiscalYear{2019}, {confirmed(150), confirmed(160), not_set()});
///     Series actual = Series::from({{FiscalYear{2019}, confirmed(136)},
///                                   {FiscalYear{2021}, expected("212")}});
///     actual[FiscalYear{2020}] = confirmed(144); // adds the R2 column between R1 and R3
struct Series {
    std::vector<PeriodValue> values;

    /// One column per cell, for consecutive fiscal years from `first`.
    [[nodiscard]] static Series from(FiscalYear first, std::initializer_list<Observation> cells) {
        return from(first, std::span<const Observation>(cells.begin(), cells.size()));
    }
    [[nodiscard]] static Series from(FiscalYear first, std::span<const Observation> cells) {
        Series series;
        series.values.reserve(cells.size());
        for (std::size_t i = 0; i < cells.size(); ++i) {
            series.values.push_back(PeriodValue{first + static_cast<int>(i), cells[i]});
        }
        return series;
    }
    /// The columns as given, in the order given (a year twice is kept twice, as a table
    /// could have it; `validate` reports it).
    [[nodiscard]] static Series from(std::initializer_list<PeriodValue> columns) {
        return Series{std::vector<PeriodValue>(columns)};
    }

    /// The cell of `year`, nullptr when the row has no such column (the first, when the year
    /// is there twice).
    [[nodiscard]] const Observation* find(FiscalYear year) const noexcept {
        for (const auto& v : values) {
            if (v.year == year) {
                return &v.value;
            }
        }
        return nullptr;
    }
    [[nodiscard]] Observation* find(FiscalYear year) noexcept {
        return const_cast<Observation*>(std::as_const(*this).find(year));
    }
    /// The cell of `year`; throws error_exception naming the year when the row has no such
    /// column.
    [[nodiscard]] const Observation& at(FiscalYear year) const {
        const Observation* cell = find(year);
        if (cell == nullptr) {
            detail::throw_no_column(year);
        }
        return *cell;
    }
    [[nodiscard]] Observation& at(FiscalYear year) {
        return const_cast<Observation&>(std::as_const(*this).at(year));
    }
    /// The cell of `year`, a new not-set column when the row has none (like std::map): the
    /// column goes before the first later year, so that a row built in year order stays so.
    Observation& operator[](FiscalYear year) {
        if (Observation* cell = find(year)) {
            return *cell;
        }
        auto later = values.begin();
        while (later != values.end() && later->year <= year) {
            ++later;
        }
        return values.insert(later, PeriodValue{year, Observation{}})->value;
    }
    /// Sets the cell of `year` (operator[]'s column) and returns it.
    Observation& set(FiscalYear year, Observation cell) { return (*this)[year] = cell; }

    /// The column of the latest fiscal year (by year, not by column) whose cell is set,
    /// nullptr when no cell is: a cumulative KPI's running total so far. The first, when the
    /// year is there twice.
    [[nodiscard]] const PeriodValue* latest() const noexcept {
        const PeriodValue* latest = nullptr;
        for (const auto& v : values) {
            if (v.value.has_value() && (latest == nullptr || v.year > latest->year)) {
                latest = &v;
            }
        }
        return latest;
    }

    [[nodiscard]] bool empty() const noexcept { return values.empty(); }
    [[nodiscard]] std::size_t size() const noexcept { return values.size(); }
    [[nodiscard]] auto begin() const noexcept { return values.begin(); }
    [[nodiscard]] auto end() const noexcept { return values.end(); }
    [[nodiscard]] auto begin() noexcept { return values.begin(); }
    [[nodiscard]] auto end() noexcept { return values.end(); }

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
