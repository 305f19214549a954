// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The bundled seed report (examples/data/sapporo_fy2022.txt, Sapporo city) in its
// hand-checked JSON form, loaded once, and a file reader for golden files.

#include <grantkpi/json.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace grantkpi::testing {

inline const Report& seed_report() {
    static const Report report =
        load_report_json(GRANTKPI_SOURCE_DIR "/examples/data/sapporo_fy2022.json").value();
    return report;
}

/// The bytes of a file; fails the test when it cannot be read.
inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot read " << path.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace grantkpi::testing
