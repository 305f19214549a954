// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "input/input_file.hpp"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <system_error>
#include <utility>

namespace grantkpi::detail {
namespace {

Error failure(std::string message, std::string code) {
    return Error::plain(std::move(message), std::move(code));
}

} // namespace

std::string input_too_large_message(std::size_t limit) {
    return "the input is larger than " + std::to_string(limit >> 20) + " MiB (" +
           std::to_string(limit) + " bytes), the most grantkpi reads";
}

Result<InputFile> InputFile::open(const std::filesystem::path& file, std::size_t limit) {
    std::error_code ec;
    const auto status = std::filesystem::status(file, ec);
    // libstdc++ throws std::ios_base::failure when a directory is read as a file: refused
    // before it is opened.
    if (std::filesystem::is_directory(status)) {
        return failure("cannot read the file: it is a directory", "GK092");
    }
    if (status.type() == std::filesystem::file_type::not_found) {
        return failure("cannot open the file for reading: it does not exist", "GK091");
    }
    // A regular file says its size: refuse a huge one before reading a byte of it.
    std::uintmax_t size = 0;
    if (std::filesystem::is_regular_file(status)) {
        size = std::filesystem::file_size(file, ec);
        if (ec) {
            size = 0;
        } else if (size > limit) {
            return failure(input_too_large_message(limit), "GK090");
        }
    }
    errno = 0;
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        const int error = errno;
        return failure(error != 0 ? "cannot open the file for reading: " +
                                        std::string(std::strerror(error))
                                  : "cannot open the file for reading",
                       "GK092");
    }
    return InputFile(std::move(in), limit, static_cast<std::size_t>(size));
}

Result<std::size_t> InputFile::read(char* buffer, std::size_t size) {
    in_.read(buffer, static_cast<std::streamsize>(size));
    const auto count = static_cast<std::size_t>(in_.gcount());
    total_ += count;
    if (total_ > limit_) {
        return failure(input_too_large_message(limit_), "GK090");
    }
    if (in_.bad()) {
        return failure("cannot read the file", "GK092");
    }
    return count;
}

Result<std::string> read_input_file(const std::filesystem::path& file, std::size_t limit) {
    auto input = InputFile::open(file, limit);
    if (!input) {
        return std::move(input).error();
    }
    // Chunk by chunk up to one byte past the limit: a pipe or a file that grows while it
    // is read is refused as soon as it passes the limit.
    std::string bytes;
    bytes.reserve(input->size_hint() + 1);
    while (true) {
        const std::size_t old_size = bytes.size();
        bytes.resize(old_size + input_chunk_bytes);
        auto count = input->read(bytes.data() + old_size, input_chunk_bytes);
        if (!count) {
            return std::move(count).error();
        }
        bytes.resize(old_size + *count);
        if (*count < input_chunk_bytes) { // the end of the file
            break;
        }
    }
    return Result<std::string>(boost::system::in_place_value, std::move(bytes));
}

} // namespace grantkpi::detail
