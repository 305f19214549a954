// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "commands.hpp"

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
#include <iostream>
#include <sstream>

namespace grantkpi::cli {

int emit(const std::string& output, const std::string& content) {
    const std::string error =
        output.empty() ? write_stdout(content) : write_file_atomically(output, content);
    if (!error.empty()) {
        std::cerr << "grantkpi: " << error << '\n';
        return exit_input_error;
    }
    return exit_success;
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
    out << evaluation.municipality().value_or(input) << " (" << input << ")\n";
    std::vector<std::vector<std::string>> rows{
        {"round", "project", "KPI", "latest", "plan", "actual", "ratio", "verdict"}};
    bool weak = false; // a verdict rests on a weak direction: explain the marker
    for (const auto& round : evaluation.rounds) {
        for (const auto& project : round.projects) {
            for (const auto& kpi : project.kpis) {
                std::vector<std::string> row{to_string(round.fiscal_year),
                                             truncate_to_width(project.name(), 30),
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
    const auto loaded = load_inputs(options.inputs, {});
    if (!loaded) {
        return exit_input_error;
    }
    std::string out;
    for (const Report& report : loaded->reports) {
        const std::string csv = options.table == "values"     ? write_values_csv(report)
                                : options.table == "projects" ? write_projects_csv(report)
                                                              : write_kpis_csv(report);
        out += out.empty() ? csv : csv.substr(csv.find('\n') + 1); // one header for all
    }
    return emit(options.output, options.excel ? to_excel_csv(out) : out);
}

int run_validate(const ValidateOptions& options) {
    bool errors = false;
    for (const auto& file : expand_inputs(options.inputs)) {
        // A report of a collection is named by its file and its pointer there:
        // corpus.json:/reports/12/rounds/0/projects/1/kpis/0/plan.
        const bool read = load_file(file, {}, [&](const ReportSource& source, Report&& report) {
            for (auto diagnostic : validate(report)) {
                diagnostic.file = source.file;
                diagnostic.pointer = source.pointer() + diagnostic.pointer;
                errors = errors || diagnostic.severity == Severity::error;
                std::cout << diagnostic.to_string() << '\n';
            }
        });
        errors = errors || !read;
    }
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "grantkpi: cannot write to standard output\n";
        return exit_input_error;
    }
    return errors ? exit_input_error : exit_success;
}

namespace {

/// One row per report, then the roll-up: the table of `evaluate --summary`.
void print_summary_table(std::ostream& out, const CollectionEvaluation& collection,
                         const std::vector<std::string>& labels) {
    std::vector<std::vector<std::string>> rows{
        {"report", "municipality", "projects", "KPIs", "KPIs met (confirmed)", "(with provisional)",
         "projects meeting one (confirmed)", "(with provisional)"}};
    for (std::size_t i = 0; i < collection.reports.size(); ++i) {
        const Summary& summary = collection.reports[i].summary;
        rows.push_back({labels[i], collection.reports[i].municipality().value_or(""),
                        std::to_string(summary.projects.total), std::to_string(summary.kpis.total),
                        share_text(summary.kpis_met.confirmed_of_judged),
                        share_text(summary.kpis_met.with_provisional_of_judged),
                        share_text(summary.projects_met_at_least_one.confirmed_of_judged),
                        share_text(summary.projects_met_at_least_one.with_provisional_of_judged)});
    }
    print_table(out, rows);
    out << "(shares of the judged KPIs and projects; every figure: grantkpi evaluate --format "
           "json)\n\n";
    const std::size_t n = collection.reports.size();
    if (n == 1) {
        out << "1 report\n";
    } else {
        out << "All " << n << " reports (" << collection.duplicates_merged
            << " joint projects reported more than once counted once)\n";
    }
    print_summary(out, collection.summary);
}

/// Writes JSON as it is made (`write(stream)`), to standard output or atomically to a file.
template <class Write>
int stream_json(const std::string& output, const Write& write) {
    StreamedOutput out(output);
    write(out.stream());
    const std::string error = out.finish();
    if (!error.empty()) {
        std::cerr << "grantkpi: " << error << '\n';
        return exit_input_error;
    }
    return exit_success;
}

/// The CSV (one header for all) or the table of the evaluations; the table ends with the
/// collection's roll-up when there is one.
std::string evaluation_text(const EvaluateOptions& options,
                            const std::vector<ReportEvaluation>& evaluations,
                            const CollectionEvaluation* collection,
                            const std::vector<std::string>& inputs) {
    if (options.format == "csv") {
        std::string out = write_kpi_years_csv(evaluations[0]);
        for (std::size_t i = 1; i < evaluations.size(); ++i) {
            const std::string more = write_kpi_years_csv(evaluations[i]);
            out += more.substr(more.find('\n') + 1); // one header for all
        }
        return options.excel ? to_excel_csv(out) : out;
    }
    std::ostringstream table;
    for (std::size_t i = 0; i < evaluations.size(); ++i) {
        if (i > 0) {
            table << '\n';
        }
        print_evaluation(table, evaluations[i], inputs[i]);
    }
    if (collection != nullptr) {
        table << "\nAll " << evaluations.size() << " reports (" << collection->duplicates_merged
              << " joint projects reported more than once counted once)\n";
        print_summary(table, collection->summary);
    }
    return table.str();
}

} // namespace

int run_evaluate(const EvaluateOptions& options) {
    if (options.excel && options.format != "csv") {
        std::cerr << "grantkpi evaluate: --excel applies to --format csv only\n";
        return exit_usage;
    }
    if (options.summary && options.format == "csv") {
        std::cerr << "grantkpi evaluate: --summary is a table or JSON (--format table|json); "
                     "the CSV has a row per KPI-year\n";
        return exit_usage;
    }
    auto loaded = load_inputs(options.inputs, {});
    if (!loaded) {
        return exit_input_error;
    }
    const std::vector<std::string> inputs = loaded->labels();
    const std::vector<Report>& reports = loaded->reports;
    // Several reports are evaluated as a collection, on every core; each report's own
    // evaluation is part of it. A summary is a collection's, of one report or more. A
    // failure is told with the input that caused it.
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
    if (reports.size() > 1 || options.summary) {
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

    if (options.summary) {
        if (options.format == "json") {
            return stream_json(options.output, [&](std::ostream& out) {
                write_evaluation_summary_json(*collection, out);
            });
        }
        std::ostringstream table;
        print_summary_table(table, *collection, inputs);
        return emit(options.output, table.str());
    }
    if (options.format == "json") { // hundreds of megabytes for a national collection
        return stream_json(options.output, [&](std::ostream& out) {
            if (collection) {
                write_evaluation_json(*collection, out);
            } else {
                write_evaluation_json(evaluations[0], out);
            }
        });
    }
    return emit(options.output,
                evaluation_text(options, evaluations, collection ? &*collection : nullptr, inputs));
}

} // namespace grantkpi::cli
