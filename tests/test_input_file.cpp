// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The one reader of input files (src/input/input_file.hpp): pieces, the end of the file and
// the size limit, on a regular file and on a pipe. What the loaders make of it is tested in
// test_malformed.cpp ("every loader says in the same words why it cannot read a file").
#include "input/input_file.hpp"

#include <doctest/doctest.h>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/stat.h>
#define GRANTKPI_TEST_HAS_FIFO 1
#endif

#include <array>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

using grantkpi::detail::InputFile;

namespace {

const std::filesystem::path output_dir = GRANTKPI_TEST_OUTPUT_DIR "/input-file";

std::filesystem::path write(const std::string& name, const std::string& bytes) {
    std::filesystem::create_directories(output_dir);
    const std::filesystem::path file = output_dir / name;
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
}

} // namespace

TEST_SUITE("input_file") {

    TEST_CASE("a regular file: read in pieces up to its end, within the limit") {
        const auto file = write("ten.txt", "0123456789");
        auto input = InputFile::open(file, 10);
        REQUIRE_MESSAGE(input.has_value(), input.error().message);
        CHECK(input->size_hint() == 10);
        std::array<char, 4> piece{};
        std::string read;
        for (std::size_t expected : {4U, 4U, 2U, 0U}) { // fewer than asked only at the end
            const auto count = input->read(piece.data(), piece.size());
            REQUIRE_MESSAGE(count, count.error().message);
            CHECK(*count == expected);
            read.append(piece.data(), *count);
        }
        CHECK(read == "0123456789");
        CHECK(grantkpi::detail::read_input_file(file, 10).value() == "0123456789");
        // One byte below its size: refused by the size, before a byte is read.
        const auto refused = InputFile::open(file, 9);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message ==
              "the input is larger than 0 MiB (9 bytes), the most grantkpi reads");
        CHECK(grantkpi::detail::read_input_file(file, 9).error().message ==
              refused.error().message);
    }

    TEST_CASE("an empty file reads as no bytes") {
        const auto file = write("empty.txt", "");
        CHECK(grantkpi::detail::read_input_file(file).value().empty());
    }

    TEST_CASE("the errors say why, without naming the file (the loaders do)") {
        CHECK(InputFile::open(output_dir / "no-such-file").error().message ==
              "cannot open the file for reading: it does not exist");
        std::filesystem::create_directories(output_dir);
        CHECK(InputFile::open(output_dir).error().message ==
              "cannot read the file: it is a directory");
        CHECK(InputFile::open(output_dir / "no-such-file").error().file.empty());
    }

#ifdef GRANTKPI_TEST_HAS_FIFO
    TEST_CASE("a pipe says no size: refused as soon as what was read passes the limit") {
        std::filesystem::create_directories(output_dir);
        const std::filesystem::path fifo = output_dir / "ten.fifo";
        std::filesystem::remove(fifo);
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << "0123456789"; });
        auto input = InputFile::open(fifo, 9);
        REQUIRE_MESSAGE(input.has_value(), input.error().message); // opened: a pipe has no size
        CHECK(input->size_hint() == 0);
        std::array<char, 16> piece{};
        const auto count = input->read(piece.data(), piece.size());
        writer.join();
        std::filesystem::remove(fifo);
        REQUIRE_FALSE(count);
        CHECK(count.error().message ==
              "the input is larger than 0 MiB (9 bytes), the most grantkpi reads");
    }
#endif

} // TEST_SUITE
