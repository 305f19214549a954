// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the columns of a KPI's plan or actual row by fiscal year, for a row that is not in
// the usual order. The evaluation and the text writer look years up in it; a row may have
// 9,000 years, and searching it once per column was quadratic.

#include <grantkpi/kpi.hpp>

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

namespace grantkpi::detail {

/// The first column of each year, found in O(log n) after an O(n log n) build, as
/// Series::find finds it (the first column, when a year is repeated).
class YearIndex {
public:
    explicit YearIndex(const std::vector<PeriodValue>& row)
        : row_(row)
        , by_year_(row.size())
        , first_(row.size(), false) {
        std::iota(by_year_.begin(), by_year_.end(), std::size_t{0});
        // Columns are distinct: (year, column) orders them all, equal years in column order.
        std::sort(by_year_.begin(), by_year_.end(), [&](std::size_t a, std::size_t b) {
            return row[a].year < row[b].year || (row[a].year == row[b].year && a < b);
        });
        for (std::size_t k = 0; k < by_year_.size(); ++k) {
            first_[by_year_[k]] = k == 0 || row[by_year_[k - 1]].year != row[by_year_[k]].year;
        }
    }

    /// No earlier column has the year of `column`.
    [[nodiscard]] bool is_first(std::size_t column) const { return first_[column]; }

    /// The first column of `year`, the row's size when it has none.
    [[nodiscard]] std::size_t find(FiscalYear year) const {
        const auto it = std::lower_bound(
            by_year_.begin(), by_year_.end(), year,
            [&](std::size_t column, FiscalYear y) { return row_[column].year < y; });
        return it != by_year_.end() && row_[*it].year == year ? *it : row_.size();
    }

private:
    const std::vector<PeriodValue>& row_;
    std::vector<std::size_t> by_year_; // the columns, by year, then column
    std::vector<bool> first_;          // column -> no earlier column has its year
};

} // namespace grantkpi::detail
