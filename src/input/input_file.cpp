// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "input/input_file.hpp"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <system_error>

namespace grantkpi::detail {
namespace {

Error failure(std::string message) {
    return Error{std::move(message), {}, {}, 0, 0};
}

} // namespace

std::string input_too_large_message(std::size_t limit) {
    return "the input is larger than " + std::to_string(limit >> 20) + " MiB (" +
           std::to_string(limit) + " bytes), the most grantkpi reads";
}

Result<std::string> read_input_file(const std::filesystem::path& file) {
    std::error_code ec;
    const auto status = std::filesystem::status(file, ec);
    if (std::filesystem::is_directory(status)) {
        return failure("cannot read the file: it is a directory");
    }
    if (status.type() == std::filesystem::file_type::not_found) {
        return failure("cannot open the file for reading: it does not exist");
    }
    // A regular file says its size: refuse a huge one before reading a byte of it.
    std::uintmax_t expected_size = 0;
    if (std::filesystem::is_regular_file(status)) {
        expected_size = std::filesystem::file_size(file, ec);
        if (ec) {
            expected_size = 0;
        } else if (expected_size > max_input_bytes) {
            return failure(input_too_large_message());
        }
    }
    errno = 0;
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        const int error = errno;
        return failure(error != 0 ? "cannot open the file for reading: " +
                                        std::string(std::strerror(error))
                                  : "cannot open the file for reading");
    }
    // Chunk by chunk up to one byte past the limit: a pipe or a file that grows while it
    // is read is refused as soon as it passes the limit.
    constexpr std::size_t chunk = std::size_t{1} << 20;
    std::string bytes;
    bytes.reserve(static_cast<std::size_t>(expected_size) + 1);
    while (true) {
        const std::size_t old_size = bytes.size();
        bytes.resize(old_size + chunk);
        in.read(bytes.data() + old_size, static_cast<std::streamsize>(chunk));
        bytes.resize(old_size + static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_input_bytes) {
            return failure(input_too_large_message());
        }
        if (in.bad()) {
            return failure("cannot read the file");
        }
        if (!in) { // the end of the file
            break;
        }
    }
    return Result<std::string>(boost::system::in_place_value, std::move(bytes));
}

} // namespace grantkpi::detail
