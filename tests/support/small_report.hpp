// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The small report of the JSON error tests (tests/data/json/small_report.json) and the one
// edit that breaks one thing in it at a time: the base document of test_json_reader.cpp's
// error table and of the JSON variants of the malformed corpus (test_malformed.cpp).

#include "support/seed.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace grantkpi::testing {

/// A valid report of format 2 in 32 lines: one round (FY2019, scheme "S"), one project ("P",
/// 27,125 thousand yen, line 11), KPI① with a baseline, a plan row {"2019": 150, "2020": null}
/// and an actual row whose 2020 cell is expected (line 25).
inline const std::string& small_report_json() {
    static const std::string json =
        read_file(GRANTKPI_SOURCE_DIR "/tests/data/json/small_report.json");
    return json;
}

/// `text` with its first `from` replaced by `to`; fails the test when `from` is not there.
inline std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "no " << std::string(from));
    return text.replace(at, from.size(), to);
}

} // namespace grantkpi::testing
