// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the pretty JSON writing shared by the report writer and the evaluation writer.
// Members in their Boost.Describe order, two-space indentation, one member or element per
// line, numbers as exact decimal text.
//
// A writer derives from PrettyJsonWriter<Derived> (CRTP) and adds overloads of `value` for
// its own types (`using PrettyJsonWriter::value;` keeps these). Derived::omit_absent
// says whether a member whose std::optional is empty is left out (true) or written null.
//
// A writer builds its text in a std::string. Given a ChunkSink it streams instead: at the
// end of each array element, once the string holds at least json_chunk_bytes, the text so
// far goes to the sink and the string starts again (keeping its capacity). The bytes are the
// same either way; memory holds one chunk and the largest element, not the document.

#include "detail/type_traits.hpp"
#include "unicode/unicode.hpp"
#include "json/json_members.hpp"

#include <grantkpi/decimal.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/fraction.hpp>
#include <grantkpi/money.hpp>
#include <grantkpi/observation.hpp>

#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <concepts>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace grantkpi::detail {

template <class T>
concept described_enum = boost::describe::has_describe_enumerators<T>::value;

/// Whether a writer that leaves out absent members skips `member`.
template <class M>
bool is_left_out(const M& member) {
    if constexpr (is_optional<M>::value) {
        return !member;
    } else if constexpr (omittable_default<M>) {
        return member.is_plain_statement();
    } else {
        return false;
    }
}

/// Appends `text` as a JSON string: quotes, backslashes and control characters escaped,
/// other characters as raw UTF-8, each invalid byte replaced by U+FFFD. Runs of characters
/// that stay as they are (nearly all of them) are appended at once.
inline void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    std::size_t kept = 0; // text[kept, pos) stays as it is, not yet appended
    for (std::size_t pos = 0; pos < text.size();) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        std::size_t length = 1;
        char32_t cp = byte;
        if (byte >= 0x80) {
            cp = decode_utf8(text, pos, length);
            if (cp != invalid_code_point) {
                pos += length; // raw UTF-8
                continue;
            }
        } else if (byte >= 0x20 && byte != '"' && byte != '\\') {
            ++pos;
            continue;
        }
        out.append(text.substr(kept, pos - kept));
        switch (cp) {
        case U'"':
            out += "\\\"";
            break;
        case U'\\':
            out += "\\\\";
            break;
        case U'\b':
            out += "\\b";
            break;
        case U'\f':
            out += "\\f";
            break;
        case U'\n':
            out += "\\n";
            break;
        case U'\r':
            out += "\\r";
            break;
        case U'\t':
            out += "\\t";
            break;
        default:
            if (cp == invalid_code_point) {
                out += "\uFFFD"; // U+FFFD REPLACEMENT CHARACTER
            } else {             // another control character
                static constexpr char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[cp >> 4];
                out += hex[cp & 0xF];
            }
        }
        pos += length;
        kept = pos;
    }
    out.append(text.substr(kept));
    out += '"';
}

/// Receives a streaming writer's text, in order, a chunk at a time.
using ChunkSink = std::function<void(std::string_view chunk)>;

/// The size from which a streaming writer hands its text on: small enough to stay in the
/// cache, large enough that a write of it costs little next to writing it.
inline constexpr std::size_t json_chunk_bytes = std::size_t{64} << 10;

template <class Derived>
class PrettyJsonWriter {
public:
    /// Appends the text to `out`.
    explicit PrettyJsonWriter(std::string& out)
        : out_(out) {}
    /// Streams the text to `sink`, using `buffer` (empty) for the chunk being built.
    PrettyJsonWriter(std::string& buffer, ChunkSink sink)
        : out_(buffer)
        , sink_(std::move(sink)) {
        out_.reserve(json_chunk_bytes + json_chunk_bytes / 4);
    }

    /// `{"schema": ..., <members of document>}` and a final newline.
    template <class T>
    void document(std::string_view schema, const T& document) {
        out_ += "{\n";
        indent(1);
        out_ += "\"schema\": ";
        string(schema);
        members(document, 0, /*first=*/false);
        out_ += "\n}\n";
        finish();
    }

    void value(const std::string& v, int) { string(v); }
    void value(bool v, int) { out_ += v ? "true" : "false"; }
    void value(int v, int) { out_ += std::to_string(v); }
    void value(std::size_t v, int) { out_ += std::to_string(v); }
    void value(Decimal v, int) { out_ += v.to_string(); }
    void value(Money v, int) { out_ += v.amount().to_string(); }
    void value(Fraction v, int) { string(v.to_string()); }
    void value(FiscalYear v, int) { out_ += std::to_string(v.gregorian()); }

    /// A cell: a number (confirmed), null (not set) or {"value": n, "status": "expected"}.
    void value(const Observation& cell, int) {
        switch (cell.status()) {
        case ObservationStatus::confirmed:
            out_ += cell.value()->to_string();
            break;
        case ObservationStatus::not_set:
            out_ += "null";
            break;
        case ObservationStatus::expected:
            out_ += "{\"value\": ";
            out_ += cell.value()->to_string();
            out_ += ", \"status\": \"expected\"}";
            break;
        }
    }

    template <described_enum E>
    void value(E v, int) {
        const char* name = boost::describe::enum_to_string(v, nullptr);
        if (name == nullptr) { // not a named enumerator: outside the model's domain
            out_ += "null";
            return;
        }
        string(name);
    }

    template <class T>
    void value(const std::optional<T>& v, int level) {
        if (v) {
            self().value(*v, level);
        } else {
            out_ += "null";
        }
    }

    template <class T>
    void value(const std::vector<T>& items, int level) {
        if (items.empty()) {
            out_ += "[]";
            return;
        }
        out_ += '[';
        bool first = true;
        for (const auto& item : items) {
            next_line(first, level + 1);
            first = false;
            self().value(item, level + 1);
            spill();
        }
        line(level);
        out_ += ']';
    }

    template <described_struct T>
    void value(const T& object, int level) {
        out_ += '{';
        members(object, level, /*first=*/true);
        line(level);
        out_ += '}';
    }

protected:
    void indent(int level) { spaces(level, /*new_line=*/false); }
    /// A new line, indented to `level`.
    void line(int level) { spaces(level, /*new_line=*/true); }
    /// A comma unless `first`, then line(level): where the next member or element starts.
    void next_line(bool first, int level) {
        if (!first) {
            out_ += ',';
        }
        line(level);
    }
    void string(std::string_view text) { append_json_string(out_, text); }
    std::string& out() { return out_; }

    /// Streaming: hands the text on once it holds a chunk (a no-op when building a string).
    void spill() {
        if (sink_ && out_.size() >= json_chunk_bytes) {
            sink_(out_);
            out_.clear();
        }
    }
    /// Streaming: hands the rest of the text on (a no-op when building a string).
    void finish() {
        if (sink_ && !out_.empty()) {
            sink_(out_);
            out_.clear();
        }
    }

    /// The members of `object`, one per line at level + 1, a comma before each unless
    /// `first`.
    template <class T>
    void members(const T& object, int level, bool first) {
        boost::mp11::mp_for_each<public_members<T>>([&](auto d) {
            const auto& member = object.*d.pointer;
            if (Derived::omit_absent && is_left_out(member)) {
                return;
            }
            next_line(first, level + 1);
            first = false;
            key<decltype(d)>();
            self().value(member, level + 1);
        });
    }

    /// `"name": ` for a member's descriptor: a C++ identifier, which needs no escape.
    template <class Descriptor>
    void key() {
        constexpr std::string_view name{Descriptor::name};
        static_assert(is_identifier(name));
        out_ += '"';
        out_ += name;
        out_ += std::string_view("\": ");
    }

    /// A small struct on one line: {"label": "件", "kind": "count"}.
    template <class T>
    void inline_object(const T& object, int level) {
        out_ += '{';
        bool first = true;
        boost::mp11::mp_for_each<public_members<T>>([&](auto d) {
            const auto& member = object.*d.pointer;
            if (Derived::omit_absent && is_left_out(member)) {
                return;
            }
            if (!first) {
                out_ += ", ";
            }
            first = false;
            string(d.name);
            out_ += ": ";
            self().value(member, level);
        });
        out_ += '}';
    }

private:
    Derived& self() { return static_cast<Derived&>(*this); }

    /// A new line (when asked) and the indentation of `level`, in one append down to level 32
    /// (deeper than the writers go).
    void spaces(int level, bool new_line) {
        static constexpr std::string_view text =
            "\n                                                                ";
        constexpr std::size_t most = text.size() - 1;
        std::size_t n = static_cast<std::size_t>(level) * 2;
        if (n <= most) {
            out_.append(text.data() + (new_line ? 0 : 1), n + (new_line ? 1 : 0));
            return;
        }
        if (new_line) {
            out_ += '\n';
        }
        for (; n > most; n -= most) {
            out_.append(text.data() + 1, most);
        }
        out_.append(text.data() + 1, n);
    }

    static constexpr bool is_identifier(std::string_view name) {
        for (const char c : name) {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '_')) {
                return false;
            }
        }
        return !name.empty();
    }

    std::string& out_;
    ChunkSink sink_; ///< empty: build the text in out_
};

} // namespace grantkpi::detail
