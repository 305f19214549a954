// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: a small strict JSON parser (RFC 8259) into a tree that remembers where every
// value and key starts, and keeps each number's text. The annotation reader needs both
// after the parse: an annotation that matches nothing in a report is an error at its line
// and column, found long after the file was read. Annotation files are small (one entry per
// project and KPI); the report reader streams instead (src/json/json_reader.cpp).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace grantkpi::detail::annotations {

struct TextPosition {
    std::size_t line = 1;   ///< 1-based
    std::size_t column = 1; ///< 1-based, in code points
};

struct JsonMember;

struct JsonValue {
    enum class Kind { null, boolean, number, string, object, array };
    Kind kind = Kind::null;
    TextPosition at;                 ///< the value's first character
    std::string text;                ///< a string's value (unescaped), a number's text as written
    bool boolean = false;            ///< a boolean's value
    std::vector<JsonMember> members; ///< an object's, in document order (duplicates kept)
    std::vector<JsonValue> elements; ///< an array's
};

struct JsonMember {
    std::string key;
    TextPosition key_at;
    JsonValue value;
};

struct JsonSyntaxError {
    std::string message; ///< `invalid JSON: ...`
    TextPosition at;
    std::string pointer; ///< of the value being read when the error was found
    std::string code;    ///< GK070 (not JSON) or GK071 (too many values)
};

/// Parses one JSON document (a leading UTF-8 byte-order mark is skipped; nesting deeper than
/// 64 levels is refused). Either `tree` is set, or `error`.
struct JsonParse {
    std::optional<JsonValue> tree;
    std::optional<JsonSyntaxError> error;
};
[[nodiscard]] JsonParse parse_json_tree(std::string_view text);

/// `the string "x"`, `the number 5`, `an object`, `an array`, `true`, `null`: what a value
/// is, for messages.
[[nodiscard]] std::string describe(const JsonValue& value);

/// Appends an RFC 6901 reference token to a pointer (`~` and `/` escaped).
void append_pointer_token(std::string& pointer, std::string_view token);

} // namespace grantkpi::detail::annotations
