// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "report_command.hpp"

#include "commands.hpp"
#include "output_file.hpp"

#include <grantkpi/evaluate.hpp>
#include <grantkpi/html_report.hpp>
#include <grantkpi/input.hpp>

#include <iostream>

namespace grantkpi::cli {
CLI::App* add_report_command(CLI::App& app, ReportOptions& options) {
    auto* report = app.add_subcommand(
        "report", "Write the evaluated reports as one self-contained HTML page with a chart "
                  "per KPI (no network needed to open it)");
    report
        ->add_option("INPUT", options.inputs,
                     std::string(inputs_help) + "; several are summed up first, joint projects "
                                                "counted once")
        ->required();
    report->add_option("-o,--output", options.output,
                       "Write the HTML here (whole or not at all) instead of standard output");
    report->add_option("--title", options.title, "The page's title (default: the municipality)");
    report->add_option("--municipality", options.municipality,
                       "The municipality's name, for report texts (the layout does not carry it)");
    return report;
}

int run_report(const ReportOptions& options) {
    TextReadOptions read_options;
    read_options.municipality = options.municipality;
    auto loaded = load_inputs(options.inputs, read_options); // with --annotations
    if (!loaded) {
        return exit_input_error;
    }
    const std::vector<std::string> inputs = loaded->labels();
    const std::vector<Report>& reports = loaded->reports;
    HtmlReportOptions html;
    html.title = options.title;
    for (const auto& source : loaded->sources) {
        html.report_names.push_back(source.name()); // corpus.json:/reports/12 in a collection
    }
    std::string page;
    if (reports.size() == 1) {
        auto evaluation = try_evaluate(reports[0]);
        if (!evaluation) {
            std::cerr << inputs[0] << ": error: " << evaluation.error().message << '\n';
            return exit_input_error;
        }
        page = write_report_html(*evaluation, reports[0], html);
    } else {
        auto collection = try_evaluate_collection(reports, {}, 0);
        if (!collection) {
            for (std::size_t i = 0; i < reports.size(); ++i) {
                if (auto evaluation = try_evaluate(reports[i]); !evaluation) {
                    std::cerr << inputs[i] << ": error: " << evaluation.error().message << '\n';
                    return exit_input_error;
                }
            }
            std::cerr << "grantkpi: error: " << collection.error().message << '\n';
            return exit_input_error;
        }
        page = write_report_html(*collection, reports, html);
    }
    return emit(options.output, page);
}

} // namespace grantkpi::cli
