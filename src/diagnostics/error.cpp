// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/error.hpp>

#include <ostream>
#include <utility>

namespace grantkpi {

Error Error::plain(std::string message, std::string code) {
    Error error;
    error.message = std::move(message);
    error.code = std::move(code);
    return error;
}

Error Error::at_text(std::string file, std::size_t line, std::size_t column, std::string message,
                     std::string code) {
    return at(Location{std::move(file), line, column, {}}, std::move(message), std::move(code));
}

Error Error::at_pointer(std::string pointer, std::string message, std::string code) {
    return at(Location{{}, 0, 0, std::move(pointer)}, std::move(message), std::move(code));
}

Error Error::at(Location where, std::string message, std::string code) {
    Error error;
    static_cast<Location&>(error) = std::move(where);
    error.message = std::move(message);
    error.code = std::move(code);
    return error;
}

std::string Error::to_string() const {
    std::string out;
    if (!file.empty()) {
        out += file;
        out += ':';
    }
    if (line != 0) {
        out += std::to_string(line);
        out += ':';
        out += std::to_string(column);
        out += ':';
    }
    if (!pointer.empty()) {
        if (!out.empty()) {
            out += ' ';
        }
        out += pointer;
        out += ':';
    }
    if (!out.empty()) {
        out += ' ';
    }
    out += message;
    return out;
}

std::string to_string(const Error& error) {
    return error.to_string();
}

std::ostream& operator<<(std::ostream& os, const Error& error) {
    return os << error.to_string();
}

error_exception::error_exception(Error error)
    : std::runtime_error(error.to_string())
    , error_(std::move(error)) {}

void throw_exception_from_error(const Error& error, const boost::source_location&) {
    throw error_exception(error);
}

} // namespace grantkpi
