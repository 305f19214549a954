// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The evaluation JSON writer as it was before it streamed (src/json/json_output.hpp and
// src/json/evaluation_json.cpp at 53ad8e4), frozen here: it builds the whole document in one
// std::string. The streamed output must keep its bytes (test_evaluation_json.cpp).

#include "unicode/unicode.hpp"

#include <grantkpi/decimal.hpp>
#include <grantkpi/evaluate.hpp>
#include <grantkpi/evaluation_json.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/fraction.hpp>
#include <grantkpi/money.hpp>
#include <grantkpi/observation.hpp>

#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace grantkpi::testing::string_writer {

using grantkpi::detail::decode_utf8;
using grantkpi::detail::invalid_code_point;

template <class T>
using public_members = boost::describe::describe_members<T, boost::describe::mod_public>;

template <class T>
concept described_struct = boost::describe::has_describe_members<T>::value;
template <class T>
concept described_enum = boost::describe::has_describe_enumerators<T>::value;

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

/// A member whose default value is left out of the JSON, like an absent optional, and read
/// back as that default when its key is missing (Provenance: a plain statement).
template <class T>
concept omittable_default = requires(const T& v) {
    { v.is_plain_statement() } -> std::convertible_to<bool>;
};

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
/// other characters as raw UTF-8, each invalid byte replaced by U+FFFD.
inline void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    for (std::size_t pos = 0, length = 0; pos < text.size(); pos += length) {
        const char32_t cp = decode_utf8(text, pos, length);
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
            } else if (cp < 0x20) {
                static constexpr char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[cp >> 4];
                out += hex[cp & 0xF];
            } else {
                out.append(text.substr(pos, length));
            }
        }
    }
    out += '"';
}

template <class Derived>
class StringJsonWriter {
public:
    explicit StringJsonWriter(std::string& out)
        : out_(out) {}

    /// `{"schema": ..., <members of document>}` and a final newline.
    template <class T>
    void document(std::string_view schema, const T& document) {
        out_ += "{\n";
        indent(1);
        out_ += "\"schema\": ";
        string(schema);
        members(document, 0, /*first=*/false);
        out_ += "\n}\n";
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
            out_ += first ? "\n" : ",\n";
            first = false;
            indent(level + 1);
            self().value(item, level + 1);
        }
        out_ += '\n';
        indent(level);
        out_ += ']';
    }

    template <described_struct T>
    void value(const T& object, int level) {
        out_ += '{';
        members(object, level, /*first=*/true);
        out_ += '\n';
        indent(level);
        out_ += '}';
    }

protected:
    void indent(int level) { out_.append(static_cast<std::size_t>(level) * 2, ' '); }
    void string(std::string_view text) { append_json_string(out_, text); }
    std::string& out() { return out_; }

    /// The members of `object`, one per line at level + 1, a comma before each unless
    /// `first`.
    template <class T>
    void members(const T& object, int level, bool first) {
        names_after(object, "", level, first);
        boost::mp11::mp_for_each<public_members<T>>([&](auto d) {
            const auto& member = object.*d.pointer;
            if (Derived::omit_absent && is_left_out(member)) {
                return;
            }
            out_ += first ? "\n" : ",\n";
            first = false;
            indent(level + 1);
            string(d.name);
            out_ += ": ";
            self().value(member, level + 1);
            names_after(object, d.name, level, first);
        });
    }

    /// The names an evaluation now reads through its model link, written where the structs
    /// held them when this writer was frozen: after the member `after` ("" for first).
    template <class T>
    void names_after(const T& object, std::string_view after, int level, bool& first) {
        if constexpr (std::is_same_v<T, ReportEvaluation>) {
            if (after.empty()) {
                name_member("title", object.title(), level, first);
                name_member("municipality", object.municipality(), level, first);
            }
        } else if constexpr (std::is_same_v<T, RoundEvaluation>) {
            if (after == "fiscal_year") {
                name_member("scheme", object.scheme(), level, first);
            }
        } else if constexpr (std::is_same_v<T, ProjectEvaluation>) {
            if (after.empty()) {
                name_member("name", object.name(), level, first);
            } else if (after == "application") {
                name_member("partners", object.partners(), level, first);
            }
        } else if constexpr (std::is_same_v<T, KpiEvaluation>) {
            if (after == "number") {
                name_member("title", object.title(), level, first);
            }
        }
    }
    template <class V>
    void name_member(std::string_view key, const V& v, int level, bool& first) {
        out_ += first ? "\n" : ",\n";
        first = false;
        indent(level + 1);
        string(key);
        out_ += ": ";
        self().value(v, level + 1);
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

    std::string& out_;
};

class EvaluationWriter : public StringJsonWriter<EvaluationWriter> {
public:
    static constexpr bool omit_absent = false; // every figure is there, null when undefined

    using StringJsonWriter::StringJsonWriter;
    using StringJsonWriter::value;

    /// A ratio as a JSON number rounded to 4 decimals, computed exactly from the Decimals.
    void value(const Ratio& ratio, int) { out() += ratio.rounded.to_string(); }

    /// A basis on one line: {"source": "inferred", "rule": "title: 待機児童", "uncertain": false}.
    void value(const Provenance& basis, int level) { inline_object(basis, level); }
};

inline std::string write_evaluation_json(const ReportEvaluation& evaluation) {
    std::string out;
    EvaluationWriter{out}.document(evaluation_schema_id, evaluation);
    return out;
}

inline std::string write_evaluation_json(const CollectionEvaluation& evaluation) {
    std::string out;
    EvaluationWriter{out}.document(collection_evaluation_schema_id, evaluation);
    return out;
}

} // namespace grantkpi::testing::string_writer
