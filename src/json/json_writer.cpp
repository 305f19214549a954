// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The canonical JSON writer (docs/json-format.md, "Canonical layout"): members in their
// Boost.Describe order, two-space indentation, small objects (a unit, a baseline, an
// expected cell) on one line, numbers as their exact decimal text, absent optional keys
// left out.

#include <grantkpi/json.hpp>

#include "json/json_output.hpp"

namespace grantkpi {
namespace {

class ReportWriter : public detail::PrettyJsonWriter<ReportWriter> {
public:
    static constexpr bool omit_absent = true;

    using PrettyJsonWriter::PrettyJsonWriter;
    using PrettyJsonWriter::value;

    /// A row: {"2019": cell, ...}, one fiscal year per line.
    void value(const Series& series, int level) {
        if (series.empty()) {
            out() += "{}";
            return;
        }
        out() += '{';
        bool first = true;
        for (const auto& [year, cell] : series) {
            out() += first ? "\n" : ",\n";
            first = false;
            indent(level + 1);
            out() += '"';
            out() += std::to_string(year.gregorian());
            out() += "\": ";
            value(cell, level + 1);
        }
        out() += '\n';
        indent(level);
        out() += '}';
    }

    void value(const Unit& unit, int level) { inline_object(unit, level); }
    void value(const Baseline& baseline, int level) { inline_object(baseline, level); }
    void value(const Provenance& basis, int level) { inline_object(basis, level); }

    /// {"schema": ..., "reports": [...]}: the reports as described structs, without a
    /// "schema" of their own.
    void collection(std::span<const Report> reports) {
        out() += "{\n";
        indent(1);
        out() += "\"schema\": ";
        string(collection_schema_id);
        out() += ",\n";
        indent(1);
        out() += "\"reports\": ";
        if (reports.empty()) {
            out() += "[]";
        } else {
            out() += '[';
            bool first = true;
            for (const Report& report : reports) {
                out() += first ? "\n" : ",\n";
                first = false;
                indent(2);
                value(report, 2);
            }
            out() += '\n';
            indent(1);
            out() += ']';
        }
        out() += "\n}\n";
    }
};

} // namespace

void write_report_json(const Report& report, std::string& out) {
    ReportWriter(out).document(report_schema_id, report);
}

std::string write_report_json(const Report& report) {
    std::string out;
    write_report_json(report, out);
    return out;
}

void write_collection_json(std::span<const Report> reports, std::string& out) {
    ReportWriter(out).collection(reports);
}

std::string write_collection_json(std::span<const Report> reports) {
    std::string out;
    write_collection_json(reports, out);
    return out;
}

} // namespace grantkpi
