// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Annotations: what the user states that the report's text cannot say (a KPI's direction and
// accumulation, a project's budget scope and its own part of a joint total), kept in a file
// of its own so that the report is never edited (docs/annotations.md,
// schema/grantkpi-annotations-1.schema.json).

#include <grantkpi/diagnostic.hpp>
#include <grantkpi/export.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/kpi.hpp>
#include <grantkpi/money.hpp>
#include <grantkpi/project.hpp>
#include <grantkpi/report.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace grantkpi {

/// The value of the "schema" key of an annotation file.
inline constexpr std::string_view annotations_schema_id = "grantkpi.annotations/1";

/// Where a key's value stands in the annotation file: its JSON pointer
/// (`/projects/0/kpis/1/direction`) and the 1-based line and column (in code points) of
/// its first character; line 0 when the annotations were not read from text.
struct AnnotationPlace {
    std::string pointer;
    std::size_t line = 0;
    std::size_t column = 0;

    friend bool operator==(const AnnotationPlace&, const AnnotationPlace&) = default;
};

/// What the user states about one KPI, keyed by its number. An absent value states nothing.
struct KpiAnnotation {
    int kpi = 0; ///< 1 for KPI①
    std::optional<Direction> direction;
    std::optional<Accumulation> accumulation;
    /// The title the file was written for (informative): a different title gives a warning.
    std::optional<std::string> title;
    std::optional<std::string> note; ///< for people: why (never applied)

    AnnotationPlace at;              ///< the entry
    AnnotationPlace kpi_at;          ///< its "kpi" key
    AnnotationPlace direction_at;    ///< its "direction" key, when given
    AnnotationPlace accumulation_at; ///< its "accumulation" key, when given
    AnnotationPlace title_at;

    friend bool operator==(const KpiAnnotation&, const KpiAnnotation&) = default;
};

/// What the user states about one project, keyed by its round's fiscal year and its name
/// as the model holds it (as written, trimmed).
struct ProjectAnnotation {
    FiscalYear round;
    std::string project;
    std::optional<BudgetScope> budget_scope;
    /// The municipality's own part of a joint_total budget (thousand yen, exact).
    std::optional<Money> own_budget;
    std::optional<std::string> note;
    std::vector<KpiAnnotation> kpis;

    AnnotationPlace at;
    AnnotationPlace round_at;
    AnnotationPlace project_at;
    AnnotationPlace budget_scope_at;
    AnnotationPlace own_budget_at;

    friend bool operator==(const ProjectAnnotation&, const ProjectAnnotation&) = default;
};

struct Annotations {
    /// The file the annotations came from, as named to the reader: it is in every diagnostic
    /// and in the rule of every value applied (`annotations.json:/projects/0/kpis/0/direction`).
    std::string file;
    std::vector<ProjectAnnotation> projects;

    friend bool operator==(const Annotations&, const Annotations&) = default;
};

struct AnnotationsReadResult {
    /// Absent when any diagnostic is an error.
    std::optional<Annotations> annotations;
    /// Each with the file, line, column and JSON pointer. A syntax error stops the read and
    /// is the only error; other errors (a wrong type, an unknown or duplicate key, a missing
    /// key, a duplicate entry) are all reported, in document order.
    std::vector<Diagnostic> diagnostics;

    [[nodiscard]] bool ok() const noexcept {
        return annotations.has_value() && !has_errors(diagnostics);
    }
};

/// Reads an annotation file (UTF-8 JSON; a leading byte-order mark is skipped). `file_name`
/// is named in every diagnostic and becomes Annotations::file.
///
/// Numbers keep their written digits (no double): `own_budget` is read from the number's
/// text, or from a string such as `"8,000"`. Fiscal years are an integer (`2019`) or a
/// string in any form FiscalYear::parse reads (`"R1"`, `"令和元年度"`, `"FY2019"`) or
/// `"2019"`. `null` stands for an absent value. Keys written by write_annotations_json for
/// people (`"current"`, `"title"`, `"unit"`, `"budget"`, `"report"`) are accepted; "current" is
/// checked to be an object and otherwise ignored.
[[nodiscard]] GRANTKPI_API AnnotationsReadResult read_annotations_json(std::string_view json,
                                                                       std::string file_name = {});

/// Reads a file with read_annotations_json; `file_name` defaults to the path. A file that
/// cannot be read or is larger than max_input_bytes gives one error diagnostic.
[[nodiscard]] GRANTKPI_API AnnotationsReadResult load_annotations(const std::filesystem::path& file,
                                                                  std::string file_name = {});

/// Applies annotations to a report. Every value applied becomes `Source::stated`, with the
/// rule `<file>:<pointer of the key>` and not uncertain. Errors, each located in the
/// annotation file (line, column and pointer): an entry that matches nothing (no round of
/// that fiscal year, no project of that name in it, no KPI of that number), an `own_budget`
/// on a project whose budget scope is `own` once the annotations are applied, an own part
/// larger than the whole budget. A warning: a KPI whose title differs from the entry's
/// "title". The report is changed only when there is no error: all or nothing.
[[nodiscard]] GRANTKPI_API std::vector<Diagnostic>
apply_annotations(Report& report, const Annotations& annotations);

/// Applies one annotation file to several reports (a municipality's reports of several
/// years, say): each entry applies to every report that has its project, and an entry is
/// an error only when it matches no report. All or nothing, as for one report.
[[nodiscard]] GRANTKPI_API std::vector<Diagnostic>
apply_annotations(std::span<Report> reports, const Annotations& annotations);

/// Which entries of an annotation file matched, for a file applied to reports read one at a
/// time (a folder of them).
struct GRANTKPI_API AnnotationMatches {
    AnnotationMatches() = default;
    /// Nothing matched yet, one flag per entry of `annotations`.
    explicit AnnotationMatches(const Annotations& annotations);

    std::vector<bool> projects;          ///< per entry of Annotations::projects
    std::vector<std::vector<bool>> kpis; ///< per KPI entry of each
};

/// Applies annotations to one of several reports read one at a time: as apply_annotations,
/// but an entry that matches nothing in this report is no error here; `matches` records
/// what matched (it is sized to the annotations when it is not yet). Once every report is
/// applied, unmatched_annotations gives the errors for what matched in none.
[[nodiscard]] GRANTKPI_API std::vector<Diagnostic>
apply_annotations(Report& report, const Annotations& annotations, AnnotationMatches& matches);

/// An error, located in the annotation file, for each project entry and each KPI entry that
/// `matches` says matched in none of the `reports` reports.
[[nodiscard]] GRANTKPI_API std::vector<Diagnostic>
unmatched_annotations(const Annotations& annotations, const AnnotationMatches& matches,
                      std::size_t reports);

/// The starting annotation file of a report, for a user to review every guess in one place:
/// every project and KPI, with
/// - its keys (`round` as the Gregorian year, `project`, `kpi`), and for people the KPI's
///   `title` and `unit` and the project's `budget`;
/// - for each value that is stated (by the JSON, the caller or an earlier annotation) the
///   value itself, and `null` for each that is inferred or assumed: applying the file
///   unedited changes no value and no source, and a guess stays a guess until the user
///   writes a value in place of its `null`;
/// - a `"current"` object with each value as the report now holds it and its source, rule
///   and uncertainty (informative: the reader ignores it).
[[nodiscard]] GRANTKPI_API std::string write_annotations_json(const Report& report);

} // namespace grantkpi
