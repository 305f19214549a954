// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// validate: the walk over a report. It visits the report, each round, each of its projects
// and each of their KPIs in document order, asks every rule's cheap question there in the
// order of the codes (which is the order of the diagnostics, validate.hpp), and asks for the
// heap blocks it will read next a little ahead (prefetch.hpp). The rules themselves are in
// the files of their families; README.md says where each one is, and fast_path.hpp how
// the walk keeps fast.

#include <grantkpi/validate.hpp>

#include "validate/budget_rules.hpp"
#include "validate/direction_rule.hpp"
#include "validate/fast_path.hpp"
#include "validate/findings.hpp"
#include "validate/label_kinds.hpp"
#include "validate/messages.hpp"
#include "validate/prefetch.hpp"
#include "validate/series_rules.hpp"
#include "validate/structure_rules.hpp"
#include "validate/value_rules.hpp"

#include <cstddef>
#include <vector>

namespace grantkpi {
namespace {

using namespace detail::validation;

class Validator {
public:
    std::vector<Diagnostic> run(const Report& report) {
        report_ = &report;
        // The first blocks, which nothing before could ask for: the projects of every round,
        // the KPIs of the first two projects and the rows of the first. check_round asks for
        // the rest as it goes.
        for (const Round& round : report.rounds) {
            prefetch(round.projects);
        }
        prefetch_kpis(project_after(0, 0, 0));
        prefetch_kpis(project_after(0, 0, 1));
        prefetch_rows(project_after(0, 0, 0));

        check_repeated_rounds(out_, report); // GK101
        for (std::size_t r = 0; r < report.rounds.size(); ++r) {
            check_round(r, Pointer{"/rounds/", r});
        }
        return std::move(out_).take();
    }

private:
    // The project `distance` places after project p of round r in document order, across
    // rounds; nullptr past the last.
    [[nodiscard]] const Project* project_after(std::size_t r, std::size_t p,
                                               std::size_t distance) const noexcept {
        const auto& rounds = report_->rounds;
        for (; r < rounds.size(); ++r, p = 0) {
            const std::size_t n = rounds[r].projects.size();
            if (p + distance < n) {
                return &rounds[r].projects[p + distance];
            }
            distance -= n > p ? n - p : 0;
        }
        return nullptr;
    }

    // GK201 .. GK204, then each project.
    void check_round(std::size_t r, const Pointer& at) {
        const Round& round = report_->rounds[r];
        check_round_year(out_, round, at);  // GK201
        check_round_share(out_, round, at); // GK202
        for (std::size_t p = 0; p < round.projects.size(); ++p) {
            const Project& project = round.projects[p];
            const Pointer project_at{at, "/projects/", p};
            check_start_in_round(out_, round, project, project_at);      // GK203
            check_share_matches_round(out_, round, project, project_at); // GK204
            // Ahead of the checks: the rows of the next project (its KPIs were asked for one
            // project earlier) and the KPIs of the one after. Further ahead measured no
            // faster.
            prefetch_rows(project_after(r, p, 1));
            prefetch_kpis(project_after(r, p, 2));
            check_project(project, project_at);
        }
    }

    // GK301 .. GK310, then each KPI.
    void check_project(const Project& project, const Pointer& at) {
        const bool span_ok = check_span(out_, project, at); // GK301
        check_budget_positive(out_, project, at);           // GK302
        check_project_share(out_, project, at);             // GK303
        check_joint_has_partner(out_, project, at);         // GK304
        check_kpi_count(out_, project, at);                 // GK305
        check_single_has_no_partner(out_, project, at);     // GK306
        check_repeated_numbers(out_, project, at);          // GK307
        check_project_years(out_, project, at);             // GK308
        check_own_budget(out_, project, at);                // GK309, GK310
        for (std::size_t k = 0; k < project.kpis.size(); ++k) {
            check_kpi(project, project.kpis[k], span_ok, Pointer{at, "/kpis/", k});
        }
    }

    // GK401 .. GK410, on the facts of one pass over the KPI's rows.
    void check_kpi(const Project& project, const Kpi& kpi, bool span_ok, const Pointer& at) {
        const KpiFacts facts = facts_of(kpi, project);
        check_years_in_span(out_, project, kpi, facts, span_ok, at); // GK401
        check_repeated_years(out_, kpi, facts, at);                  // GK402
        check_negative_values(out_, kpi, facts, at);                 // GK403
        check_cumulative(out_, kpi, facts, at);                      // GK404
        check_expected_then_confirmed(out_, kpi, facts, at);         // GK405
        check_percent_range(out_, kpi, at);                          // GK406
        check_unit_label(out_, label_kinds_, kpi, at);               // GK407
        check_years_in_both_rows(out_, kpi, facts, at);              // GK408
        check_has_plan_value(out_, kpi, facts, at);                  // GK409
        check_weak_direction(out_, kpi, facts, at);                  // GK410
    }

    const Report* report_ = nullptr;
    LabelKinds& label_kinds_ = thread_label_kinds();
    Findings out_;
};

} // namespace

std::vector<Diagnostic> validate(const Report& report) {
    return Validator{}.run(report);
}

} // namespace grantkpi
