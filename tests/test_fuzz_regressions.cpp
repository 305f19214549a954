// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The fuzz targets (fuzz/targets.hpp) replayed by the test suite, so that every compiler
// checks them without libFuzzer: on each checked-in seed (fuzz/corpus/<target>/) and on each
// input that once broke a promise (fuzz/regressions/<target>/, fuzz/README.md). A failure
// names the file and the promise it broke.
#include <targets.hpp>

#include "support/seed.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

const std::filesystem::path fuzz_dir = GRANTKPI_SOURCE_DIR "/fuzz";

using Target = void (*)(std::string_view);

struct NamedTarget {
    const char* name;
    Target run;
};

const NamedTarget targets[] = {
    {"text_reader", &grantkpi::fuzz::text_reader},
    {"json_reader", &grantkpi::fuzz::json_reader},
    {"fiscal_year", &grantkpi::fuzz::fiscal_year},
    {"decimal", &grantkpi::fuzz::decimal},
    {"input_detection", &grantkpi::fuzz::input_detection},
    {"annotations", &grantkpi::fuzz::annotations},
};

using grantkpi::testing::read_file;

/// Runs `target` on every file of `dir` (none when it does not exist); returns how many.
std::size_t replay(const NamedTarget& target, const std::filesystem::path& dir) {
    if (!std::filesystem::is_directory(dir)) {
        return 0;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.is_regular_file() && entry.path().filename() != "README.md") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        CAPTURE(file.string());
        const std::string bytes = read_file(file);
        try {
            target.run(bytes);
        } catch (const std::exception& e) {
            // As std::string: doctest writes a const char* as a pointer.
            FAIL_CHECK(std::string(target.name)
                       << " on " << file.filename().string() << ": " << std::string(e.what()));
        }
    }
    return files.size();
}

} // namespace

TEST_SUITE("fuzz") {

    TEST_CASE("the seed corpus of every fuzz target keeps its promises") {
        for (const NamedTarget& target : targets) {
            const std::string name = target.name;
            CAPTURE(name);
            CHECK(replay(target, fuzz_dir / "corpus" / target.name) > 0);
        }
    }

    TEST_CASE("every input that once broke a fuzz target's promise keeps it now") {
        // At least as many inputs per target as fuzz/regressions/ holds today: a folder moved,
        // renamed or emptied fails here instead of replaying nothing. Raise a number when an
        // input is added.
        struct Expected {
            const char* name;
            std::size_t at_least;
        };
        const Expected expected[] = {
            {"text_reader", 3}, // rows-under-different-headers, year-column-of-one-digit,
                                // duration-past-fy9999
            {"json_reader", 0},
            {"fiscal_year", 1}, // heisei-year-past-fy9999
            {"decimal", 0},
            {"input_detection", 0},
            {"annotations", 0},
        };
        static_assert(std::size(expected) == std::size(targets));
        std::size_t total = 0;
        for (std::size_t i = 0; i < std::size(targets); ++i) {
            const NamedTarget& target = targets[i];
            const std::string name = target.name;
            CAPTURE(name);
            REQUIRE_EQ(name, std::string(expected[i].name));
            const std::size_t replayed = replay(target, fuzz_dir / "regressions" / target.name);
            CHECK_GE(replayed, expected[i].at_least);
            total += replayed;
        }
        CHECK_GE(total, 3);
        // Every folder of fuzz/regressions/ is a target's: one under another name would never
        // be replayed.
        REQUIRE(std::filesystem::is_directory(fuzz_dir / "regressions"));
        for (const auto& entry : std::filesystem::directory_iterator(fuzz_dir / "regressions")) {
            if (!entry.is_directory()) {
                continue;
            }
            const std::string folder = entry.path().filename().string();
            CAPTURE(folder);
            CHECK(std::any_of(std::begin(targets), std::end(targets),
                              [&](const NamedTarget& target) { return folder == target.name; }));
        }
    }

    TEST_CASE("the bundled report, its JSON and the text variants keep the targets' promises") {
        const std::filesystem::path source = GRANTKPI_SOURCE_DIR;
        const std::string seed_text = read_file(source / "examples/data/sapporo_fy2022.txt");
        const std::string seed_json = read_file(source / "examples/data/sapporo_fy2022.json");
        CHECK_NOTHROW(grantkpi::fuzz::text_reader(seed_text));
        CHECK_NOTHROW(grantkpi::fuzz::input_detection(seed_text));
        CHECK_NOTHROW(grantkpi::fuzz::json_reader(seed_json));
        CHECK_NOTHROW(grantkpi::fuzz::input_detection(seed_json));
        // The 12 variants of tests/data/text/ (README.md there lists them).
        CHECK_GE(replay(targets[0], source / "tests/data/text"), 12);
        // The layout artifacts of tests/data/variants/ (tests/test_text_variants_blocks.cpp).
        CHECK_GE(replay(targets[0], source / "tests/data/variants"), 23);
    }

} // TEST_SUITE
