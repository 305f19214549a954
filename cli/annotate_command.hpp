// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Annotations on the command line (docs/annotations.md): `--annotations FILE` on every
// command, applied where every command loads its inputs, and `grantkpi annotate`, which
// writes the starting annotation file of a report.

#include <grantkpi/report.hpp>

#include <CLI/CLI.hpp>

#include <string>

namespace grantkpi::cli {

/// Adds `--annotations FILE` to every subcommand of `app`: call it after the last
/// add_subcommand.
void add_annotations_option(CLI::App& app);

/// Applies the `--annotations` file, when one was given, to a report just read from `input`.
/// Prints every diagnostic (of reading the file, once, and of applying it) on standard
/// error; false when any is an error (the report is then unchanged).
[[nodiscard]] bool apply_annotations_option(Report& report, const std::string& input);

/// The exit status of a command that reads several inputs (validate, evaluate), given its
/// own: with several inputs, an annotation entry is an error only when it matched in none of
/// them, which is known once every input is read. Prints those errors on standard error.
[[nodiscard]] int finish_annotations_option(int status);

/// Adds `annotate INPUT [-o FILE]`; run_annotate runs it once the command line is parsed.
CLI::App* add_annotate_command(CLI::App& app);
int run_annotate();

} // namespace grantkpi::cli
