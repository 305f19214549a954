// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "json_tree.hpp"

#include "unicode/unicode.hpp"

#include <grantkpi/limits.hpp>

namespace grantkpi::detail::annotations {
namespace {

// The messages below spell these limits out (limits.hpp).
static_assert(max_json_depth == 64 && max_annotation_values == 1'000'000);

class Parser {
public:
    explicit Parser(std::string_view text)
        : text_(text) {}

    JsonParse run() {
        JsonParse out;
        if (text_.substr(0, 3) == "\uFEFF") {
            pos_ = 3;
            column_pos_ = 3;
        }
        skip_space();
        if (pos_ == text_.size()) {
            fail("the input is empty; expected a JSON object (a grantkpi annotation file)");
        } else {
            JsonValue root;
            if (value(root, 0)) {
                skip_space();
                if (pos_ < text_.size()) {
                    fail("unexpected text after the JSON document");
                } else {
                    out.tree = std::move(root);
                }
            }
        }
        out.error = std::move(error_);
        if (out.error) {
            out.tree.reset();
        }
        return out;
    }

private:
    /// The position of text_[pos_]: lines are counted as white space is skipped (a line
    /// break can stand nowhere else), columns from the last position asked, forwards.
    TextPosition here() {
        if (column_pos_ < line_start_ || column_pos_ > pos_) {
            column_pos_ = line_start_;
            column_ = 1;
        }
        column_ += count_code_points(text_.substr(column_pos_, pos_ - column_pos_));
        column_pos_ = pos_;
        return TextPosition{line_, column_};
    }

    bool fail(std::string message) {
        if (!error_) {
            std::string pointer;
            for (const auto& token : path_) {
                append_pointer_token(pointer, token);
            }
            error_ = JsonSyntaxError{"invalid JSON: " + std::move(message), here(),
                                     std::move(pointer), "GK070"};
        }
        return false;
    }

    /// ` at "NaN"`, `, got "x"`, or `, got the end of the text`: what stands at pos_.
    std::string found() {
        if (pos_ >= text_.size()) {
            return ", got the end of the text";
        }
        std::size_t n = 0;
        while (pos_ + n < text_.size() && n < 32) {
            const char c = text_[pos_ + n];
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '_')) {
                break;
            }
            ++n;
        }
        if (n == 0) {
            std::size_t length = 0;
            decode_utf8(text_, pos_, length);
            n = length;
        }
        return ", got " + detail::quoted(text_.substr(pos_, n));
    }

    void skip_space() {
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '\n') {
                ++line_;
                line_start_ = pos_ + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            ++pos_;
        }
    }

    bool value(JsonValue& out, std::size_t depth) {
        out.at = here();
        if (++values_ > max_annotation_values) {
            error_ = JsonSyntaxError{"the file holds more than 1,000,000 JSON values, the most an "
                                     "annotation file may",
                                     out.at,
                                     {},
                                     "GK071"};
            return false;
        }
        if (pos_ >= text_.size()) {
            return fail("expected a value" + found());
        }
        switch (text_[pos_]) {
        case '{':
            return object(out, depth);
        case '[':
            return array(out, depth);
        case '"':
            out.kind = JsonValue::Kind::string;
            return string(out.text);
        case 't':
            return literal(out, "true", JsonValue::Kind::boolean, true);
        case 'f':
            return literal(out, "false", JsonValue::Kind::boolean, false);
        case 'n':
            return literal(out, "null", JsonValue::Kind::null, false);
        default:
            if (text_[pos_] == '-' || (text_[pos_] >= '0' && text_[pos_] <= '9')) {
                return number(out);
            }
            return fail("expected a value" + found());
        }
    }

    bool literal(JsonValue& out, std::string_view word, JsonValue::Kind kind, bool boolean) {
        if (text_.substr(pos_, word.size()) != word) {
            return fail("expected a value" + found());
        }
        pos_ += word.size();
        out.kind = kind;
        out.boolean = boolean;
        return true;
    }

    bool digits() {
        const std::size_t start = pos_;
        while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
            ++pos_;
        }
        return pos_ > start;
    }

    bool number(JsonValue& out) {
        const std::size_t start = pos_;
        if (text_[pos_] == '-') {
            ++pos_;
        }
        if (pos_ < text_.size() && text_[pos_] == '0') {
            ++pos_;
        } else if (!digits()) {
            return fail("expected a digit in a number" + found());
        }
        if (pos_ < text_.size() && text_[pos_] == '.') {
            ++pos_;
            if (!digits()) {
                return fail("expected a digit after the decimal point" + found());
            }
        }
        if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
            ++pos_;
            if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) {
                ++pos_;
            }
            if (!digits()) {
                return fail("expected a digit in the exponent" + found());
            }
        }
        if (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
            return fail("a number may not start with 0 unless it is 0" + found());
        }
        out.kind = JsonValue::Kind::number;
        out.text.assign(text_.substr(start, pos_ - start));
        return true;
    }

    static int hex_digit(char c) noexcept {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    std::optional<char32_t> hex4() {
        if (text_.size() - pos_ < 4) {
            pos_ = text_.size();
            return std::nullopt;
        }
        char32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hex_digit(text_[pos_]);
            if (d < 0) {
                return std::nullopt;
            }
            value = value * 16 + static_cast<char32_t>(d);
            ++pos_;
        }
        return value;
    }

    bool string(std::string& out) {
        ++pos_; // the opening quote
        while (true) {
            if (pos_ >= text_.size()) {
                return fail("the text ends inside a string; expected '\"'");
            }
            const char c = text_[pos_];
            if (c == '"') {
                ++pos_;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                return fail(c == '\n' ? "a line break inside a string; write it as \\n"
                                      : "a control character inside a string; escape it");
            }
            if (c == '\\') {
                if (!escape(out)) {
                    return false;
                }
                continue;
            }
            std::size_t length = 0;
            if (decode_utf8(text_, pos_, length) == invalid_code_point) {
                return fail("a string that is not valid UTF-8 (byte 0x" + hex_byte(c) + ")");
            }
            out.append(text_.substr(pos_, length));
            pos_ += length;
        }
    }

    static std::string hex_byte(char c) {
        constexpr std::string_view digits = "0123456789ABCDEF";
        const auto b = static_cast<unsigned char>(c);
        return {digits[b >> 4], digits[b & 0xF]};
    }

    bool escape(std::string& out) {
        ++pos_; // the backslash
        if (pos_ >= text_.size()) {
            return fail("the text ends inside a string; expected '\"'");
        }
        const char c = text_[pos_];
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out += c;
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            ++pos_;
            auto cp = hex4();
            if (!cp) {
                return fail("expected four hexadecimal digits after \\u" + found());
            }
            if (*cp >= 0xD800 && *cp <= 0xDBFF) { // a high surrogate: its low half follows
                if (text_.substr(pos_, 2) != "\\u") {
                    return fail("a UTF-16 high surrogate not followed by a low one");
                }
                pos_ += 2;
                auto low = hex4();
                if (!low || *low < 0xDC00 || *low > 0xDFFF) {
                    return fail("a UTF-16 high surrogate not followed by a low one");
                }
                *cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
            } else if (*cp >= 0xDC00 && *cp <= 0xDFFF) {
                return fail("a lone UTF-16 low surrogate in a string");
            }
            append_utf8(out, *cp);
            return true;
        }
        default:
            return fail("an invalid escape in a string" + found());
        }
        ++pos_;
        return true;
    }

    bool object(JsonValue& out, std::size_t depth) {
        if (depth >= max_json_depth) {
            return fail("nesting deeper than 64 levels");
        }
        out.kind = JsonValue::Kind::object;
        ++pos_;
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == '}') {
            ++pos_;
            return true;
        }
        while (true) {
            skip_space();
            if (pos_ >= text_.size() || text_[pos_] != '"') {
                return fail("expected a key in double quotes" + found());
            }
            JsonMember member;
            member.key_at = here();
            if (!string(member.key)) {
                return false;
            }
            skip_space();
            if (pos_ >= text_.size() || text_[pos_] != ':') {
                return fail("expected ':' after the key " + detail::quoted(member.key) + found());
            }
            ++pos_;
            skip_space();
            path_.push_back(member.key);
            if (!value(member.value, depth + 1)) {
                return false;
            }
            path_.pop_back();
            out.members.push_back(std::move(member));
            skip_space();
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < text_.size() && text_[pos_] == '}') {
                ++pos_;
                return true;
            }
            return fail("expected ',' or '}' after an object member" + found());
        }
    }

    bool array(JsonValue& out, std::size_t depth) {
        if (depth >= max_json_depth) {
            return fail("nesting deeper than 64 levels");
        }
        out.kind = JsonValue::Kind::array;
        ++pos_;
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == ']') {
            ++pos_;
            return true;
        }
        while (true) {
            skip_space();
            path_.push_back(std::to_string(out.elements.size()));
            JsonValue element;
            if (!value(element, depth + 1)) {
                return false;
            }
            path_.pop_back();
            out.elements.push_back(std::move(element));
            skip_space();
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < text_.size() && text_[pos_] == ']') {
                ++pos_;
                return true;
            }
            return fail("expected ',' or ']' after an array element" + found());
        }
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    std::size_t line_start_ = 0;
    std::size_t column_pos_ = 0; // here()'s cache: the column of text_[column_pos_]
    std::size_t column_ = 1;
    std::size_t values_ = 0;
    std::vector<std::string> path_;
    std::optional<JsonSyntaxError> error_;
};

} // namespace

JsonParse parse_json_tree(std::string_view text) {
    return Parser(text).run();
}

std::string describe(const JsonValue& value) {
    switch (value.kind) {
    case JsonValue::Kind::null:
        return "null";
    case JsonValue::Kind::boolean:
        return value.boolean ? "true" : "false";
    case JsonValue::Kind::number:
        return "the number " + value.text;
    case JsonValue::Kind::string:
        return "the string " + detail::quoted(value.text);
    case JsonValue::Kind::object:
        return "an object";
    case JsonValue::Kind::array:
        return "an array";
    }
    return "a value";
}

void append_pointer_token(std::string& pointer, std::string_view token) {
    pointer += '/';
    for (const char c : token) {
        if (c == '~') {
            pointer += "~0";
        } else if (c == '/') {
            pointer += "~1";
        } else {
            pointer += c;
        }
    }
}

} // namespace grantkpi::detail::annotations
