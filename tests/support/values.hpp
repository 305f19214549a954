// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Values written as a report writes them, for tables of test cases: d("31.20") is a
// Decimal, c("16") a confirmed cell, e("16") an expected (見込) one. Text that does not
// parse throws, and so fails the test that wrote it. streamed(value) is what `os << value`
// writes.

#include <grantkpi/decimal.hpp>
#include <grantkpi/observation.hpp>

#include <sstream>
#include <string>

namespace grantkpi::testing {

inline Decimal d(const char* text) {
    return Decimal::parse(text).value();
}
inline Observation c(const char* text) {
    return Observation::confirmed(d(text));
}
inline Observation e(const char* text) {
    return Observation::expected(d(text));
}

template <class T>
std::string streamed(const T& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

} // namespace grantkpi::testing
