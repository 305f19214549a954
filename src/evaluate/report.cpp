// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// A report: its rounds, each with its projects and summary, and the report's summary
// (evaluate); and the check of the options that every public evaluation starts with.
#include <grantkpi/evaluate.hpp>

#include "evaluate/fill.hpp"
#include "evaluate/summary.hpp"

#include <string>
#include <string_view>
#include <utility>

namespace grantkpi {

void detail::throw_unlinked(const char* accessor) {
    throw error_exception(Error::plain(std::string(accessor) +
                                       "(): the result was not computed from a model (a default "
                                       "or deserialized evaluation): evaluate the report, and "
                                       "keep it alive"));
}

void detail::check_options(const EvaluationOptions& options) {
    const std::pair<std::string_view, Fraction> checked[] = {
        {"close_to_target", options.close_to_target}, {"project_quorum", options.project_quorum}};
    for (const auto& [name, value] : checked) {
        if (value <= Fraction{0, 1} || value > Fraction{1, 1}) {
            throw error_exception(Error::plain("evaluation option " + std::string(name) + " is " +
                                               value.to_string() + ", outside (0, 1]"));
        }
    }
}

void detail::fill_report(const Report& report, const EvaluationOptions& options,
                         ReportEvaluation& e) {
    e.model = ModelLink<Report>{report};
    e.options = options;
    e.rounds.reserve(report.rounds.size());
    for (const Round& round : report.rounds) {
        RoundEvaluation& r = e.rounds.emplace_back();
        r.model = ModelLink<Round>{round};
        r.fiscal_year = round.fiscal_year;
        r.projects.reserve(round.projects.size());
        for (const Project& project : round.projects) {
            fill_project(project, options, r.projects.emplace_back());
            add_project(r.summary, r.projects.back());
        }
        add_headlines(r.summary);
        add_summary(e.summary, r.summary);
    }
    add_headlines(e.summary);
}

ReportEvaluation evaluate(const Report& report, const EvaluationOptions& options) {
    detail::check_options(options);
    ReportEvaluation e;
    detail::fill_report(report, options, e);
    return e;
}

Result<ReportEvaluation> try_evaluate(const Report& report, const EvaluationOptions& options) {
    try {
        return evaluate(report, options);
    } catch (const error_exception& error) {
        return error.error();
    }
}

} // namespace grantkpi
