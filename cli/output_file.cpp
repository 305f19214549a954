// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "output_file.hpp"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace grantkpi::cli {
namespace {

// The temporary file being written, for the signal handler: a fixed buffer, because a
// handler may call only async-signal-safe functions (unlink, sigaction, raise), not allocate.
char temp_path[4096];
volatile std::sig_atomic_t temp_active = 0;

void remove_temp_and_die(int signal) {
    if (temp_active != 0) {
        ::unlink(temp_path);
    }
    // SA_RESETHAND has restored the default action: the signal, delivered again when this
    // handler returns, ends the process the way the sender expects (status 128 + signal).
    ::raise(signal);
}

std::string errno_text(std::string_view what, int error) {
    return std::string(what) + ": " + std::strerror(error);
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

void pause_for_tests() {
    const char* seconds = std::getenv("GRANTKPI_TEST_PAUSE_BEFORE_RENAME");
    if (seconds == nullptr || *seconds == '\0') {
        return;
    }
    std::fprintf(stderr,
                 "grantkpi: GRANTKPI_TEST_PAUSE_BEFORE_RENAME: %s is written; renaming it in %s "
                 "seconds\n",
                 temp_path, seconds);
    std::fflush(stderr);
    ::sleep(static_cast<unsigned>(std::atoi(seconds)));
}

// The rename is durable once the directory is on disk too; a failure here loses nothing.
void sync_directory(const std::filesystem::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

void install_output_signal_handlers() {
    std::signal(SIGXFSZ, SIG_IGN);
    for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction old {};
        if (::sigaction(signal, nullptr, &old) != 0 || old.sa_handler == SIG_IGN) {
            continue; // ignored by the parent (nohup, a background job): stays ignored
        }
        struct sigaction action {};
        action.sa_handler = &remove_temp_and_die;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        ::sigaction(signal, &action, nullptr);
    }
}

StreamedOutput::StreamedOutput(const std::filesystem::path& path)
    : path_(path) {
    if (path_.empty()) {
        descriptor_.fd = STDOUT_FILENO;
        return;
    }
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
    std::string name = "."; // appended, not "." + string: no GCC 12 -Wrestrict false positive
    name += path.filename().string();
    name += ".XXXXXX";
    const std::string temp = (dir / name).string();
    if (temp.size() >= sizeof temp_path) {
        error_ = "cannot write " + path.string() + ": the path is too long";
        stream_.setstate(std::ios::badbit);
        return;
    }
    std::memcpy(temp_path, temp.c_str(), temp.size() + 1);
    // From here on a signal removes whatever name mkstemp has put in the buffer.
    std::atomic_signal_fence(std::memory_order_seq_cst);
    temp_active = 1;
    descriptor_.fd = ::mkstemp(temp_path);
    if (descriptor_.fd < 0) {
        const int error = errno;
        temp_active = 0;
        error_ = errno_text("cannot create a temporary file in " + dir.string(), error);
        stream_.setstate(std::ios::badbit);
        return;
    }
    open_ = true;
}

StreamedOutput::~StreamedOutput() {
    if (open_) {
        ::close(descriptor_.fd);
        ::unlink(temp_path);
        temp_active = 0;
        std::atomic_signal_fence(std::memory_order_seq_cst);
    }
}

std::streamsize StreamedOutput::Descriptor::xsputn(const char* data, std::streamsize size) {
    if (error != 0) {
        return 0;
    }
    if (!write_all(fd, std::string_view(data, static_cast<std::size_t>(size)))) {
        error = errno;
        return 0;
    }
    return size;
}

StreamedOutput::Descriptor::int_type StreamedOutput::Descriptor::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof())) {
        return traits_type::not_eof(c);
    }
    const char byte = traits_type::to_char_type(c);
    return xsputn(&byte, 1) == 1 ? c : traits_type::eof();
}

std::string StreamedOutput::finish() {
    if (!error_.empty()) {
        return error_;
    }
    if (path_.empty()) {
        return descriptor_.error == 0
                   ? std::string()
                   : errno_text("cannot write to standard output", descriptor_.error);
    }
    std::string error;
    // Keeps the first failure, with the errno of the call that failed (read before anything
    // else can change it).
    const auto failed = [&](int code, std::string_view what) {
        if (error.empty()) {
            error = errno_text(what, code);
        }
    };
    if (descriptor_.error != 0) {
        failed(descriptor_.error, "cannot write " + path_.string());
    }
    if (error.empty() && ::fsync(descriptor_.fd) != 0) {
        const int code = errno;
        failed(code, "cannot write " + path_.string());
    }
    open_ = false;
    if (::close(descriptor_.fd) != 0) {
        const int code = errno;
        failed(code, "cannot write " + path_.string());
    }
    if (error.empty() && ::chmod(temp_path, 0644) != 0) {
        const int code = errno;
        failed(code, "cannot set the permissions of " + path_.string());
    }
    if (error.empty()) {
        pause_for_tests();
        if (std::rename(temp_path, path_.c_str()) != 0) {
            const int code = errno;
            failed(code, "cannot move the output into place at " + path_.string());
        }
    }
    if (!error.empty()) {
        ::unlink(temp_path);
    }
    temp_active = 0;
    std::atomic_signal_fence(std::memory_order_seq_cst);
    if (error.empty()) {
        sync_directory(path_.has_parent_path() ? path_.parent_path() : ".");
    }
    return error;
}

std::string write_file_atomically(const std::filesystem::path& path, std::string_view content) {
    StreamedOutput output(path);
    output.stream().write(content.data(), static_cast<std::streamsize>(content.size()));
    return output.finish();
}

std::string write_stdout(std::string_view content) {
    if (!write_all(STDOUT_FILENO, content)) {
        const int code = errno;
        return errno_text("cannot write to standard output", code);
    }
    return {};
}

} // namespace grantkpi::cli
