// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/encoding.hpp>

#include "support/seed.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

namespace {

using grantkpi::testing::read_file;

const std::string data_dir = GRANTKPI_SOURCE_DIR "/tests/data/text/";

} // namespace

TEST_SUITE("encoding") {

    TEST_CASE("UTF-8 is returned as it is, without its byte-order mark") {
        using grantkpi::decode_to_utf8;
        using grantkpi::TextEncoding;
        const std::string text = "R1年度 ①計画\t120";
        for (const auto encoding : {TextEncoding::automatic, TextEncoding::utf8}) {
            CAPTURE(static_cast<int>(encoding));
            CHECK_EQ(decode_to_utf8(text, encoding).value(), text);
            CHECK_EQ(decode_to_utf8("\xEF\xBB\xBF" + text, encoding).value(), text);
            CHECK_EQ(decode_to_utf8("\xEF\xBB\xBF", encoding).value(), "");
            CHECK_EQ(decode_to_utf8("", encoding).value(), "");
        }
    }

    TEST_CASE("CP932 is decoded with the generated table") {
        using grantkpi::decode_to_utf8;
        using grantkpi::TextEncoding;
        // The byte strings are Python's "...".encode("cp932").
        struct Row {
            std::string cp932;
            std::string utf8;
        };
        const Row rows[] = {
            {"\x8E\x44\x96\x79\x8E\x73\x82\xCC\x8E\xC0\x90\xD1\x92\x6C", "札幌市の実績値"},
            {"\x87\x40\x8C\x76\x89\xE6\x09\x31\x32\x30", "①計画\t120"}, // NEC special row
            {"\x81\x5C", "―"},                                          // the dash CP932 has
            {"\xB1\xB2\xB3", "ｱｲｳ"},                                    // half-width katakana
            {"\xEE\xE0\xED\x95", "髙﨑"}, // NEC-selected IBM extensions
            {"\x81\x60", "～"},
            {"\x81\x7C", "－"}, // encoded from − U+2212 too, but decoded as U+FF0D
            {"\\~", "\\~"},     // ASCII stays ASCII, as Windows decodes it
        };
        for (const Row& row : rows) {
            CAPTURE(row.utf8);
            CHECK_EQ(decode_to_utf8(row.cp932, TextEncoding::cp932).value(), row.utf8);
            CHECK_EQ(decode_to_utf8(row.cp932, TextEncoding::automatic).value(), row.utf8);
        }
    }

    TEST_CASE("the CP932 copy of the seed report decodes to the seed's text") {
        // tests/data/text/cp932.txt is the seed saved as CP932 by Python, with — (U+2014, which
        // CP932 lacks) written as ― (U+2015), as Japanese office software does.
        std::string seed = read_file(GRANTKPI_SOURCE_DIR "/examples/data/sapporo_fy2022.txt");
        for (std::size_t at = seed.find("—"); at != std::string::npos; at = seed.find("—", at)) {
            seed.replace(at, std::string("—").size(), "―");
        }
        const auto decoded = grantkpi::decode_to_utf8(read_file(data_dir + "cp932.txt"));
        REQUIRE(decoded);
        CHECK_EQ(*decoded, seed);
    }

    TEST_CASE(
        "bytes that are neither UTF-8 nor CP932 give one error with offset, line and column") {
        using grantkpi::decode_to_utf8;
        using grantkpi::TextEncoding;
        struct Row {
            std::string bytes;
            TextEncoding encoding;
            std::string error;
        };
        const Row rows[] = {
            // 0xFF starts no character in either encoding.
            {"\xFF", TextEncoding::automatic,
             "1:1: the input is neither UTF-8 nor CP932 (Shift_JIS) text: byte 0xFF at offset 0 "
             "begins neither a UTF-8 nor a CP932 character"},
            // CP932 あい, a line break, then 0x85 0x40, which CP932 leaves unassigned.
            {"\x82\xA0\x82\xA2\n\x85\x40", TextEncoding::automatic,
             "2:1: the input is neither UTF-8 nor CP932 (Shift_JIS) text: byte 0x85 at offset 5 "
             "does not begin a valid CP932 character (the UTF-8 reading failed earlier, at offset "
             "0)"},
            // UTF-8 あ, a line break, xy, then 0xFF: CP932 stops at offset 2 (0x82 0x0A is no
            // character), UTF-8 gets further.
            {"\xE3\x81\x82\nxy\xFF", TextEncoding::automatic,
             "2:3: the input is neither UTF-8 nor CP932 (Shift_JIS) text: byte 0xFF at offset 6 "
             "does not begin a valid UTF-8 character (the CP932 reading failed earlier, at offset "
             "2)"},
            // UTF-8 cut in the middle of 年 (E5 B9 B4): E5 B9 would also read as a CP932 kanji.
            {"R1\xE5\xB9", TextEncoding::automatic,
             "1:3: the input ends in the middle of a UTF-8 character: byte 0xE5 at offset 2 begins "
             "a "
             "character whose other bytes are missing"},
            {"\xEF\xBB\xBF"
             "R1\xE5\xB9",
             TextEncoding::utf8,
             "1:3: the input ends in the middle of a UTF-8 character: byte 0xE5 at offset 5 begins "
             "a "
             "character whose other bytes are missing"},
            {"ok\n\x82\xA0", TextEncoding::utf8,
             "2:1: the input is not valid UTF-8: byte 0x82 at offset 3 does not begin a valid "
             "UTF-8 "
             "character"},
            // 0x80 and 0xA0 are refused on purpose (see tools/generate_cp932_table.py).
            {"\x82\xA0\x80", TextEncoding::cp932,
             "1:2: the input is not valid CP932 (Shift_JIS): byte 0x80 at offset 2 does not begin "
             "a "
             "valid CP932 character"},
            // A lead byte at the very end.
            {"abc\x82", TextEncoding::cp932,
             "1:4: the input is not valid CP932 (Shift_JIS): byte 0x82 at offset 3 does not begin "
             "a "
             "valid CP932 character"},
        };
        for (const Row& row : rows) {
            CAPTURE(row.error);
            const auto decoded = decode_to_utf8(row.bytes, row.encoding);
            REQUIRE_FALSE(decoded);
            CHECK_EQ(decoded.error().to_string(), row.error);
        }
    }

} // TEST_SUITE
