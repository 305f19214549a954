// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// How doctest prints grantkpi values in a failed check: a Result as its error or "a value"
// (Boost's own operator<< for result needs the value type to be printable, which a Report is
// not), an Observation as its value with "(expected)", or "not set".

#include <grantkpi/error.hpp>
#include <grantkpi/observation.hpp>

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

template <>
struct StringMaker<grantkpi::Observation> {
    static String convert(const grantkpi::Observation& cell) {
        if (!cell.has_value()) {
            return "not set";
        }
        return (cell.value()->to_string() + (cell.is_expected() ? " (expected)" : "")).c_str();
    }
};
} // namespace doctest
