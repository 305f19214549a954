// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/diagnostic.hpp>

#include <algorithm>
#include <ostream>
#include <utility>

namespace grantkpi {

Diagnostic Diagnostic::at_text(Severity severity, std::string code, std::string file,
                               std::size_t line, std::size_t column, std::string message) {
    Diagnostic d;
    d.file = std::move(file);
    d.line = line;
    d.column = column;
    d.severity = severity;
    d.code = std::move(code);
    d.message = std::move(message);
    return d;
}

Diagnostic Diagnostic::at_pointer(Severity severity, std::string code, std::string file,
                                  std::string pointer, std::string message) {
    Diagnostic d;
    d.file = std::move(file);
    d.pointer = std::move(pointer);
    d.severity = severity;
    d.code = std::move(code);
    d.message = std::move(message);
    return d;
}

Diagnostic Diagnostic::at(Severity severity, std::string code, Location where,
                          std::string message) {
    Diagnostic d;
    static_cast<Location&>(d) = std::move(where);
    d.severity = severity;
    d.code = std::move(code);
    d.message = std::move(message);
    return d;
}

Diagnostic Diagnostic::from(const Error& error, Severity severity, std::string_view file) {
    Diagnostic d;
    static_cast<Location&>(d) = error;
    if (d.file.empty()) {
        d.file = file;
    }
    d.severity = severity;
    d.code = error.code;
    d.message = error.message;
    return d;
}

std::string Diagnostic::to_string() const {
    std::string out = file;
    if (line != 0) {
        out += out.empty() ? "" : ":";
        out += std::to_string(line) + ":" + std::to_string(column);
    } else if (!pointer.empty()) {
        out += out.empty() ? "" : ":";
        out += pointer;
    }
    if (!out.empty()) {
        out += ": ";
    }
    out += severity == Severity::error     ? "error: "
           : severity == Severity::warning ? "warning: "
                                           : "note: ";
    if (!code.empty()) {
        out += code;
        out += ": ";
    }
    if (line != 0 && !pointer.empty()) { // a JSON reader error: both places
        out += pointer;
        out += ": ";
    }
    out += message;
    return out;
}

std::string to_string(const Diagnostic& diagnostic) {
    return diagnostic.to_string();
}

std::ostream& operator<<(std::ostream& os, const Diagnostic& diagnostic) {
    return os << diagnostic.to_string();
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) noexcept {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

} // namespace grantkpi
