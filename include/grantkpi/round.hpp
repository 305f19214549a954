// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// An adoption round: the projects newly adopted under a grant scheme in one fiscal year.

#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/fraction.hpp>
#include <grantkpi/project.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

namespace grantkpi {

/// From a heading such as `R1年度地方創生推進交付金<1/2国費>【R1年度から3年間(一部は6年間)実施】`.
struct Round {
    FiscalYear fiscal_year;                   ///< adoption year (R1 -> 2019)
    std::string scheme;                       ///< 地方創生推進交付金
    std::optional<Fraction> national_share;   ///< <1/2国費>, when the heading gives one
    std::optional<int> duration_years;        ///< 3 for 【R1年度から3年間...実施】
    std::optional<std::string> duration_note; ///< 一部は6年間
    std::vector<std::string> notes;
    std::vector<Project> projects; ///< may be empty: no project adopted that year

    friend bool operator==(const Round&, const Round&) = default;
};
BOOST_DESCRIBE_STRUCT(Round, (),
                      (fiscal_year, scheme, national_share, duration_years, duration_note, notes,
                       projects))

} // namespace grantkpi
