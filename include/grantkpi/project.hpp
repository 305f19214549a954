// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// A funded project (事業): who applied, its budget and national share, its years and KPIs.

#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/fraction.hpp>
#include <grantkpi/kpi.hpp>
#include <grantkpi/money.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <string>
#include <vector>

namespace grantkpi {

enum class Application {
    single, ///< 単独申請
    joint,  ///< 共同申請, with the partners named (道と共同申請: partner 道)
};
BOOST_DESCRIBE_ENUM(Application, single, joint)

/// Whose money the budget figure is.
enum class BudgetScope {
    own,         ///< the municipality's own project budget
    joint_total, ///< ※道全体の採択額: the whole joint project's amount; adding it to own
                 ///< budgets of other participants would count it twice
};
BOOST_DESCRIBE_ENUM(BudgetScope, own, joint_total)

struct Project {
    std::string name;                     ///< as written between ○ and <
    std::vector<std::string> description; ///< paragraphs
    Application application = Application::single;
    std::vector<std::string> partners; ///< as written: 道, 県, ○○町
    Money budget;                      ///< thousand yen
    BudgetScope budget_scope = BudgetScope::own;
    Fraction national_share{1, 2}; ///< <1/2国費>
    FiscalYear first_fiscal_year;
    FiscalYear last_fiscal_year; ///< inclusive
    std::vector<std::string> notes;
    std::vector<Kpi> kpis;

    /// Number of fiscal years from first to last, both included.
    [[nodiscard]] int duration_years() const noexcept {
        return last_fiscal_year - first_fiscal_year + 1;
    }

    friend bool operator==(const Project&, const Project&) = default;
};
BOOST_DESCRIBE_STRUCT(Project, (),
                      (name, description, application, partners, budget, budget_scope,
                       national_share, first_fiscal_year, last_fiscal_year, notes, kpis))

} // namespace grantkpi
