// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// A finding about an input: what is wrong, how bad it is, and where. Readers that go on
// after a problem (the text reader in lenient mode) and the validator return lists of them.

#include <grantkpi/enum_names.hpp>
#include <grantkpi/error.hpp>
#include <grantkpi/export.hpp>
#include <grantkpi/location.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace grantkpi {

/// error: the input is wrong (strict reading stops); warning: read, but a figure may be
/// off; note: read as a careful human would, and the reader says what it did (a page number
/// of a PDF copy skipped, a budget in 万円 converted).
enum class Severity { error, warning, note };
BOOST_DESCRIBE_ENUM(Severity, error, warning, note)

/// A finding: its severity, its stable code (GK0xx for the readers,
/// docs/reader-diagnostics.md; GK1xx..GK4xx for validation, docs/validation-rules.md), what
/// was found and what was expected (quoting the offending text), and where (the Location: a
/// line and column in text input, a JSON pointer into the report, or both for JSON input).
struct GRANTKPI_API Diagnostic : Location {
    Severity severity = Severity::error;
    std::string code;
    std::string message;

    /// A finding at a 1-based line and column of a text input.
    [[nodiscard]] static Diagnostic at_text(Severity severity, std::string code, std::string file,
                                            std::size_t line, std::size_t column,
                                            std::string message);
    /// A finding at a JSON pointer into a report (the validator's findings).
    [[nodiscard]] static Diagnostic at_pointer(Severity severity, std::string code,
                                               std::string file, std::string pointer,
                                               std::string message);
    /// A finding at a Location (the annotation reader's: a line, a column and a pointer).
    [[nodiscard]] static Diagnostic at(Severity severity, std::string code, Location where,
                                       std::string message);
    /// A reader's Error as a finding of `severity`: its location, code and message; `file`
    /// fills in the file when the error does not name one.
    [[nodiscard]] static Diagnostic from(const Error& error, Severity severity = Severity::error,
                                         std::string_view file = {});

    /// `file:line:column: severity: CODE: message` for text locations,
    /// `file:pointer: severity: CODE: message` for model locations, and
    /// `file:line:column: severity: CODE: pointer: message` when both are known (JSON input);
    /// unknown parts (and an empty code) left out.
    [[nodiscard]] std::string to_string() const;

    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};
BOOST_DESCRIBE_STRUCT(Diagnostic, (Location), (severity, code, message))

/// Diagnostic::to_string().
[[nodiscard]] GRANTKPI_API std::string to_string(const Diagnostic& diagnostic);
/// Writes to_string(diagnostic).
GRANTKPI_API std::ostream& operator<<(std::ostream& os, const Diagnostic& diagnostic);

/// True when any diagnostic is an error.
[[nodiscard]] GRANTKPI_API bool has_errors(const std::vector<Diagnostic>& diagnostics) noexcept;

} // namespace grantkpi
