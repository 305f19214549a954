// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The JSON reader: boost::json::basic_parser events go straight into the model. A stack of
// frames mirrors the open objects and arrays; each frame knows its C++ target and how to
// resolve keys (Boost.Describe member lists for structs, fiscal-year keys for Series). No
// DOM is built and no number passes through double: the parser hands over each number's
// text, which Decimal reads exactly.

#include <grantkpi/json.hpp>
#include <grantkpi/limits.hpp>

#include "input/input_file.hpp"
#include "unicode/unicode.hpp"
#include "json/json_integer.hpp"

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <array>
#include <bitset>
#include <concepts>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <type_traits>
#include <vector>

namespace grantkpi {
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

/// An open JSON array: how to append an element and how the element reads.
struct ArrayOps {
    void* (*append)(void*) = nullptr;
    const TypeOps* element = nullptr;
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

/// The scratch of an {"value": ..., "status": ...} cell; cells do not nest, one suffices.
struct ExpectedCell {
    Observation* target = nullptr;
    Decimal value;
    std::string status;
};

struct Context {
    std::vector<Frame> stack;
    Slot next; // the slot of the value after a key, or the root
    ExpectedCell cell;
    /// The cells of the plan or actual row being read: rows do not nest, and the row is
    /// moved into its Series at its end with one allocation of the right size.
    std::vector<PeriodValue> row;
    /// A bit per fiscal year 1000..9999 for the row being read, filled once its keys stop
    /// increasing (while they increase, no key can repeat): a repeated key is then found
    /// without searching the row, which took minutes for rows of 9,000 years. Cleared at the
    /// row's end.
    std::bitset<FiscalYear::max_year - FiscalYear::min_year + 1> row_years;
    bool row_years_filled = false;
    std::string schema;
    /// The format the "schema" key named: 1 or 2; 0 before the key is read.
    int format = 0;
    /// The pointer of the first key of format 2 read before the "schema" key, so that a
    /// format-1 "schema" after it is refused there.
    std::optional<std::string> early_format2_key;
    std::optional<Error> error;

    /// A key of format 2 (`key`, in the object being read): refused in a format-1 document.
    bool format2_key(std::string_view key) {
        if (format == 1) {
            return fail("key " + detail::quoted(key) +
                            " is new in format 2, but the document's "
                            "\"schema\" says format 1; write \"" +
                            std::string(schema) + "\" as \"" + std::string(format2_schema()) +
                            "\", or leave the key out",
                        key);
        }
        if (format == 0 && !early_format2_key) {
            early_format2_key = pointer(key);
        }
        return true;
    }

    /// The format-2 form of the format-1 schema identifier that was read.
    [[nodiscard]] std::string_view format2_schema() const noexcept {
        return schema == collection_schema_v1_id ? collection_schema_id : report_schema_id;
    }

    /// Reads the "schema" value `text`: `current` (format 2) or `v1` (format 1). False for any
    /// other text, and for a format-1 identifier after a key of format 2 (then with `error`
    /// set).
    bool read_schema(std::string_view text, std::string_view current, std::string_view v1) {
        if (text != current && text != v1) {
            return false;
        }
        schema.assign(text.data(), text.size());
        format = text == current ? 2 : 1;
        if (format == 1 && early_format2_key) {
            if (!error) {
                error =
                    Error{"\"schema\" says format 1 (" + detail::quoted(text) + "), but the key " +
                              *early_format2_key + " is new in format 2; write \"" +
                              std::string(current) + "\", or leave the key out",
                          pointer({}),
                          {},
                          0,
                          0};
            }
            return false;
        }
        return true;
    }

    /// Records the first error, with the pointer of the element being read plus `extra`.
    bool fail(std::string message, std::string_view extra = {}) {
        if (!error) {
            error = Error{std::move(message), pointer(extra), {}, 0, 0};
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
    static_cast<std::string*>(target)->assign(text.data(), text.size());
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
            return c.fail("expected an integer, got the number " + std::string(text));
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

bool read_decimal(Context& c, void* target, std::string_view text) {
    auto d = Decimal::parse_json_number(text);
    if (!d) {
        return c.fail(d.error().message);
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
            return c.fail("expected a fiscal year as an integer 1000..9999 such as 2019, got " +
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
                                                return c.fail(f.error().message);
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
        return c.fail("expected one of " + enum_choices<E>() + ", got " + detail::quoted(text));
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

template <class T>
constexpr ArrayOps vector_array_ops = {
    [](void* v) -> void* { return &static_cast<std::vector<T>*>(v)->emplace_back(); },
    &type_ops<T>};

template <class T>
constexpr TypeOps type_ops<std::vector<T>> = {
    "an array", nullptr, [](Context& c, void* target) {
        c.stack.push_back(Frame{target, nullptr, &vector_array_ops<T>, 0, -1});
        return true;
    }};

// ---------------------------------------------------------------- described structs

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};

struct MemberInfo {
    std::string_view name;
    void* (*get)(void*);
    const TypeOps* ops;
    bool required;      // optional, array and omittable-default members may be missing
    bool since_format2; // a key of format 2, refused in a format-1 document
};

template <class T>
using members_of = boost::describe::describe_members<T, boost::describe::mod_public>;

/// A member left out of the JSON when it holds its default, a plain statement (Provenance).
template <class M>
concept omittable_default = requires(const M& v) {
    { v.is_plain_statement() } -> std::convertible_to<bool>;
};

/// The keys that format 2 added (docs/json-format.md, "Version 2"): a format-1 document has
/// none of them.
template <class T>
constexpr bool is_format2_member(std::string_view name) noexcept {
    if constexpr (std::is_same_v<T, Kpi>) {
        return name == "direction_basis" || name == "accumulation_basis";
    } else if constexpr (std::is_same_v<T, Project>) {
        return name == "budget_as_written" || name == "budget_scope_basis" || name == "own_budget";
    } else if constexpr (std::is_same_v<T, Baseline>) {
        return name == "year";
    } else {
        return false;
    }
}

template <class T>
const auto& member_table() {
    static const auto table = [] {
        std::array<MemberInfo, boost::mp11::mp_size<members_of<T>>::value> out{};
        std::size_t i = 0;
        boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
            using D = decltype(d);
            using M = std::remove_cvref_t<decltype(std::declval<T&>().*D::pointer)>;
            out[i++] = MemberInfo{
                D::name, [](void* obj) -> void* { return &(static_cast<T*>(obj)->*D::pointer); },
                &type_ops<M>,
                !is_optional<M>::value && !is_vector<M>::value && !omittable_default<M>,
                is_format2_member<T>(D::name)};
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
            return c.fail("duplicate key " + detail::quoted(key), key);
        }
        if (table[i].since_format2 && !c.format2_key(key)) {
            return false;
        }
        f.seen |= bit;
        f.current = static_cast<std::int64_t>(i);
        c.next = Slot{table[i].get(f.target), table[i].ops};
        return true;
    }
    return c.fail("unknown key " + detail::quoted(key) + "; expected one of " + member_names<T>(),
                  key);
}

template <class T>
bool struct_end(Context& c, Frame& f) {
    const auto& table = member_table<T>();
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (table[i].required && (f.seen & (std::uint64_t{1} << i)) == 0) {
            f.current = -1; // the error is about the object itself
            return c.fail("missing key \"" + std::string(table[i].name) + "\" (" +
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
requires boost::describe::has_describe_members<T>::value constexpr TypeOps type_ops<T> = {
    "an object", &struct_begin<T>};

// ---------------------------------------------------------------- cells and rows

constexpr std::string_view cell_expected =
    "a number, null (not set) or {\"value\": <number>, \"status\": \"expected\"}";

constexpr ObjectOps expected_cell_ops = {
    [](Context& c, Frame& f, std::string_view key) {
        const int index = key == "value" ? 0 : (key == "status" ? 1 : -1);
        if (index < 0) {
            return c.fail("unknown key " + detail::quoted(key) +
                              "; expected one of \"value\", \"status\"",
                          key);
        }
        if ((f.seen & (1U << index)) != 0) {
            return c.fail("duplicate key " + detail::quoted(key), key);
        }
        f.seen |= 1U << index;
        f.current = index;
        c.next = index == 0 ? Slot{&c.cell.value, &type_ops<Decimal>}
                            : Slot{&c.cell.status, &type_ops<std::string>};
        return true;
    },
    [](Context& c, Frame& f) {
        if ((f.seen & 1U) == 0 || (f.seen & 2U) == 0) {
            f.current = -1;
            return c.fail(std::string("missing key \"") +
                          ((f.seen & 1U) == 0 ? "value" : "status") + "\" in " +
                          std::string(cell_expected));
        }
        if (c.cell.status != "expected") {
            f.current = 1;
            return c.fail("expected \"expected\", got " + detail::quoted(c.cell.status) +
                          " (a confirmed value is written as a bare number, a value not set as "
                          "null)");
        }
        *c.cell.target = Observation::expected(c.cell.value);
        return true;
    },
    [](const Frame& f, std::string& out) {
        out = f.current == 0 ? "value" : "status";
    }};

template <>
constexpr TypeOps type_ops<Observation> = {
    cell_expected,
    [](Context& c, void* target) {
        c.cell = ExpectedCell{static_cast<Observation*>(target), Decimal{}, {}};
        c.stack.push_back(Frame{target, &expected_cell_ops, nullptr, 0, -1});
        return true;
    },
    nullptr,
    nullptr,
    [](Context& c, void* target, std::string_view text) {
        Decimal value;
        if (!read_decimal(c, &value, text)) {
            return false;
        }
        *static_cast<Observation*>(target) = Observation::confirmed(value);
        return true;
    },
    nullptr,
    [](Context&, void* target) {
        *static_cast<Observation*>(target) = Observation::not_set();
        return true;
    }};

constexpr ObjectOps series_ops = {
    [](Context& c, Frame& f, std::string_view key) {
        const bool four_digits = key.size() == 4 && key[0] >= '1' && key[0] <= '9' &&
                                 key[1] >= '0' && key[1] <= '9' && key[2] >= '0' && key[2] <= '9' &&
                                 key[3] >= '0' && key[3] <= '9';
        if (!four_digits) {
            return c.fail("expected a fiscal year of four digits such as \"2019\" as key, got " +
                              detail::quoted(key),
                          key);
        }
        const FiscalYear year{(key[0] - '0') * 1000 + (key[1] - '0') * 100 + (key[2] - '0') * 10 +
                              (key[3] - '0')};
        const auto bit = [](FiscalYear y) {
            return static_cast<std::size_t>(y.gregorian() - FiscalYear::min_year);
        };
        if (!c.row_years_filled && !c.row.empty() && !(c.row.back().year < year)) {
            for (const PeriodValue& v : c.row) {
                c.row_years.set(bit(v.year));
            }
            c.row_years_filled = true;
        }
        if (c.row_years_filled) {
            if (c.row_years.test(bit(year))) {
                return c.fail("duplicate fiscal year " + detail::quoted(key), key);
            }
            c.row_years.set(bit(year));
        }
        c.row.push_back(PeriodValue{year, Observation{}});
        f.current = year.gregorian();
        c.next = Slot{&c.row.back().value, &type_ops<Observation>};
        return true;
    },
    [](Context& c, Frame& f) {
        static_cast<Series*>(f.target)->values.assign(c.row.begin(), c.row.end());
        if (c.row_years_filled) {
            c.row_years.reset();
            c.row_years_filled = false;
        }
        return true;
    },
    [](const Frame& f, std::string& out) {
        out = std::to_string(f.current);
    }};

template <>
constexpr TypeOps type_ops<Series> = {
    "an object of fiscal years (\"2019\": cell)", [](Context& c, void* target) {
        c.row.clear();
        c.stack.push_back(Frame{target, &series_ops, nullptr, 0, -1});
        return true;
    }};

// ---------------------------------------------------------------- the document

constexpr std::int64_t schema_member = 63; // a member bit Report does not use

constexpr TypeOps schema_ops = {
    "the string \"grantkpi.report/2\" (or \"grantkpi.report/1\")", nullptr, nullptr,
    [](Context& c, void*, std::string_view text) {
        if (c.read_schema(text, report_schema_id, report_schema_v1_id)) {
            return true;
        }
        if (c.error) {
            return false;
        }
        return c.fail("unsupported schema " + detail::quoted(text) +
                      "; this version of grantkpi reads \"" + std::string(report_schema_id) +
                      "\" and \"" + std::string(report_schema_v1_id) + "\"");
    }};

constexpr ObjectOps document_ops = {[](Context& c, Frame& f, std::string_view key) {
                                        if (key != "schema") {
                                            return struct_key<Report>(c, f, key);
                                        }
                                        if ((f.seen & (std::uint64_t{1} << schema_member)) != 0) {
                                            return c.fail("duplicate key \"schema\"", key);
                                        }
                                        f.seen |= std::uint64_t{1} << schema_member;
                                        f.current = schema_member;
                                        c.next = Slot{&c.schema, &schema_ops};
                                        return true;
                                    },
                                    [](Context& c, Frame& f) {
                                        if ((f.seen & (std::uint64_t{1} << schema_member)) == 0) {
                                            f.current = -1;
                                            return c.fail("missing key \"schema\" (the string \"" +
                                                          std::string(report_schema_id) + "\")");
                                        }
                                        return struct_end<Report>(c, f);
                                    },
                                    [](const Frame& f, std::string& out) {
                                        if (f.current == schema_member) {
                                            out = "schema";
                                        } else {
                                            struct_token<Report>(f, out);
                                        }
                                    }};

constexpr TypeOps document_type_ops = {
    "a JSON object (a grantkpi report)", [](Context& c, void* target) {
        c.stack.push_back(Frame{target, &document_ops, nullptr, 0, -1});
        return true;
    }};

// ---------------------------------------------------------------- the collection

// {"schema": "grantkpi.collection/2", "reports": [report, ...]}: the reports are report
// objects without a "schema" key of their own (the collection's names the format).

constexpr std::int64_t reports_member = 1;

constexpr ObjectOps collection_report_ops = {
    [](Context& c, Frame& f, std::string_view key) {
        if (key == "schema") {
            return c.fail("unexpected key \"schema\" in a report of a collection; the "
                          "collection's \"schema\" names the format of every report",
                          key);
        }
        return struct_key<Report>(c, f, key);
    },
    &struct_end<Report>, &struct_token<Report>};

constexpr TypeOps collection_report_type_ops = {
    "an object (a grantkpi report)", [](Context& c, void* target) {
        c.stack.push_back(Frame{target, &collection_report_ops, nullptr, 0, -1});
        return true;
    }};

constexpr ArrayOps collection_reports_array_ops = {
    [](void* v) -> void* { return &static_cast<std::vector<Report>*>(v)->emplace_back(); },
    &collection_report_type_ops};

constexpr TypeOps collection_reports_ops = {
    "an array of reports", nullptr, [](Context& c, void* target) {
        c.stack.push_back(Frame{target, nullptr, &collection_reports_array_ops, 0, -1});
        return true;
    }};

constexpr TypeOps collection_schema_ops = {
    "the string \"grantkpi.collection/2\" (or \"grantkpi.collection/1\")", nullptr, nullptr,
    [](Context& c, void*, std::string_view text) {
        if (c.read_schema(text, collection_schema_id, collection_schema_v1_id)) {
            return true;
        }
        if (c.error) {
            return false;
        }
        return c.fail("unsupported schema " + detail::quoted(text) +
                      "; this version of grantkpi reads \"" + std::string(collection_schema_id) +
                      "\" and \"" + std::string(collection_schema_v1_id) + "\" for a collection");
    }};

constexpr ObjectOps collection_ops = {
    [](Context& c, Frame& f, std::string_view key) {
        const std::int64_t index = key == "schema" ? 0 : (key == "reports" ? reports_member : -1);
        if (index < 0) {
            return c.fail("unknown key " + detail::quoted(key) +
                              "; expected one of \"schema\", \"reports\"",
                          key);
        }
        if ((f.seen & (std::uint64_t{1} << index)) != 0) {
            return c.fail("duplicate key " + detail::quoted(key), key);
        }
        f.seen |= std::uint64_t{1} << index;
        f.current = index;
        c.next = index == 0 ? Slot{&c.schema, &collection_schema_ops}
                            : Slot{f.target, &collection_reports_ops};
        return true;
    },
    [](Context& c, Frame& f) {
        if ((f.seen & 1U) == 0) {
            f.current = -1;
            return c.fail("missing key \"schema\" (the string \"" +
                          std::string(collection_schema_id) + "\")");
        }
        return true; // "reports" may be missing, like every key of array type
    },
    [](const Frame& f, std::string& out) {
        out = f.current == 0 ? "schema" : "reports";
    }};

constexpr TypeOps collection_type_ops = {
    "a JSON object (a grantkpi collection)", [](Context& c, void* target) {
        c.stack.push_back(Frame{target, &collection_ops, nullptr, 0, -1});
        return true;
    }};

// ---------------------------------------------------------------- parser events

std::string describe_value(std::string_view kind, std::string_view text = {}) {
    std::string out(kind);
    if (!text.empty()) {
        out += ' ';
        out += kind == "the string" ? detail::quoted(text) : std::string(text);
    }
    return out;
}

class Handler {
public:
    static constexpr std::size_t max_object_size = std::numeric_limits<std::size_t>::max();
    static constexpr std::size_t max_array_size = std::numeric_limits<std::size_t>::max();
    static constexpr std::size_t max_key_size = std::numeric_limits<std::size_t>::max();
    static constexpr std::size_t max_string_size = std::numeric_limits<std::size_t>::max();

    Context context;

    explicit Handler(Slot root) { context.next = root; }

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
        context.stack.pop_back();
        return true;
    }
    bool on_key_part(boost::json::string_view part, std::size_t, boost::system::error_code&) {
        buffer_.append(part.data(), part.size());
        return true;
    }
    bool on_key(boost::json::string_view part, std::size_t, boost::system::error_code& ec) {
        const std::string_view key = whole(part);
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
        const Slot slot = take_slot();
        const bool ok = slot.ops->string != nullptr
                            ? slot.ops->string(context, slot.target, text)
                            : context.fail(expected(slot, describe_value("the string", text)));
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
        const bool ok = slot.ops->number != nullptr
                            ? slot.ops->number(context, slot.target, text)
                            : context.fail(expected(slot, describe_value("the number", text)));
        buffer_.clear();
        return check(ok, ec);
    }

    static std::string expected(const Slot& slot, std::string_view got) {
        return "expected " + std::string(slot.ops->expected) + ", got " + std::string(got);
    }

    bool mismatch(const Slot& slot, std::string_view got, boost::system::error_code& ec) {
        context.fail(expected(slot, got));
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
class DocumentParser {
public:
    explicit DocumentParser(Slot root)
        : parser_(parse_options(), root) {}

    /// Parses the next piece of the document (`more`: other pieces follow). On failure
    /// returns false and error() says what and where.
    bool feed(std::string_view piece, bool more) {
        boost::system::error_code ec;
        const std::size_t consumed = parser_.write_some(more, piece.data(), piece.size(), ec);
        if (ec) {
            Error error;
            const Context& context = parser_.handler().context;
            if (context.error) {
                error = *context.error;
            } else {
                error.message = "invalid JSON: " + ec.message() + found_at(piece.substr(consumed));
                error.pointer = context.pointer({});
            }
            return fail(std::move(error), piece.substr(0, consumed));
        }
        if (consumed < piece.size()) {
            return fail(Error{"unexpected text after the JSON document", {}, {}, 0, 0},
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

    static boost::json::parse_options parse_options() {
        boost::json::parse_options options;
        options.max_depth = max_json_depth;
        return options;
    }

    bool fail(Error error, std::string_view consumed) {
        position_.advance(consumed);
        error.line = position_.line;
        error.column = position_.column;
        error_ = std::move(error);
        return false;
    }

    boost::json::basic_parser<Handler> parser_;
    Position position_;
    Error error_;
};

constexpr std::string_view byte_order_mark = "\uFEFF";

Error empty_input(const TypeOps& root) {
    return Error{"the input is empty; expected " + std::string(root.expected), {}, {}, 1, 1};
}

/// The size limit of a document: a collection of reports may be larger than one report.
std::size_t size_limit(const TypeOps& root) noexcept {
    return &root == &collection_type_ops ? max_collection_bytes : max_input_bytes;
}

/// Reads a whole document held in memory into `target`.
std::optional<Error> read_document(std::string_view json, void* target, const TypeOps& root) {
    if (json.size() > size_limit(root)) {
        return Error{detail::input_too_large_message(size_limit(root)), {}, {}, 0, 0};
    }
    DocumentParser parser(Slot{target, &root});
    if (json.substr(0, byte_order_mark.size()) == byte_order_mark) {
        parser.skip(byte_order_mark);
        json.remove_prefix(byte_order_mark.size());
    }
    if (detail::trim(json).empty()) {
        return empty_input(root);
    }
    if (!parser.feed(json, false)) {
        return std::move(parser.error());
    }
    return std::nullopt;
}

/// load_document without the file named in its errors.
std::optional<Error> parse_file(const std::filesystem::path& file, void* target,
                                const TypeOps& root) {
    auto input = detail::InputFile::open(file, size_limit(root));
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
        return read_document(*piece, target, root);
    }
    DocumentParser parser(Slot{target, &root});
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
std::optional<Error> load_document(const std::filesystem::path& file, void* target,
                                   const TypeOps& root) {
    auto error = parse_file(file, target, root);
    if (error) {
        error->file = file.string();
    }
    return error;
}

} // namespace

Result<Report> read_report_json(std::string_view json) {
    Report report;
    if (auto error = read_document(json, &report, document_type_ops)) {
        return std::move(*error);
    }
    return report;
}

Result<Report> load_report_json(const std::filesystem::path& file) {
    Report report;
    if (auto error = load_document(file, &report, document_type_ops)) {
        return std::move(*error);
    }
    return report;
}

Result<std::vector<Report>> read_collection_json(std::string_view json) {
    std::vector<Report> reports;
    if (auto error = read_document(json, &reports, collection_type_ops)) {
        return std::move(*error);
    }
    return reports;
}

Result<std::vector<Report>> load_collection_json(const std::filesystem::path& file) {
    std::vector<Report> reports;
    if (auto error = load_document(file, &reports, collection_type_ops)) {
        return std::move(*error);
    }
    return reports;
}

} // namespace grantkpi
