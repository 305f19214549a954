// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Where in an input something was found: the place shared by Error and Diagnostic.

#include <boost/describe/class.hpp>

#include <cstddef>
#include <string>

namespace grantkpi {

/// A place in an input, as far as the reader knows it: the file (empty when not read from a
/// file), a 1-based line and column in text input (0 when unknown or not about text), and a
/// JSON pointer (RFC 6901) into the document or the report (empty for the document itself or
/// when not about JSON or the model).
struct Location {
    std::string file;
    std::size_t line = 0;
    std::size_t column = 0;
    std::string pointer;

    friend bool operator==(const Location&, const Location&) = default;
};
BOOST_DESCRIBE_STRUCT(Location, (), (file, line, column, pointer))

} // namespace grantkpi
