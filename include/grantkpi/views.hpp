// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Flat views over the model: every project, every KPI, every KPI-year of a report or of a
// set of reports, each with the elements around it (its round, project, report) and, over
// an evaluation, with its evaluation. They are std::ranges views (forward, common), so they
// compose with the standard algorithms and adaptors instead of four nested loops:
//
//     namespace gv = grantkpi::views;
//     const grantkpi::ReportEvaluation e = grantkpi::evaluate(report);
//     auto missed = gv::kpis(e) | std::views::filter([](const auto& k) {
//         return k.evaluation().verdict == grantkpi::Verdict::not_met;
//     });
//     for (const auto& k : missed) {
//         std::cout << k.project().name << " KPI " << k.kpi().number << '\n';
//     }
//     std::ranges::count_if(gv::kpi_years(report), [](const auto& y) { return
//     y.actual().is_expected(); });
//
// (The adaptors need a <ranges> the compiler can build: not clang 14 with libstdc++ 12.)
//
// Lifetime: an entry points into the report (and evaluation) it was made from, like a
// ModelLink (model_link.hpp): valid while they live unchanged. An iterator also points into
// its view object. Views of a temporary report or evaluation do not compile.

#include <grantkpi/evaluate.hpp>
#include <grantkpi/export.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/kpi.hpp>
#include <grantkpi/observation.hpp>
#include <grantkpi/project.hpp>
#include <grantkpi/report.hpp>
#include <grantkpi/round.hpp>

#include <cstddef>
#include <iterator>
#include <memory>
#include <ranges>
#include <span>
#include <string>
#include <tuple>
#include <vector>

namespace grantkpi {

namespace detail {
struct ViewSource;
template <class Entry>
class EntryIterator;
} // namespace detail

// --------------------------------------------------------------------------------- entries

/// A project with its round and report; over an evaluation (`Evaluated`), with their
/// evaluations too. ProjectEntry and EvaluatedProjectEntry below.
template <bool Evaluated>
class BasicProjectEntry {
public:
    static constexpr bool evaluated = Evaluated;

    BasicProjectEntry() = default;

    [[nodiscard]] const Report& report() const noexcept { return *report_; }
    [[nodiscard]] const Round& round() const noexcept { return *round_; }
    [[nodiscard]] const Project& project() const noexcept { return *project_; }
    /// The report's index in the set of reports the view was made over (0 for one report).
    [[nodiscard]] std::size_t report_index() const noexcept { return report_index_; }
    [[nodiscard]] std::size_t round_index() const noexcept { return round_index_; }
    [[nodiscard]] std::size_t project_index() const noexcept { return project_index_; }
    /// The project's JSON pointer in its report: `/rounds/0/projects/2`.
    [[nodiscard]] std::string project_pointer() const {
        return "/rounds/" + std::to_string(round_index_) + "/projects/" +
               std::to_string(project_index_);
    }

    [[nodiscard]] const ReportEvaluation& report_evaluation() const noexcept requires Evaluated {
        return *report_evaluation_;
    }
    [[nodiscard]] const RoundEvaluation& round_evaluation() const noexcept requires Evaluated {
        return *round_evaluation_;
    }
    [[nodiscard]] const ProjectEvaluation& project_evaluation() const noexcept requires Evaluated {
        return *project_evaluation_;
    }
    /// The project's evaluation (only over an evaluation: a view of a bare report has none,
    /// and asking for it does not compile).
    [[nodiscard]] const ProjectEvaluation& evaluation() const noexcept requires Evaluated {
        return *project_evaluation_;
    }

    friend bool operator==(const BasicProjectEntry& a, const BasicProjectEntry& b) noexcept {
        return a.project_ == b.project_ && a.project_evaluation_ == b.project_evaluation_;
    }

private:
    template <class Entry>
    friend class detail::EntryIterator;

    const Report* report_ = nullptr;
    const Round* round_ = nullptr;
    const Project* project_ = nullptr;
    const ReportEvaluation* report_evaluation_ = nullptr;
    const RoundEvaluation* round_evaluation_ = nullptr;
    const ProjectEvaluation* project_evaluation_ = nullptr;
    std::size_t report_index_ = 0;
    std::size_t round_index_ = 0;
    std::size_t project_index_ = 0;
};

/// A KPI with its project, round and report (and their evaluations, over an evaluation).
template <bool Evaluated>
class BasicKpiEntry : public BasicProjectEntry<Evaluated> {
public:
    BasicKpiEntry() = default;

    [[nodiscard]] const Kpi& kpi() const noexcept { return *kpi_; }
    [[nodiscard]] std::size_t kpi_index() const noexcept { return kpi_index_; }
    /// The KPI's JSON pointer in its report: `/rounds/0/projects/2/kpis/1`.
    [[nodiscard]] std::string kpi_pointer() const {
        return this->project_pointer() + "/kpis/" + std::to_string(kpi_index_);
    }
    [[nodiscard]] const KpiEvaluation& kpi_evaluation() const noexcept requires Evaluated {
        return *kpi_evaluation_;
    }
    /// The KPI's evaluation (only over an evaluation).
    [[nodiscard]] const KpiEvaluation& evaluation() const noexcept requires Evaluated {
        return *kpi_evaluation_;
    }

    friend bool operator==(const BasicKpiEntry& a, const BasicKpiEntry& b) noexcept {
        return a.kpi_ == b.kpi_ && a.kpi_evaluation_ == b.kpi_evaluation_;
    }

private:
    template <class Entry>
    friend class detail::EntryIterator;

    const Kpi* kpi_ = nullptr;
    const KpiEvaluation* kpi_evaluation_ = nullptr;
    std::size_t kpi_index_ = 0;
};

/// One fiscal year of a KPI: its plan and actual cells (not set when the row has no such
/// column) and, over an evaluation, its KpiYearEvaluation. The years are those of
/// KpiEvaluation::years, over a bare report too: every year whose plan or actual cell has a
/// value, in column order (the plan row's, then years only the actual row has), a year
/// twice in a row taken once with its first cells.
template <bool Evaluated>
class BasicKpiYearEntry : public BasicKpiEntry<Evaluated> {
public:
    BasicKpiYearEntry() = default;

    [[nodiscard]] FiscalYear year() const noexcept { return year_; }
    [[nodiscard]] Observation plan() const noexcept { return plan_; }
    [[nodiscard]] Observation actual() const noexcept { return actual_; }
    /// The year's evaluation (only over an evaluation).
    [[nodiscard]] const KpiYearEvaluation& evaluation() const noexcept requires Evaluated {
        return *year_evaluation_;
    }

    friend bool operator==(const BasicKpiYearEntry& a, const BasicKpiYearEntry& b) noexcept {
        return static_cast<const BasicKpiEntry<Evaluated>&>(a) ==
                   static_cast<const BasicKpiEntry<Evaluated>&>(b) &&
               a.year_ == b.year_;
    }

private:
    template <class Entry>
    friend class detail::EntryIterator;

    FiscalYear year_;
    Observation plan_;
    Observation actual_;
    const KpiYearEvaluation* year_evaluation_ = nullptr;
};

using ProjectEntry = BasicProjectEntry<false>;
using KpiEntry = BasicKpiEntry<false>;
using KpiYearEntry = BasicKpiYearEntry<false>;
using EvaluatedProjectEntry = BasicProjectEntry<true>;
using EvaluatedKpiEntry = BasicKpiEntry<true>;
using EvaluatedKpiYearEntry = BasicKpiYearEntry<true>;

// ------------------------------------------------------------------------------ machinery

namespace detail {

/// A project by its indices: report, round, project.
struct ProjectPosition {
    std::size_t report = 0;
    std::size_t round = 0;
    std::size_t project = 0;
    friend bool operator==(const ProjectPosition&, const ProjectPosition&) = default;
    friend bool operator<(const ProjectPosition& a, const ProjectPosition& b) noexcept {
        return std::tie(a.report, a.round, a.project) < std::tie(b.report, b.round, b.project);
    }
};

/// What a view walks: reports, or evaluations and the reports they link to, and the
/// projects to leave out (a collection's merged copies), sorted.
struct ViewSource {
    const Report* reports = nullptr;
    const ReportEvaluation* evaluations = nullptr;
    std::size_t size = 0;
    std::shared_ptr<const std::vector<ProjectPosition>> left_out;

    [[nodiscard]] GRANTKPI_API bool is_left_out(const ProjectPosition& position) const noexcept;
};

GRANTKPI_API ViewSource source_of(std::span<const Report> reports) noexcept;
/// Throws error_exception when an evaluation has no link to its report (a default or
/// deserialized evaluation) or when its rounds, projects or KPIs no longer match the
/// report's.
GRANTKPI_API ViewSource source_of(std::span<const ReportEvaluation> evaluations);
/// As above, leaving out the copies listed in `merged`.
GRANTKPI_API ViewSource source_of(const CollectionEvaluation& collection);

template <class Entry>
struct entry_traits;
template <bool E>
struct entry_traits<BasicProjectEntry<E>> {
    static constexpr int depth = 0;
    static constexpr bool evaluated = E;
};
template <bool E>
struct entry_traits<BasicKpiEntry<E>> {
    static constexpr int depth = 1;
    static constexpr bool evaluated = E;
};
template <bool E>
struct entry_traits<BasicKpiYearEntry<E>> {
    static constexpr int depth = 2;
    static constexpr bool evaluated = E;
};

/// The iterator of EntryView: a position (report, round, project, KPI, column) that always
/// rests on an entry or at the end.
template <class Entry>
class EntryIterator {
    static constexpr int depth = entry_traits<Entry>::depth;
    static constexpr bool evaluated = entry_traits<Entry>::evaluated;

public:
    using value_type = Entry;
    using reference = Entry;
    using difference_type = std::ptrdiff_t;
    using iterator_concept = std::forward_iterator_tag;
    using iterator_category = std::input_iterator_tag; // the reference is a value

    EntryIterator() = default;

    [[nodiscard]] Entry operator*() const {
        Entry e;
        const std::size_t r = position_.round;
        const std::size_t p = position_.project;
        e.report_index_ = position_.report;
        e.round_index_ = r;
        e.project_index_ = p;
        if constexpr (evaluated) {
            const ReportEvaluation& re = source_->evaluations[position_.report];
            e.report_evaluation_ = &re;
            e.round_evaluation_ = &re.rounds[r];
            e.project_evaluation_ = &re.rounds[r].projects[p];
            e.report_ = re.model.get();
            e.round_ = e.round_evaluation_->model.get();
            e.project_ = e.project_evaluation_->model.get();
        } else {
            e.report_ = &source_->reports[position_.report];
            e.round_ = &e.report_->rounds[r];
            e.project_ = &e.round_->projects[p];
        }
        if constexpr (depth >= 1) {
            e.kpi_index_ = kpi_;
            if constexpr (evaluated) {
                e.kpi_evaluation_ = &e.project_evaluation_->kpis[kpi_];
                e.kpi_ = e.kpi_evaluation_->model.get();
            } else {
                e.kpi_ = &e.project_->kpis[kpi_];
            }
        }
        if constexpr (depth >= 2) {
            if constexpr (evaluated) {
                const KpiYearEvaluation& y = e.kpi_evaluation_->years[column_];
                e.year_evaluation_ = &y;
                e.year_ = y.year;
                e.plan_ = y.plan;
                e.actual_ = y.actual;
            } else {
                const Kpi& kpi = *e.kpi_;
                e.year_ = column_year(kpi, column_);
                const Observation* plan = kpi.plan.find(e.year_);
                const Observation* actual = kpi.actual.find(e.year_);
                e.plan_ = plan != nullptr ? *plan : Observation{};
                e.actual_ = actual != nullptr ? *actual : Observation{};
            }
        }
        return e;
    }

    EntryIterator& operator++() {
        if constexpr (depth == 0) {
            ++position_.project;
        } else if constexpr (depth == 1) {
            ++kpi_;
        } else {
            ++column_;
        }
        settle();
        return *this;
    }
    EntryIterator operator++(int) {
        EntryIterator old = *this;
        ++*this;
        return old;
    }

    friend bool operator==(const EntryIterator& a, const EntryIterator& b) noexcept {
        return a.position_ == b.position_ && a.kpi_ == b.kpi_ && a.column_ == b.column_;
    }

private:
    template <class E>
    friend class EntryView;

    EntryIterator(const ViewSource* source, bool at_end)
        : source_(source) {
        if (at_end) {
            position_.report = source->size;
        } else {
            settle();
        }
    }

    static FiscalYear column_year(const Kpi& kpi, std::size_t column) noexcept {
        const std::size_t plans = kpi.plan.size();
        return column < plans ? kpi.plan.values[column].year
                              : kpi.actual.values[column - plans].year;
    }

    // Whether column `column` of the plan row followed by the actual row is a year of
    // KpiEvaluation::years: its first appearance, with a plan or actual value.
    static bool counts(const Kpi& kpi, std::size_t column) noexcept {
        const FiscalYear year = column_year(kpi, column);
        for (std::size_t c = 0; c < column; ++c) {
            if (column_year(kpi, c) == year) {
                return false;
            }
        }
        const Observation* plan = kpi.plan.find(year);
        const Observation* actual = kpi.actual.find(year);
        return (plan != nullptr && plan->has_value()) || (actual != nullptr && actual->has_value());
    }

    std::size_t rounds_of(std::size_t report) const noexcept {
        if constexpr (evaluated) {
            return source_->evaluations[report].rounds.size();
        } else {
            return source_->reports[report].rounds.size();
        }
    }
    std::size_t projects_of(std::size_t report, std::size_t round) const noexcept {
        if constexpr (evaluated) {
            return source_->evaluations[report].rounds[round].projects.size();
        } else {
            return source_->reports[report].rounds[round].projects.size();
        }
    }
    const Kpi& kpi_at() const noexcept {
        if constexpr (evaluated) {
            return *source_->evaluations[position_.report]
                        .rounds[position_.round]
                        .projects[position_.project]
                        .kpis[kpi_]
                        .model;
        } else {
            return source_->reports[position_.report]
                .rounds[position_.round]
                .projects[position_.project]
                .kpis[kpi_];
        }
    }
    std::size_t kpis_of() const noexcept {
        if constexpr (evaluated) {
            return source_->evaluations[position_.report]
                .rounds[position_.round]
                .projects[position_.project]
                .kpis.size();
        } else {
            return source_->reports[position_.report]
                .rounds[position_.round]
                .projects[position_.project]
                .kpis.size();
        }
    }
    std::size_t columns_of() const noexcept {
        if constexpr (evaluated) {
            return source_->evaluations[position_.report]
                .rounds[position_.round]
                .projects[position_.project]
                .kpis[kpi_]
                .years.size();
        } else {
            const Kpi& kpi = kpi_at();
            return kpi.plan.size() + kpi.actual.size();
        }
    }

    // Moves forward to the first entry at or after the position, or to the end.
    void settle() noexcept {
        while (position_.report < source_->size) {
            if (position_.round >= rounds_of(position_.report)) {
                position_ = ProjectPosition{position_.report + 1, 0, 0};
                kpi_ = column_ = 0;
                continue;
            }
            if (position_.project >= projects_of(position_.report, position_.round)) {
                position_ = ProjectPosition{position_.report, position_.round + 1, 0};
                kpi_ = column_ = 0;
                continue;
            }
            if (source_->left_out && source_->is_left_out(position_)) {
                ++position_.project;
                kpi_ = column_ = 0;
                continue;
            }
            if constexpr (depth >= 1) {
                if (kpi_ >= kpis_of()) {
                    ++position_.project;
                    kpi_ = column_ = 0;
                    continue;
                }
            }
            if constexpr (depth >= 2) {
                if (column_ >= columns_of()) {
                    ++kpi_;
                    column_ = 0;
                    continue;
                }
                if constexpr (!evaluated) {
                    if (!counts(kpi_at(), column_)) {
                        ++column_;
                        continue;
                    }
                }
            }
            return;
        }
        position_ = ProjectPosition{source_->size, 0, 0};
        kpi_ = column_ = 0;
    }

    const ViewSource* source_ = nullptr;
    ProjectPosition position_;
    std::size_t kpi_ = 0;
    std::size_t column_ = 0;
};

/// A flat view: a forward, common std::ranges::view of entries (ProjectEntry, KpiEntry ...).
/// (A view by std::ranges::enable_view below rather than by deriving from
/// std::ranges::view_interface, whose constraints clang 14 checks before the class is
/// complete.)
template <class Entry>
class EntryView {
public:
    using iterator = EntryIterator<Entry>;

    EntryView() = default;
    explicit EntryView(ViewSource source)
        : source_(std::move(source)) {}

    [[nodiscard]] iterator begin() const { return iterator(&source_, false); }
    [[nodiscard]] iterator end() const { return iterator(&source_, true); }
    [[nodiscard]] bool empty() const { return begin() == end(); }

private:
    ViewSource source_;
};

} // namespace detail

template <class Entry>
using EntryView = detail::EntryView<Entry>;

// ---------------------------------------------------------------------------------- views

namespace views {

/// Every project of a report or of a set of reports, in order.
[[nodiscard]] inline EntryView<ProjectEntry> projects(const Report& report) {
    return EntryView<ProjectEntry>(detail::source_of(std::span<const Report>(&report, 1)));
}
[[nodiscard]] inline EntryView<ProjectEntry> projects(std::span<const Report> reports) {
    return EntryView<ProjectEntry>(detail::source_of(reports));
}
/// Every project of an evaluated report, with its evaluation, found through the
/// evaluation's model links: the report must be alive and unchanged.
[[nodiscard]] inline EntryView<EvaluatedProjectEntry> projects(const ReportEvaluation& evaluation) {
    return EntryView<EvaluatedProjectEntry>(
        detail::source_of(std::span<const ReportEvaluation>(&evaluation, 1)));
}
[[nodiscard]] inline EntryView<EvaluatedProjectEntry>
projects(std::span<const ReportEvaluation> evaluations) {
    return EntryView<EvaluatedProjectEntry>(detail::source_of(evaluations));
}
/// Every project of a collection as its summary counts them: a joint project's copies in
/// later reports (CollectionEvaluation::merged) are left out, so totals over this view
/// count each joint project once, as evaluate_collection does.
[[nodiscard]] inline EntryView<EvaluatedProjectEntry>
projects(const CollectionEvaluation& collection) {
    return EntryView<EvaluatedProjectEntry>(detail::source_of(collection));
}

/// Every KPI, in order; the same sources as `projects`.
[[nodiscard]] inline EntryView<KpiEntry> kpis(const Report& report) {
    return EntryView<KpiEntry>(detail::source_of(std::span<const Report>(&report, 1)));
}
[[nodiscard]] inline EntryView<KpiEntry> kpis(std::span<const Report> reports) {
    return EntryView<KpiEntry>(detail::source_of(reports));
}
[[nodiscard]] inline EntryView<EvaluatedKpiEntry> kpis(const ReportEvaluation& evaluation) {
    return EntryView<EvaluatedKpiEntry>(
        detail::source_of(std::span<const ReportEvaluation>(&evaluation, 1)));
}
[[nodiscard]] inline EntryView<EvaluatedKpiEntry>
kpis(std::span<const ReportEvaluation> evaluations) {
    return EntryView<EvaluatedKpiEntry>(detail::source_of(evaluations));
}
[[nodiscard]] inline EntryView<EvaluatedKpiEntry> kpis(const CollectionEvaluation& collection) {
    return EntryView<EvaluatedKpiEntry>(detail::source_of(collection));
}

/// Every KPI-year (see BasicKpiYearEntry for which years), in order; the same sources.
[[nodiscard]] inline EntryView<KpiYearEntry> kpi_years(const Report& report) {
    return EntryView<KpiYearEntry>(detail::source_of(std::span<const Report>(&report, 1)));
}
[[nodiscard]] inline EntryView<KpiYearEntry> kpi_years(std::span<const Report> reports) {
    return EntryView<KpiYearEntry>(detail::source_of(reports));
}
[[nodiscard]] inline EntryView<EvaluatedKpiYearEntry>
kpi_years(const ReportEvaluation& evaluation) {
    return EntryView<EvaluatedKpiYearEntry>(
        detail::source_of(std::span<const ReportEvaluation>(&evaluation, 1)));
}
[[nodiscard]] inline EntryView<EvaluatedKpiYearEntry>
kpi_years(std::span<const ReportEvaluation> evaluations) {
    return EntryView<EvaluatedKpiYearEntry>(detail::source_of(evaluations));
}
[[nodiscard]] inline EntryView<EvaluatedKpiYearEntry>
kpi_years(const CollectionEvaluation& collection) {
    return EntryView<EvaluatedKpiYearEntry>(detail::source_of(collection));
}

// A view of a temporary would dangle before its first use: refused.
void projects(const Report&&) = delete;
void projects(const ReportEvaluation&&) = delete;
void projects(const CollectionEvaluation&&) = delete;
void kpis(const Report&&) = delete;
void kpis(const ReportEvaluation&&) = delete;
void kpis(const CollectionEvaluation&&) = delete;
void kpi_years(const Report&&) = delete;
void kpi_years(const ReportEvaluation&&) = delete;
void kpi_years(const CollectionEvaluation&&) = delete;
void projects(std::vector<Report>&&) = delete;
void projects(std::vector<ReportEvaluation>&&) = delete;
void kpis(std::vector<Report>&&) = delete;
void kpis(std::vector<ReportEvaluation>&&) = delete;
void kpi_years(std::vector<Report>&&) = delete;
void kpi_years(std::vector<ReportEvaluation>&&) = delete;

} // namespace views
} // namespace grantkpi

// The views are cheap to copy (a pointer and a shared list of left-out projects): views.
namespace std::ranges {
template <class Entry>
inline constexpr bool enable_view<grantkpi::detail::EntryView<Entry>> = true;
} // namespace std::ranges
