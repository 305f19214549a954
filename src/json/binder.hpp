// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the generic JSON binder. boost::json::basic_parser events go straight into C++
// objects (binder_parser.hpp feeds them): a stack of frames mirrors the open objects and
// arrays, and each frame knows its C++ target and how to resolve keys. This header says how
// the value types (strings, integers, Decimal, Money, FiscalYear, Fraction, described
// enums), std::optional, std::vector and Boost.Describe'd structs accept a JSON value, what
// they expect in an error, and the JSON pointer of the element being read. No DOM is built
// and no number passes through double: the parser hands over each number's text, which
// Decimal reads exactly.
//
// What is not generic lives in the document's binding (json_reader.cpp): the report's cells
// and rows, the "schema" key and its two formats, the collection. It specializes type_ops
// for its own types, versioned_keys for the keys a later format added, and derives its
// scratch from Context.

#include <grantkpi/decimal.hpp>
#include <grantkpi/error.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/fraction.hpp>
#include <grantkpi/money.hpp>

#include "detail/type_traits.hpp"
#include "diagnostics/reader_codes.hpp"
#include "unicode/unicode.hpp"
#include "json/json_integer.hpp"
#include "json/json_members.hpp"

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

namespace grantkpi::detail::binder {
// Internal linkage on purpose, here and in binder_parser.hpp: the binder is compiled into the
// one translation unit that binds a document (json_reader.cpp), as when the two were one
// file. With external linkage g++ 12 -O3 inlines less in the hot paths (struct_key,
// read_enum): reading the benchmark corpus took 1.2 % more instructions (callgrind). A second
// includer would get a copy of its own: correct, only larger.
namespace {

struct Context;
struct Frame;

/// How one C++ type accepts a JSON value: one entry per JSON value kind, null where the kind
/// is not accepted. `expected` completes the sentence "expected ...".
struct TypeOps {
    std::string_view expected;
    bool (*object_begin)(Context&, void*) = nullptr;
    bool (*array_begin)(Context&, void*) = nullptr;
    bool (*string)(Context&, void*, std::string_view) = nullptr;
    bool (*number)(Context&, void*, std::string_view) = nullptr;
    bool (*boolean)(Context&, void*, bool) = nullptr;
    bool (*null)(Context&, void*) = nullptr;
};

/// An open JSON object: how its keys resolve, what it checks at its end, and the pointer
/// token of the member being read.
struct ObjectOps {
    bool (*key)(Context&, Frame&, std::string_view) = nullptr;
    bool (*end)(Context&, Frame&) = nullptr;
    void (*token)(const Frame&, std::string&) = nullptr;
};

/// An open JSON array: how to append an element, how the element reads and, if set, what
/// to do at the array's end.
struct ArrayOps {
    void* (*append)(void*) = nullptr;
    const TypeOps* element = nullptr;
    void (*end)(void*) = nullptr;
};

struct Frame {
    void* target = nullptr;
    const ObjectOps* object = nullptr; // exactly one of object and array is set
    const ArrayOps* array = nullptr;
    std::uint64_t seen = 0;    // member bits, for missing and duplicate keys
    std::int64_t current = -1; // member index, fiscal year or element index; -1: none
};

struct Slot {
    void* target = nullptr;
    const TypeOps* ops = nullptr;
};

/// The state of one document being bound: the open objects and arrays, the slot of the next
/// value, the first error. A document's binding derives from it for its own scratch (the
/// report reader: the cell and row being read, the format the "schema" key named), and its
/// TypeOps and ObjectOps cast back to it.
struct Context {
    std::vector<Frame> stack;
    Slot next; // the slot of the value after a key, or the root
    std::optional<Error> error;
    /// Decides on a versioned key (versioned_keys) of the object being read: true to read
    /// it, false (with fail()) to refuse it. Null: every versioned key is read.
    bool (*versioned_key)(Context&, std::string_view key) = nullptr;

    /// Records the first error, with the pointer of the element being read plus `extra`.
    bool fail(::grantkpi::detail::diagnostics::ReaderCode code, std::string message,
              std::string_view extra = {}) {
        if (!error) {
            error = Error::at_pointer(pointer(extra), std::move(message), std::string(code.code()));
        }
        return false;
    }

    [[nodiscard]] std::string pointer(std::string_view extra) const {
        std::string out;
        std::string token;
        for (const Frame& f : stack) {
            if (f.current < 0) {
                continue;
            }
            token.clear();
            if (f.array != nullptr) {
                token = std::to_string(f.current);
            } else {
                f.object->token(f, token);
            }
            append_token(out, token);
        }
        if (!extra.empty()) {
            append_token(out, extra);
        }
        return out;
    }

    static void append_token(std::string& out, std::string_view token) {
        out += '/';
        for (const char c : token) { // RFC 6901 escaping
            if (c == '~') {
                out += "~0";
            } else if (c == '/') {
                out += "~1";
            } else {
                out += c;
            }
        }
    }
};

// ---------------------------------------------------------------- scalars

template <class T>
constexpr TypeOps type_ops = T::unsupported_type; // every supported type has a specialization

bool read_string(Context&, void* target, std::string_view text) {
    // The target is a new, empty string: constructing the value and moving it in takes fewer
    // instructions than assign's general path (which allows for overlap and growth).
    auto& out = *static_cast<std::string*>(target);
    if (out.empty()) {
        out = std::string(text.data(), text.size());
    } else {
        out.assign(text.data(), text.size());
    }
    return true;
}

template <>
constexpr TypeOps type_ops<std::string> = {"a string", nullptr, nullptr, &read_string};

template <>
constexpr TypeOps type_ops<int> = {
    "an integer", nullptr, nullptr, nullptr, [](Context& c, void* target, std::string_view text) {
        const auto v = detail::integer_from(text, std::numeric_limits<int>::min(),
                                            std::numeric_limits<int>::max());
        if (!v) {
            return c.fail("GK053", "expected an integer, got the number " + std::string(text));
        }
        *static_cast<int*>(target) = static_cast<int>(*v);
        return true;
    }};

template <>
constexpr TypeOps type_ops<bool> = {
    "true or false", nullptr, nullptr, nullptr, nullptr, [](Context&, void* target, bool value) {
        *static_cast<bool*>(target) = value;
        return true;
    }};

/// A JSON number of at most 18 characters without an exponent, read in place: at most 18
/// digits, so neither the digits nor the scale can exceed Decimal's; the same value as
/// Decimal::parse_json_number. False (nothing written) for anything else.
inline bool read_short_decimal(std::string_view text, Decimal& out) noexcept {
    if (text.empty() || text.size() > 18) {
        return false;
    }
    std::size_t i = text[0] == '-' ? 1 : 0;
    const bool negative = i == 1;
    std::int64_t value = 0;
    int scale = 0;
    bool fraction = false;
    bool any_digit = false;
    for (; i < text.size(); ++i) {
        const char ch = text[i];
        if (ch >= '0' && ch <= '9') {
            value = value * 10 + (ch - '0');
            scale += fraction ? 1 : 0;
            any_digit = true;
        } else if (ch == '.' && !fraction) {
            fraction = true;
        } else {
            return false; // an exponent: the full reader says why it is refused
        }
    }
    if (!any_digit) {
        return false;
    }
    out = Decimal(negative ? -value : value, scale);
    return true;
}

bool read_decimal(Context& c, void* target, std::string_view text) {
    if (read_short_decimal(text, *static_cast<Decimal*>(target))) {
        return true;
    }
    auto d = Decimal::parse_json_number(text);
    if (!d) {
        return c.fail("GK053", d.error().message);
    }
    *static_cast<Decimal*>(target) = *d;
    return true;
}

template <>
constexpr TypeOps type_ops<Decimal> = {"a number", nullptr, nullptr, nullptr, &read_decimal};

template <>
constexpr TypeOps type_ops<Money> = {"a number (thousand yen)", nullptr, nullptr, nullptr,
                                     [](Context& c, void* target, std::string_view text) {
                                         Decimal amount;
                                         if (!read_decimal(c, &amount, text)) {
                                             return false;
                                         }
                                         *static_cast<Money*>(target) = Money{amount};
                                         return true;
                                     }};

template <>
constexpr TypeOps type_ops<FiscalYear> = {
    "a fiscal year as an integer such as 2019", nullptr, nullptr, nullptr,
    [](Context& c, void* target, std::string_view text) {
        const auto v = detail::integer_from(text, FiscalYear::min_year, FiscalYear::max_year);
        if (!v) {
            return c.fail("GK054",
                          "expected a fiscal year as an integer 1000..9999 such as 2019, got " +
                              std::string(text));
        }
        *static_cast<FiscalYear*>(target) = FiscalYear{static_cast<int>(*v)};
        return true;
    }};

template <>
constexpr TypeOps type_ops<Fraction> = {"a fraction such as \"1/2\"", nullptr, nullptr,
                                        [](Context& c, void* target, std::string_view text) {
                                            auto f = Fraction::parse(text);
                                            if (!f) {
                                                return c.fail("GK061", f.error().message);
                                            }
                                            *static_cast<Fraction*>(target) = *f;
                                            return true;
                                        }};

template <class E>
std::string enum_choices() {
    std::string out;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
        if (!out.empty()) {
            out += ", ";
        }
        out += '"';
        out += d.name;
        out += '"';
    });
    return out;
}

template <class E>
bool read_enum(Context& c, void* target, std::string_view text) {
    E value{};
    bool found = false;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
        if (!found && text == d.name) {
            value = d.value;
            found = true;
        }
    });
    if (!found) {
        return c.fail("GK055",
                      "expected one of " + enum_choices<E>() + ", got " + detail::quoted(text));
    }
    *static_cast<E*>(target) = value;
    return true;
}

template <class E>
requires std::is_enum_v<E>
constexpr TypeOps type_ops<E> = {"one of the names", nullptr, nullptr, &read_enum<E>};

// ---------------------------------------------------------------- optional and vector

template <class T>
T& emplace(void* target) {
    return static_cast<std::optional<T>*>(target)->emplace();
}

// Through a parameter, so that compilers do not warn about a function's address being
// compared with null.
template <class F>
constexpr bool is_set(F* function) {
    return function != nullptr;
}

template <class T>
constexpr TypeOps optional_ops() {
    constexpr const TypeOps& inner = type_ops<T>;
    TypeOps ops{inner.expected};
    if (is_set(inner.object_begin)) {
        ops.object_begin = [](Context& c, void* t) {
            return type_ops<T>.object_begin(c, &emplace<T>(t));
        };
    }
    if (is_set(inner.array_begin)) {
        ops.array_begin = [](Context& c, void* t) {
            return type_ops<T>.array_begin(c, &emplace<T>(t));
        };
    }
    if (is_set(inner.string)) {
        ops.string = [](Context& c, void* t, std::string_view s) {
            return type_ops<T>.string(c, &emplace<T>(t), s);
        };
    }
    if (is_set(inner.number)) {
        ops.number = [](Context& c, void* t, std::string_view s) {
            return type_ops<T>.number(c, &emplace<T>(t), s);
        };
    }
    return ops;
}

template <class T>
constexpr TypeOps type_ops<std::optional<T>> = optional_ops<T>();

// A vector of structs (a project's KPIs, a round's projects, a report's rounds) starts with
// room for 4, the most KPIs a project has and more than a round's projects or a report's
// rounds usually are, and gives back at its end what it did not use: at x1 the model keeps
// 2.2 MB less than with the vector's own growth (a KPI is 304 bytes, a project 296, and
// three KPIs took four slots), and moves each element at most once. Vectors of strings keep
// their growth: their slots are small, their arrays many.
template <class T>
void* append_struct(void* v) {
    auto& vector = *static_cast<std::vector<T>*>(v);
    if (vector.capacity() == 0) {
        vector.reserve(4);
    }
    return &vector.emplace_back();
}

template <class T>
void shrink_vector(void* v) {
    static_cast<std::vector<T>*>(v)->shrink_to_fit();
}

template <class T>
void* append_element(void* v) {
    return &static_cast<std::vector<T>*>(v)->emplace_back();
}

template <class T>
constexpr ArrayOps vector_array_ops =
    described_struct<T> ? ArrayOps{&append_struct<T>, &type_ops<T>, &shrink_vector<T>}
                        : ArrayOps{&append_element<T>, &type_ops<T>, nullptr};

template <class T>
constexpr TypeOps type_ops<std::vector<T>> = {
    "an array", nullptr, [](Context& c, void* target) {
        c.stack.push_back(Frame{target, nullptr, &vector_array_ops<T>, 0, -1});
        return true;
    }};

// ---------------------------------------------------------------- described structs

/// Whether key `name` of the described struct T is versioned: one that a later format of the
/// document added, on which Context::versioned_key decides. A document's binding specializes
/// it before it binds T (json_reader.cpp: the keys of format 2); by default no key is.
template <class T>
struct versioned_keys {
    static constexpr bool contains(std::string_view) noexcept { return false; }
};

struct MemberInfo {
    std::string_view name;
    void* (*get)(void*);
    const TypeOps* ops;
    bool required;  // optional, array and omittable-default members may be missing
    bool versioned; // versioned_keys<T>: Context::versioned_key decides on it
};

template <class T>
const auto& member_table() {
    static const auto table = [] {
        std::array<MemberInfo, boost::mp11::mp_size<public_members<T>>::value> out{};
        std::size_t i = 0;
        boost::mp11::mp_for_each<public_members<T>>([&](auto d) {
            using D = decltype(d);
            using M = std::remove_cvref_t<decltype(std::declval<T&>().*D::pointer)>;
            out[i++] = MemberInfo{
                D::name, [](void* obj) -> void* { return &(static_cast<T*>(obj)->*D::pointer); },
                &type_ops<M>, !is_optional_v<M> && !is_vector_v<M> && !omittable_default<M>,
                versioned_keys<T>::contains(D::name)};
        });
        return out;
    }();
    static_assert(std::tuple_size_v<std::remove_cvref_t<decltype(table)>> < 64);
    return table;
}

template <class T>
std::string member_names() {
    std::string out;
    for (const auto& m : member_table<T>()) {
        if (!out.empty()) {
            out += ", ";
        }
        out += '"';
        out += m.name;
        out += '"';
    }
    return out;
}

template <class T>
bool struct_key(Context& c, Frame& f, std::string_view key) {
    const auto& table = member_table<T>();
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (table[i].name != key) {
            continue;
        }
        const std::uint64_t bit = std::uint64_t{1} << i;
        if ((f.seen & bit) != 0) {
            return c.fail("GK057", "duplicate key " + detail::quoted(key), key);
        }
        if (table[i].versioned && c.versioned_key != nullptr && !c.versioned_key(c, key)) {
            return false;
        }
        f.seen |= bit;
        f.current = static_cast<std::int64_t>(i);
        c.next = Slot{table[i].get(f.target), table[i].ops};
        return true;
    }
    return c.fail("GK056",
                  "unknown key " + detail::quoted(key) + "; expected one of " + member_names<T>(),
                  key);
}

template <class T>
bool struct_end(Context& c, Frame& f) {
    const auto& table = member_table<T>();
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (table[i].required && (f.seen & (std::uint64_t{1} << i)) == 0) {
            f.current = -1; // the error is about the object itself
            return c.fail("GK058", "missing key \"" + std::string(table[i].name) + "\" (" +
                                       std::string(table[i].ops->expected) + ")");
        }
    }
    return true;
}

template <class T>
void struct_token(const Frame& f, std::string& out) {
    out = member_table<T>()[static_cast<std::size_t>(f.current)].name;
}

template <class T>
constexpr ObjectOps struct_object_ops = {&struct_key<T>, &struct_end<T>, &struct_token<T>};

template <class T>
bool struct_begin(Context& c, void* target) {
    c.stack.push_back(Frame{target, &struct_object_ops<T>, nullptr, 0, -1});
    return true;
}

template <class T>
requires described_struct<T>
constexpr TypeOps type_ops<T> = {"an object", &struct_begin<T>};

} // namespace
} // namespace grantkpi::detail::binder
