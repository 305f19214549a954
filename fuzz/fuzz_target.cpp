// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The libFuzzer entry point of one target of targets.hpp, chosen at compile time with
// GRANTKPI_FUZZ_TARGET (fuzz/CMakeLists.txt builds this file once per target). A broken
// promise, or any exception, is reported and aborts: libFuzzer saves the input as a crash.

#include "targets.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    try {
        grantkpi::fuzz::GRANTKPI_FUZZ_TARGET(input);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "grantkpi fuzz target " GRANTKPI_FUZZ_TARGET_NAME ": %s\n", e.what());
        std::abort();
    }
    return 0;
}
