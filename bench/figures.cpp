// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "figures.hpp"

#include <boost/describe/enum_to_string.hpp>

namespace grantkpi::bench {
namespace {

void append_share(std::string& out, const char* name, const Share& share) {
    out += ' ';
    out += name;
    out += '=';
    out += std::to_string(share.count);
    out += '/';
    out += std::to_string(share.of);
    out += ':';
    out += share.value ? share.value->rounded.to_string() : "-";
}

void append_headline(std::string& out, const char* name, const HeadlineShare& h) {
    out += "national ";
    out += name;
    append_share(out, "confirmed_of_judged", h.confirmed_of_judged);
    append_share(out, "confirmed_of_all", h.confirmed_of_all);
    append_share(out, "with_provisional_of_judged", h.with_provisional_of_judged);
    append_share(out, "with_provisional_of_all", h.with_provisional_of_all);
    out += '\n';
}

template <class E>
const char* name_of(E value) {
    return boost::describe::enum_to_string(value, "?");
}

} // namespace

std::string reference_figures(const CollectionEvaluation& evaluation) {
    std::string out;
    for (std::size_t i = 0; i < evaluation.reports.size(); ++i) {
        const ReportEvaluation& report = evaluation.reports[i];
        for (std::size_t r = 0; r < report.rounds.size(); ++r) {
            const RoundEvaluation& round = report.rounds[r];
            for (std::size_t p = 0; p < round.projects.size(); ++p) {
                const ProjectEvaluation& project = round.projects[p];
                const std::string project_id =
                    std::to_string(i) + '/' + std::to_string(r) + '/' + std::to_string(p);
                for (std::size_t k = 0; k < project.kpis.size(); ++k) {
                    const KpiEvaluation& kpi = project.kpis[k];
                    const std::string id = project_id + '/' + std::to_string(k);
                    for (const KpiYearEvaluation& year : kpi.years) {
                        out += "year " + id + ' ' + std::to_string(year.year.gregorian()) + ' ';
                        out += year.met ? (*year.met ? "yes" : "no") : "-";
                        out += ' ';
                        out += year.ratio ? year.ratio->rounded.to_string() : "-";
                        out += year.provisional ? " p\n" : " c\n";
                    }
                    out += "kpi " + id + ' ' + name_of(kpi.verdict) +
                           (kpi.provisional ? " p\n" : " c\n");
                }
                out += "project " + project_id + ' ' + name_of(project.outcome) +
                       (project.outcome_provisional ? " p\n" : " c\n");
            }
        }
    }
    const Summary& s = evaluation.summary;
    const KpiCounts& k = s.kpis;
    out += "national kpis total=" + std::to_string(k.total) +
           " met_confirmed=" + std::to_string(k.met_confirmed) +
           " met_provisional=" + std::to_string(k.met_provisional) +
           " not_met_confirmed=" + std::to_string(k.not_met_confirmed) +
           " not_met_provisional=" + std::to_string(k.not_met_provisional) +
           " no_plan=" + std::to_string(k.no_plan) +
           " not_reported=" + std::to_string(k.not_reported) + '\n';
    const ProjectCounts& p = s.projects;
    out += "national projects total=" + std::to_string(p.total) +
           " met_at_least_one_confirmed=" + std::to_string(p.met_at_least_one_confirmed) +
           " met_at_least_one_provisional=" + std::to_string(p.met_at_least_one_provisional) +
           " met_none_confirmed=" + std::to_string(p.met_none_confirmed) +
           " met_none_provisional=" + std::to_string(p.met_none_provisional) +
           " not_judged=" + std::to_string(p.not_judged) + '\n';
    append_headline(out, "kpis_met", s.kpis_met);
    append_headline(out, "projects_met_at_least_one", s.projects_met_at_least_one);
    out += "national budget own=" + std::to_string(s.budget.own_projects) + ':' +
           s.budget.own.amount().to_string() +
           " joint_total=" + std::to_string(s.budget.joint_total_projects) + ':' +
           s.budget.joint_total.amount().to_string() + '\n';
    out += "national duplicates_merged=" + std::to_string(evaluation.duplicates_merged) + '\n';
    return out;
}

} // namespace grantkpi::bench
