// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// Read a folder of reports (text or JSON, UTF-8 or CP932, told apart by content) and
// aggregate them: projects, verdicts and budgets by scheme and adoption round, and the
// actual values of the KPIs by unit and fiscal year. A joint project reported by several
// municipalities is counted once (evaluate_collection).
//
//   aggregate_folder [FILE_OR_FOLDER...]   (default: the bundled Sapporo report and the
//                                            folder examples/data/reports)
//
// examples/data/reports holds two reports made up for this example: a CP932 text of the
// fictional town 北山町, which reports the seed's joint project UIJ ターン新規就業支援事業 too,
// and the JSON of the fictional village 南野村 that build_report writes.

#include <grantkpi/grantkpi.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <vector>

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    using namespace grantkpi;

    std::vector<fs::path> files;
    const std::vector<fs::path> inputs =
        argc > 1 ? std::vector<fs::path>(argv + 1, argv + argc)
                 : std::vector<fs::path>{GRANTKPI_EXAMPLE_REPORT, GRANTKPI_EXAMPLE_FOLDER};
    for (const fs::path& input : inputs) {
        const auto first = files.size();
        if (fs::is_directory(input)) {
            files.insert(files.end(), fs::directory_iterator(input), fs::directory_iterator());
        } else {
            files.push_back(input);
        }
        std::sort(files.begin() + static_cast<std::ptrdiff_t>(first), files.end());
    }
    std::vector<Report> reports;
    for (const fs::path& file : files) {
        TextReadResult read = load_report(file);
        for (const Diagnostic& diagnostic : read.diagnostics) {
            std::cerr << diagnostic.to_string() << '\n';
        }
        if (!read.ok()) {
            return 1;
        }
        std::cout << "read " << file.filename().string() << ": "
                  << read.report->municipality.value_or("(municipality not named)") << '\n';
        reports.push_back(std::move(*read.report));
    }

    const CollectionEvaluation collection = evaluate_collection(reports);
    for (const MergedDuplicate& copy : collection.merged) {
        std::cout << "counted once: " << copy.name << " (" << to_string(copy.round_fiscal_year)
                  << "), as in " << files[copy.kept_report].filename().string() << '\n';
    }

    std::cout << "\nby scheme and adoption round:\n";
    const auto by_round =
        group_by(views::projects(collection), by::keys(by::scheme, by::round), aggregate::summary);
    for (const auto& [key, s] : by_round) {
        const auto& [scheme, round] = key;
        std::cout << "  " << scheme << ' ' << to_string(round) << ": projects " << s.projects.total
                  << ", KPIs " << s.kpis.total << ", met " << s.kpis.met_confirmed << " of "
                  << s.kpis.judged_confirmed() << " judged (" << s.kpis.met() << " of "
                  << s.kpis.judged() << " with 見込); own budgets " << to_string(s.budget.own)
                  << ", national share " << to_string(s.budget.own_national_share) << '\n';
    }

    std::cout << "\nactual values by unit and fiscal year (cumulative KPIs: latest value):\n";
    for (const auto& [unit, totals] : aggregate::values_by_unit(views::kpis(collection))) {
        std::cout << "  " << unit << " (" << totals.kpis << " KPIs):";
        for (const auto& [year, sum] : totals.per_year) {
            std::cout << ' ' << to_string(year) << ' ' << sum.confirmed.to_grouped_string();
            if (sum.expected_cells > 0) {
                std::cout << " + " << sum.expected.to_grouped_string() << "(見込)";
            }
        }
        if (totals.per_year.empty() && totals.cumulative_kpis == 0) {
            std::cout << " no value yet";
        }
        if (totals.cumulative_kpis > 0) {
            std::cout << "; cumulative "
                      << totals.cumulative_latest.with_expected().to_grouped_string();
        }
        std::cout << '\n';
    }
    return 0;
}
