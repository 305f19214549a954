// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The character encodings municipal report files come in: UTF-8 (with or without a
// byte-order mark) and CP932, Microsoft's Shift_JIS, the default of Japanese office software.

#include <grantkpi/enum_names.hpp>
#include <grantkpi/error.hpp>
#include <grantkpi/export.hpp>

#include <boost/describe/enum.hpp>

#include <string>
#include <string_view>

namespace grantkpi {

enum class TextEncoding {
    automatic, ///< UTF-8 when the bytes are valid UTF-8, else CP932
    utf8,      ///< UTF-8; a leading byte-order mark is skipped
    cp932,     ///< CP932 (Windows-31J, Microsoft's Shift_JIS with the NEC and IBM extensions)
};
BOOST_DESCRIBE_ENUM(TextEncoding, automatic, utf8, cp932)

/// The bytes as UTF-8 text.
///
/// `automatic` skips a UTF-8 byte-order mark and returns valid UTF-8 as it is; otherwise it
/// decodes the bytes as CP932. Bytes that are neither give one error naming the byte, its
/// offset in the input and its 1-based line and column (in characters): the position where
/// the encoding that read further had to stop. Valid UTF-8 whose last character is cut off
/// by the end of the input is reported as such (a truncated file), even when the bytes would
/// also read as CP932. `utf8` and `cp932` accept only that encoding.
///
/// CP932 is decoded with a built-in table generated from Python's `cp932` codec
/// (tools/generate_cp932_table.py), so no iconv is needed. The single bytes 0x80, 0xA0 and
/// 0xFD..0xFF are refused: Windows maps them to control and private-use characters that no
/// Japanese text contains. Runs in time linear in the input.
[[nodiscard]] GRANTKPI_API Result<std::string>
decode_to_utf8(std::string_view bytes, TextEncoding encoding = TextEncoding::automatic);

} // namespace grantkpi
