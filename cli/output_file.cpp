// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "output_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace grantkpi::cli {
namespace {

std::string errno_text(std::string_view what) {
    return std::string(what) + ": " + std::strerror(errno);
}

// Writes everything or reports why not (short writes and EINTR are retried).
bool write_all(int fd, std::string_view content) {
    while (!content.empty()) {
        const ssize_t n = ::write(fd, content.data(), content.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        content.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

} // namespace

std::string write_file_atomically(const std::filesystem::path& path, std::string_view content) {
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
    std::string temp = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) {
        return errno_text("cannot create a temporary file in " + dir.string());
    }
    std::string error;
    if (!write_all(fd, content)) {
        error = errno_text("cannot write " + path.string());
    } else if (::fsync(fd) != 0) {
        error = errno_text("cannot write " + path.string());
    }
    if (::close(fd) != 0 && error.empty()) {
        error = errno_text("cannot write " + path.string());
    }
    if (error.empty() && ::chmod(temp.c_str(), 0644) != 0) {
        error = errno_text("cannot set the permissions of " + path.string());
    }
    if (error.empty() && std::rename(temp.c_str(), path.c_str()) != 0) {
        error = errno_text("cannot move the output into place at " + path.string());
    }
    if (!error.empty()) {
        std::remove(temp.c_str());
    }
    return error;
}

std::string write_stdout(std::string_view content) {
    if (!write_all(STDOUT_FILENO, content)) {
        return errno_text("cannot write to standard output");
    }
    return {};
}

} // namespace grantkpi::cli
