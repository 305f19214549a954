// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/views.hpp>

#include <grantkpi/error.hpp>

#include <algorithm>
#include <charconv>
#include <string_view>

namespace grantkpi::detail {
namespace {

[[noreturn]] void refuse(std::size_t report, const std::string& pointer, std::string_view why) {
    // The pointer is the Error's: to_string() and what() give `/rounds/1: views: ...`.
    std::string message = "views: the evaluation of report " + std::to_string(report) + ' ';
    message += why;
    throw error_exception(Error::at_pointer(pointer, std::move(message)));
}

// An evaluation's links must lead to a report whose rounds, projects and KPIs are the ones
// it was computed from: a view walks the evaluation and reads the model through the links.
void check_links(std::size_t index, const ReportEvaluation& e) {
    if (!e.model) {
        refuse(index, {},
               "has no link to its report (a default or deserialized evaluation): evaluate the "
               "report, and keep it alive");
    }
    if (e.model->rounds.size() != e.rounds.size()) {
        refuse(index, {}, "does not match its report any more (its rounds changed)");
    }
    for (std::size_t r = 0; r < e.rounds.size(); ++r) {
        const RoundEvaluation& round = e.rounds[r];
        const std::string round_pointer = "/rounds/" + std::to_string(r);
        if (round.model.get() != &e.model->rounds[r] ||
            round.projects.size() != round.model->projects.size()) {
            refuse(index, round_pointer, "does not match its report any more");
        }
        for (std::size_t p = 0; p < round.projects.size(); ++p) {
            const ProjectEvaluation& project = round.projects[p];
            if (project.model.get() != &round.model->projects[p] ||
                project.kpis.size() != project.model->kpis.size()) {
                refuse(index, round_pointer + "/projects/" + std::to_string(p),
                       "does not match its report any more");
            }
        }
    }
}

// "/rounds/R/projects/P", as evaluate_collection writes MergedDuplicate::merged_pointer.
bool parse_project_pointer(std::string_view pointer, std::size_t& round, std::size_t& project) {
    auto number = [&pointer](std::string_view prefix, std::size_t& out) {
        if (!pointer.starts_with(prefix)) {
            return false;
        }
        pointer.remove_prefix(prefix.size());
        const auto [end, ec] =
            std::from_chars(pointer.data(), pointer.data() + pointer.size(), out);
        if (ec != std::errc{}) {
            return false;
        }
        pointer.remove_prefix(static_cast<std::size_t>(end - pointer.data()));
        return true;
    };
    return number("/rounds/", round) && number("/projects/", project) && pointer.empty();
}

} // namespace

bool ViewSource::is_left_out(const ProjectPosition& position) const noexcept {
    return std::binary_search(left_out->begin(), left_out->end(), position);
}

ViewSource source_of(std::span<const Report> reports) noexcept {
    ViewSource source;
    source.reports = reports.data();
    source.size = reports.size();
    return source;
}

ViewSource source_of(std::span<const ReportEvaluation> evaluations) {
    for (std::size_t i = 0; i < evaluations.size(); ++i) {
        check_links(i, evaluations[i]);
    }
    ViewSource source;
    source.evaluations = evaluations.data();
    source.size = evaluations.size();
    return source;
}

ViewSource source_of(const CollectionEvaluation& collection) {
    ViewSource source = source_of(std::span<const ReportEvaluation>(collection.reports));
    if (collection.merged.empty()) {
        return source;
    }
    auto left_out = std::make_shared<std::vector<ProjectPosition>>();
    left_out->reserve(collection.merged.size());
    for (const MergedDuplicate& copy : collection.merged) {
        ProjectPosition position{copy.merged_report, 0, 0};
        if (copy.merged_report >= collection.reports.size() ||
            !parse_project_pointer(copy.merged_pointer, position.round, position.project)) {
            refuse(copy.merged_report, copy.merged_pointer,
                   "is listed as a merged copy, but no such project is in the collection");
        }
        left_out->push_back(position);
    }
    std::sort(left_out->begin(), left_out->end());
    source.left_out = std::move(left_out);
    return source;
}

} // namespace grantkpi::detail
