// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// grantkpi: the command-line tool.
//
//   grantkpi import REPORT.txt [-o OUT.json]          report text -> JSON
//   grantkpi export --table values|projects|kpis INPUT...  tidy CSV on standard output
//   grantkpi export --format xlsx INPUT... -o F.xlsx  an Excel workbook (docs/excel.md)
//   grantkpi validate INPUT...                        rule-coded diagnostics
//   grantkpi evaluate INPUT... [--format table|csv|json] [--summary] [-o OUT]
//   INPUT: report files (text or JSON), collections (many reports in one JSON file), folders
//   grantkpi annotate INPUT [-o OUT.json]             the starting annotation file
//   every command: --annotations FILE                 what you state (docs/annotations.md)
//   grantkpi report INPUT... [-o report.html]         self-contained HTML with charts
//
// Exit status: 0 success, 1 the input has errors (diagnostics on standard error) or the
// output cannot be written, 2 usage errors.

#include "annotate_command.hpp"
#include "commands.hpp"
#include "output_file.hpp"
#include "report_command.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace {

CLI::App* add_import_command(CLI::App& app, grantkpi::cli::ImportOptions& import_options) {
    CLI::App* import =
        app.add_subcommand("import", "Read a report (text or JSON) and write its JSON form");
    import->add_option("REPORT", import_options.input, "The report: text (UTF-8 or CP932) or JSON")
        ->required();
    import->add_option("-o,--output", import_options.output,
                       "Write the JSON here (whole or not at all) instead of standard output");
    import->add_option("--municipality", import_options.municipality,
                       "The municipality's name (the text layout does not carry it)");
    return import;
}

CLI::App* add_export_command(CLI::App& app, grantkpi::cli::ExportOptions& export_options) {
    CLI::App* export_ = app.add_subcommand(
        "export",
        "Write a tidy CSV table of reports (standard output or -o), or an Excel workbook");
    export_
        ->add_option("--table", export_options.table,
                     "Which CSV table: values, projects or kpis (docs/tables.md)")
        ->check(CLI::IsMember({"values", "projects", "kpis"}));
    export_
        ->add_option("--format", export_options.format,
                     "csv (one --table) or xlsx (a workbook of every table, the evaluation and "
                     "the summary; needs -o; docs/excel.md)")
        ->check(CLI::IsMember({"csv", "xlsx"}))
        ->capture_default_str();
    export_->add_option("-o,--output", export_options.output,
                        "Write here (whole or not at all) instead of standard output");
    export_->add_flag("--excel", export_options.excel, grantkpi::cli::excel_flag_help);
    export_
        ->add_option("INPUT", export_options.inputs,
                     std::string(grantkpi::cli::inputs_help) +
                         "; text or JSON told apart by content")
        ->required();
    return export_;
}

CLI::App* add_validate_command(CLI::App& app, grantkpi::cli::ValidateOptions& validate_options) {
    CLI::App* validate = app.add_subcommand(
        "validate", "Check reports against the validation rules (docs/validation-rules.md)");
    validate->add_option("INPUT", validate_options.inputs, grantkpi::cli::inputs_help)->required();
    return validate;
}

CLI::App* add_evaluate_command(CLI::App& app, grantkpi::cli::EvaluateOptions& evaluate_options) {
    CLI::App* evaluate = app.add_subcommand(
        "evaluate", "Judge every KPI-year, project and report; several inputs are also rolled up");
    evaluate->add_option("INPUT", evaluate_options.inputs, grantkpi::cli::inputs_help)->required();
    evaluate->add_option("--format", evaluate_options.format, "table (for people), csv or json")
        ->check(CLI::IsMember({"table", "csv", "json"}))
        ->capture_default_str();
    evaluate->add_flag("--summary", evaluate_options.summary,
                       "The roll-up figures only: the national summary, each report's summary "
                       "and the joint projects counted once, without the KPI-years (table or "
                       "json; docs/evaluation.md)");
    evaluate->add_flag("--excel", evaluate_options.excel, grantkpi::cli::excel_flag_help);
    evaluate->add_option("-o,--output", evaluate_options.output,
                         "Write here (whole or not at all) instead of standard output");
    return evaluate;
}

int run(int argc, char** argv) {
    CLI::App app{"grantkpi: read, convert, validate and evaluate municipal grant KPI reports",
                 "grantkpi"};
    app.require_subcommand(1);
    app.set_help_all_flag("--help-all", "Print the help of every command");

    grantkpi::cli::ImportOptions import_options;
    CLI::App* import = add_import_command(app, import_options);
    grantkpi::cli::ExportOptions export_options;
    CLI::App* export_ = add_export_command(app, export_options);
    grantkpi::cli::ValidateOptions validate_options;
    CLI::App* validate = add_validate_command(app, validate_options);
    grantkpi::cli::EvaluateOptions evaluate_options;
    CLI::App* evaluate = add_evaluate_command(app, evaluate_options);
    grantkpi::cli::ReportOptions report_options;
    auto* report = grantkpi::cli::add_report_command(app, report_options);

    auto* annotate = grantkpi::cli::add_annotate_command(app);
    grantkpi::cli::add_annotations_option(app); // after the last subcommand

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int status = app.exit(e); // prints help, or the error and a hint
        return status == 0 ? 0 : grantkpi::cli::exit_usage;
    }

    try {
        if (*import) {
            return grantkpi::cli::run_import(import_options);
        }
        if (*export_) {
            return grantkpi::cli::finish_annotations_option(
                grantkpi::cli::run_export(export_options));
        }
        if (*validate) {
            return grantkpi::cli::finish_annotations_option(
                grantkpi::cli::run_validate(validate_options));
        }
        if (*evaluate) {
            return grantkpi::cli::finish_annotations_option(
                grantkpi::cli::run_evaluate(evaluate_options));
        }
        if (*annotate) {
            return grantkpi::cli::run_annotate();
        }
        if (*report) {
            return grantkpi::cli::finish_annotations_option(
                grantkpi::cli::run_report(report_options));
        }
    } catch (const std::exception& e) { // out of memory and the like: still say so
        std::cerr << "grantkpi: " << e.what() << '\n';
        return grantkpi::cli::exit_input_error;
    }
    return grantkpi::cli::exit_usage;
}

} // namespace

int main(int argc, char** argv) {
    // A full disk, `ulimit -f` or Ctrl-C never leaves a half-written output file.
    grantkpi::cli::install_output_signal_handlers();
    try {
        return run(argc, argv);
    } catch (const std::exception& e) { // building the command line ran out of memory
        std::cerr << "grantkpi: " << e.what() << '\n';
    } catch (...) {
        std::cerr << "grantkpi: an unknown error\n";
    }
    return grantkpi::cli::exit_input_error;
}
