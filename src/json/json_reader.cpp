// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The report and collection JSON reader (docs/json-format.md): the report-specific part of
// the binding. The generic binder (binder.hpp, binder_parser.hpp) binds the described
// structs Report, Round, Project and Kpi and the value types; this file adds what is the
// report's own: a cell (a number, null or {"value", "status"}) and a row of cells keyed by
// fiscal year, read through the scratch of ReportContext; the "schema" key and its two
// formats (a key of format 2 is refused in a document that says format 1); and the
// collection, {"schema", "reports": [...]}, whose reports have no "schema" of their own.

#include <grantkpi/json.hpp>
#include <grantkpi/limits.hpp>

#include "unicode/unicode.hpp"
#include "json/binder.hpp"
#include "json/binder_parser.hpp"

#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace grantkpi {
namespace {

using namespace detail::binder;

/// The scratch of an {"value": ..., "status": ...} cell; cells do not nest, one suffices.
struct ExpectedCell {
    Observation* target = nullptr;
    Decimal value;
    std::string status;
};

/// The report reader's scratch, beside the binder's state.
struct ReportContext : Context {
    ReportContext() noexcept { versioned_key = &read_format2_key; }

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

    /// A key of format 2 (`key`, in the object being read): refused in a format-1 document.
    bool format2_key(std::string_view key) {
        if (format == 1) {
            return fail("GK060",
                        "key " + detail::quoted(key) +
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
                error = Error::at_pointer(pointer({}),
                                          "\"schema\" says format 1 (" + detail::quoted(text) +
                                              "), but the key " + *early_format2_key +
                                              " is new in format 2; write \"" +
                                              std::string(current) + "\", or leave the key out",
                                          "GK060");
            }
            return false;
        }
        return true;
    }

    /// Context::versioned_key: the keys of format 2 (versioned_keys below).
    static bool read_format2_key(Context& c, std::string_view key) {
        return static_cast<ReportContext&>(c).format2_key(key);
    }
};

/// The report reader's scratch of the document being read, from the ops' Context.
ReportContext& scratch(Context& c) noexcept {
    return static_cast<ReportContext&>(c);
}

// ---------------------------------------------------------------- cells and rows

constexpr std::string_view cell_expected =
    "a number, null (not set) or {\"value\": <number>, \"status\": \"expected\"}";

constexpr ObjectOps expected_cell_ops = {
    [](Context& c, Frame& f, std::string_view key) {
        const int index = key == "value" ? 0 : (key == "status" ? 1 : -1);
        if (index < 0) {
            return c.fail("GK056",
                          "unknown key " + detail::quoted(key) +
                              "; expected one of \"value\", \"status\"",
                          key);
        }
        if ((f.seen & (1U << index)) != 0) {
            return c.fail("GK057", "duplicate key " + detail::quoted(key), key);
        }
        f.seen |= 1U << index;
        f.current = index;
        ExpectedCell& cell = scratch(c).cell;
        c.next = index == 0 ? Slot{&cell.value, &type_ops<Decimal>}
                            : Slot{&cell.status, &type_ops<std::string>};
        return true;
    },
    [](Context& c, Frame& f) {
        if ((f.seen & 1U) == 0 || (f.seen & 2U) == 0) {
            f.current = -1;
            return c.fail("GK058", std::string("missing key \"") +
                                       ((f.seen & 1U) == 0 ? "value" : "status") + "\" in " +
                                       std::string(cell_expected));
        }
        const ExpectedCell& cell = scratch(c).cell;
        if (cell.status != "expected") {
            f.current = 1;
            return c.fail("GK055",
                          "expected \"expected\", got " + detail::quoted(cell.status) +
                              " (a confirmed value is written as a bare number, a value not set as "
                              "null)");
        }
        *cell.target = Observation::expected(cell.value);
        return true;
    },
    [](const Frame& f, std::string& out) {
        out = f.current == 0 ? "value" : "status";
    }};

constexpr TypeOps observation_ops = {
    cell_expected,
    [](Context& c, void* target) {
        scratch(c).cell = ExpectedCell{static_cast<Observation*>(target), Decimal{}, {}};
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
            return c.fail("GK054",
                          "expected a fiscal year of four digits such as \"2019\" as key, got " +
                              detail::quoted(key),
                          key);
        }
        const FiscalYear year{(key[0] - '0') * 1000 + (key[1] - '0') * 100 + (key[2] - '0') * 10 +
                              (key[3] - '0')};
        ReportContext& r = scratch(c);
        const auto bit = [](FiscalYear y) {
            return static_cast<std::size_t>(y.gregorian() - FiscalYear::min_year);
        };
        if (!r.row_years_filled && !r.row.empty() && !(r.row.back().year < year)) {
            for (const PeriodValue& v : r.row) {
                r.row_years.set(bit(v.year));
            }
            r.row_years_filled = true;
        }
        if (r.row_years_filled) {
            if (r.row_years.test(bit(year))) {
                return c.fail("GK057", "duplicate fiscal year " + detail::quoted(key), key);
            }
            r.row_years.set(bit(year));
        }
        r.row.push_back(PeriodValue{year, Observation{}});
        f.current = year.gregorian();
        c.next = Slot{&r.row.back().value, &observation_ops};
        return true;
    },
    [](Context& c, Frame& f) {
        ReportContext& r = scratch(c);
        static_cast<Series*>(f.target)->values.assign(r.row.begin(), r.row.end());
        if (r.row_years_filled) {
            r.row_years.reset();
            r.row_years_filled = false;
        }
        return true;
    },
    [](const Frame& f, std::string& out) {
        out = std::to_string(f.current);
    }};

constexpr TypeOps series_type_ops = {
    "an object of fiscal years (\"2019\": cell)", [](Context& c, void* target) {
        scratch(c).row.clear();
        c.stack.push_back(Frame{target, &series_ops, nullptr, 0, -1});
        return true;
    }};

} // namespace
} // namespace grantkpi

// The report's types and format-2 keys, as the binder sees them: before any struct that
// holds them is bound.
namespace grantkpi::detail::binder {
namespace { // where binder.hpp declares them

template <>
constexpr TypeOps type_ops<Observation> = observation_ops;

template <>
constexpr TypeOps type_ops<Series> = series_type_ops;

// The keys that format 2 added (docs/json-format.md, "Version 2"): a format-1 document has
// none of them (ReportContext::format2_key).
template <>
struct versioned_keys<Kpi> {
    static constexpr bool contains(std::string_view name) noexcept {
        return name == "direction_basis" || name == "accumulation_basis";
    }
};

template <>
struct versioned_keys<Project> {
    static constexpr bool contains(std::string_view name) noexcept {
        return name == "budget_as_written" || name == "budget_scope_basis" || name == "own_budget";
    }
};

template <>
struct versioned_keys<Baseline> {
    static constexpr bool contains(std::string_view name) noexcept { return name == "year"; }
};

} // namespace
} // namespace grantkpi::detail::binder

namespace grantkpi {
namespace {

using namespace detail::binder;

// ---------------------------------------------------------------- the document

constexpr std::int64_t schema_member = 63; // a member bit Report does not use

constexpr TypeOps schema_ops = {
    "the string \"grantkpi.report/2\" (or \"grantkpi.report/1\")", nullptr, nullptr,
    [](Context& c, void*, std::string_view text) {
        if (scratch(c).read_schema(text, report_schema_id, report_schema_v1_id)) {
            return true;
        }
        if (c.error) {
            return false;
        }
        return c.fail("GK059", "unsupported schema " + detail::quoted(text) +
                                   "; this version of grantkpi reads \"" +
                                   std::string(report_schema_id) + "\" and \"" +
                                   std::string(report_schema_v1_id) + "\"");
    }};

constexpr ObjectOps document_ops = {[](Context& c, Frame& f, std::string_view key) {
                                        if (key != "schema") {
                                            return struct_key<Report>(c, f, key);
                                        }
                                        if ((f.seen & (std::uint64_t{1} << schema_member)) != 0) {
                                            return c.fail("GK057", "duplicate key \"schema\"", key);
                                        }
                                        f.seen |= std::uint64_t{1} << schema_member;
                                        f.current = schema_member;
                                        c.next = Slot{&scratch(c).schema, &schema_ops};
                                        return true;
                                    },
                                    [](Context& c, Frame& f) {
                                        if ((f.seen & (std::uint64_t{1} << schema_member)) == 0) {
                                            f.current = -1;
                                            return c.fail(
                                                "GK058", "missing key \"schema\" (the string \"" +
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
            return c.fail("GK056",
                          "unexpected key \"schema\" in a report of a collection; the "
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
        if (scratch(c).read_schema(text, collection_schema_id, collection_schema_v1_id)) {
            return true;
        }
        if (c.error) {
            return false;
        }
        return c.fail("GK059", "unsupported schema " + detail::quoted(text) +
                                   "; this version of grantkpi reads \"" +
                                   std::string(collection_schema_id) + "\" and \"" +
                                   std::string(collection_schema_v1_id) + "\" for a collection");
    }};

constexpr ObjectOps collection_ops = {
    [](Context& c, Frame& f, std::string_view key) {
        const std::int64_t index = key == "schema" ? 0 : (key == "reports" ? reports_member : -1);
        if (index < 0) {
            return c.fail("GK056",
                          "unknown key " + detail::quoted(key) +
                              "; expected one of \"schema\", \"reports\"",
                          key);
        }
        if ((f.seen & (std::uint64_t{1} << index)) != 0) {
            return c.fail("GK057", "duplicate key " + detail::quoted(key), key);
        }
        f.seen |= std::uint64_t{1} << index;
        f.current = index;
        c.next = index == 0 ? Slot{&scratch(c).schema, &collection_schema_ops}
                            : Slot{f.target, &collection_reports_ops};
        return true;
    },
    [](Context& c, Frame& f) {
        if ((f.seen & 1U) == 0) {
            f.current = -1;
            return c.fail("GK058", "missing key \"schema\" (the string \"" +
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

} // namespace

Result<Report> read_report_json(std::string_view json) {
    Report report;
    if (auto error =
            read_document<ReportContext>(json, &report, document_type_ops, max_input_bytes)) {
        return std::move(*error);
    }
    return report;
}

Result<Report> load_report_json(const std::filesystem::path& file) {
    Report report;
    if (auto error =
            load_document<ReportContext>(file, &report, document_type_ops, max_input_bytes)) {
        return std::move(*error);
    }
    return report;
}

Result<std::vector<Report>> read_collection_json(std::string_view json) {
    std::vector<Report> reports;
    if (auto error = read_document<ReportContext>(json, &reports, collection_type_ops,
                                                  max_collection_bytes)) {
        return std::move(*error);
    }
    return reports;
}

Result<std::vector<Report>> load_collection_json(const std::filesystem::path& file) {
    std::vector<Report> reports;
    if (auto error = load_document<ReportContext>(file, &reports, collection_type_ops,
                                                  max_collection_bytes)) {
        return std::move(*error);
    }
    return reports;
}

} // namespace grantkpi
