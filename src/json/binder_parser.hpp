// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the parser side of the JSON binder (binder.hpp). A boost::json::basic_parser
// handler turns the parser's events into calls of the TypeOps and ObjectOps of the slot and
// frame being read; a document is fed in one piece or, from a file, in chunks, and an error
// gets its line and column (the column in code points) counted chunk by chunk, so that a
// streamed document needs no copy of what it has read. Everything here is a template over
// the document's Context (binder::Context or a type derived from it), instantiated once by
// the document's binding.

#include <grantkpi/error.hpp>
#include <grantkpi/limits.hpp>

#include "input/input_file.hpp"
#include "unicode/unicode.hpp"
#include "json/binder.hpp"

#include <boost/json/basic_parser_impl.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace grantkpi::detail::binder {
namespace { // internal linkage: see binder.hpp

std::string describe_value(std::string_view kind, std::string_view text = {}) {
    std::string out(kind);
    if (!text.empty()) {
        out += ' ';
        out += kind == "the string" ? detail::quoted(text) : std::string(text);
    }
    return out;
}

template <class Ctx>
class Handler {
public:
    static constexpr std::size_t max_object_size = std::numeric_limits<std::size_t>::max();
    static constexpr std::size_t max_array_size = std::numeric_limits<std::size_t>::max();
    static constexpr std::size_t max_key_size = std::numeric_limits<std::size_t>::max();
    static constexpr std::size_t max_string_size = std::numeric_limits<std::size_t>::max();

    Ctx context;

    /// `check_utf8`: the parser does not validate UTF-8 (parse_options::allow_invalid_utf8),
    /// the handler checks each string and key instead and stops at the first ill-formed one
    /// (invalid_utf8()), before it reaches the binder.
    Handler(Slot root, bool check_utf8)
        : check_utf8_(check_utf8) {
        context.next = root;
    }

    /// True when the handler stopped the parser at an ill-formed string or key.
    [[nodiscard]] bool invalid_utf8() const noexcept { return invalid_utf8_; }

    bool on_document_begin(boost::system::error_code&) { return true; }
    bool on_document_end(boost::system::error_code&) { return true; }

    bool on_object_begin(boost::system::error_code& ec) {
        const Slot slot = take_slot();
        if (slot.ops->object_begin == nullptr) {
            return mismatch(slot, describe_value("an object"), ec);
        }
        return check(slot.ops->object_begin(context, slot.target), ec);
    }
    bool on_object_end(std::size_t, boost::system::error_code& ec) {
        Frame& f = context.stack.back();
        if (!f.object->end(context, f)) {
            return check(false, ec);
        }
        context.stack.pop_back();
        return true;
    }
    bool on_array_begin(boost::system::error_code& ec) {
        const Slot slot = take_slot();
        if (slot.ops->array_begin == nullptr) {
            return mismatch(slot, describe_value("an array"), ec);
        }
        return check(slot.ops->array_begin(context, slot.target), ec);
    }
    bool on_array_end(std::size_t, boost::system::error_code&) {
        const Frame& f = context.stack.back();
        if (f.array->end != nullptr) {
            f.array->end(f.target);
        }
        context.stack.pop_back();
        return true;
    }
    bool on_key_part(boost::json::string_view part, std::size_t, boost::system::error_code&) {
        buffer_.append(part.data(), part.size());
        return true;
    }
    bool on_key(boost::json::string_view part, std::size_t, boost::system::error_code& ec) {
        const std::string_view key = whole(part);
        if (!well_formed(key)) {
            return check(false, ec);
        }
        Frame& f = context.stack.back();
        f.current = -1; // until the key resolves, errors are about the object
        const bool ok = f.object->key(context, f, key);
        buffer_.clear();
        return check(ok, ec);
    }
    bool on_string_part(boost::json::string_view part, std::size_t, boost::system::error_code&) {
        buffer_.append(part.data(), part.size());
        return true;
    }
    bool on_string(boost::json::string_view part, std::size_t, boost::system::error_code& ec) {
        const std::string_view text = whole(part);
        if (!well_formed(text)) {
            return check(false, ec);
        }
        const Slot slot = take_slot();
        const bool ok =
            slot.ops->string != nullptr
                ? slot.ops->string(context, slot.target, text)
                : context.fail("GK052", expected(slot, describe_value("the string", text)));
        buffer_.clear();
        return check(ok, ec);
    }
    bool on_number_part(boost::json::string_view part, boost::system::error_code&) {
        buffer_.append(part.data(), part.size());
        return true;
    }
    bool on_int64(std::int64_t, boost::json::string_view part, boost::system::error_code& ec) {
        return on_number(part, ec);
    }
    bool on_uint64(std::uint64_t, boost::json::string_view part, boost::system::error_code& ec) {
        return on_number(part, ec);
    }
    bool on_double(double, boost::json::string_view part, boost::system::error_code& ec) {
        return on_number(part, ec);
    }
    bool on_bool(bool value, boost::system::error_code& ec) {
        const Slot slot = take_slot();
        if (slot.ops->boolean == nullptr) {
            return mismatch(slot, value ? "true" : "false", ec);
        }
        return check(slot.ops->boolean(context, slot.target, value), ec);
    }
    bool on_null(boost::system::error_code& ec) {
        const Slot slot = take_slot();
        if (slot.ops->null == nullptr) {
            return mismatch(slot, "null", ec);
        }
        return check(slot.ops->null(context, slot.target), ec);
    }
    bool on_comment_part(boost::json::string_view, boost::system::error_code&) { return true; }
    bool on_comment(boost::json::string_view, boost::system::error_code&) { return true; }

private:
    // With check_utf8_: whether a whole string or key is well-formed UTF-8. Keys and most
    // short strings are ASCII, tested 8 bytes at a time without a call.
    bool well_formed(std::string_view text) noexcept {
        if (!check_utf8_) {
            return true;
        }
        std::uint64_t high = 0;
        std::size_t i = 0;
        for (; i + 8 <= text.size(); i += 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, text.data() + i, sizeof word);
            high |= word;
        }
        for (; i < text.size(); ++i) {
            high |= static_cast<unsigned char>(text[i]);
        }
        if ((high & 0x8080808080808080u) == 0 || detail::is_valid_utf8(text)) {
            return true;
        }
        invalid_utf8_ = true;
        return false;
    }

    // The slot the next value goes to: a new element in an array, else the slot of the key.
    Slot take_slot() {
        if (!context.stack.empty()) {
            Frame& f = context.stack.back();
            if (f.array != nullptr) {
                ++f.current;
                return Slot{f.array->append(f.target), f.array->element};
            }
        }
        return context.next;
    }

    bool on_number(boost::json::string_view part, boost::system::error_code& ec) {
        const std::string_view text = whole(part);
        const Slot slot = take_slot();
        const bool ok =
            slot.ops->number != nullptr
                ? slot.ops->number(context, slot.target, text)
                : context.fail("GK052", expected(slot, describe_value("the number", text)));
        buffer_.clear();
        return check(ok, ec);
    }

    static std::string expected(const Slot& slot, std::string_view got) {
        return "expected " + std::string(slot.ops->expected) + ", got " + std::string(got);
    }

    bool mismatch(const Slot& slot, std::string_view got, boost::system::error_code& ec) {
        context.fail("GK052", expected(slot, got));
        return check(false, ec);
    }

    static bool check(bool ok, boost::system::error_code& ec) {
        if (!ok) {
            ec = boost::json::make_error_code(boost::json::error::exception);
        }
        return ok;
    }

    // The whole token: the parts delivered before, if any, plus the last one.
    std::string_view whole(boost::json::string_view last) {
        if (buffer_.empty()) {
            return {last.data(), last.size()};
        }
        buffer_.append(last.data(), last.size());
        return buffer_;
    }

    std::string buffer_;
    bool check_utf8_ = false;
    bool invalid_utf8_ = false;
};

/// Line and column (1-based, the column in code points) after the text seen so far, kept
/// chunk by chunk so that a streamed document needs no copy of what it has read.
struct Position {
    std::size_t line = 1;
    std::size_t column = 1;

    void advance(std::string_view text) noexcept {
        const std::size_t newline = text.rfind('\n');
        if (newline != std::string_view::npos) {
            line += static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
            column = 1;
            text.remove_prefix(newline + 1);
        }
        column += detail::count_code_points(text);
    }
};

/// One document, fed to the parser in one piece or in chunks.
template <class Ctx>
class DocumentParser {
public:
    /// `check_utf8`: see Handler.
    DocumentParser(Slot root, bool check_utf8)
        : parser_(parse_options(check_utf8), root, check_utf8) {}

    /// True when feed() failed at an ill-formed string or key that the handler checked:
    /// error() is then not set, and the document is to be read again with check_utf8 false,
    /// so that the parser says where and how, as it always did.
    [[nodiscard]] bool stopped_at_invalid_utf8() const noexcept {
        return parser_.handler().invalid_utf8();
    }

    /// Parses the next piece of the document (`more`: other pieces follow). On failure
    /// returns false and error() says what and where.
    bool feed(std::string_view piece, bool more) {
        boost::system::error_code ec;
        const std::size_t consumed = parser_.write_some(more, piece.data(), piece.size(), ec);
        if (ec) {
            if (parser_.handler().invalid_utf8()) {
                return false;
            }
            Error error;
            const Ctx& context = parser_.handler().context;
            if (context.error) {
                error = *context.error;
            } else {
                error = Error::at_pointer(
                    context.pointer({}),
                    "invalid JSON: " + ec.message() + found_at(piece.substr(consumed)), "GK050");
            }
            return fail(std::move(error), piece.substr(0, consumed));
        }
        if (consumed < piece.size()) {
            return fail(Error::plain("unexpected text after the JSON document", "GK050"),
                        piece.substr(0, consumed));
        }
        if (more) {
            position_.advance(piece);
        }
        return true;
    }

    /// Counts text that is not given to the parser (a byte-order mark) in the position.
    void skip(std::string_view text) noexcept { position_.advance(text); }

    [[nodiscard]] Error& error() noexcept { return error_; }

private:
    /// ` at "NaN"`: the word where a syntax error stopped the parser, when it is one of ASCII
    /// letters and digits (NaN, Infinity, True, undefined); nothing otherwise.
    static std::string found_at(std::string_view rest) {
        std::size_t n = 0;
        while (n < rest.size() && n < 32 &&
               ((rest[n] >= 'a' && rest[n] <= 'z') || (rest[n] >= 'A' && rest[n] <= 'Z') ||
                (rest[n] >= '0' && rest[n] <= '9') || rest[n] == '_')) {
            ++n;
        }
        return n == 0 ? std::string() : " at " + detail::quoted(rest.substr(0, n));
    }

    static boost::json::parse_options parse_options(bool check_utf8) {
        boost::json::parse_options options;
        options.max_depth = max_json_depth;
        options.allow_invalid_utf8 = check_utf8;
        return options;
    }

    bool fail(Error error, std::string_view consumed) {
        position_.advance(consumed);
        error.line = position_.line;
        error.column = position_.column;
        error_ = std::move(error);
        return false;
    }

    boost::json::basic_parser<Handler<Ctx>> parser_;
    Position position_;
    Error error_;
};

constexpr std::string_view byte_order_mark = "\uFEFF";

Error empty_input(const TypeOps& root) {
    return Error::at_text({}, 1, 1, "the input is empty; expected " + std::string(root.expected),
                          "GK051");
}

/// How a document is read: first with UTF-8 checked by the handler (check_utf8: the
/// parser's own check, code point by code point, took a fifth of the instructions of reading
/// the benchmark corpus), and only if that finds an ill-formed string, again from the start
/// with the parser's check, which gives the error the reader always gave (message, line and
/// column). `invalid_utf8` is set when a pass with check_utf8 stopped at one.
struct Pass {
    bool check_utf8 = true;
    bool invalid_utf8 = false;
};

/// One pass of read_document.
template <class Ctx>
std::optional<Error> read_document_pass(std::string_view json, void* target, const TypeOps& root,
                                        std::size_t limit, Pass& pass) {
    if (json.size() > limit) {
        return Error::plain(detail::input_too_large_message(limit), "GK090");
    }
    DocumentParser<Ctx> parser(Slot{target, &root}, pass.check_utf8);
    if (json.substr(0, byte_order_mark.size()) == byte_order_mark) {
        parser.skip(byte_order_mark);
        json.remove_prefix(byte_order_mark.size());
    }
    if (detail::trim(json).empty()) {
        return empty_input(root);
    }
    if (!parser.feed(json, false)) {
        pass.invalid_utf8 = parser.stopped_at_invalid_utf8();
        return std::move(parser.error());
    }
    return std::nullopt;
}

/// Reads a whole document held in memory into `target`, as `root` reads, with a Ctx for
/// context; a document larger than `limit` is refused.
template <class Ctx, class T>
std::optional<Error> read_document(std::string_view json, T* target, const TypeOps& root,
                                   std::size_t limit) {
    Pass pass;
    auto error = read_document_pass<Ctx>(json, target, root, limit, pass);
    if (!pass.invalid_utf8) {
        return error;
    }
    *target = T{}; // read again from the start, the parser checking
    pass = Pass{false, false};
    return read_document_pass<Ctx>(json, target, root, limit, pass);
}

/// load_document without the file named in its errors.
template <class Ctx>
std::optional<Error> parse_file(const std::filesystem::path& file, void* target,
                                const TypeOps& root, std::size_t limit, Pass& pass) {
    auto input = detail::InputFile::open(file, limit);
    if (!input) {
        return std::move(input).error();
    }
    std::string chunk(detail::input_chunk_bytes, '\0');
    auto read_chunk = [&]() -> Result<std::string_view> {
        auto count = input->read(chunk.data(), chunk.size());
        if (!count) {
            return std::move(count).error();
        }
        return std::string_view(chunk.data(), *count);
    };
    auto piece = read_chunk();
    if (!piece) {
        return std::move(piece).error();
    }
    if (piece->size() < chunk.size()) { // the whole file: read it as text in memory
        return read_document_pass<Ctx>(*piece, target, root, limit, pass);
    }
    DocumentParser<Ctx> parser(Slot{target, &root}, pass.check_utf8);
    if (piece->substr(0, byte_order_mark.size()) == byte_order_mark) {
        parser.skip(byte_order_mark);
        piece->remove_prefix(byte_order_mark.size());
    }
    bool content = false; // anything but white space so far
    while (true) {
        content = content || !detail::trim(*piece).empty();
        const bool last = piece->empty();
        if (last && !content) {
            return empty_input(root);
        }
        if (!parser.feed(*piece, !last)) {
            pass.invalid_utf8 = parser.stopped_at_invalid_utf8();
            return std::move(parser.error());
        }
        if (last) {
            return std::nullopt;
        }
        piece = read_chunk();
        if (!piece) {
            return std::move(piece).error();
        }
    }
}

/// Reads a document from a file in chunks: the memory holds the model and one chunk, not
/// the file. Errors are those of read_document and of detail::InputFile, with the file named.
template <class Ctx, class T>
std::optional<Error> load_document(const std::filesystem::path& file, T* target,
                                   const TypeOps& root, std::size_t limit) {
    Pass pass;
    auto error = parse_file<Ctx>(file, target, root, limit, pass);
    if (pass.invalid_utf8) {
        *target = T{}; // read again from the start, the parser checking (see Pass)
        pass = Pass{false, false};
        error = parse_file<Ctx>(file, target, root, limit, pass);
    }
    if (error) {
        error->file = file.string();
    }
    return error;
}

} // namespace
} // namespace grantkpi::detail::binder
