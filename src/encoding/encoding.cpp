// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/encoding.hpp>

#include "encoding/encoding_view.hpp"
#include "unicode/unicode.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace grantkpi {
namespace {

#include "cp932_table.inc"

constexpr std::string_view utf8_bom = "\uFEFF";
constexpr std::size_t npos = std::string_view::npos;

/// Decodes the CP932 character at bytes[pos]; invalid_code_point (length 1) when the bytes
/// there are not one.
char32_t decode_cp932(std::string_view bytes, std::size_t pos, std::size_t& length) noexcept {
    length = 1;
    const auto lead = static_cast<unsigned char>(bytes[pos]);
    if (cp932_single_byte[lead] != 0xFFFF) {
        return cp932_single_byte[lead];
    }
    const std::uint8_t row = cp932_lead_row[lead];
    if (row == 0xFF || pos + 1 >= bytes.size()) {
        return detail::invalid_code_point;
    }
    const auto trail = static_cast<unsigned char>(bytes[pos + 1]);
    if (trail < 0x40 || trail == 0x7F || trail > 0xFC) {
        return detail::invalid_code_point;
    }
    const std::size_t index = trail - 0x40u - (trail > 0x7F ? 1u : 0u);
    const char32_t cp = cp932_double_byte[row][index];
    if (cp == 0) {
        return detail::invalid_code_point;
    }
    length = 2;
    return cp;
}

/// Offset of the first byte where UTF-8 decoding fails, npos when it never does.
std::size_t utf8_failure(std::string_view bytes, std::size_t begin) noexcept {
    return detail::find_invalid_utf8(bytes, begin);
}

/// Offset of the first byte where CP932 decoding fails, npos when it never does.
std::size_t cp932_failure(std::string_view bytes) noexcept {
    for (std::size_t pos = 0, length = 0; pos < bytes.size(); pos += length) {
        if (decode_cp932(bytes, pos, length) == detail::invalid_code_point) {
            return pos;
        }
    }
    return npos;
}

/// True when the bytes from `offset` to the end are the beginning of a UTF-8 character that
/// the end of the input cuts off (a truncated download, a cut-and-paste mistake).
bool utf8_cut_at_end(std::string_view bytes, std::size_t offset) noexcept {
    const auto lead = static_cast<unsigned char>(bytes[offset]);
    const std::size_t length = lead >= 0xC2 && lead <= 0xDF   ? 2
                               : lead >= 0xE0 && lead <= 0xEF ? 3
                               : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                              : 0;
    if (length == 0 || offset + length <= bytes.size()) {
        return false;
    }
    for (std::size_t i = offset + 1; i < bytes.size(); ++i) {
        if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
            return false;
        }
    }
    return true;
}

std::string cp932_to_utf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 2);
    for (std::size_t pos = 0, length = 0; pos < bytes.size(); pos += length) {
        detail::append_utf8(out, decode_cp932(bytes, pos, length));
    }
    return out;
}

enum class Decoder { utf8, cp932 };

// Error is an aggregate that a string initializes too, so say which side is meant.
Result<std::string_view> decoded(std::string_view text) {
    return Result<std::string_view>(boost::system::in_place_value, text);
}

/// An error at `offset`, with the 1-based line and the column in characters of the decoder
/// that read the bytes before it (they are valid in that encoding).
Error error_at(std::string_view bytes, std::size_t begin, std::size_t offset, Decoder decoder,
               std::string code, std::string message) {
    std::size_t line = 1;
    std::size_t line_start = begin;
    for (std::size_t i = begin; i < offset; ++i) {
        if (bytes[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    std::size_t column = 1;
    for (std::size_t pos = line_start, length = 0; pos < offset; pos += length, ++column) {
        if (decoder == Decoder::utf8) {
            detail::decode_utf8(bytes, pos, length);
        } else {
            decode_cp932(bytes, pos, length);
        }
    }
    return Error::at_text({}, line, column, std::move(message), std::move(code));
}

std::string byte_at(std::string_view bytes, std::size_t offset) {
    char text[32];
    std::snprintf(text, sizeof text, "byte 0x%02X at offset ",
                  static_cast<unsigned>(static_cast<unsigned char>(bytes[offset])));
    return text + std::to_string(offset);
}

} // namespace

namespace detail {

Result<std::string_view> decode_to_utf8_view(std::string_view bytes, TextEncoding encoding,
                                             std::string& storage) {
    const std::size_t utf8_begin =
        bytes.substr(0, utf8_bom.size()) == utf8_bom ? utf8_bom.size() : 0;
    const auto cut = [&](std::size_t failure) {
        return error_at(
            bytes, utf8_begin, failure, Decoder::utf8, "GK093",
            "the input ends in the middle of a UTF-8 character: " + byte_at(bytes, failure) +
                " begins a character whose other bytes are missing");
    };
    if (encoding == TextEncoding::utf8) {
        const std::size_t failure = utf8_failure(bytes, utf8_begin);
        if (failure == npos) {
            return decoded(bytes.substr(utf8_begin));
        }
        if (utf8_cut_at_end(bytes, failure)) {
            return cut(failure);
        }
        return error_at(bytes, utf8_begin, failure, Decoder::utf8, "GK094",
                        "the input is not valid UTF-8: " + byte_at(bytes, failure) +
                            " does not begin a valid UTF-8 character");
    }
    if (encoding == TextEncoding::cp932) {
        const std::size_t failure = cp932_failure(bytes);
        if (failure == npos) {
            storage = cp932_to_utf8(bytes);
            return decoded(storage);
        }
        return error_at(bytes, 0, failure, Decoder::cp932, "GK095",
                        "the input is not valid CP932 (Shift_JIS): " + byte_at(bytes, failure) +
                            " does not begin a valid CP932 character");
    }
    const std::size_t utf8 = utf8_failure(bytes, utf8_begin);
    if (utf8 == npos) {
        return decoded(bytes.substr(utf8_begin));
    }
    // Valid UTF-8 up to a character cut off by the end: a truncated UTF-8 file, even when
    // the bytes happen to decode as CP932.
    if (utf8_cut_at_end(bytes, utf8)) {
        return cut(utf8);
    }
    const std::size_t cp932 = cp932_failure(bytes);
    if (cp932 == npos) {
        storage = cp932_to_utf8(bytes);
        return decoded(storage);
    }
    std::string message = "the input is neither UTF-8 nor CP932 (Shift_JIS) text: ";
    if (utf8 == cp932) {
        message += byte_at(bytes, utf8) + " begins neither a UTF-8 nor a CP932 character";
        return error_at(bytes, utf8_begin, utf8, Decoder::utf8, "GK096", std::move(message));
    }
    // Report where the more plausible reading, the one that got further, had to stop.
    if (cp932 > utf8) {
        message += byte_at(bytes, cp932) +
                   " does not begin a valid CP932 character (the UTF-8 reading failed earlier, at "
                   "offset " +
                   std::to_string(utf8) + ")";
        return error_at(bytes, 0, cp932, Decoder::cp932, "GK096", std::move(message));
    }
    message += byte_at(bytes, utf8) +
               " does not begin a valid UTF-8 character (the CP932 reading failed earlier, at "
               "offset " +
               std::to_string(cp932) + ")";
    return error_at(bytes, utf8_begin, utf8, Decoder::utf8, "GK096", std::move(message));
}

namespace {

bool japanese(char32_t cp) noexcept {
    return (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ||
           (cp >= 0xFF00 && cp <= 0xFFEF);
}

/// The Japanese code point of the 3-byte UTF-8 sequence at bytes[pos], 0 when there is none.
char32_t utf8_japanese_at(std::string_view bytes, std::size_t pos) noexcept {
    if (bytes.size() - pos < 3) {
        return 0;
    }
    const auto b0 = static_cast<unsigned char>(bytes[pos]);
    const auto b1 = static_cast<unsigned char>(bytes[pos + 1]);
    const auto b2 = static_cast<unsigned char>(bytes[pos + 2]);
    if (b0 < 0xE3 || b0 > 0xEF || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) {
        return 0;
    }
    const auto cp =
        static_cast<char32_t>(((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu));
    return japanese(cp) ? cp : 0;
}

} // namespace

std::vector<Utf8Fragment> find_utf8_fragments_in_cp932(std::string_view bytes) {
    std::vector<Utf8Fragment> fragments;
    std::size_t line = 1;
    std::size_t line_start = 0;
    std::size_t reported_line = 0;
    for (std::size_t pos = 0, length = 0; pos < bytes.size(); pos += length) {
        const char c = bytes[pos];
        length = 1;
        if (c == '\n' || (c == '\r' && (pos + 1 == bytes.size() || bytes[pos + 1] != '\n'))) {
            ++line;
            line_start = pos + 1;
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x80) {
            continue;
        }
        if (line != reported_line && utf8_japanese_at(bytes, pos) != 0 &&
            utf8_japanese_at(bytes, pos + 3) != 0) {
            std::size_t end = pos;
            std::size_t count = 0;
            while (end < bytes.size() && count < 12 && utf8_japanese_at(bytes, end) != 0) {
                end += 3;
                ++count;
            }
            Utf8Fragment fragment;
            fragment.line = line;
            const std::string before = cp932_to_utf8(bytes.substr(line_start, pos - line_start));
            fragment.column = 1 + detail::count_code_points(before);
            fragment.utf8 = std::string(bytes.substr(pos, end - pos));
            std::size_t cp932_end = pos;
            for (std::size_t step = 0; cp932_end < end; cp932_end += step) {
                decode_cp932(bytes, cp932_end, step);
            }
            fragment.cp932 = cp932_to_utf8(bytes.substr(pos, cp932_end - pos));
            fragments.push_back(std::move(fragment));
            reported_line = line;
        }
        decode_cp932(bytes, pos, length);
    }
    return fragments;
}

} // namespace detail

Result<std::string> decode_to_utf8(std::string_view bytes, TextEncoding encoding) {
    std::string storage;
    const auto text = detail::decode_to_utf8_view(bytes, encoding, storage);
    if (!text) {
        return text.error();
    }
    if (text->data() == storage.data()) {
        return Result<std::string>(boost::system::in_place_value, std::move(storage));
    }
    return Result<std::string>(boost::system::in_place_value, std::string(*text));
}

} // namespace grantkpi
