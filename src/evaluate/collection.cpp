// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// A collection of reports: each report on its own (on several threads), a joint project
// reported by several municipalities counted once, and the national summary over the
// projects kept (evaluate_collection, docs/evaluation.md).
#include <grantkpi/evaluate.hpp>

#include "detail/parallel.hpp"
#include "evaluate/fill.hpp"
#include "evaluate/summary.hpp"
#include "unicode/unicode.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace grantkpi {
namespace {

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

// For each report, the copies of joint projects left out: (round, project), in order.
using LeftOut = std::vector<std::vector<std::pair<std::size_t, std::size_t>>>;

// The merging walks the joint projects only: the first copy of each is kept, a copy in a
// later report is left out (copies within one report are all kept). Lists each copy left
// out in c.merged and returns them by report.
LeftOut merge_duplicates(const std::vector<std::vector<JointProject>>& joint,
                         CollectionEvaluation& c) {
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
    LeftOut left_out(joint.size());
    for (std::size_t i = 0; i < joint.size(); ++i) {
        for (const JointProject& project : joint[i]) {
            const auto [it, inserted] =
                first_seen.try_emplace(project.key, First{i, project.round, project.project});
            if (inserted || it->second.report == i) {
                continue;
            }
            left_out[i].emplace_back(project.round, project.project);
            const RoundEvaluation& round = c.reports[i].rounds[project.round];
            const ProjectEvaluation& copy = round.projects[project.project];
            std::vector<std::string> sorted_partners = copy.partners();
            std::sort(sorted_partners.begin(), sorted_partners.end());
            const First& kept = it->second;
            c.merged.push_back(MergedDuplicate{
                round.fiscal_year, copy.name(), std::move(sorted_partners), kept.report,
                pointer(kept.round, kept.project), i, pointer(project.round, project.project)});
        }
    }
    c.duplicates_merged = c.merged.size();
    return left_out;
}

// The national summary, over the kept projects: a round without copies left out adds its
// own summary (the sum of the same projects), the others their kept projects one by one.
// The sums are exact, so this grouping gives the figures, and their scales, that adding
// the kept projects one by one gives.
void add_national_summary(const LeftOut& left_out, CollectionEvaluation& c) {
    Summary& s = c.summary;
    for (std::size_t i = 0; i < c.reports.size(); ++i) {
        const ReportEvaluation& report = c.reports[i];
        auto next = left_out[i].begin();
        for (std::size_t r = 0; r < report.rounds.size(); ++r) {
            const RoundEvaluation& round = report.rounds[r];
            if (next == left_out[i].end() || next->first != r) {
                detail::add_summary(s, round.summary);
                continue;
            }
            for (std::size_t p = 0; p < round.projects.size(); ++p) {
                if (next != left_out[i].end() && next->first == r && next->second == p) {
                    ++next;
                } else {
                    detail::add_project(s, round.projects[p]);
                }
            }
        }
    }
    detail::add_headlines(s);
}

} // namespace

CollectionEvaluation evaluate_collection(std::span<const Report> reports,
                                         const EvaluationOptions& options, unsigned threads) {
    detail::check_options(options);
    CollectionEvaluation c;
    c.options = options;
    // Each report on its own, on as many threads as allowed; then, in order, the merging of
    // joint projects and the national summary.
    c.reports.resize(reports.size());
    std::vector<std::vector<JointProject>> joint(reports.size());
    constexpr std::size_t reports_per_block = 8;
    detail::parallel_for(reports.size(), threads, reports_per_block, [&](std::size_t i) {
        detail::fill_report(reports[i], options, c.reports[i]);
        joint[i] = joint_projects(reports[i]);
    });
    const LeftOut left_out = merge_duplicates(joint, c);
    add_national_summary(left_out, c);
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
