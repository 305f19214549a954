// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The inputs of a command: report files (text or JSON), collections of reports
// (grantkpi.collection/1 and /2: many reports in one JSON file) and folders of them, mixed,
// in the order given.

#include <grantkpi/report.hpp>
#include <grantkpi/text_reader.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace grantkpi::cli {

/// Where a report came from: a report file, or one report of a collection file.
struct ReportSource {
    std::string file;
    std::optional<std::size_t> index; ///< its place in the collection; nullopt: a report file

    /// The report's JSON pointer in its file: empty for a report file, `/reports/12` in a
    /// collection.
    [[nodiscard]] std::string pointer() const;
    /// How diagnostics name the report: `file`, or `file:/reports/12` in a collection.
    [[nodiscard]] std::string label() const;
    /// label() with the file's name only, without its folder.
    [[nodiscard]] std::string name() const;
};

/// True when `path` is a JSON collection of reports: its first key is "reports", or "schema"
/// with a value that starts with `grantkpi.collection/` (the writers put "schema" first).
/// Reads the first bytes of the file only; false for anything else, a report text or a
/// file that cannot be read included (reading it as a report then says what is wrong).
[[nodiscard]] bool is_collection_file(const std::string& path);

/// The inputs with each directory replaced by its *.txt and *.json files, sorted by name.
[[nodiscard]] std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs);

/// Reads a report in either form, printing every diagnostic on standard error; nullopt when
/// the input has errors. Applies the `--annotations` file.
[[nodiscard]] std::optional<Report> load(const std::string& path, const TextReadOptions& options);

/// Reads every report of `file`, one or a collection's, printing every diagnostic on standard
/// error, and calls `on_report` with each report that has no error, in order, with the
/// `--annotations` file applied. A collection is read with load_collection_json (in chunks:
/// memory holds its reports, not its text). False when the file or one of its reports had
/// errors.
bool load_file(const std::string& file, const TextReadOptions& options,
               const std::function<void(ReportSource, Report&&)>& on_report);

/// The reports that a command's inputs stand for, in order, and where each came from.
struct LoadedInputs {
    std::vector<ReportSource> sources;
    std::vector<Report> reports;

    /// Each source's label().
    [[nodiscard]] std::vector<std::string> labels() const;
};

/// Loads every file the inputs stand for (expand_inputs) with load_file (all of them, so
/// that every input's diagnostics are printed); nullopt, with a message, when they stand for
/// no report or any file has errors.
[[nodiscard]] std::optional<LoadedInputs> load_inputs(const std::vector<std::string>& inputs,
                                                      const TextReadOptions& options);

} // namespace grantkpi::cli
