// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// A funded project (事業): who applied, its budget and national share, its years and KPIs.

#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/fraction.hpp>
#include <grantkpi/kpi.hpp>
#include <grantkpi/money.hpp>
#include <grantkpi/provenance.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
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
    /// The budget as the report wrote it, when it was not in 千円 (`2,712.5万円`); `budget`
    /// holds the exact conversion.
    std::optional<std::string> budget_as_written;
    BudgetScope budget_scope = BudgetScope::own;
    /// What the scope rests on: `heading: ※道全体の採択額` (inferred), an annotation (stated),
    /// or nothing (assumed own).
    Provenance budget_scope_basis;
    /// The municipality's own part of a joint_total budget (`うち北山町分8,000千円`), when the
    /// report or an annotation gives it. Own-budget totals add it instead of the whole.
    std::optional<Money> own_budget;
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
                      (name, description, application, partners, budget, budget_as_written,
                       budget_scope, budget_scope_basis, own_budget, national_share,
                       first_fiscal_year, last_fiscal_year, notes, kpis))

} // namespace grantkpi
