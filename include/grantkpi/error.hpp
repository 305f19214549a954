// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// What went wrong, and where: the error type that every grantkpi reader and parser returns.

#include <grantkpi/export.hpp>

#include <boost/assert/source_location.hpp>
#include <boost/system/result.hpp>

#include <cstddef>
#include <iosfwd>
#include <stdexcept>
#include <string>

namespace grantkpi {

/// One problem found while reading or parsing. `message` says what was found and what was
/// expected; the other fields say where, as far as the reader knows it.
struct GRANTKPI_API Error {
    std::string message;
    /// JSON pointer (RFC 6901) of the offending element; empty for the document itself or
    /// for errors that are not about JSON.
    std::string pointer;
    /// File the input came from, when read from a file.
    std::string file;
    /// 1-based line and column in the input, 0 when unknown.
    std::size_t line = 0;
    std::size_t column = 0;

    /// `file:line:column: pointer: message`, leaving out the parts that are unknown.
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
