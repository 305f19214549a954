// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Judging a report the way reviewers and the national government do: each KPI-year against
// its plan, each KPI on its latest evaluated year, each project on its KPIs, and the two
// national headline figures for a round, a report or a set of reports. The exact rules,
// with the edge cases, are in docs/evaluation.md; the doc comments below are their summary.
//
// Figures stay exact: values and money are Decimal / Money, and every sum is checked. Only
// ratios are doubles, and each carries its 4-decimal rounding computed exactly from the
// Decimals (Ratio::rounded), which is what the JSON and CSV writers print.
//
// Lifetime: a result holds the figures only. What it shares with the model (a KPI's title,
// a project's name and partners, a round's scheme, a report's title and municipality) it
// reads through its `model` link (model_link.hpp): `kpi_evaluation.title()`. An evaluation
// is therefore valid while the evaluated Report lives, is not moved from and keeps its
// vectors (no project or KPI added). Its figures stay right when copied or kept longer,
// but its names do not. A result that was not computed from a model (default-constructed)
// throws error_exception from these accessors. `evaluate` of a temporary Report does not
// compile. Equality compares the figures and, when both results are linked, the names
// through the links.

#include <grantkpi/decimal.hpp>
#include <grantkpi/enum_names.hpp>
#include <grantkpi/error.hpp>
#include <grantkpi/export.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/fraction.hpp>
#include <grantkpi/kpi.hpp>
#include <grantkpi/model_link.hpp>
#include <grantkpi/money.hpp>
#include <grantkpi/observation.hpp>
#include <grantkpi/project.hpp>
#include <grantkpi/provenance.hpp>
#include <grantkpi/report.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace grantkpi {

// ------------------------------------------------------------------------------- options

/// The thresholds of the effect rating (EffectRating). Both are exact fractions, so that a
/// KPI exactly on a threshold (actual 8, plan 10) is rated the same on every platform.
struct EvaluationOptions {
    /// A KPI that missed its target is `close_to_target` when its attainment reaches this:
    /// actual / plan for an increase KPI, plan / actual for a decrease KPI. Default 4/5
    /// (80 %). Must be in (0, 1].
    Fraction close_to_target{4, 5};
    /// A project gets the best level that at least this share of its rated KPIs reach (a
    /// KPI reaches a level when it is rated that level or better). Default 1/2: the level
    /// of the better half of its KPIs. 1/1 gives the worst KPI's level; a small share
    /// approaches the best KPI's. Must be in (0, 1].
    Fraction project_quorum{1, 2};

    friend bool operator==(const EvaluationOptions&, const EvaluationOptions&) = default;
};
BOOST_DESCRIBE_STRUCT(EvaluationOptions, (), (close_to_target, project_quorum))

// --------------------------------------------------------------------------------- ratio

/// A ratio of two exact values: its double, and its value rounded half away from zero to
/// 4 decimals, computed exactly from the Decimals (136 / 150 = 0.90666... -> 0.9067).
struct Ratio {
    double value = 0.0;
    Decimal rounded; ///< scale 4

    friend bool operator==(const Ratio&, const Ratio&) = default;
};
BOOST_DESCRIBE_STRUCT(Ratio, (), (value, rounded))

/// The 4-decimal rounding, as the JSON and CSV write it: `0.5714`, `1.2471`.
[[nodiscard]] GRANTKPI_API std::string to_string(const Ratio& ratio);
/// A percentage with `digits` fraction digits, from the 4-decimal rounding (half away from
/// zero), grouped: `57.1%`, `100.0%`, `1,234.5%`.
[[nodiscard]] GRANTKPI_API std::string to_percent_string(const Ratio& ratio, int digits = 1);
/// Writes to_string(ratio).
GRANTKPI_API std::ostream& operator<<(std::ostream& os, const Ratio& ratio);

/// `numerator / denominator`, nullopt when the denominator is zero or when the ratio is
/// 10^14 or more in magnitude (its 4-decimal rounding would not fit 18 digits).
[[nodiscard]] GRANTKPI_API std::optional<Ratio> make_ratio(Decimal numerator,
                                                           Decimal denominator) noexcept;

/// `count / of` for counts of KPIs or projects; nullopt when `of` is 0.
[[nodiscard]] GRANTKPI_API std::optional<Ratio> make_ratio(std::size_t count,
                                                           std::size_t of) noexcept;

// ------------------------------------------------------------------------------ KPI-year

/// One fiscal year of a KPI: its plan and actual cells and, when both are numeric, how the
/// actual compares.
struct KpiYearEvaluation {
    FiscalYear year;
    /// Judged only when plan and actual both have a value (confirmed or expected): actual >=
    /// plan for an increase KPI, actual <= plan for a decrease KPI. Plan 0 and actual 0 is
    /// met.
    std::optional<bool> met;
    /// The actual (or, oddly, the plan) is expected (見込): a verdict on this year may still
    /// change, and is counted apart from confirmed ones.
    bool provisional = false;
    Observation plan;   ///< the plan cell (not set when the plan row has no such year)
    Observation actual; ///< the actual cell (not set when the actual row has no such year)
    /// actual / plan, the published 達成率; nullopt when not judged or when the plan is 0.
    /// Computed whatever the signs (an increment KPI may have a negative plan or actual).
    std::optional<Ratio> ratio;
    /// (actual - baseline) / (plan - baseline), the IATI / OKR progress, when judged and a
    /// baseline exists and differs from the plan. The baseline is the plan row's 当初値 (the
    /// origin the targets were set from), or the actual row's when the plan row has none.
    std::optional<Ratio> progress;

    // The members are declared small ones first so that the struct packs into 104 bytes;
    // the description below keeps the reading order (JSON, CSV).
    friend bool operator==(const KpiYearEvaluation&, const KpiYearEvaluation&) = default;
};
BOOST_DESCRIBE_STRUCT(KpiYearEvaluation, (),
                      (year, plan, actual, met, ratio, progress, provisional))

// ----------------------------------------------------------------------------------- KPI

/// A KPI's verdict on its latest evaluated year.
enum class Verdict {
    met,          ///< the latest evaluated year met its plan
    not_met,      ///< the latest evaluated year missed its plan
    no_plan,      ///< no plan value in any year: there is no target to judge against
    not_reported, ///< plan values exist, but no year has both a plan and an actual value
};
BOOST_DESCRIBE_ENUM(Verdict, met, not_met, no_plan, not_reported)

/// The four levels of the national form's effect rating, plus not rated.
enum class EffectRating {
    target_reached,       ///< 非常に効果的: the target was reached
    close_to_target,      ///< 相当程度効果があった: missed, attainment >= close_to_target
    better_than_baseline, ///< 効果があった: missed, but better than the baseline by direction
    not_better, ///< 効果がなかった: none of the above (also when there is no baseline)
    not_rated,  ///< not judged (no_plan, not_reported): nothing to rate
};
BOOST_DESCRIBE_ENUM(EffectRating, target_reached, close_to_target, better_than_baseline, not_better,
                    not_rated)

/// An increment KPI's running sums: the actuals of the years judged so far against their
/// plans.
struct RunningTotal {
    FiscalYear through;         ///< the latest evaluated year
    int years = 0;              ///< number of years summed: those with both a plan and an actual
    Decimal plan;               ///< sum of their plans
    Decimal actual;             ///< sum of their actuals
    bool met = false;           ///< actual sum >= plan sum (increase) or <= (decrease)
    std::optional<Ratio> ratio; ///< actual sum / plan sum; nullopt when the plan sum is 0
    bool provisional = false;   ///< one of the summed years is provisional

    friend bool operator==(const RunningTotal&, const RunningTotal&) = default;
};
BOOST_DESCRIBE_STRUCT(RunningTotal, (), (through, years, plan, actual, met, ratio, provisional))

struct KpiEvaluation {
    int number = 0; ///< 1 for KPI①
    Direction direction = Direction::increase;
    /// What the direction, and so every verdict of this KPI, rests on (Kpi::direction_basis).
    /// When it is weak (Provenance::is_weak: assumed, or inferred on weak evidence), a
    /// judged verdict is counted in KpiCounts::weak_direction, and `grantkpi validate` warns
    /// (GK410) when the other direction would give the other verdict.
    Provenance direction_basis;
    Accumulation accumulation = Accumulation::level;
    /// One entry per fiscal year whose plan or actual has a value, in column order (the plan
    /// row's, then years only the actual row has). A year twice in a row (validation rule
    /// GK402) is evaluated once, with its first cells.
    std::vector<KpiYearEvaluation> years;
    /// The latest fiscal year (by year, not by column) whose plan and actual both have a
    /// value, expected actuals included; nullopt when there is none.
    std::optional<FiscalYear> latest_year;
    /// met / not_met on latest_year; no_plan or not_reported without one. A cumulative KPI
    /// is judged like a level KPI, on its latest value; the running total of an increment
    /// KPI is reported apart and does not change the verdict.
    Verdict verdict = Verdict::no_plan;
    /// latest_year is provisional (its actual is expected): the verdict may still change.
    bool provisional = false;
    /// The latest year whose plan and actual are both confirmed, and whether it met: the
    /// verdict a confirmed-only reader would give. Equal to latest_year when that is not
    /// provisional.
    std::optional<FiscalYear> latest_confirmed_year;
    std::optional<bool> latest_confirmed_met;
    /// Increment KPIs only, when judged.
    std::optional<RunningTotal> running_total;
    /// The effect rating on latest_year (not_rated when not judged): target_reached when
    /// met; close_to_target when the attainment reaches EvaluationOptions::close_to_target
    /// (increase: plan > 0 and actual / plan >= it; decrease: actual > 0 and plan / actual
    /// >= it); better_than_baseline when the actual is strictly better than the baseline
    /// (the actual row's 当初値, else the plan row's) by direction; otherwise not_better.
    EffectRating effect = EffectRating::not_rated;
    /// The rating may change: latest_year is provisional, or it rests on an expected baseline.
    bool effect_provisional = false;
    /// Rated not_better because the KPI has no baseline to compare with: "no evidence of
    /// improvement" rather than "no improvement".
    bool effect_without_baseline = false;

    /// The KPI this was computed from (model_link.hpp: valid while the report lives).
    ModelLink<Kpi> model;

    /// The KPI's title, through `model`.
    [[nodiscard]] const std::string& title() const { return model.checked("title").title; }
    /// The `years` entry of latest_year (the judged year); nullptr when not judged.
    [[nodiscard]] const KpiYearEvaluation* latest() const noexcept;

    friend GRANTKPI_API bool operator==(const KpiEvaluation&, const KpiEvaluation&);
};
BOOST_DESCRIBE_STRUCT(KpiEvaluation, (),
                      (number, direction, direction_basis, accumulation, years, latest_year,
                       verdict, provisional, latest_confirmed_year, latest_confirmed_met,
                       running_total, effect, effect_provisional, effect_without_baseline))

/// KPIs counted by verdict, provisional apart from confirmed. Every KPI is in exactly one
/// of the six counts from met_confirmed to not_reported; weak_direction counts again, apart,
/// the judged ones whose verdict rests on a weak direction.
struct KpiCounts {
    std::size_t total = 0;
    std::size_t met_confirmed = 0;
    std::size_t met_provisional = 0;
    std::size_t not_met_confirmed = 0;
    std::size_t not_met_provisional = 0;
    std::size_t no_plan = 0;
    std::size_t not_reported = 0;
    /// Judged KPIs (met or not met, confirmed or provisional) whose direction is weak
    /// (Provenance::is_weak: assumed, or inferred on weak evidence): their verdicts rest on
    /// a guess of which way is better.
    std::size_t weak_direction = 0;

    [[nodiscard]] std::size_t met() const noexcept { return met_confirmed + met_provisional; }
    [[nodiscard]] std::size_t judged_confirmed() const noexcept {
        return met_confirmed + not_met_confirmed;
    }
    [[nodiscard]] std::size_t judged() const noexcept {
        return judged_confirmed() + met_provisional + not_met_provisional;
    }

    friend bool operator==(const KpiCounts&, const KpiCounts&) = default;
};
BOOST_DESCRIBE_STRUCT(KpiCounts, (),
                      (total, met_confirmed, met_provisional, not_met_confirmed,
                       not_met_provisional, no_plan, not_reported, weak_direction))

// ------------------------------------------------------------------------------- project

/// Whether a project met at least one KPI (the national headline's question).
enum class ProjectOutcome {
    met_at_least_one, ///< at least one KPI met in its latest evaluated year
    met_none,         ///< some KPIs judged, none met
    not_judged,       ///< no KPI judged (all no_plan or not_reported, or no KPIs)
};
BOOST_DESCRIBE_ENUM(ProjectOutcome, met_at_least_one, met_none, not_judged)

struct ProjectEvaluation {
    Application application = Application::single;
    Money budget;
    BudgetScope budget_scope = BudgetScope::own;
    /// What the scope rests on (Project::budget_scope_basis).
    Provenance budget_scope_basis;
    /// The own part of a joint_total budget (Project::own_budget), when the project gives
    /// one; nullopt for an own-scope project (its budget is all its own).
    std::optional<Money> own_budget;
    Fraction national_share{1, 2};
    /// budget x national_share: exact when that has a finite decimal value within 18 digits,
    /// else rounded half away from zero to 3 decimals (one yen) and flagged. Its scope is
    /// the budget's (a joint_total budget gives a joint_total amount).
    Money national_share_amount;
    bool national_share_amount_rounded = false;
    /// own_budget x national_share, computed like national_share_amount; nullopt without an
    /// own part.
    std::optional<Money> own_national_share_amount;
    bool own_national_share_amount_rounded = false;
    std::vector<KpiEvaluation> kpis;
    KpiCounts kpi_counts;
    /// The numbers of the KPIs met in their latest evaluated year, provisional ones included
    /// (see kpi_counts for the split).
    std::vector<int> kpis_met;
    /// met_at_least_one is confirmed when a KPI met with a confirmed verdict; provisional
    /// when only provisional verdicts met. met_none is provisional when one of the judged
    /// KPIs' verdicts is provisional (it could still turn to met).
    ProjectOutcome outcome = ProjectOutcome::not_judged;
    bool outcome_provisional = false;
    /// The best level that at least EvaluationOptions::project_quorum of the rated KPIs reach
    /// (not_rated when no KPI is rated); provisional when one of the rated KPIs' ratings is.
    EffectRating effect = EffectRating::not_rated;
    bool effect_provisional = false;

    /// The project this was computed from (model_link.hpp: valid while the report lives).
    ModelLink<Project> model;

    /// The project's name and partners (as written: 道, 県, ○○町), through `model`.
    [[nodiscard]] const std::string& name() const { return model.checked("name").name; }
    [[nodiscard]] const std::vector<std::string>& partners() const {
        return model.checked("partners").partners;
    }

    friend GRANTKPI_API bool operator==(const ProjectEvaluation&, const ProjectEvaluation&);
};
BOOST_DESCRIBE_STRUCT(ProjectEvaluation, (),
                      (application, budget, budget_scope, budget_scope_basis, own_budget,
                       national_share, national_share_amount, national_share_amount_rounded,
                       own_national_share_amount, own_national_share_amount_rounded, kpis,
                       kpi_counts, kpis_met, outcome, outcome_provisional, effect,
                       effect_provisional))

/// Projects counted by outcome, provisional apart from confirmed.
struct ProjectCounts {
    std::size_t total = 0;
    std::size_t met_at_least_one_confirmed = 0;
    std::size_t met_at_least_one_provisional = 0;
    std::size_t met_none_confirmed = 0;
    std::size_t met_none_provisional = 0;
    std::size_t not_judged = 0;

    [[nodiscard]] std::size_t met_at_least_one() const noexcept {
        return met_at_least_one_confirmed + met_at_least_one_provisional;
    }
    [[nodiscard]] std::size_t judged_confirmed() const noexcept {
        return met_at_least_one_confirmed + met_none_confirmed;
    }
    [[nodiscard]] std::size_t judged() const noexcept {
        return judged_confirmed() + met_at_least_one_provisional + met_none_provisional;
    }

    friend bool operator==(const ProjectCounts&, const ProjectCounts&) = default;
};
BOOST_DESCRIBE_STRUCT(ProjectCounts, (),
                      (total, met_at_least_one_confirmed, met_at_least_one_provisional,
                       met_none_confirmed, met_none_provisional, not_judged))

// ------------------------------------------------------------------------------- summary

/// A share `count / of`; `value` is nullopt when `of` is 0.
struct Share {
    std::size_t count = 0;
    std::size_t of = 0;
    std::optional<Ratio> value;

    friend bool operator==(const Share&, const Share&) = default;
};
BOOST_DESCRIBE_STRUCT(Share, (), (count, of, value))

/// One headline figure (KPIs that met their target, projects that met at least one) in the
/// four ways it can honestly be given. "Judged" leaves out what could not be judged
/// (no_plan, not_reported, projects without a judged KPI); "all" counts them as not met.
/// "Confirmed" counts only confirmed verdicts, in the count and in the judged denominator;
/// "with provisional" counts provisional verdicts like confirmed ones, and says so.
struct HeadlineShare {
    Share confirmed_of_judged;        ///< met confirmed / judged confirmed
    Share confirmed_of_all;           ///< met confirmed / all
    Share with_provisional_of_judged; ///< met (confirmed + provisional) / judged (both)
    Share with_provisional_of_all;    ///< met (confirmed + provisional) / all

    friend bool operator==(const HeadlineShare&, const HeadlineShare&) = default;
};
BOOST_DESCRIBE_STRUCT(HeadlineShare, (),
                      (confirmed_of_judged, confirmed_of_all, with_provisional_of_judged,
                       with_provisional_of_all))

/// Budgets by scope. Own budgets and joint-total budgets (※道全体の採択額) are summed
/// apart and never added together: a joint total also contains other participants' money.
/// The own part of a joint-total budget (うち北山町分8,000千円), when a project gives one,
/// is the municipality's own money: it is added to the own sums, and counted in own_parts.
struct BudgetTotals {
    std::size_t own_projects = 0; ///< own-scope projects
    /// Sum of own-scope budgets and of the own parts of joint-total budgets.
    Money own;
    Money own_national_share; ///< sum of their national-share amounts
    /// Joint-total projects whose own part is in `own` (each also in joint_total_projects).
    std::size_t own_parts = 0;
    std::size_t joint_total_projects = 0;
    Money joint_total;                ///< sum of joint-total budgets
    Money joint_total_national_share; ///< sum of their national-share amounts
    /// Number of national-share amounts in the sums that were rounded to 3 decimals (an own
    /// part's amount counts apart from its project's).
    std::size_t rounded_national_shares = 0;
    /// Projects whose budget scope is weak (Provenance::is_weak: assumed, or inferred on weak
    /// evidence): their budgets may belong in the other sum.
    std::size_t weak_scopes = 0;

    friend bool operator==(const BudgetTotals&, const BudgetTotals&) = default;
};
BOOST_DESCRIBE_STRUCT(BudgetTotals, (),
                      (own_projects, own, own_national_share, own_parts, joint_total_projects,
                       joint_total, joint_total_national_share, rounded_national_shares,
                       weak_scopes))

/// The statistics of a set of projects: a round, a report, or a set of reports.
struct Summary {
    ProjectCounts projects;
    KpiCounts kpis;
    /// The national headline figures: the share of KPIs that met their target and the share
    /// of projects that met at least one KPI target.
    HeadlineShare kpis_met;
    HeadlineShare projects_met_at_least_one;
    BudgetTotals budget;

    friend bool operator==(const Summary&, const Summary&) = default;
};
BOOST_DESCRIBE_STRUCT(Summary, (), (projects, kpis, kpis_met, projects_met_at_least_one, budget))

// -------------------------------------------------------------------- round and report

struct RoundEvaluation {
    FiscalYear fiscal_year;
    std::vector<ProjectEvaluation> projects;
    Summary summary;

    /// The round this was computed from (model_link.hpp: valid while the report lives).
    ModelLink<Round> model;

    /// The round's scheme (地方創生推進交付金), through `model`.
    [[nodiscard]] const std::string& scheme() const { return model.checked("scheme").scheme; }

    friend GRANTKPI_API bool operator==(const RoundEvaluation&, const RoundEvaluation&);
};
BOOST_DESCRIBE_STRUCT(RoundEvaluation, (), (fiscal_year, projects, summary))

struct ReportEvaluation {
    EvaluationOptions options;
    std::vector<RoundEvaluation> rounds;
    Summary summary; ///< over every project of every round

    /// The report this was computed from (model_link.hpp: valid while the report lives).
    ModelLink<Report> model;

    /// The report's title and municipality (札幌市), through `model`.
    [[nodiscard]] const std::optional<std::string>& title() const {
        return model.checked("title").title;
    }
    [[nodiscard]] const std::optional<std::string>& municipality() const {
        return model.checked("municipality").municipality;
    }

    friend GRANTKPI_API bool operator==(const ReportEvaluation&, const ReportEvaluation&);
};
BOOST_DESCRIBE_STRUCT(ReportEvaluation, (), (options, rounds, summary))

// -------------------------------------------------------------------------- many reports

/// A joint project found again in a later report and counted once.
struct MergedDuplicate {
    FiscalYear round_fiscal_year;
    std::string name;
    std::vector<std::string> partners; ///< sorted
    std::size_t kept_report = 0;       ///< index of the report whose copy is counted
    std::string kept_pointer;          ///< `/rounds/0/projects/1` in that report
    std::size_t merged_report = 0;     ///< index of the report whose copy is left out
    std::string merged_pointer;

    friend bool operator==(const MergedDuplicate&, const MergedDuplicate&) = default;
};
BOOST_DESCRIBE_STRUCT(MergedDuplicate, (),
                      (round_fiscal_year, name, partners, kept_report, kept_pointer, merged_report,
                       merged_pointer))

/// The statistics over a set of reports (a folder of municipal reports).
struct CollectionEvaluation {
    EvaluationOptions options;
    std::vector<ReportEvaluation> reports; ///< each report on its own, nothing merged
    /// Over every project of every report, each joint project counted once.
    Summary summary;
    std::size_t duplicates_merged = 0;
    std::vector<MergedDuplicate> merged;

    friend bool operator==(const CollectionEvaluation&, const CollectionEvaluation&) = default;
};
BOOST_DESCRIBE_STRUCT(CollectionEvaluation, (),
                      (options, reports, summary, duplicates_merged, merged))

// ------------------------------------------------------------------------------ functions

/// Evaluates one KPI (the project gives nothing a KPI needs beyond its own cells). Throws
/// error_exception when an option is outside (0, 1].
[[nodiscard]] GRANTKPI_API KpiEvaluation evaluate_kpi(const Kpi& kpi,
                                                      const EvaluationOptions& options = {});

/// Evaluates a project and its KPIs. Throws error_exception when its national-share amount
/// cannot be computed even rounded (a budget of 18 digits) or an option is outside (0, 1].
[[nodiscard]] GRANTKPI_API ProjectEvaluation
evaluate_project(const Project& project, const EvaluationOptions& options = {});

/// Evaluates a report: every round, project, KPI and KPI-year, and the summaries. A report
/// with validation errors is still evaluated (as documented per field), but its figures
/// mean little; validate first. Throws error_exception when a sum of money overflows 18
/// digits, or when an option is outside (0, 1].
[[nodiscard]] GRANTKPI_API ReportEvaluation evaluate(const Report& report,
                                                     const EvaluationOptions& options = {});
/// Non-throwing form of `evaluate`.
[[nodiscard]] GRANTKPI_API Result<ReportEvaluation>
try_evaluate(const Report& report, const EvaluationOptions& options = {});
/// Refused: the evaluation would link to a report that dies at the end of the statement.
/// Keep the report in a variable, and evaluate that.
ReportEvaluation evaluate(const Report&& report, const EvaluationOptions& options = {}) = delete;
Result<ReportEvaluation> try_evaluate(const Report&& report,
                                      const EvaluationOptions& options = {}) = delete;

/// Evaluates a set of reports and sums them up. A joint project (application joint) found in
/// a later report with the same round fiscal year, name and partners (compared after
/// folding full-width characters and removing spaces; partners as a sorted set) as one in
/// an earlier report is counted once in `summary`: the earliest report's copy with its KPI
/// verdicts and budget, the later copies left out entirely and listed in `merged`. Copies
/// within one report are not merged. Throws like `evaluate` (the error of the first report
/// in order that has one), and when a national sum of money overflows 18 digits (the sums
/// run in report order).
///
/// `threads` is how many threads may evaluate reports at the same time: 1 (the default) does
/// everything on the calling thread, 0 uses std::thread::hardware_concurrency(), and no more
/// than one thread per 8 reports is started. The result is the same whatever the number.
[[nodiscard]] GRANTKPI_API CollectionEvaluation evaluate_collection(
    std::span<const Report> reports, const EvaluationOptions& options = {}, unsigned threads = 1);
/// Non-throwing form of `evaluate_collection`.
[[nodiscard]] GRANTKPI_API Result<CollectionEvaluation>
try_evaluate_collection(std::span<const Report> reports, const EvaluationOptions& options = {},
                        unsigned threads = 1);
/// Refused like `evaluate` of a temporary: the reports would die with the statement.
CollectionEvaluation evaluate_collection(std::vector<Report>&& reports,
                                         const EvaluationOptions& options = {},
                                         unsigned threads = 1) = delete;
Result<CollectionEvaluation> try_evaluate_collection(std::vector<Report>&& reports,
                                                     const EvaluationOptions& options = {},
                                                     unsigned threads = 1) = delete;

/// The summary of any set of evaluated projects. Throws error_exception when a sum of money
/// overflows 18 digits.
[[nodiscard]] GRANTKPI_API Summary summarize(std::span<const ProjectEvaluation* const> projects);

} // namespace grantkpi
