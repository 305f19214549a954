// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the one reader of input files. Every loader (load_report, load_report_text,
// load_report_json, load_collection_json, load_annotations) opens its file here, whole or
// chunk by chunk, within a size limit, and says in the same words why it cannot:
//   "cannot open the file for reading: it does not exist"
//   "cannot read the file: it is a directory"
//   "cannot open the file for reading: <the system's reason>" (or without a reason when the
//     system gives none)
//   "cannot read the file" (a read error after the file was opened)
//   input_too_large_message(limit): a regular file is refused by its size before a byte of it
//     is read, a pipe or a growing file as soon as what was read passes the limit.
// Errors carry the message only; the loader names the file.

#include <grantkpi/error.hpp>
#include <grantkpi/limits.hpp>
#include <grantkpi/text_reader.hpp>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <string>

namespace grantkpi::detail {

/// The size of the pieces a file is read in: 1 MiB. A streaming loader holds one of them.
inline constexpr std::size_t input_chunk_bytes = std::size_t{1} << 20;

/// "the input is larger than 256 MiB (268435456 bytes), the most grantkpi reads"
std::string input_too_large_message(std::size_t limit = max_input_bytes);

/// An input file open for reading, piece by piece, within a size limit.
class InputFile {
public:
    /// Opens `file`, or says why it cannot (the errors above, except "cannot read the file").
    static Result<InputFile> open(const std::filesystem::path& file,
                                  std::size_t limit = max_input_bytes);

    /// The size a regular file says it has, 0 for other files: a hint for a buffer.
    [[nodiscard]] std::size_t size_hint() const noexcept { return size_hint_; }

    /// Reads the next bytes into buffer[0, size): how many were read, fewer than `size` only
    /// at the end of the file. Errors: "cannot read the file", and input_too_large_message()
    /// when the bytes read so far pass the limit.
    Result<std::size_t> read(char* buffer, std::size_t size);

private:
    InputFile(std::ifstream in, std::size_t limit, std::size_t size_hint)
        : in_(std::move(in))
        , limit_(limit)
        , size_hint_(size_hint) {}

    std::ifstream in_;
    std::size_t limit_;
    std::size_t size_hint_;
    std::size_t total_ = 0; // bytes read so far
};

/// The bytes of `file`, read whole, within `limit` (the errors of InputFile).
Result<std::string> read_input_file(const std::filesystem::path& file,
                                    std::size_t limit = max_input_bytes);

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
            Diagnostic::from(bytes.error(), Severity::error, options.file_name));
        return result;
    }
    return read(*bytes, options);
}

} // namespace grantkpi::detail
