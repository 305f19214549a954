// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The commands of the grantkpi tool, apart from argument parsing so that each reads as what
// it does.

#include <grantkpi/report.hpp>
#include <grantkpi/text_reader.hpp>

#include <optional>
#include <string>
#include <vector>

namespace grantkpi::cli {

inline constexpr int exit_success = 0;
inline constexpr int exit_input_error = 1;
inline constexpr int exit_usage = 2;

struct ImportOptions {
    std::string input;
    std::string output; ///< empty: standard output
    std::optional<std::string> municipality;
};
int run_import(const ImportOptions& options);

/// The help of `--excel`, on every command that writes CSV.
inline constexpr const char* excel_flag_help =
    "CSV for Excel: a UTF-8 byte-order mark and CRLF line ends, so that Japanese Excel opens it "
    "as UTF-8 (without it, Excel assumes CP932). The default is RFC 4180 UTF-8 without a "
    "byte-order mark, LF line ends, for programs";

struct ExportOptions {
    std::string table;          ///< values | projects | kpis (CSV)
    std::string format = "csv"; ///< csv | xlsx
    std::string output;         ///< empty: standard output
    bool excel = false;         ///< CSV with a byte-order mark and CRLF
    std::vector<std::string> inputs;
};
int run_export(const ExportOptions& options);
/// `export --format xlsx` (cli/xlsx_command.cpp).
int run_export_xlsx(const ExportOptions& options);

struct ValidateOptions {
    std::vector<std::string> inputs;
};
int run_validate(const ValidateOptions& options);

struct EvaluateOptions {
    std::vector<std::string> inputs;
    std::string format = "table"; ///< table | csv | json
    bool excel = false;           ///< CSV with a byte-order mark and CRLF
};
int run_evaluate(const EvaluateOptions& options);

// Shared by the commands (cli/commands.cpp).
/// Reads a report in either form, printing every diagnostic on standard error; nullopt when
/// the input has errors.
std::optional<Report> load(const std::string& path, const TextReadOptions& options);
/// Writes `content` to `output` (standard output when empty); the exit status.
int emit(const std::string& output, const std::string& content);
/// The inputs with each directory replaced by its *.txt and *.json files, sorted by name.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs);

/// The files that a command's inputs stand for (expand_inputs) and their reports, in order.
struct LoadedInputs {
    std::vector<std::string> files;
    std::vector<Report> reports;
};
/// Loads every file the inputs stand for with load() (all of them, so that every input's
/// diagnostics are printed); nullopt, with a message, when they stand for no file or any
/// file has errors.
std::optional<LoadedInputs> load_inputs(const std::vector<std::string>& inputs,
                                        const TextReadOptions& options);

} // namespace grantkpi::cli
