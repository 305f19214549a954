// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/diagnostic.hpp>

#include <algorithm>
#include <ostream>

namespace grantkpi {

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
    if (line != 0 && !pointer.empty()) { // a JSON reader error: both places
        out += pointer;
        out += ": ";
    }
    if (!code.empty()) {
        out += code;
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
