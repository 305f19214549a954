// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Output files written whole or not at all: the text goes to a temporary file beside the
// target, which is renamed into place only once every byte is on disk. A full disk, a file
// size limit (`ulimit -f`) or an interruption (SIGINT, SIGTERM, SIGHUP) leaves the target as
// it was and no temporary file behind.

#include <filesystem>
#include <ostream>
#include <streambuf>
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

/// An output written as it is made, for outputs too large to hold whole: to standard output,
/// or to a temporary file beside the target that finish() renames into place (whole or not
/// at all, as write_file_atomically, with the same messages). Writes go straight to the file
/// descriptor: a writer that hands over large chunks pays one system call per chunk.
class StreamedOutput {
public:
    /// Standard output when `path` is empty, else the file at `path`.
    explicit StreamedOutput(const std::filesystem::path& path);
    StreamedOutput(const StreamedOutput&) = delete;
    StreamedOutput& operator=(const StreamedOutput&) = delete;
    /// Removes the temporary file when finish() was not called.
    ~StreamedOutput();

    /// Where to write. It fails (and the rest is not written) at the first write error.
    std::ostream& stream() { return stream_; }

    /// Puts the file into place; an empty string on success, else the first thing that went
    /// wrong (the target is then untouched and no temporary file is left behind).
    [[nodiscard]] std::string finish();

private:
    /// Unbuffered: each write is a write(2) of the whole piece.
    class Descriptor : public std::streambuf {
    public:
        int fd = -1;
        int error = 0; ///< errno of the first failed write, 0 when none failed

    protected:
        std::streamsize xsputn(const char* data, std::streamsize size) override;
        int_type overflow(int_type c) override;
    };

    std::filesystem::path path_; ///< empty: standard output
    std::string error_;          ///< a failure before any write (the temporary file)
    bool open_ = false;          ///< a temporary file is open, not yet renamed or removed
    Descriptor descriptor_;
    std::ostream stream_{&descriptor_};
};

} // namespace grantkpi::cli
