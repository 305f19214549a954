// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// Compiles and runs the usage example of README.md (extracted by tests/CMakeLists.txt).

#include <grantkpi/grantkpi.hpp>

#include "support/printers.hpp"

#include <doctest/doctest.h>

#include <iostream>
#include <sstream>
#include <string>

namespace readme {
#include "readme_snippet.inc"
} // namespace readme

TEST_CASE("the README usage example runs on the bundled report") {
    std::ostringstream captured;
    auto* const old = std::cout.rdbuf(captured.rdbuf());
    const int status =
        readme::print_expected_actuals(GRANTKPI_SOURCE_DIR "/examples/data/sapporo_fy2022.json");
    std::cout.rdbuf(old);
    CHECK(status == 0);
    const std::string out = captured.str();
    // The R2 project's R4 actuals 16, 11 and 12 are 見込 (expected) in the report.
    CHECK(out.find("KPI 1 R4: 16\n") != std::string::npos);
    CHECK(out.find("KPI 2 R4: 11\n") != std::string::npos);
    CHECK(out.find("KPI 3 R4: 12\n") != std::string::npos);
    CHECK(out.find("13,562.5") != std::string::npos); // 27,125 x 1/2
}
