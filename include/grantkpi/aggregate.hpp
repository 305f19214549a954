// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Grouping and totalling over the flat views (views.hpp): a typed group-by with ready-made
// keys (by::scheme, by::round, by::unit ...) and the aggregates reviewers use
// (aggregate::summary, kpi_counts, the two headline shares, budgets, sums of KPI values):
//
//     const auto collection = grantkpi::evaluate_collection(reports);
//     for (const auto& [scheme, summary] :
//          grantkpi::group_by(grantkpi::views::projects(collection), grantkpi::by::scheme,
//                             grantkpi::aggregate::summary)) {
//         std::cout << scheme << ": " << summary.projects.total << " projects\n";
//     }
//
// Counts, shares and budgets come from evaluate.hpp's own summing (summarize), so a total
// over a collection's view is its CollectionEvaluation::summary, joint projects counted once
// (views::projects(collection) leaves the merged copies out). Sums of KPI values follow the
// KPI's accumulation and never add values of different units: docs/api.md.

#include <grantkpi/decimal.hpp>
#include <grantkpi/enum_names.hpp>
#include <grantkpi/error.hpp>
#include <grantkpi/evaluate.hpp>
#include <grantkpi/export.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/kpi.hpp>
#include <grantkpi/money.hpp>
#include <grantkpi/quantity.hpp>
#include <grantkpi/unit.hpp>
#include <grantkpi/views.hpp>

#include <boost/describe/enum.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <ranges>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace grantkpi {

// -------------------------------------------------------------------------------- group_by

/// The entries of `entries` grouped by `key(entry)`, in key order (std::map: the key must be
/// ordered with <). Each group keeps its entries in the order of the view.
template <std::ranges::input_range R, class Key>
requires std::invocable<Key&, std::ranges::range_reference_t<R>>
[[nodiscard]] auto group_by(R&& entries, Key key) {
    using K = std::remove_cvref_t<std::invoke_result_t<Key&, std::ranges::range_reference_t<R>>>;
    std::map<K, std::vector<std::ranges::range_value_t<R>>> groups;
    for (auto&& entry : entries) {
        groups[std::invoke(key, entry)].push_back(entry);
    }
    return groups;
}

/// Each group of group_by(entries, key) reduced by `aggregate(group)`, where the group is a
/// `const std::vector<Entry>&`: `group_by(views::kpis(e), by::unit_kind,
/// aggregate::kpi_counts)` gives a `std::map<UnitKind, KpiCounts>`.
template <std::ranges::input_range R, class Key, class Aggregate>
requires std::invocable<Key&, std::ranges::range_reference_t<R>> && std::invocable < Aggregate&,
    const std::vector<std::ranges::range_value_t<R>>
& > [[nodiscard]] auto group_by(R&& entries, Key key, Aggregate aggregate) {
    auto groups = group_by(std::forward<R>(entries), std::move(key));
    using K = typename decltype(groups)::key_type;
    using A = std::remove_cvref_t<
        std::invoke_result_t<Aggregate&, const std::vector<std::ranges::range_value_t<R>>&>>;
    std::map<K, A> out;
    for (const auto& [k, group] : groups) {
        out.emplace(k, std::invoke(aggregate, group));
    }
    return out;
}

// ------------------------------------------------------------------------------------ keys

namespace detail {
template <class E>
concept has_round = requires(const E& e) {
    { e.round() } -> std::same_as<const Round&>;
};
template <class E>
concept has_kpi = requires(const E& e) {
    { e.kpi() } -> std::same_as<const Kpi&>;
};
template <class E>
concept has_year = requires(const E& e) {
    { e.year() } -> std::same_as<FiscalYear>;
};
template <class E>
concept has_kpi_evaluation = requires(const E& e) {
    { e.kpi_evaluation() } -> std::same_as<const KpiEvaluation&>;
};
} // namespace detail

/// Ready-made keys for group_by, each a function object over the entries that carry what
/// it reads (a unit key over KPI entries, by::fiscal_year over KPI-year entries).
namespace by {
/// The round's grant scheme: 地方創生推進交付金.
inline constexpr auto scheme = []<detail::has_round E>(const E& e) {
    return e.round().scheme;
};
/// The adoption round: its fiscal year.
inline constexpr auto round = []<detail::has_round E>(const E& e) {
    return e.round().fiscal_year;
};
/// The reporting municipality (nullopt when the report does not name one).
inline constexpr auto municipality = []<detail::has_round E>(const E& e) {
    return e.report().municipality;
};
inline constexpr auto application = []<detail::has_round E>(const E& e) {
    return e.project().application;
};
/// The partners of a joint project, sorted (empty for a single application).
inline constexpr auto partners = []<detail::has_round E>(const E& e) {
    std::vector<std::string> out = e.project().partners;
    std::ranges::sort(out);
    return out;
};
/// The KPI's unit label as written (件, 人, 千円): the key under which values may be added.
inline constexpr auto unit = []<detail::has_kpi E>(const E& e) {
    return e.kpi().unit.label;
};
inline constexpr auto unit_kind = []<detail::has_kpi E>(const E& e) {
    return e.kpi().unit.kind;
};
inline constexpr auto direction = []<detail::has_kpi E>(const E& e) {
    return e.kpi().direction;
};
inline constexpr auto accumulation = []<detail::has_kpi E>(const E& e) {
    return e.kpi().accumulation;
};
/// The fiscal year of a KPI-year.
inline constexpr auto fiscal_year = []<detail::has_year E>(const E& e) {
    return e.year();
};
/// An evaluated KPI's verdict.
inline constexpr auto verdict = []<detail::has_kpi_evaluation E>(const E& e) {
    return e.kpi_evaluation().verdict;
};
/// Several keys at once: `by::keys(by::scheme, by::round)` gives a std::tuple of the
/// scheme and the round, ordered by the first key, then the second.
template <class... Keys>
[[nodiscard]] constexpr auto keys(Keys... key) {
    return [... key = std::move(key)]<class E>(const E& e) requires(
        std::invocable<const Keys&, const E&> && ...) {
        return std::tuple{std::invoke(key, e)...};
    };
}
} // namespace by

// ------------------------------------------------------------------------------ aggregates

/// Which row of a KPI's table to sum.
enum class TableRow { plan, actual };
BOOST_DESCRIBE_ENUM(TableRow, plan, actual)

/// A sum of cells, confirmed and expected (見込) apart, so that a projected figure is never
/// counted as a confirmed one unless asked for (with_expected).
template <class V = Decimal>
struct ValueSum {
    V confirmed{};
    std::size_t confirmed_cells = 0;
    V expected{};
    std::size_t expected_cells = 0;

    /// confirmed + expected; throws error_exception beyond 18 digits.
    [[nodiscard]] V with_expected() const { return confirmed + expected; }

    friend bool operator==(const ValueSum&, const ValueSum&) = default;
};

/// The sums of one row of a set of KPIs in one unit, following their accumulation (DHIS2's
/// SUM and LAST): the cells of level and increment KPIs add up per fiscal year; a cumulative
/// KPI (3年累計, a running total) contributes only its latest set cell, to
/// `cumulative_latest`, never a sum of its years. Not-set cells add nothing; a year twice in
/// a row counts once, with its first cell. `V` is Decimal, or a typed quantity (Money,
/// Count, Percent) from aggregate::values_as.
template <class V = Decimal>
struct ValueTotals {
    Unit unit; ///< the unit of every KPI summed (empty when none was)
    std::size_t kpis = 0;
    /// Level and increment KPIs: each year's cells across the KPIs.
    std::map<FiscalYear, ValueSum<V>> per_year;
    std::size_t cumulative_kpis = 0;
    /// Cumulative KPIs: each one's latest set cell (Series::latest).
    ValueSum<V> cumulative_latest;

    friend bool operator==(const ValueTotals&, const ValueTotals&) = default;
};

namespace detail {
template <class>
inline constexpr bool dependent_false = false;

template <class R, class Entry>
concept range_of = std::ranges::input_range<R> &&
    std::same_as<std::remove_cvref_t<std::ranges::range_value_t<R>>, Entry>;
template <class R>
concept kpi_range = std::ranges::input_range<R> && has_kpi<std::ranges::range_value_t<R>> &&
    !has_year<std::ranges::range_value_t<R>>;

GRANTKPI_API void count_kpi(KpiCounts& counts, const KpiEvaluation& kpi) noexcept;
GRANTKPI_API void add_counts(KpiCounts& counts, const KpiCounts& more) noexcept;
[[nodiscard]] GRANTKPI_API HeadlineShare headline(const KpiCounts& counts) noexcept;
/// Adds a KPI's row to `totals`; the first KPI sets the unit. An error when the KPI's unit
/// label differs from the one summed so far (`where` names the KPI), or beyond 18 digits.
[[nodiscard]] GRANTKPI_API Result<void> add_values(ValueTotals<Decimal>& totals, const Kpi& kpi,
                                                   TableRow row, std::string_view function,
                                                   const std::string& where);
/// `KPI 2 of <project> (report 0, /rounds/0/projects/2/kpis/1)`.
[[nodiscard]] GRANTKPI_API std::string describe_kpi(const Kpi& kpi, const Project& project,
                                                    std::size_t report_index,
                                                    const std::string& pointer);
[[nodiscard]] GRANTKPI_API Error unit_kind_error(std::string_view function, const Unit& unit,
                                                 std::string_view wanted, const std::string& where);

/// Whether a KPI unit may be summed as the quantity `Q` (Money: 千円; Count: a count unit;
/// Percent: a percent unit).
template <class Q>
bool unit_fits(const Unit& unit) noexcept {
    if constexpr (std::same_as<Q, Money>) {
        return unit.kind == UnitKind::currency && unit.label == units::thousand_yen::symbol;
    } else if constexpr (std::same_as<Q, Count>) {
        return unit.kind == UnitKind::count;
    } else if constexpr (std::same_as<Q, Percent>) {
        return unit.kind == UnitKind::percent;
    } else {
        static_assert(dependent_false<Q>, "aggregate::values_as: Money, Count or Percent");
        return false;
    }
}
template <class Q>
constexpr std::string_view unit_wanted() noexcept {
    if constexpr (std::same_as<Q, Money>) {
        return "\xE5\x8D\x83\xE5\x86\x86 (Money)"; // 千円
    } else if constexpr (std::same_as<Q, Count>) {
        return "a count unit (Count)";
    } else {
        return "a percent unit (Percent)";
    }
}

template <class Q>
ValueSum<Q> as_quantity(const ValueSum<Decimal>& sum) {
    return ValueSum<Q>{Q{sum.confirmed}, sum.confirmed_cells, Q{sum.expected}, sum.expected_cells};
}

template <class R>
Result<ValueTotals<Decimal>> sum_values(R&& kpis, TableRow row, std::string_view function,
                                        bool (*fits)(const Unit&) noexcept,
                                        std::string_view wanted) {
    ValueTotals<Decimal> totals;
    for (const auto& entry : kpis) {
        const Kpi& kpi = entry.kpi();
        if (fits != nullptr && !fits(kpi.unit)) {
            return unit_kind_error(
                function, kpi.unit, wanted,
                describe_kpi(kpi, entry.project(), entry.report_index(), entry.kpi_pointer()));
        }
        auto added = add_values(
            totals, kpi, row, function,
            describe_kpi(kpi, entry.project(), entry.report_index(), entry.kpi_pointer()));
        if (!added) {
            return added.error();
        }
    }
    return totals;
}
} // namespace detail

/// The aggregates, each a function object over a range of entries (a view, or a group of
/// group_by), so that it can be given to group_by as it is.
namespace aggregate {

/// The Summary of evaluated projects (evaluate.hpp's summarize): project counts by outcome,
/// KPI counts by verdict, provisional apart, the two headline shares and the budget totals.
/// Over views::projects(collection) it equals CollectionEvaluation::summary. Throws
/// error_exception when a sum of money overflows 18 digits.
inline constexpr struct summary_fn {
    template <detail::range_of<EvaluatedProjectEntry> R>
    [[nodiscard]] Summary operator()(R&& projects) const {
        std::vector<const ProjectEvaluation*> evaluations;
        if constexpr (std::ranges::sized_range<R>) {
            evaluations.reserve(std::ranges::size(projects));
        }
        for (const auto& entry : projects) {
            evaluations.push_back(&entry.evaluation());
        }
        return summarize(evaluations);
    }
    template <detail::range_of<ProjectEntry> R>
    Summary operator()(R&&) const {
        static_assert(detail::dependent_false<R>,
                      "aggregate::summary counts verdicts: give it the projects of an "
                      "evaluation, views::projects(evaluation), not of a bare report");
        return {};
    }
} summary{};

/// Projects by outcome, provisional apart (Summary::projects).
inline constexpr struct project_counts_fn {
    template <detail::range_of<EvaluatedProjectEntry> R>
    [[nodiscard]] ProjectCounts operator()(R&& projects) const {
        return summary(std::forward<R>(projects)).projects;
    }
} project_counts{};

/// KPIs by verdict, provisional apart: over evaluated KPIs (a KPI group: by unit, by
/// direction), or over evaluated projects (their KPIs; Summary::kpis).
inline constexpr struct kpi_counts_fn {
    template <detail::range_of<EvaluatedKpiEntry> R>
    [[nodiscard]] KpiCounts operator()(R&& kpis) const {
        KpiCounts counts;
        for (const auto& entry : kpis) {
            detail::count_kpi(counts, entry.evaluation());
        }
        return counts;
    }
    template <detail::range_of<EvaluatedProjectEntry> R>
    [[nodiscard]] KpiCounts operator()(R&& projects) const {
        KpiCounts counts;
        for (const auto& entry : projects) {
            detail::add_counts(counts, entry.evaluation().kpi_counts);
        }
        return counts;
    }
} kpi_counts{};

/// The first headline figure: the share of KPIs that met their target, four ways
/// (HeadlineShare), over evaluated KPIs or projects.
inline constexpr struct kpis_met_fn {
    template <std::ranges::input_range R>
    requires std::invocable<const kpi_counts_fn&, R>
    [[nodiscard]] HeadlineShare operator()(R&& entries) const {
        return detail::headline(kpi_counts(std::forward<R>(entries)));
    }
} kpis_met{};

/// The second headline figure: the share of projects that met at least one KPI target.
inline constexpr struct projects_met_at_least_one_fn {
    template <detail::range_of<EvaluatedProjectEntry> R>
    [[nodiscard]] HeadlineShare operator()(R&& projects) const {
        return summary(std::forward<R>(projects)).projects_met_at_least_one;
    }
} projects_met_at_least_one{};

/// Own and joint-total budgets, each with its national share, never added together
/// (BudgetTotals). Throws error_exception when a sum overflows 18 digits.
inline constexpr struct budget_fn {
    template <detail::range_of<EvaluatedProjectEntry> R>
    [[nodiscard]] BudgetTotals operator()(R&& projects) const {
        return summary(std::forward<R>(projects)).budget;
    }
} budget{};

/// The sums of a row (actual by default) of KPIs that are all in one unit (the same label as
/// written): ValueTotals. An error naming the first KPI in another unit (group by::unit
/// first, or use values_by_unit), or when a sum needs more than 18 digits. Over
/// views::kpis(collection), a joint project's copies in later reports are left out.
inline constexpr struct values_fn {
    template <detail::kpi_range R>
    [[nodiscard]] Result<ValueTotals<>> operator()(R&& kpis,
                                                   TableRow row = TableRow::actual) const {
        return detail::sum_values(std::forward<R>(kpis), row, "aggregate::values", nullptr, {});
    }
} values{};

/// The sums of a row per unit label: no unit is ever added to another. Throws
/// error_exception when a sum needs more than 18 digits.
inline constexpr struct values_by_unit_fn {
    template <detail::kpi_range R>
    [[nodiscard]] std::map<std::string, ValueTotals<>>
    operator()(R&& kpis, TableRow row = TableRow::actual) const {
        std::map<std::string, ValueTotals<>> out;
        for (const auto& entry : kpis) {
            const Kpi& kpi = entry.kpi();
            detail::add_values(out[kpi.unit.label], kpi, row, "aggregate::values_by_unit",
                               detail::describe_kpi(kpi, entry.project(), entry.report_index(),
                                                    entry.kpi_pointer()))
                .value();
        }
        return out;
    }
} values_by_unit{};

/// values, typed: the sums as quantities `Q` (Money for 千円, Count, Percent), which cannot
/// be added to sums of another quantity (that does not compile). An error naming the first
/// KPI whose unit is not `Q`'s, or whose label differs from the others'.
template <class Q>
struct values_as_fn {
    template <detail::kpi_range R>
    [[nodiscard]] Result<ValueTotals<Q>> operator()(R&& kpis,
                                                    TableRow row = TableRow::actual) const {
        auto sums = detail::sum_values(std::forward<R>(kpis), row, "aggregate::values_as",
                                       &detail::unit_fits<Q>, detail::unit_wanted<Q>());
        if (!sums) {
            return sums.error();
        }
        ValueTotals<Q> out;
        out.unit = sums->unit;
        out.kpis = sums->kpis;
        out.cumulative_kpis = sums->cumulative_kpis;
        out.cumulative_latest = detail::as_quantity<Q>(sums->cumulative_latest);
        for (const auto& [year, sum] : sums->per_year) {
            out.per_year.emplace(year, detail::as_quantity<Q>(sum));
        }
        return out;
    }
};
template <class Q>
inline constexpr values_as_fn<Q> values_as{};

} // namespace aggregate
} // namespace grantkpi
