// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The fuzz targets, one function each: feed arbitrary bytes to a reader and check what it
// promises, whatever the bytes. A broken promise throws InvariantFailure. The libFuzzer
// programs (fuzz_target.cpp) call these functions; the test suite
// (tests/test_fuzz_regressions.cpp) calls them on every checked-in seed and on every input
// that once failed (fuzz/regressions/), so g++ and clang replay them without libFuzzer.
//
// Round trips, for everything a reader accepts:
// - text: read (lenient, no error) -> write_report_text -> read gives an equal report, and
//   writing that again gives the same text;
// - JSON: read -> write_report_json -> read gives an equal report, and the same bytes again;
// - FiscalYear and Decimal: parse -> to_string (every style) -> parse gives the same value
//   (Decimal: the same written digits too).

#include <grantkpi/annotations.hpp>
#include <grantkpi/csv.hpp>
#include <grantkpi/decimal.hpp>
#include <grantkpi/evaluate.hpp>
#include <grantkpi/evaluation_csv.hpp>
#include <grantkpi/evaluation_json.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/fraction.hpp>
#include <grantkpi/input.hpp>
#include <grantkpi/json.hpp>
#include <grantkpi/limits.hpp>
#include <grantkpi/text_reader.hpp>
#include <grantkpi/text_writer.hpp>
#include <grantkpi/validate.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace grantkpi::fuzz {

/// A promise of the library that an input broke.
class InvariantFailure : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

#define GRANTKPI_FUZZ_CHECK(condition, what)                                                       \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            throw ::grantkpi::fuzz::InvariantFailure(std::string(what) + " [" #condition "]");     \
        }                                                                                          \
    } while (false)

namespace detail {

inline constexpr std::string_view file_name = "fuzz-input";

/// Every diagnostic of a reader says what and where: a message, the file, a line and column
/// (the readers know the place of every problem in text they were given).
inline void check_diagnostics(const TextReadResult& result) {
    for (const Diagnostic& d : result.diagnostics) {
        GRANTKPI_FUZZ_CHECK(!d.message.empty(), "a diagnostic without a message");
        GRANTKPI_FUZZ_CHECK(d.file == file_name, "a diagnostic without the file: " + d.to_string());
        GRANTKPI_FUZZ_CHECK(d.line >= 1 && d.column >= 1,
                            "a diagnostic without a location: " + d.to_string());
    }
    GRANTKPI_FUZZ_CHECK(result.diagnostics.size() <= 1001, "more than 1001 diagnostics");
}

inline std::string describe(const TextReadResult& result) {
    std::string out;
    for (const Diagnostic& d : result.diagnostics) {
        out += "\n  " + d.to_string();
    }
    return out;
}

/// JSON: read -> write -> read is equal, and write is canonical (the same bytes again).
inline void check_json_round_trip(const Report& report) {
    const std::string json = write_report_json(report);
    const auto again = read_report_json(json);
    GRANTKPI_FUZZ_CHECK(again.has_value(), "the JSON writer wrote what the JSON reader refuses: " +
                                               (again ? std::string() : again.error().to_string()));
    GRANTKPI_FUZZ_CHECK(*again == report, "JSON round trip: the report read back differs");
    GRANTKPI_FUZZ_CHECK(write_report_json(*again) == json,
                        "JSON round trip: writing again gives other bytes");
}

/// Text: a report the text reader read without an error is written so that reading it again
/// with the same options gives the same report (text_writer.hpp).
inline void check_text_round_trip(const Report& report, const TextReadOptions& options) {
    const std::string text = write_report_text(report);
    TextReadOptions again_options = options;
    again_options.encoding = TextEncoding::automatic; // the writer writes UTF-8
    again_options.strict = true;
    const TextReadResult again = read_report_text(text, again_options);
    GRANTKPI_FUZZ_CHECK(again.ok(), "the text writer wrote what the text reader refuses:" +
                                        describe(again) + "\n--- text:\n" + text);
    GRANTKPI_FUZZ_CHECK(*again.report == report,
                        "text round trip: the report read back differs\n--- text:\n" + text);
    GRANTKPI_FUZZ_CHECK(write_report_text(*again.report) == text,
                        "text round trip: writing again gives other text");
}

/// What the tool does with a report it read: validate it, evaluate it, write its tables.
inline void use_report(const Report& report) {
    const auto diagnostics = validate(report);
    for (const Diagnostic& d : diagnostics) {
        GRANTKPI_FUZZ_CHECK(!d.code.empty() && !d.message.empty(), "a validation diagnostic "
                                                                   "without code or message");
    }
    (void)write_values_csv(report);
    (void)write_projects_csv(report);
    const auto evaluation = try_evaluate(report);
    if (evaluation) {
        (void)write_evaluation_json(*evaluation);
        (void)write_kpi_years_csv(*evaluation);
    }
}

} // namespace detail

/// The report text reader, UTF-8 and CP932: both modes, both decodings.
/// - strict mode reports exactly lenient mode's diagnostics up to its first error, and
///   returns a report exactly when there is no error;
/// - every diagnostic has a message and a location; lenient mode stops at 1001;
/// - a report read without an error survives the text and the JSON round trips.
inline void text_reader(std::string_view bytes) {
    for (const TextEncoding encoding : {TextEncoding::automatic, TextEncoding::cp932}) {
        TextReadOptions lenient;
        lenient.file_name = detail::file_name;
        lenient.strict = false;
        lenient.encoding = encoding;
        TextReadOptions strict = lenient;
        strict.strict = true;
        const TextReadResult l = read_report_text(bytes, lenient);
        const TextReadResult s = read_report_text(bytes, strict);
        detail::check_diagnostics(l);
        detail::check_diagnostics(s);

        std::size_t first_error = 0;
        while (first_error < l.diagnostics.size() &&
               l.diagnostics[first_error].severity != Severity::error) {
            ++first_error;
        }
        const std::size_t prefix = std::min(first_error + 1, l.diagnostics.size());
        GRANTKPI_FUZZ_CHECK(
            s.diagnostics.size() == prefix &&
                std::equal(s.diagnostics.begin(), s.diagnostics.end(), l.diagnostics.begin()),
            "strict mode's diagnostics are not lenient mode's up to the first "
            "error:\nstrict:" +
                detail::describe(s) + "\nlenient:" + detail::describe(l));
        GRANTKPI_FUZZ_CHECK(s.report.has_value() == !has_errors(s.diagnostics),
                            "strict mode returned a report with errors, or none without");
        GRANTKPI_FUZZ_CHECK(s.ok() == l.ok(), "strict and lenient mode disagree");
        if (s.ok()) {
            GRANTKPI_FUZZ_CHECK(*s.report == *l.report, "strict and lenient read other reports");
        }
        if (l.ok()) {
            detail::check_text_round_trip(*l.report, lenient);
            detail::check_json_round_trip(*l.report);
        }
    }
}

/// The JSON readers, of a report and of a collection: an error has a message and a place;
/// what is accepted survives the round trip, and everything the tool does with a report
/// works on it.
inline void json_reader(std::string_view bytes) {
    const auto check_error = [](const Error& e) {
        GRANTKPI_FUZZ_CHECK(!e.message.empty(), "an error without a message");
        GRANTKPI_FUZZ_CHECK(e.line >= 1 && e.column >= 1,
                            "an error without a location: " + e.to_string());
    };
    const auto collection = read_collection_json(bytes);
    if (!collection) {
        check_error(collection.error());
    } else {
        const std::string json = write_collection_json(*collection);
        const auto again = read_collection_json(json);
        GRANTKPI_FUZZ_CHECK(again.has_value(),
                            "the collection writer wrote what the collection reader refuses: " +
                                (again ? std::string() : again.error().to_string()));
        GRANTKPI_FUZZ_CHECK(*again == *collection,
                            "collection round trip: the reports read back differ");
        GRANTKPI_FUZZ_CHECK(write_collection_json(*again) == json,
                            "collection round trip: writing again gives other bytes");
    }
    const auto report = read_report_json(bytes);
    if (!report) {
        check_error(report.error());
        return;
    }
    detail::check_json_round_trip(*report);
    detail::use_report(*report);
    // Whatever the JSON holds, the text writer writes something the text reader reads
    // without crashing (the text cannot say everything JSON can: no equality here).
    TextReadOptions options;
    options.file_name = detail::file_name;
    options.strict = false;
    const TextReadResult text = read_report_text(write_report_text(*report), options);
    detail::check_diagnostics(text);
}

/// The annotation reader (its own JSON parser, src/annotations/json_tree.cpp): every
/// diagnostic has a message and a line and column; a file is read whole or not at all; what
/// is accepted applies to a report without crashing, and every entry that matches nothing
/// there is an error located in the file.
inline void annotations(std::string_view bytes) {
    const AnnotationsReadResult read = read_annotations_json(bytes, std::string(detail::file_name));
    for (const Diagnostic& d : read.diagnostics) {
        GRANTKPI_FUZZ_CHECK(!d.message.empty(), "a diagnostic without a message");
        GRANTKPI_FUZZ_CHECK(d.line >= 1 && d.column >= 1,
                            "a diagnostic without a location: " + d.to_string());
    }
    GRANTKPI_FUZZ_CHECK(read.annotations.has_value() == !has_errors(read.diagnostics),
                        "annotations with errors, or none without an error");
    if (!read.annotations) {
        return;
    }
    Report empty;
    const auto applied = apply_annotations(empty, *read.annotations);
    GRANTKPI_FUZZ_CHECK(applied.size() == read.annotations->projects.size(),
                        "an entry that matches nothing is not one error");
    for (const Diagnostic& d : applied) {
        GRANTKPI_FUZZ_CHECK(d.line >= 1 && !d.pointer.empty(),
                            "an unmatched entry without its place: " + d.to_string());
    }
}

/// FiscalYear::parse: an accepted year is in 1000..9999 and reads back from each of its
/// spellings; a refused one says what was expected.
inline void fiscal_year(std::string_view bytes) {
    const auto year = FiscalYear::parse(bytes);
    if (!year) {
        GRANTKPI_FUZZ_CHECK(year.error().message.starts_with("expected a fiscal year"),
                            "an unexpected message: " + year.error().message);
        return;
    }
    // 1000..9999: the years the JSON format can key a KPI cell by (four digits).
    GRANTKPI_FUZZ_CHECK(year->gregorian() >= 1000 && year->ok(),
                        "parse gave a year outside 1000..9999");
    for (const FiscalYearStyle style :
         {FiscalYearStyle::era_short, FiscalYearStyle::era_long, FiscalYearStyle::gregorian}) {
        const std::string written = to_string(*year, style);
        const auto again = FiscalYear::parse(written);
        GRANTKPI_FUZZ_CHECK(again && *again == *year, "to_string -> parse: " + written);
    }
    if (year->era()) {
        GRANTKPI_FUZZ_CHECK(year->era_year() >= 1, "an era year below 1");
    }
}

/// Decimal::parse, Decimal::parse_json_number and Fraction::parse: what they accept reads
/// back with the same digits; and the exact arithmetic on two operands (the input split at
/// its first line feed) either gives the exact result or an error, never a wrong value.
inline void decimal(std::string_view bytes) {
    const auto check_same = [](const Result<Decimal>& again, Decimal d, std::string_view how) {
        GRANTKPI_FUZZ_CHECK(again && same_representation(*again, d),
                            std::string(how) + " does not read back: " + d.to_string());
    };
    if (const auto d = Decimal::parse(bytes)) {
        check_same(Decimal::parse(d->to_string()), *d, "to_string");
        check_same(Decimal::parse(d->to_grouped_string()), *d, "to_grouped_string");
        check_same(Decimal::parse_json_number(d->to_string()), *d, "parse_json_number");
        GRANTKPI_FUZZ_CHECK(std::isfinite(d->to_double()), "to_double is not finite");
    }
    if (const auto d = Decimal::parse_json_number(bytes)) {
        check_same(Decimal::parse_json_number(d->to_string()), *d, "parse_json_number");
    }
    if (const auto f = Fraction::parse(bytes)) {
        const auto again = Fraction::parse(f->to_string());
        GRANTKPI_FUZZ_CHECK(again && *again == *f, "Fraction to_string does not read back");
    }

    const std::size_t split = bytes.find('\n');
    if (split == std::string_view::npos) {
        return;
    }
    const auto a_read = Decimal::parse(bytes.substr(0, split));
    const auto b_read = Decimal::parse(bytes.substr(split + 1));
    if (!a_read || !b_read) {
        return;
    }
    const Decimal a = *a_read;
    const Decimal b = *b_read;
    if (const auto sum = a.checked_add(b)) {
        const auto back = sum->checked_subtract(b);
        GRANTKPI_FUZZ_CHECK(back && *back == a, "(a + b) - b != a");
        GRANTKPI_FUZZ_CHECK(sum->scale() == std::max(a.scale(), b.scale()), "the scale of a sum");
    }
    if (const auto difference = a.checked_subtract(b)) {
        GRANTKPI_FUZZ_CHECK((a < b) == difference->is_negative() &&
                                (a == b) == difference->is_zero(),
                            "comparison disagrees with subtraction");
        const auto back = difference->checked_add(b);
        GRANTKPI_FUZZ_CHECK(back && *back == a, "(a - b) + b != a");
    }
    if (const auto product = a.checked_multiply(b)) {
        GRANTKPI_FUZZ_CHECK(product->scale() == a.scale() + b.scale(), "the scale of a product");
        GRANTKPI_FUZZ_CHECK(product->is_zero() == (a.is_zero() || b.is_zero()),
                            "a product is zero exactly when a factor is");
    }
    if (b.scale() == 0 && !b.is_zero()) {
        if (const auto quotient = a.checked_divide(b.coefficient())) {
            const auto back = quotient->checked_multiply(b);
            GRANTKPI_FUZZ_CHECK(!back || *back == a, "(a / b) * b != a");
        }
        for (const int scale : {0, 2, static_cast<int>(a.scale()), Decimal::max_scale}) {
            (void)a.divide_rounded(b.coefficient(), scale, Rounding::half_away_from_zero);
            (void)a.divide_rounded(b.coefficient(), scale, Rounding::toward_zero);
        }
    }
    for (int scale = 0; scale <= Decimal::max_scale; ++scale) {
        if (const auto r = a.rescaled(scale)) {
            GRANTKPI_FUZZ_CHECK(*r == a && r->scale() == scale, "rescaled changed the value");
        }
        if (const auto r = a.rounded(scale, Rounding::toward_zero)) {
            GRANTKPI_FUZZ_CHECK(a.is_negative() ? !(*r < a) : !(*r > a),
                                "rounding toward zero moved away from zero");
        }
        (void)a.rounded(scale, Rounding::half_away_from_zero);
    }
}

/// The tool's input detection (read_report, load_report): JSON exactly when the first
/// character after a byte-order mark and white space is `{`, and then exactly what the
/// JSON reader says; the text reader's result otherwise. What it reads is recognised again
/// in its JSON form, and in its text form unless its title begins with `{`.
inline void input_detection(std::string_view bytes) {
    TextReadOptions options;
    options.file_name = detail::file_name;
    options.strict = false;
    const ReportFormat format = detect_report_format(bytes);
    const TextReadResult result = read_report(bytes, options);
    detail::check_diagnostics(result);
    if (format == ReportFormat::json) {
        const auto json = read_report_json(bytes);
        if (json) {
            GRANTKPI_FUZZ_CHECK(result.ok() && result.diagnostics.empty() &&
                                    *result.report == *json,
                                "read_report differs from read_report_json");
        } else {
            const Error& e = json.error();
            GRANTKPI_FUZZ_CHECK(!result.report && result.diagnostics.size() == 1 &&
                                    result.diagnostics[0].message == e.message &&
                                    result.diagnostics[0].line == e.line &&
                                    result.diagnostics[0].column == e.column &&
                                    result.diagnostics[0].pointer == e.pointer,
                                "read_report's error differs from read_report_json's");
        }
    } else {
        const TextReadResult text = read_report_text(bytes, options);
        GRANTKPI_FUZZ_CHECK(result.diagnostics == text.diagnostics && result.report == text.report,
                            "read_report differs from read_report_text");
    }
    if (!result.ok()) {
        return;
    }
    const Report& report = *result.report;
    GRANTKPI_FUZZ_CHECK(detect_report_format(write_report_json(report)) == ReportFormat::json,
                        "the JSON form of a report is not detected as JSON");
    if (!(report.title && report.title->starts_with('{'))) {
        GRANTKPI_FUZZ_CHECK(detect_report_format(write_report_text(report)) == ReportFormat::text,
                            "the text form of a report is not detected as text");
    }
}

} // namespace grantkpi::fuzz
