// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: reading a whole input file for the readers that need it in memory, within
// max_input_bytes, with the reasons the loaders give when they cannot.

#include <grantkpi/error.hpp>
#include <grantkpi/limits.hpp>

#include <filesystem>
#include <string>

namespace grantkpi::detail {

/// "the input is larger than 256 MiB (268435456 bytes), the most grantkpi reads"
std::string input_too_large_message(std::size_t limit = max_input_bytes);

/// The bytes of `file`. Errors (message only, no location): "cannot open the file for
/// reading: it does not exist", "cannot read the file: it is a directory", "cannot open the
/// file for reading: <reason>", "cannot read the file", and input_too_large_message() for a
/// file beyond max_input_bytes (a regular file is refused before it is read; a pipe is read
/// no further than the limit).
Result<std::string> read_input_file(const std::filesystem::path& file);

} // namespace grantkpi::detail
