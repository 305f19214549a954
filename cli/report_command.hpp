// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// grantkpi report INPUT... -o report.html: the evaluated reports as one self-contained HTML
// page (docs/html-report.md).

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace grantkpi::cli {

struct ReportOptions {
    std::vector<std::string> inputs;
    std::string output; ///< empty: standard output
    std::string title;
    std::optional<std::string> municipality;
};

/// Adds the `report` subcommand to `app`; its options are written into `options`.
CLI::App* add_report_command(CLI::App& app, ReportOptions& options);

int run_report(const ReportOptions& options);

} // namespace grantkpi::cli
