// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// Annotations: state what a report's text cannot say, without editing the report
// (docs/annotations.md).
//
//   annotations [REPORT]   (default: the bundled Sapporo report text)
//
// The Sapporo report's KPI③ of 外国人の活躍×グローバルビジネス拡大プロジェクト (外国人居住者数)
// gives yearly changes (actual R2: -3,760), but nothing in the text says so: the reader
// takes each year as a level. An annotation states that the KPI is an increment, and the
// evaluation then judges the years' sum.

#include <grantkpi/grantkpi.hpp>

#include <iostream>
#include <string>

namespace {

// An annotation file, here inline; `grantkpi annotate REPORT -o FILE` writes a starting file
// with every project and KPI, and grantkpi::load_annotations reads one from disk.
constexpr std::string_view annotations_json = R"({
  "schema": "grantkpi.annotations/1",
  "projects": [
    {"round": "R1", "project": "外国人の活躍×グローバルビジネス拡大プロジェクト",
     "kpis": [{"kpi": 3, "accumulation": "increment",
               "note": "the actual row gives yearly changes"}]}
  ]
})";

// The KPI's accumulation, where it came from, and its verdict over the whole plan.
void print_kpi(const grantkpi::Report& report, std::string_view when) {
    const grantkpi::Kpi& kpi = report.rounds.at(0).projects.at(2).kpis.at(2);
    std::cout << when << ": KPI③ " << kpi.title << " is " << kpi.accumulation << " ("
              << kpi.accumulation_basis << ")\n";
    const grantkpi::ReportEvaluation evaluation = grantkpi::evaluate(report);
    const auto& judged = evaluation.rounds.at(0).projects.at(2).kpis.at(2);
    if (judged.running_total) {
        const grantkpi::RunningTotal& total = *judged.running_total;
        std::cout << "  " << total.years << " years summed through " << to_string(total.through)
                  << ": plan " << total.plan.to_grouped_string() << ", actual "
                  << total.actual.to_grouped_string() << (total.met ? ", met" : ", not met")
                  << '\n';
    } else {
        std::cout << "  no sum: each year is judged on its own\n";
    }
}

} // namespace

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : GRANTKPI_EXAMPLE_REPORT;
    grantkpi::TextReadResult read = grantkpi::load_report(path);
    for (const auto& diagnostic : read.diagnostics) {
        std::cerr << diagnostic.to_string() << '\n';
    }
    if (!read.ok()) {
        return 1;
    }
    grantkpi::Report report = std::move(*read.report);
    print_kpi(report, "read");

    // Reading an annotation file: every problem located by line, column and JSON pointer.
    const grantkpi::AnnotationsReadResult annotations =
        grantkpi::read_annotations_json(annotations_json, "annotations.json");
    for (const auto& diagnostic : annotations.diagnostics) {
        std::cerr << diagnostic.to_string() << '\n';
    }
    if (!annotations.ok()) {
        return 1;
    }
    // Applying it: an entry that matches no round, project or KPI is an error in the
    // annotation file, and then nothing is applied.
    const auto applied = grantkpi::apply_annotations(report, *annotations.annotations);
    for (const auto& diagnostic : applied) {
        std::cerr << diagnostic.to_string() << '\n';
    }
    if (grantkpi::has_errors(applied)) {
        return 1;
    }
    print_kpi(report, "annotated");
    return 0;
}
