// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: reading a whole input file for the readers that need it in memory, within
// max_input_bytes, with the reasons the loaders give when they cannot.

#include <grantkpi/error.hpp>
#include <grantkpi/limits.hpp>
#include <grantkpi/text_reader.hpp>

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

/// What load_report and load_report_text share: `file_name` defaulted to the path, the file
/// read whole, its bytes handed to `read(bytes, options)`; a file that cannot be read is one
/// error diagnostic naming the file.
template <class Read>
TextReadResult load_input_file(const std::filesystem::path& file, TextReadOptions options,
                               Read read) {
    if (options.file_name.empty()) {
        options.file_name = file.string();
    }
    auto bytes = read_input_file(file);
    if (!bytes) {
        TextReadResult result;
        result.diagnostics.push_back(
            Diagnostic{Severity::error, {}, bytes.error().message, options.file_name, 0, 0, {}});
        return result;
    }
    return read(*bytes, options);
}

} // namespace grantkpi::detail
