// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// How doctest prints a grantkpi Result in a failed check: the error, or "a value". (Boost's
// own operator<< for result needs the value type to be printable, which a Report is not.)

#include <grantkpi/error.hpp>

#include <doctest/doctest.h>

namespace doctest {
template <class T>
struct StringMaker<boost::system::result<T, grantkpi::Error>> {
    static String convert(const boost::system::result<T, grantkpi::Error>& result) {
        if (result.has_value()) {
            return "a value";
        }
        return ("error: " + result.error().to_string()).c_str();
    }
};
} // namespace doctest
