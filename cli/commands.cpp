// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "commands.hpp"

#include "annotate_command.hpp"
#include "output_file.hpp"

#include <grantkpi/csv.hpp>
#include <grantkpi/enum_names.hpp>
#include <grantkpi/evaluate.hpp>
#include <grantkpi/evaluation_csv.hpp>
#include <grantkpi/evaluation_json.hpp>
#include <grantkpi/excel_csv.hpp>
#include <grantkpi/input.hpp>
#include <grantkpi/json.hpp>
#include <grantkpi/text_width.hpp>
#include <grantkpi/validate.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <sstream>

namespace grantkpi::cli {

// Reads a report in either form, printing every diagnostic on standard error. nullopt
// when the input has errors.
std::optional<Report> load(const std::string& path, const TextReadOptions& options) {
    TextReadOptions lenient = options;
    lenient.strict = false; // report every problem at once
    TextReadResult result = load_report(path, lenient);
    for (const auto& diagnostic : result.diagnostics) {
        std::cerr << diagnostic.to_string() << '\n';
    }
    if (!result.ok() || !apply_annotations_option(*result.report, path)) { // --annotations
        return std::nullopt;
    }
    return std::move(result.report);
}

int emit(const std::string& output, const std::string& content) {
    const std::string error =
        output.empty() ? write_stdout(content) : write_file_atomically(output, content);
    if (!error.empty()) {
        std::cerr << "grantkpi: " << error << '\n';
        return exit_input_error;
    }
    return exit_success;
}

// The inputs with each directory replaced by its *.txt and *.json files, sorted by name: a
// folder of municipal reports is one argument.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs) {
    std::vector<std::string> files;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (!std::filesystem::is_directory(input, ec)) {
            files.push_back(input);
            continue;
        }
        std::vector<std::string> found;
        for (const auto& entry : std::filesystem::directory_iterator(input, ec)) {
            const auto extension = entry.path().extension();
            if (entry.is_regular_file(ec) && (extension == ".txt" || extension == ".json")) {
                found.push_back(entry.path().string());
            }
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

std::optional<LoadedInputs> load_inputs(const std::vector<std::string>& inputs,
                                        const TextReadOptions& options) {
    LoadedInputs loaded{expand_inputs(inputs), {}};
    if (loaded.files.empty()) {
        std::cerr << "grantkpi: no report (*.txt, *.json) in the given folders\n";
        return std::nullopt;
    }
    bool errors = false;
    for (const auto& file : loaded.files) {
        if (auto report = load(file, options)) {
            loaded.reports.push_back(std::move(*report));
        } else {
            errors = true;
        }
    }
    if (errors) {
        return std::nullopt;
    }
    return loaded;
}

namespace {

std::string share_text(const Share& share) {
    std::string out = std::to_string(share.count) + " of " + std::to_string(share.of);
    if (share.value) {
        out += " (" + to_percent_string(*share.value) + ")";
    }
    return out;
}

// A computed total, without the trailing fraction zeros its largest-scale term gave it
// (47,002千円, not 47,002.0千円). Report cells keep their written digits.
std::string total_text(Money total) {
    return to_string(total.normalized());
}

// Columns padded by display width: kanji take two terminal columns.
void print_table(std::ostream& out, const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (std::size_t i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], display_width(row[i]));
        }
    }
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += i + 1 < row.size() ? pad_to_width(row[i], widths[i] + 2) : row[i];
        }
        out << line << '\n';
    }
}

void print_summary(std::ostream& out, const Summary& summary) {
    out << "  KPIs met (confirmed, of judged):          "
        << share_text(summary.kpis_met.confirmed_of_judged) << '\n'
        << "  KPIs met (with provisional, of judged):   "
        << share_text(summary.kpis_met.with_provisional_of_judged) << '\n'
        << "  KPIs not judged (no plan / not reported): " << summary.kpis.no_plan << " / "
        << summary.kpis.not_reported << '\n'
        << "  KPIs judged on a weak direction (?):      " << summary.kpis.weak_direction << " of "
        << summary.kpis.judged() << '\n'
        << "  Projects meeting at least one KPI (confirmed, of judged):        "
        << share_text(summary.projects_met_at_least_one.confirmed_of_judged) << '\n'
        << "  Projects meeting at least one KPI (with provisional, of judged): "
        << share_text(summary.projects_met_at_least_one.with_provisional_of_judged) << '\n'
        << "  Own budgets:         " << total_text(summary.budget.own) << " in "
        << summary.budget.own_projects << " projects"
        << (summary.budget.own_parts > 0
                ? " and " + std::to_string(summary.budget.own_parts) +
                      (summary.budget.own_parts == 1 ? " own part of a joint total"
                                                     : " own parts of joint totals")
                : std::string())
        << ", national share " << total_text(summary.budget.own_national_share) << '\n'
        << "  Joint-total budgets: " << total_text(summary.budget.joint_total) << " in "
        << summary.budget.joint_total_projects << " projects, national share "
        << total_text(summary.budget.joint_total_national_share)
        << " (whole joint projects: not added to own budgets)\n";
    if (summary.budget.weak_scopes > 0) {
        out << "  Budget scopes assumed or inferred on weak evidence: "
            << summary.budget.weak_scopes << " of " << summary.projects.total
            << " projects (grantkpi export --table projects)\n";
    }
}

void print_evaluation(std::ostream& out, const ReportEvaluation& evaluation,
                      const std::string& input) {
    out << evaluation.municipality.value_or(input) << " (" << input << ")\n";
    std::vector<std::vector<std::string>> rows{
        {"round", "project", "KPI", "latest", "plan", "actual", "ratio", "verdict"}};
    bool weak = false; // a verdict rests on a weak direction: explain the marker
    for (const auto& round : evaluation.rounds) {
        for (const auto& project : round.projects) {
            for (const auto& kpi : project.kpis) {
                std::vector<std::string> row{to_string(round.fiscal_year),
                                             truncate_to_width(project.name, 30),
                                             std::to_string(kpi.number),
                                             "",
                                             "",
                                             "",
                                             "",
                                             to_string(kpi.verdict)};
                if (kpi.provisional) {
                    row.back() += " (provisional)";
                }
                if (kpi.latest_year && kpi.direction_basis.is_weak()) {
                    row.back() += " ?";
                    weak = true;
                }
                for (const auto& year : kpi.years) {
                    if (kpi.latest_year && year.year == *kpi.latest_year) {
                        row[3] = to_string(year.year);
                        row[4] = to_string(year.plan);
                        row[5] = to_string(year.actual);
                        row[6] = year.ratio ? to_string(*year.ratio) : "";
                    }
                }
                rows.push_back(std::move(row));
            }
        }
    }
    print_table(out, rows);
    if (weak) {
        out << "? the verdict rests on a direction that is assumed or inferred on weak evidence: "
               "see `grantkpi validate` (GK410) and `grantkpi export --table kpis`\n";
    }
    out << '\n';
    print_summary(out, evaluation.summary);
}

} // namespace

int run_import(const ImportOptions& options) {
    TextReadOptions read_options;
    read_options.municipality = options.municipality;
    const auto report = load(options.input, read_options);
    if (!report) {
        return exit_input_error;
    }
    return emit(options.output, write_report_json(*report));
}

int run_export(const ExportOptions& options) {
    if (options.format == "xlsx") {
        return run_export_xlsx(options);
    }
    if (options.table.empty()) {
        std::cerr << "grantkpi export: --table values|projects|kpis is required for CSV\n";
        return exit_usage;
    }
    std::string out;
    for (const auto& input : options.inputs) {
        const auto report = load(input, {});
        if (!report) {
            return exit_input_error;
        }
        const std::string csv = options.table == "values"     ? write_values_csv(*report)
                                : options.table == "projects" ? write_projects_csv(*report)
                                                              : write_kpis_csv(*report);
        out += out.empty() ? csv : csv.substr(csv.find('\n') + 1); // one header for all
    }
    return emit(options.output, options.excel ? to_excel_csv(out) : out);
}

int run_validate(const ValidateOptions& options) {
    bool errors = false;
    for (const auto& input : expand_inputs(options.inputs)) {
        const auto report = load(input, {});
        if (!report) {
            errors = true;
            continue;
        }
        for (auto diagnostic : validate(*report)) {
            diagnostic.file = input;
            errors = errors || diagnostic.severity == Severity::error;
            std::cout << diagnostic.to_string() << '\n';
        }
    }
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "grantkpi: cannot write to standard output\n";
        return exit_input_error;
    }
    return errors ? exit_input_error : exit_success;
}

int run_evaluate(const EvaluateOptions& options) {
    if (options.excel && options.format != "csv") {
        std::cerr << "grantkpi evaluate: --excel applies to --format csv only\n";
        return exit_usage;
    }
    auto loaded = load_inputs(options.inputs, {});
    if (!loaded) {
        return exit_input_error;
    }
    const std::vector<std::string>& inputs = loaded->files;
    const std::vector<Report>& reports = loaded->reports;
    // Several reports are evaluated as a collection, on every core; each report's own
    // evaluation is part of it. A failure is told with the input that caused it.
    auto report_error = [&]() {
        for (std::size_t i = 0; i < reports.size(); ++i) {
            if (auto evaluation = try_evaluate(reports[i]); !evaluation) {
                std::cerr << inputs[i] << ": error: " << evaluation.error().message << '\n';
                return true;
            }
        }
        return false;
    };
    std::optional<CollectionEvaluation> collection;
    std::vector<ReportEvaluation> single;
    if (reports.size() > 1) {
        auto rolled_up = try_evaluate_collection(reports, {}, 0);
        if (!rolled_up) {
            if (!report_error()) {
                std::cerr << "grantkpi: error: " << rolled_up.error().message << '\n';
            }
            return exit_input_error;
        }
        collection = std::move(*rolled_up);
    } else if (auto evaluation = try_evaluate(reports[0])) {
        single.push_back(std::move(*evaluation));
    } else {
        report_error();
        return exit_input_error;
    }
    const std::vector<ReportEvaluation>& evaluations = collection ? collection->reports : single;

    std::string out;
    if (options.format == "json") {
        out =
            collection ? write_evaluation_json(*collection) : write_evaluation_json(evaluations[0]);
    } else if (options.format == "csv") {
        out = write_kpi_years_csv(evaluations[0]);
        for (std::size_t i = 1; i < evaluations.size(); ++i) {
            const std::string more = write_kpi_years_csv(evaluations[i]);
            out += more.substr(more.find('\n') + 1); // one header for all
        }
        if (options.excel) {
            out = to_excel_csv(out);
        }
    } else {
        std::ostringstream table;
        for (std::size_t i = 0; i < evaluations.size(); ++i) {
            if (i > 0) {
                table << '\n';
            }
            print_evaluation(table, evaluations[i], inputs[i]);
        }
        if (collection) {
            table << "\nAll " << reports.size() << " reports (" << collection->duplicates_merged
                  << " joint projects reported more than once counted once)\n";
            print_summary(table, collection->summary);
        }
        out = table.str();
    }
    return emit({}, out);
}

} // namespace grantkpi::cli
