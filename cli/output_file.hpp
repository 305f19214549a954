// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Output files written whole or not at all: the text goes to a temporary file beside the
// target, which is renamed into place only once every byte is on disk.

#include <filesystem>
#include <string>
#include <string_view>

namespace grantkpi::cli {

/// Writes `content` to `path` atomically. Returns an empty string on success, else what went
/// wrong (the target is then untouched and no temporary file is left behind).
[[nodiscard]] std::string write_file_atomically(const std::filesystem::path& path,
                                                std::string_view content);

/// Writes `content` to standard output; an empty string on success, else the error.
[[nodiscard]] std::string write_stdout(std::string_view content);

} // namespace grantkpi::cli
