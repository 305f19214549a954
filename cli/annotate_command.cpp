// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "annotate_command.hpp"

#include "commands.hpp"
#include "output_file.hpp"

#include <grantkpi/annotations.hpp>
#include <grantkpi/input.hpp>

#include <iostream>
#include <optional>

namespace grantkpi::cli {
namespace {

std::string annotations_path; // empty: no --annotations

struct AnnotateOptions {
    std::string input;
    std::string output; // empty: standard output
};
AnnotateOptions annotate_options;

void print(const std::vector<Diagnostic>& diagnostics) {
    for (const auto& diagnostic : diagnostics) {
        std::cerr << diagnostic.to_string() << '\n';
    }
}

/// The annotation file, read once: nullopt when it has errors (printed the first time).
const std::optional<Annotations>& annotations() {
    static const std::optional<Annotations> read = [] {
        AnnotationsReadResult result = load_annotations(annotations_path);
        print(result.diagnostics);
        return result.ok() ? std::move(result.annotations) : std::nullopt;
    }();
    return read;
}

} // namespace

void add_annotations_option(CLI::App& app) {
    for (CLI::App* command : app.get_subcommands({})) {
        command->add_option("--annotations", annotations_path,
                            "Apply this annotation file (docs/annotations.md) to every input: "
                            "directions, accumulations and budget scopes stated by you");
    }
}

bool apply_annotations_option(Report& report, const std::string& input) {
    if (annotations_path.empty()) {
        return true;
    }
    const auto& file = annotations();
    if (!file) {
        return false;
    }
    const std::vector<Diagnostic> diagnostics = apply_annotations(report, *file);
    if (!diagnostics.empty()) {
        std::cerr << input << ": applying " << annotations_path << ":\n";
        print(diagnostics);
    }
    return !has_errors(diagnostics);
}

CLI::App* add_annotate_command(CLI::App& app) {
    auto* command = app.add_subcommand(
        "annotate", "Write the starting annotation file of a report: every project and KPI, "
                    "with each value's current source, for you to review and state");
    command->add_option("INPUT", annotate_options.input, "The report: text or JSON")->required();
    command->add_option("-o,--output", annotate_options.output,
                        "Write the annotation file here (whole or not at all) instead of "
                        "standard output");
    return command;
}

int run_annotate() {
    TextReadOptions options;
    options.strict = false; // report every problem at once
    TextReadResult result = load_report(annotate_options.input, options);
    print(result.diagnostics);
    if (!result.ok() || !apply_annotations_option(*result.report, annotate_options.input)) {
        return exit_input_error;
    }
    const std::string content = write_annotations_json(*result.report);
    const std::string error = annotate_options.output.empty()
                                  ? write_stdout(content)
                                  : write_file_atomically(annotate_options.output, content);
    if (!error.empty()) {
        std::cerr << "grantkpi: " << error << '\n';
        return exit_input_error;
    }
    return exit_success;
}

} // namespace grantkpi::cli
