// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// A JSON writer over the Boost.Describe members of the evaluation structs: a new member is
// written without touching this file. Numbers come from the exact Decimals, never from a
// double.

#include <grantkpi/evaluation_json.hpp>

#include "unicode.hpp"

#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <optional>
#include <type_traits>
#include <vector>

namespace grantkpi {
namespace {

template <class T>
using members_of = boost::describe::describe_members<T, boost::describe::mod_public>;

template <class T>
concept described_struct = boost::describe::has_describe_members<T>::value;
template <class T>
concept described_enum = boost::describe::has_describe_enumerators<T>::value;

class Writer {
public:
    explicit Writer(std::string& out)
        : out_(out) {}

    template <class T>
    void document(std::string_view schema, const T& evaluation) {
        out_ += "{\n";
        indent(1);
        out_ += "\"schema\": ";
        string(schema);
        members(evaluation, 1, /*first=*/false);
        out_ += '\n';
        out_ += "}\n";
    }

private:
    void indent(int level) { out_.append(static_cast<std::size_t>(level) * 2, ' '); }

    void string(std::string_view text) {
        out_ += '"';
        for (std::size_t pos = 0, length = 0; pos < text.size(); pos += length) {
            const char32_t cp = detail::decode_utf8(text, pos, length);
            switch (cp) {
            case U'"':
                out_ += "\\\"";
                break;
            case U'\\':
                out_ += "\\\\";
                break;
            case U'\b':
                out_ += "\\b";
                break;
            case U'\f':
                out_ += "\\f";
                break;
            case U'\n':
                out_ += "\\n";
                break;
            case U'\r':
                out_ += "\\r";
                break;
            case U'\t':
                out_ += "\\t";
                break;
            default:
                if (cp == detail::invalid_code_point) {
                    out_ += "\xEF\xBF\xBD"; // U+FFFD REPLACEMENT CHARACTER
                } else if (cp < 0x20) {
                    static constexpr char hex[] = "0123456789abcdef";
                    out_ += "\\u00";
                    out_ += hex[cp >> 4];
                    out_ += hex[cp & 0xF];
                } else {
                    out_.append(text.substr(pos, length));
                }
            }
        }
        out_ += '"';
    }

    // Members of a described struct, each on its own line at `level`, preceded by a comma
    // unless `first`.
    template <class T>
    void members(const T& object, int level, bool first) {
        boost::mp11::mp_for_each<members_of<T>>([&](auto member) {
            out_ += first ? "\n" : ",\n";
            first = false;
            indent(level);
            string(member.name);
            out_ += ": ";
            value(object.*member.pointer, level);
        });
    }

    void value(const std::string& v, int) { string(v); }
    void value(bool v, int) { out_ += v ? "true" : "false"; }
    void value(int v, int) { out_ += std::to_string(v); }
    void value(std::size_t v, int) { out_ += std::to_string(v); }
    void value(Decimal v, int) { out_ += v.to_string(); }
    void value(Money v, int) { out_ += v.amount().to_string(); }
    void value(Fraction v, int) { string(v.to_string()); }
    void value(FiscalYear v, int) { out_ += std::to_string(v.gregorian()); }
    void value(const Ratio& v, int) { out_ += v.rounded.to_string(); }
    void value(const Observation& v, int) {
        if (!v.has_value()) {
            out_ += "null";
        } else if (v.is_confirmed()) {
            out_ += v.value()->to_string();
        } else {
            out_ += "{\"value\": " + v.value()->to_string() + ", \"status\": \"expected\"}";
        }
    }

    template <described_enum E>
    void value(E v, int) {
        const char* name = boost::describe::enum_to_string(v, nullptr);
        if (name != nullptr) {
            string(name);
        } else {
            out_ += std::to_string(static_cast<std::underlying_type_t<E>>(v));
        }
    }

    template <class T>
    void value(const std::optional<T>& v, int level) {
        if (v) {
            value(*v, level);
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
            value(item, level + 1);
        }
        out_ += '\n';
        indent(level);
        out_ += ']';
    }

    template <described_struct T>
    void value(const T& object, int level) {
        out_ += '{';
        members(object, level + 1, /*first=*/true);
        out_ += '\n';
        indent(level);
        out_ += '}';
    }

    std::string& out_;
};

} // namespace

std::string write_evaluation_json(const ReportEvaluation& evaluation) {
    std::string out;
    Writer{out}.document(evaluation_schema_id, evaluation);
    return out;
}

std::string write_evaluation_json(const CollectionEvaluation& evaluation) {
    std::string out;
    Writer{out}.document(collection_evaluation_schema_id, evaluation);
    return out;
}

} // namespace grantkpi
