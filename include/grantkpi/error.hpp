// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// What went wrong, and where: the error type that every grantkpi reader and parser returns.

#include <grantkpi/export.hpp>
#include <grantkpi/location.hpp>

#include <boost/assert/source_location.hpp>
#include <boost/system/result.hpp>

#include <cstddef>
#include <iosfwd>
#include <stdexcept>
#include <string>

namespace grantkpi {

/// One problem found while reading or parsing. `message` says what was found and what was
/// expected; the Location says where, as far as the reader knows it (`error.file`,
/// `error.line`, ...). `code` is the stable code of a reader's problem (GK0xx,
/// docs/reader-diagnostics.md); empty for errors of the value types and the API.
struct GRANTKPI_API Error : Location {
    std::string message;
    std::string code;

    /// An error not about a place in an input (an API misuse, an arithmetic overflow).
    [[nodiscard]] static Error plain(std::string message, std::string code = {});
    /// An error at a 1-based line and column of a text input (`file` may be empty).
    [[nodiscard]] static Error at_text(std::string file, std::size_t line, std::size_t column,
                                       std::string message, std::string code = {});
    /// An error at a JSON pointer (RFC 6901) into a document or a report.
    [[nodiscard]] static Error at_pointer(std::string pointer, std::string message,
                                          std::string code = {});
    /// An error at a Location.
    [[nodiscard]] static Error at(Location where, std::string message, std::string code = {});

    /// `file:line:column: pointer: message`, leaving out the parts that are unknown (the code
    /// is not printed: Diagnostic::from(error).to_string() prints it).
    [[nodiscard]] std::string to_string() const;

    friend bool operator==(const Error&, const Error&) = default;
};

/// Error::to_string(): `file:line:column: pointer: message`.
[[nodiscard]] GRANTKPI_API std::string to_string(const Error& error);
/// Writes to_string(error).
GRANTKPI_API std::ostream& operator<<(std::ostream& os, const Error& error);

/// The one exception grantkpi throws: the throwing conveniences (`Result<T>::value()`
/// included), the value types' constructors and operators (`Decimal(1, 19)`, `Fraction(1, 0)`,
/// a sum beyond 18 digits). `what()` is error().to_string().
class GRANTKPI_API error_exception : public std::runtime_error {
public:
    explicit error_exception(Error error);
    [[nodiscard]] const Error& error() const noexcept { return error_; }

private:
    Error error_;
};

/// A value or the Error that prevented it.
template <class T>
using Result = boost::system::result<T, Error>;

/// Found by `boost::system::result<T, Error>::value()` through argument-dependent lookup.
[[noreturn]] GRANTKPI_API void throw_exception_from_error(const Error& error,
                                                          const boost::source_location& loc);

} // namespace grantkpi
