// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The canonical JSON writer (docs/json-format.md, "Canonical layout"): members in their
// Boost.Describe order, two-space indentation, small objects (a unit, a baseline, an
// expected cell) on one line, numbers as their exact decimal text.

#include <grantkpi/json.hpp>

#include "unicode.hpp"

#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <optional>
#include <type_traits>
#include <vector>

namespace grantkpi {
namespace {

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
using members_of = boost::describe::describe_members<T, boost::describe::mod_public>;

class Writer {
public:
    explicit Writer(std::string& out) : out_(out) {}

    void document(const Report& report) {
        out_ += "{\n";
        indent(1);
        out_ += "\"schema\": ";
        string(report_schema_id);
        members(report, 0, /*first=*/false);
        out_ += "\n}\n";
    }

private:
    void indent(int level) { out_.append(static_cast<std::size_t>(level) * 2, ' '); }

    void string(std::string_view text) {
        out_ += '"';
        for (std::size_t pos = 0, length = 0; pos < text.size(); pos += length) {
            const char32_t cp = detail::decode_utf8(text, pos, length);
            switch (cp) {
            case U'"': out_ += "\\\""; break;
            case U'\\': out_ += "\\\\"; break;
            case U'\b': out_ += "\\b"; break;
            case U'\f': out_ += "\\f"; break;
            case U'\n': out_ += "\\n"; break;
            case U'\r': out_ += "\\r"; break;
            case U'\t': out_ += "\\t"; break;
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

    // ------------------------------------------------------------ values

    void value(const std::string& v, int) { string(v); }
    void value(int v, int) { out_ += std::to_string(v); }
    void value(Decimal v, int) { out_ += v.to_string(); }
    void value(Money v, int) { out_ += v.amount().to_string(); }
    void value(FiscalYear v, int) { out_ += std::to_string(v.gregorian()); }
    void value(Fraction v, int) { string(v.to_string()); }

    template <class E>
        requires std::is_enum_v<E>
    void value(E v, int) {
        const char* name = boost::describe::enum_to_string(v, nullptr);
        if (name == nullptr) { // not a named enumerator: out of the model's domain
            out_ += "null";
            return;
        }
        string(name);
    }

    void value(const Observation& cell, int) {
        switch (cell.status()) {
        case ObservationStatus::confirmed: value(*cell.value(), 0); break;
        case ObservationStatus::not_set: out_ += "null"; break;
        case ObservationStatus::expected:
            out_ += "{\"value\": ";
            value(*cell.value(), 0);
            out_ += ", \"status\": \"expected\"}";
            break;
        }
    }

    void value(const Series& series, int level) {
        if (series.empty()) {
            out_ += "{}";
            return;
        }
        out_ += "{";
        bool first = true;
        for (const auto& [year, cell] : series) {
            out_ += first ? "\n" : ",\n";
            first = false;
            indent(level + 1);
            out_ += '"';
            out_ += std::to_string(year.gregorian());
            out_ += "\": ";
            value(cell, level + 1);
        }
        out_ += '\n';
        indent(level);
        out_ += '}';
    }

    void value(const Unit& unit, int level) { inline_object(unit, level); }
    void value(const Baseline& baseline, int level) { inline_object(baseline, level); }

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

    template <class T>
        requires boost::describe::has_describe_members<T>::value
    void value(const T& object, int level) {
        out_ += '{';
        members(object, level, /*first=*/true);
        out_ += '\n';
        indent(level);
        out_ += '}';
    }

    // ------------------------------------------------------------ objects

    // The members of `object`, one per line at level + 1; absent optionals are left out.
    template <class T>
    void members(const T& object, int level, bool first) {
        boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
            const auto& member = object.*d.pointer;
            using M = std::remove_cvref_t<decltype(member)>;
            if constexpr (is_optional<M>::value) {
                if (!member) {
                    return;
                }
            }
            out_ += first ? "\n" : ",\n";
            first = false;
            indent(level + 1);
            string(d.name);
            out_ += ": ";
            if constexpr (is_optional<M>::value) {
                value(*member, level + 1);
            } else {
                value(member, level + 1);
            }
        });
    }

    template <class T>
    void inline_object(const T& object, int level) {
        out_ += '{';
        bool first = true;
        boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
            if (!first) {
                out_ += ", ";
            }
            first = false;
            string(d.name);
            out_ += ": ";
            value(object.*d.pointer, level);
        });
        out_ += '}';
    }

    std::string& out_;
};

} // namespace

void write_report_json(const Report& report, std::string& out) {
    Writer(out).document(report);
}

std::string write_report_json(const Report& report) {
    std::string out;
    write_report_json(report, out);
    return out;
}

} // namespace grantkpi
