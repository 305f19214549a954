// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "annotate_command.hpp"

#include "commands.hpp"
#include "output_file.hpp"

#include <grantkpi/annotations.hpp>
#include <grantkpi/input.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <optional>
#include <string_view>

namespace grantkpi::cli {
namespace {

std::string annotations_path; // empty: no --annotations
CLI::App* tool = nullptr;     // the parsed command line

// The commands whose status main.cpp passes through finish_annotations_option: with several
// inputs, an entry of the file needs to match in one of them only. Any other command applies
// the file to each input as to a single report (every entry must match each input): stricter,
// never silent.
constexpr std::string_view several_input_commands[] = {"export", "validate", "evaluate", "report"};

AnnotationMatches matches; // what matched, over the inputs of a several-input command
std::size_t annotated_inputs = 0;

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

/// True when the command given has several inputs (or a folder) and finishes through
/// finish_annotations_option.
bool several_inputs() {
    static const bool several = [] {
        for (CLI::App* command : tool->get_subcommands()) {
            const std::string& name = command->get_name();
            if (std::find(std::begin(several_input_commands), std::end(several_input_commands),
                          name) == std::end(several_input_commands)) {
                continue;
            }
            const CLI::Option* input = command->get_option_no_throw("INPUT");
            if (input == nullptr) {
                continue;
            }
            const auto& values = input->results();
            if (values.size() > 1) {
                return true;
            }
            for (const auto& value : values) {
                std::error_code ec;
                if (std::filesystem::is_directory(value, ec) || is_collection_file(value)) {
                    return true; // a folder or a collection stands for several reports
                }
            }
        }
        return false;
    }();
    return several;
}

} // namespace

void add_annotations_option(CLI::App& app) {
    tool = &app;
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
    const std::vector<Diagnostic> diagnostics = several_inputs()
                                                    ? apply_annotations(report, *file, matches)
                                                    : apply_annotations(report, *file);
    ++annotated_inputs;
    if (!diagnostics.empty()) {
        std::cerr << input << ": applying " << annotations_path << ":\n";
        print(diagnostics);
    }
    return !has_errors(diagnostics);
}

int finish_annotations_option(int status) {
    if (annotations_path.empty() || status != exit_success || !several_inputs() || !annotations()) {
        return status;
    }
    const auto unmatched = unmatched_annotations(*annotations(), matches, annotated_inputs);
    print(unmatched);
    return unmatched.empty() ? status : exit_input_error;
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
