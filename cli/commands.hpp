// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The commands of the grantkpi tool, apart from argument parsing so that each reads as what
// it does.

#include "inputs.hpp"

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

/// The help of INPUT, on every command that reads several reports.
inline constexpr const char* inputs_help =
    "Reports (text or JSON), collections of reports (grantkpi.collection/1 and /2: many "
    "reports in one JSON file) or folders of them (*.txt, *.json), mixed";

struct ValidateOptions {
    std::vector<std::string> inputs;
};
int run_validate(const ValidateOptions& options);

struct EvaluateOptions {
    std::vector<std::string> inputs;
    std::string format = "table"; ///< table | csv | json
    bool excel = false;           ///< CSV with a byte-order mark and CRLF
    bool summary = false;         ///< the roll-up figures only (table or json)
    std::string output;           ///< empty: standard output
};
int run_evaluate(const EvaluateOptions& options);

// Shared by the commands (cli/commands.cpp); reading the inputs is in cli/inputs.hpp.
/// Writes `content` to `output` (standard output when empty); the exit status.
int emit(const std::string& output, const std::string& content);

} // namespace grantkpi::cli
