// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Output files written whole or not at all: the text goes to a temporary file beside the
// target, which is renamed into place only once every byte is on disk. A full disk, a file
// size limit (`ulimit -f`) or an interruption (SIGINT, SIGTERM, SIGHUP) leaves the target as
// it was and no temporary file behind.

#include <filesystem>
#include <string>
#include <string_view>

namespace grantkpi::cli {

/// Call once at the start of the program, before any output file is written:
/// - ignores SIGXFSZ, so that a write beyond the file size limit fails with EFBIG (and is
///   reported) instead of killing the process with the temporary file left behind;
/// - on SIGINT, SIGTERM and SIGHUP removes the temporary file being written, if any, then
///   dies of the signal as it would have (signals the parent ignores stay ignored).
void install_output_signal_handlers();

/// Writes `content` to `path` atomically. Returns an empty string on success, else what went
/// wrong (the target is then untouched and no temporary file is left behind).
///
/// For tests only: when the environment variable GRANTKPI_TEST_PAUSE_BEFORE_RENAME is a
/// number of seconds, the tool says on standard error that the temporary file is written and
/// waits that long before renaming it, so that a test can interrupt it at that point.
[[nodiscard]] std::string write_file_atomically(const std::filesystem::path& path,
                                                std::string_view content);

/// Writes `content` to standard output; an empty string on success, else the error.
[[nodiscard]] std::string write_stdout(std::string_view content);

} // namespace grantkpi::cli
