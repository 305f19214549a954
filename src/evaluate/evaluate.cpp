// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/evaluate.hpp>

#include "detail/parallel.hpp"
#include "detail/year_index.hpp"
#include "evaluate/wide_int.hpp"
#include "unicode/unicode.hpp"

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace grantkpi {
namespace {

constexpr int ratio_scale = 4;

// The nearest double of a Decimal, as Decimal::to_double gives it, without its trip through
// text in the common case: a coefficient below 2^53 and a power of ten up to 10^18 are both
// exact doubles, and IEEE division rounds the quotient of two exact doubles correctly, so
// the result is the correctly rounded value strtod gives (Clinger's fast path).
double nearest_double(Decimal d) noexcept {
    static constexpr std::array<double, Decimal::max_scale + 1> powers = {
        1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8, 1e9,
        1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};
    constexpr std::int64_t exact_limit = std::int64_t{1} << 53;
    if (d.coefficient() > -exact_limit && d.coefficient() < exact_limit) {
        return static_cast<double>(d.coefficient()) / powers[static_cast<std::size_t>(d.scale())];
    }
    return d.to_double();
}

// numerator / denominator as a double. Both as integers at one scale: numerator x 10^k and
// denominator, or numerator and denominator x 10^k (k the difference of the scales); when
// both are below 2^53 they are exact doubles and one IEEE division gives the correctly
// rounded ratio. Otherwise the quotient of the two nearest doubles.
double ratio_double(Decimal numerator, Decimal denominator) noexcept {
    constexpr std::int64_t exact_limit = std::int64_t{1} << 53;
    const int shift = denominator.scale() - numerator.scale();
    std::int64_t n = numerator.coefficient();
    std::int64_t d = denominator.coefficient();
    auto scale_up = [](std::int64_t& v, int k) {
        const std::int64_t limit = exact_limit / Decimal::power_of_ten(k);
        if (v <= -limit || v >= limit) {
            return false;
        }
        v *= Decimal::power_of_ten(k);
        return true;
    };
    const bool scaled = shift >= 0 ? scale_up(n, shift) : scale_up(d, -shift);
    if (scaled && n > -exact_limit && n < exact_limit && d > -exact_limit && d < exact_limit) {
        return static_cast<double>(n) / static_cast<double>(d);
    }
    return nearest_double(numerator) / nearest_double(denominator);
}

void check_options(const EvaluationOptions& options) {
    const std::pair<std::string_view, Fraction> checked[] = {
        {"close_to_target", options.close_to_target}, {"project_quorum", options.project_quorum}};
    for (const auto& [name, value] : checked) {
        if (value <= Fraction{0, 1} || value > Fraction{1, 1}) {
            throw error_exception(Error{"evaluation option " + std::string(name) + " is " +
                                            value.to_string() + ", outside (0, 1]",
                                        {},
                                        {},
                                        0,
                                        0});
        }
    }
}

bool at_least_as_good(Direction direction, Decimal actual, Decimal reference) noexcept {
    return direction == Direction::increase ? actual >= reference : actual <= reference;
}

bool strictly_better(Direction direction, Decimal actual, Decimal reference) noexcept {
    return direction == Direction::increase ? actual > reference : actual < reference;
}

// The baseline the effect rating compares an actual with: the actual row's 当初値, the value
// measured before the project; the plan row's when the actual row has none.
const Observation* measured_baseline(const Kpi& kpi) noexcept {
    if (kpi.baseline.actual.has_value()) {
        return &kpi.baseline.actual;
    }
    if (kpi.baseline.plan.has_value()) {
        return &kpi.baseline.plan;
    }
    return nullptr;
}

// The baseline progress is measured from: the plan row's 当初値, the origin the targets were
// set from (plan - baseline is the planned change); the actual row's when the plan row has
// none. The seed shows why: KPI② of its first project plans 800 from 700 while the actual
// row's 当初値 is 916, so measuring from 916 would turn a planned rise into a fall.
const Observation* planned_baseline(const Kpi& kpi) noexcept {
    if (kpi.baseline.plan.has_value()) {
        return &kpi.baseline.plan;
    }
    if (kpi.baseline.actual.has_value()) {
        return &kpi.baseline.actual;
    }
    return nullptr;
}

struct Rating {
    EffectRating level = EffectRating::not_rated;
    bool provisional = false;
    bool without_baseline = false;
};

// The effect rating of a judged KPI-year (see KpiEvaluation::effect).
Rating rate(const Kpi& kpi, const KpiYearEvaluation& year, const EvaluationOptions& options) {
    Rating rating;
    rating.provisional = year.provisional;
    if (*year.met) {
        rating.level = EffectRating::target_reached;
        return rating;
    }
    const Decimal actual = *year.actual.value();
    const Decimal plan = *year.plan.value();
    const Decimal zero{0};
    const Fraction threshold = options.close_to_target;
    // increase: actual / plan >= t  <=>  actual >= plan x t  (plan > 0)
    // decrease: plan / actual >= t  <=>  plan >= actual x t  (actual > 0)
    const bool close = kpi.direction == Direction::increase
                           ? plan > zero && detail::at_least_share_of(actual, plan, threshold)
                           : actual > zero && detail::at_least_share_of(plan, actual, threshold);
    if (close) {
        rating.level = EffectRating::close_to_target;
        return rating;
    }
    const Observation* baseline = measured_baseline(kpi);
    if (baseline == nullptr) {
        rating.level = EffectRating::not_better;
        rating.without_baseline = true;
        return rating;
    }
    rating.provisional = rating.provisional || baseline->is_expected();
    rating.level = strictly_better(kpi.direction, actual, *baseline->value())
                       ? EffectRating::better_than_baseline
                       : EffectRating::not_better;
    return rating;
}

std::optional<RunningTotal> running_total_of(const KpiEvaluation& e) {
    RunningTotal total;
    total.through = *e.latest_year;
    for (const auto& year : e.years) {
        if (!year.met) {
            continue;
        }
        auto plan = total.plan.checked_add(*year.plan.value());
        auto actual = total.actual.checked_add(*year.actual.value());
        if (!plan || !actual) {
            return std::nullopt; // beyond 18 digits: no total rather than a wrong one
        }
        total.plan = *plan;
        total.actual = *actual;
        ++total.years;
        total.provisional = total.provisional || year.provisional;
    }
    total.met = at_least_as_good(e.direction, total.actual, total.plan);
    total.ratio = make_ratio(total.actual, total.plan);
    return total;
}

Money checked_sum(Money a, Money b) {
    return Money{a.amount().checked_add(b.amount()).value()};
}

HeadlineShare headline(std::size_t met_confirmed, std::size_t judged_confirmed, std::size_t met,
                       std::size_t judged, std::size_t all) {
    HeadlineShare h;
    h.confirmed_of_judged =
        Share{met_confirmed, judged_confirmed, make_ratio(met_confirmed, judged_confirmed)};
    h.confirmed_of_all = Share{met_confirmed, all, make_ratio(met_confirmed, all)};
    h.with_provisional_of_judged = Share{met, judged, make_ratio(met, judged)};
    h.with_provisional_of_all = Share{met, all, make_ratio(met, all)};
    return h;
}

// The name or partner as compared across reports: full-width folded, without spaces.
std::string comparison_key(std::string_view text) {
    const std::string folded = detail::fold_width(text);
    std::string out;
    out.reserve(folded.size());
    for (std::size_t pos = 0, length = 0; pos < folded.size(); pos += length) {
        const char32_t cp = detail::decode_utf8(folded, pos, length);
        if (!detail::is_space(cp)) {
            out.append(folded, pos, length);
        }
    }
    return out;
}

// What makes two joint projects in different reports the same project: the round's fiscal
// year, the name and the set of partners, each compared as comparison_key gives it. As one
// string, each part preceded by its length (`4:2019`), so that no two different triples
// give the same string.
void append_part(std::string& key, std::string_view part) {
    key += std::to_string(part.size());
    key += ':';
    key += part;
}

// A joint project of a report: its key, and where it is.
struct JointProject {
    std::string key;
    std::size_t round = 0;
    std::size_t project = 0;
};

// The joint projects of a report, in the order of its rounds and projects.
std::vector<JointProject> joint_projects(const Report& report) {
    std::vector<JointProject> joint;
    std::vector<std::string> partners;
    for (std::size_t r = 0; r < report.rounds.size(); ++r) {
        const Round& round = report.rounds[r];
        for (std::size_t p = 0; p < round.projects.size(); ++p) {
            const Project& project = round.projects[p];
            if (project.application != Application::joint) {
                continue;
            }
            partners.clear();
            for (const auto& partner : project.partners) {
                partners.push_back(comparison_key(partner));
            }
            std::sort(partners.begin(), partners.end());
            partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
            JointProject& found = joint.emplace_back();
            found.round = r;
            found.project = p;
            append_part(found.key, std::to_string(round.fiscal_year.gregorian()));
            append_part(found.key, comparison_key(project.name));
            for (const auto& partner : partners) {
                append_part(found.key, partner);
            }
        }
    }
    return joint;
}

} // namespace

std::optional<Ratio> make_ratio(Decimal numerator, Decimal denominator) noexcept {
    if (denominator.is_zero()) {
        return std::nullopt;
    }
    const Ratio zero_ratio{0.0, Decimal{0, ratio_scale}};
    if (numerator.is_zero()) {
        return zero_ratio;
    }
    // (cn x 10^-sn) / (cd x 10^-sd) x 10^4 = cn / cd x 10^(sd - sn + 4)
    const int shift = denominator.scale() - numerator.scale() + ratio_scale;
    const auto q = detail::rounded_quotient(detail::magnitude(numerator.coefficient()),
                                            detail::magnitude(denominator.coefficient()), shift);
    if (!q) {
        return std::nullopt;
    }
    const bool negative = numerator.is_negative() != denominator.is_negative();
    const auto coefficient = static_cast<std::int64_t>(*q);
    return Ratio{ratio_double(numerator, denominator),
                 Decimal{negative ? -coefficient : coefficient, ratio_scale}};
}

std::optional<Ratio> make_ratio(std::size_t count, std::size_t of) noexcept {
    constexpr auto max = static_cast<std::size_t>(Decimal::max_coefficient);
    if (count > max || of > max) {
        return std::nullopt;
    }
    return make_ratio(Decimal{static_cast<std::int64_t>(count)},
                      Decimal{static_cast<std::int64_t>(of)});
}

namespace {

// evaluate_kpi, evaluate_project and evaluate without checking the options again: the
// public functions check them once. Each fills its result in place, in its final vector:
// the evaluations are large, and moving them costs about as much as filling them.
void kpi_evaluation(const Kpi& kpi, const EvaluationOptions& options, KpiEvaluation& e) {
    e.model = ModelLink<Kpi>{kpi};
    e.number = kpi.number;
    e.title = kpi.title;
    e.direction = kpi.direction;
    e.direction_basis = kpi.direction_basis;
    e.accumulation = kpi.accumulation;

    // The years in column order: the plan row's, then those only the actual row has; a year
    // twice in a row (GK402) once, with its first cells.
    const Observation* baseline = planned_baseline(kpi);
    const Decimal baseline_value = baseline != nullptr ? *baseline->value() : Decimal{};
    e.years.reserve(std::max(kpi.plan.size(), kpi.actual.size()));
    auto evaluate_year = [&](FiscalYear year, const Observation* plan_cell,
                             const Observation* actual_cell) {
        const bool has_plan = plan_cell != nullptr && plan_cell->has_value();
        const bool has_actual = actual_cell != nullptr && actual_cell->has_value();
        if (!has_plan && !has_actual) {
            return;
        }
        // Filled in place from the cells, never reading back what was just written (a
        // read of fields written piecemeal waits for the writes to reach the cache).
        KpiYearEvaluation& y = e.years.emplace_back();
        y.year = year;
        if (has_plan) {
            y.plan = *plan_cell;
        }
        if (has_actual) {
            y.actual = *actual_cell;
        }
        y.provisional =
            (has_plan && plan_cell->is_expected()) || (has_actual && actual_cell->is_expected());
        if (has_plan && has_actual) {
            const Decimal plan = *plan_cell->value();
            const Decimal actual = *actual_cell->value();
            y.met = at_least_as_good(kpi.direction, actual, plan);
            y.ratio = make_ratio(actual, plan);
            if (baseline != nullptr && baseline_value != plan) {
                auto done = actual.checked_subtract(baseline_value);
                auto planned = plan.checked_subtract(baseline_value);
                if (done && planned) {
                    y.progress = make_ratio(*done, *planned);
                }
            }
        }
    };
    const auto& plans = kpi.plan.values;
    const auto& actuals = kpi.actual.values;
    // The usual table: the same years in both rows, column by column, increasing. Then each
    // year is once in each row and in the same column.
    bool aligned = plans.size() == actuals.size();
    for (std::size_t i = 0; aligned && i < plans.size(); ++i) {
        aligned = plans[i].year == actuals[i].year && (i == 0 || plans[i - 1].year < plans[i].year);
    }
    if (aligned) {
        for (std::size_t i = 0; i < plans.size(); ++i) {
            evaluate_year(plans[i].year, &plans[i].value, &actuals[i].value);
        }
    } else {
        // Any other table: each row's columns sorted by year once, then looked up (a row may
        // have 9,000 years; comparing each column with every other took minutes).
        const detail::YearIndex plan_index(plans);
        const detail::YearIndex actual_index(actuals);
        for (std::size_t i = 0; i < plans.size(); ++i) {
            if (plan_index.is_first(i)) {
                const std::size_t actual = actual_index.find(plans[i].year);
                evaluate_year(plans[i].year, &plans[i].value,
                              actual < actuals.size() ? &actuals[actual].value : nullptr);
            }
        }
        for (std::size_t i = 0; i < actuals.size(); ++i) {
            if (actual_index.is_first(i) && plan_index.find(actuals[i].year) == plans.size()) {
                evaluate_year(actuals[i].year, nullptr, &actuals[i].value);
            }
        }
    }

    const KpiYearEvaluation* latest = nullptr;
    const KpiYearEvaluation* latest_confirmed = nullptr;
    for (const auto& y : e.years) {
        if (!y.met) {
            continue;
        }
        if (latest == nullptr || y.year > latest->year) {
            latest = &y;
        }
        if (!y.provisional && (latest_confirmed == nullptr || y.year > latest_confirmed->year)) {
            latest_confirmed = &y;
        }
    }
    if (latest_confirmed != nullptr) {
        e.latest_confirmed_year = latest_confirmed->year;
        e.latest_confirmed_met = latest_confirmed->met;
    }
    if (latest == nullptr) {
        const bool has_plan = std::any_of(kpi.plan.begin(), kpi.plan.end(),
                                          [](const auto& v) { return v.value.has_value(); });
        e.verdict = has_plan ? Verdict::not_reported : Verdict::no_plan;
        return;
    }
    e.latest_year = latest->year;
    e.verdict = *latest->met ? Verdict::met : Verdict::not_met;
    e.provisional = latest->provisional;
    const Rating rating = rate(kpi, *latest, options);
    e.effect = rating.level;
    e.effect_provisional = rating.provisional;
    e.effect_without_baseline = rating.without_baseline;
    if (kpi.accumulation == Accumulation::increment) {
        e.running_total = running_total_of(e);
    }
}

// amount x share into `out`: exact when that has a finite decimal value within 18 digits
// (true), else rounded to one yen (false). Throws error_exception when even that does not fit.
bool share_of(Money amount, Fraction share, Money& out) {
    if (auto exact = amount.checked_share(share)) {
        out = *exact;
        return true;
    }
    // 1/3 of an amount has no finite decimal value: round to one yen (3 decimals of thousand
    // yen), half away from zero, and say so.
    out = amount.share_rounded(share, 3, Rounding::half_away_from_zero).value();
    return false;
}

void project_evaluation(const Project& project, const EvaluationOptions& options,
                        ProjectEvaluation& e) {
    e.model = ModelLink<Project>{project};
    e.name = project.name;
    e.application = project.application;
    e.partners = project.partners;
    e.budget = project.budget;
    e.budget_scope = project.budget_scope;
    e.budget_scope_basis = project.budget_scope_basis;
    e.national_share = project.national_share;
    e.national_share_amount_rounded =
        !share_of(project.budget, project.national_share, e.national_share_amount);
    if (project.budget_scope == BudgetScope::joint_total && project.own_budget) {
        e.own_budget = project.own_budget;
        e.own_national_share_amount_rounded = !share_of(*project.own_budget, project.national_share,
                                                        e.own_national_share_amount.emplace());
    }

    KpiCounts& counts = e.kpi_counts;
    e.kpis.reserve(project.kpis.size());
    for (const auto& kpi : project.kpis) {
        KpiEvaluation& k = e.kpis.emplace_back();
        kpi_evaluation(kpi, options, k);
        ++counts.total;
        if (k.latest_year && kpi.direction_basis.is_weak()) {
            ++counts.weak_direction;
        }
        switch (k.verdict) {
        case Verdict::met:
            ++(k.provisional ? counts.met_provisional : counts.met_confirmed);
            if (e.kpis_met.empty()) {
                e.kpis_met.reserve(project.kpis.size());
            }
            e.kpis_met.push_back(k.number);
            break;
        case Verdict::not_met:
            ++(k.provisional ? counts.not_met_provisional : counts.not_met_confirmed);
            break;
        case Verdict::no_plan:
            ++counts.no_plan;
            break;
        case Verdict::not_reported:
            ++counts.not_reported;
            break;
        }
    }

    if (counts.met_confirmed > 0) {
        e.outcome = ProjectOutcome::met_at_least_one;
    } else if (counts.met_provisional > 0) {
        e.outcome = ProjectOutcome::met_at_least_one;
        e.outcome_provisional = true;
    } else if (counts.judged() > 0) {
        e.outcome = ProjectOutcome::met_none;
        e.outcome_provisional = counts.not_met_provisional > 0;
    }

    // The best level reached by at least `project_quorum` of the rated KPIs. The levels are
    // declared best first, so "this level or better" is "enumerator <= level": counting the
    // KPIs at each level once, the running count is the number reaching the level.
    constexpr auto levels = static_cast<std::size_t>(EffectRating::not_rated);
    std::array<std::size_t, levels> at_level{};
    std::size_t rated = 0;
    for (const auto& k : e.kpis) {
        if (k.effect != EffectRating::not_rated) {
            ++at_level[static_cast<std::size_t>(k.effect)];
            ++rated;
            e.effect_provisional = e.effect_provisional || k.effect_provisional;
        }
    }
    const Fraction quorum = options.project_quorum;
    std::size_t reaching = 0;
    for (std::size_t level = 0; level < levels && rated > 0; ++level) {
        reaching += at_level[level];
        // reaching / rated >= numerator / denominator, in integers
        if (static_cast<std::int64_t>(reaching) * quorum.denominator() >=
            quorum.numerator() * static_cast<std::int64_t>(rated)) {
            e.effect = static_cast<EffectRating>(level);
            break;
        }
    }
}

} // namespace

KpiEvaluation evaluate_kpi(const Kpi& kpi, const EvaluationOptions& options) {
    check_options(options);
    KpiEvaluation e;
    kpi_evaluation(kpi, options, e);
    return e;
}

ProjectEvaluation evaluate_project(const Project& project, const EvaluationOptions& options) {
    check_options(options);
    ProjectEvaluation e;
    project_evaluation(project, options, e);
    return e;
}

namespace {

// a += b member by member, through the Boost.Describe member list (so that a member added to
// the counts is not forgotten): counts are added, money summed exactly (checked_sum).
template <class Counts>
void add_members(Counts& a, const Counts& b) {
    using Members = boost::describe::describe_members<Counts, boost::describe::mod_public>;
    boost::mp11::mp_for_each<Members>([&](auto member) {
        auto& sum = a.*member.pointer;
        const auto& term = b.*member.pointer;
        if constexpr (std::is_same_v<std::decay_t<decltype(sum)>, Money>) {
            sum = checked_sum(sum, term);
        } else {
            sum += term;
        }
    });
}

void add_project(Summary& s, const ProjectEvaluation& p) {
    ProjectCounts& pc = s.projects;
    ++pc.total;
    switch (p.outcome) {
    case ProjectOutcome::met_at_least_one:
        ++(p.outcome_provisional ? pc.met_at_least_one_provisional : pc.met_at_least_one_confirmed);
        break;
    case ProjectOutcome::met_none:
        ++(p.outcome_provisional ? pc.met_none_provisional : pc.met_none_confirmed);
        break;
    case ProjectOutcome::not_judged:
        ++pc.not_judged;
        break;
    }
    add_members(s.kpis, p.kpi_counts);

    BudgetTotals& b = s.budget;
    if (p.budget_scope == BudgetScope::own) {
        ++b.own_projects;
        b.own = checked_sum(b.own, p.budget);
        b.own_national_share = checked_sum(b.own_national_share, p.national_share_amount);
    } else {
        ++b.joint_total_projects;
        b.joint_total = checked_sum(b.joint_total, p.budget);
        b.joint_total_national_share =
            checked_sum(b.joint_total_national_share, p.national_share_amount);
        if (p.own_budget && p.own_national_share_amount) {
            ++b.own_parts;
            b.own = checked_sum(b.own, *p.own_budget);
            b.own_national_share = checked_sum(b.own_national_share, *p.own_national_share_amount);
            if (p.own_national_share_amount_rounded) {
                ++b.rounded_national_shares;
            }
        }
    }
    if (p.national_share_amount_rounded) {
        ++b.rounded_national_shares;
    }
    if (p.budget_scope_basis.is_weak()) {
        ++b.weak_scopes;
    }
}

// Adds the counts and budgets of `part` (a summary of other projects) to `s`.
void add_summary(Summary& s, const Summary& part) {
    add_members(s.projects, part.projects);
    add_members(s.kpis, part.kpis);
    add_members(s.budget, part.budget);
}

// The headline shares from the counts.
void add_headlines(Summary& s) {
    const KpiCounts& kc = s.kpis;
    s.kpis_met = headline(kc.met_confirmed, kc.judged_confirmed(), kc.met(), kc.judged(), kc.total);
    const ProjectCounts& pc = s.projects;
    s.projects_met_at_least_one = headline(pc.met_at_least_one_confirmed, pc.judged_confirmed(),
                                           pc.met_at_least_one(), pc.judged(), pc.total);
}

// `evaluate` without checking the options.
void report_evaluation(const Report& report, const EvaluationOptions& options,
                       ReportEvaluation& e) {
    e.model = ModelLink<Report>{report};
    e.title = report.title;
    e.municipality = report.municipality;
    e.options = options;
    e.rounds.reserve(report.rounds.size());
    for (const Round& round : report.rounds) {
        RoundEvaluation& r = e.rounds.emplace_back();
        r.model = ModelLink<Round>{round};
        r.fiscal_year = round.fiscal_year;
        r.scheme = round.scheme;
        r.projects.reserve(round.projects.size());
        for (const Project& project : round.projects) {
            project_evaluation(project, options, r.projects.emplace_back());
            add_project(r.summary, r.projects.back());
        }
        add_headlines(r.summary);
        add_summary(e.summary, r.summary);
    }
    add_headlines(e.summary);
}

} // namespace

Summary summarize(std::span<const ProjectEvaluation* const> projects) {
    Summary s;
    for (const ProjectEvaluation* p : projects) {
        add_project(s, *p);
    }
    add_headlines(s);
    return s;
}

ReportEvaluation evaluate(const Report& report, const EvaluationOptions& options) {
    check_options(options);
    ReportEvaluation e;
    report_evaluation(report, options, e);
    return e;
}

Result<ReportEvaluation> try_evaluate(const Report& report, const EvaluationOptions& options) {
    try {
        return evaluate(report, options);
    } catch (const error_exception& error) {
        return error.error();
    }
}

CollectionEvaluation evaluate_collection(std::span<const Report> reports,
                                         const EvaluationOptions& options, unsigned threads) {
    check_options(options);
    CollectionEvaluation c;
    c.options = options;
    // Each report on its own, on as many threads as allowed; then, in order, the merging of
    // joint projects and the national summary.
    c.reports.resize(reports.size());
    std::vector<std::vector<JointProject>> joint(reports.size());
    constexpr std::size_t reports_per_block = 8;
    detail::parallel_for(reports.size(), threads, reports_per_block, [&](std::size_t i) {
        report_evaluation(reports[i], options, c.reports[i]);
        joint[i] = joint_projects(reports[i]);
    });

    // The merging walks the joint projects only: the first copy of each is kept, a copy in a
    // later report is left out (copies within one report are all kept).
    struct First {
        std::size_t report;
        std::size_t round;
        std::size_t project;
    };
    auto pointer = [](std::size_t r, std::size_t p) {
        return "/rounds/" + std::to_string(r) + "/projects/" + std::to_string(p);
    };
    std::size_t joint_count = 0;
    for (const auto& found : joint) {
        joint_count += found.size();
    }
    std::unordered_map<std::string_view, First> first_seen;
    first_seen.reserve(joint_count);
    // For each report, the copies left out: (round, project), in order.
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> left_out(reports.size());
    for (std::size_t i = 0; i < reports.size(); ++i) {
        for (const JointProject& project : joint[i]) {
            const auto [it, inserted] =
                first_seen.try_emplace(project.key, First{i, project.round, project.project});
            if (inserted || it->second.report == i) {
                continue;
            }
            left_out[i].emplace_back(project.round, project.project);
            const RoundEvaluation& round = c.reports[i].rounds[project.round];
            const ProjectEvaluation& copy = round.projects[project.project];
            std::vector<std::string> sorted_partners = copy.partners;
            std::sort(sorted_partners.begin(), sorted_partners.end());
            const First& kept = it->second;
            c.merged.push_back(MergedDuplicate{
                round.fiscal_year, copy.name, std::move(sorted_partners), kept.report,
                pointer(kept.round, kept.project), i, pointer(project.round, project.project)});
        }
    }
    c.duplicates_merged = c.merged.size();

    // The national summary, over the kept projects: a round without copies left out adds its
    // own summary (the sum of the same projects), the others their kept projects one by one.
    // The sums are exact, so this grouping gives the figures, and their scales, that adding
    // the kept projects one by one gives.
    Summary& s = c.summary;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const ReportEvaluation& report = c.reports[i];
        auto next = left_out[i].begin();
        for (std::size_t r = 0; r < report.rounds.size(); ++r) {
            const RoundEvaluation& round = report.rounds[r];
            if (next == left_out[i].end() || next->first != r) {
                add_summary(s, round.summary);
                continue;
            }
            for (std::size_t p = 0; p < round.projects.size(); ++p) {
                if (next != left_out[i].end() && next->first == r && next->second == p) {
                    ++next;
                } else {
                    add_project(s, round.projects[p]);
                }
            }
        }
    }
    add_headlines(s);
    return c;
}

Result<CollectionEvaluation> try_evaluate_collection(std::span<const Report> reports,
                                                     const EvaluationOptions& options,
                                                     unsigned threads) {
    try {
        return evaluate_collection(reports, options, threads);
    } catch (const error_exception& error) {
        return error.error();
    }
}

} // namespace grantkpi
