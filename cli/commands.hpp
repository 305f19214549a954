// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The commands of the grantkpi tool, apart from argument parsing so that each reads as what
// it does.

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

struct ExportOptions {
    std::string table; ///< values | projects | kpis
    std::string input;
};
int run_export(const ExportOptions& options);

struct ValidateOptions {
    std::vector<std::string> inputs;
};
int run_validate(const ValidateOptions& options);

struct EvaluateOptions {
    std::vector<std::string> inputs;
    std::string format = "table"; ///< table | csv | json
};
int run_evaluate(const EvaluateOptions& options);

} // namespace grantkpi::cli
