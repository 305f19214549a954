// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "figures.hpp"

#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

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

// One line `national NAME member=value ...`: the members in their described order, each
// written by `append_member(out, member_name, value)`.
template <class T, class AppendMember>
void append_national(std::string& out, const char* name, const T& figures,
                     AppendMember append_member) {
    out += "national ";
    out += name;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto member) { append_member(out, member.name, figures.*member.pointer); });
    out += '\n';
}

void append_count(std::string& out, const char* name, std::size_t count) {
    out += ' ';
    out += name;
    out += '=';
    out += std::to_string(count);
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
    append_national(out, "kpis", s.kpis, append_count);
    append_national(out, "projects", s.projects, append_count);
    append_national(out, "kpis_met", s.kpis_met, append_share);
    append_national(out, "projects_met_at_least_one", s.projects_met_at_least_one, append_share);
    out += "national budget own=" + std::to_string(s.budget.own_projects) + ':' +
           s.budget.own.amount().to_string() +
           " joint_total=" + std::to_string(s.budget.joint_total_projects) + ':' +
           s.budget.joint_total.amount().to_string() + '\n';
    out += "national duplicates_merged=" + std::to_string(evaluation.duplicates_merged) + '\n';
    return out;
}

} // namespace grantkpi::bench
