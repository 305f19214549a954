// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// A finding about an input: what is wrong, how bad it is, and where. Readers that go on
// after a problem (the text reader in lenient mode) and the validator return lists of them.

#include <grantkpi/enum_names.hpp>
#include <grantkpi/export.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

namespace grantkpi {

/// error: the input is wrong (strict reading stops); warning: read, but a figure may be
/// off; note: read as a careful human would, and the reader says what it did (a page number
/// of a PDF copy skipped, a budget in 万円 converted).
enum class Severity { error, warning, note };
BOOST_DESCRIBE_ENUM(Severity, error, warning, note)

struct GRANTKPI_API Diagnostic {
    Severity severity = Severity::error;
    /// A stable rule code (validation rules); empty for reader diagnostics.
    std::string code;
    /// What was found and what was expected, quoting the offending text.
    std::string message;
    /// Where: the file (may be empty), a 1-based line and column in text input (0 when not
    /// about text), and a JSON pointer into the report (empty when not about the model).
    std::string file;
    std::size_t line = 0;
    std::size_t column = 0;
    std::string pointer;

    /// `file:line:column: severity: message` for text locations,
    /// `file:pointer: severity: CODE: message` for model locations, and
    /// `file:line:column: severity: pointer: message` when both are known (JSON input);
    /// unknown parts left out.
    [[nodiscard]] std::string to_string() const;

    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};
BOOST_DESCRIBE_STRUCT(Diagnostic, (), (severity, code, message, file, line, column, pointer))

/// Diagnostic::to_string().
[[nodiscard]] GRANTKPI_API std::string to_string(const Diagnostic& diagnostic);
/// Writes to_string(diagnostic).
GRANTKPI_API std::ostream& operator<<(std::ostream& os, const Diagnostic& diagnostic);

/// True when any diagnostic is an error.
[[nodiscard]] GRANTKPI_API bool has_errors(const std::vector<Diagnostic>& diagnostics) noexcept;

} // namespace grantkpi
