// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the catalogue of the readers' diagnostic codes (GK0xx), and ReaderCode, a code
// named where a reader reports a problem, checked when the reader is compiled. Each code is
// one kind of problem, not one call site; docs/reader-diagnostics.md documents each with an
// example message, and a test checks that both list the same codes and that every code is
// reported somewhere in src/.
//
// Ranges: GK001..GK049 the text reader (src/report_text/), GK050..GK069 the JSON reader
// (src/json/), GK070..GK089 the annotation reader (src/annotations/), GK090..GK099 input
// files and encodings (src/input/, src/encoding/). Validation's rules are GK1xx..GK4xx
// (src/validate/catalogue.hpp).

#include <array>
#include <cstddef>
#include <string_view>

namespace grantkpi::detail::diagnostics {

struct ReaderCodeInfo {
    std::string_view code;    ///< `GK012`
    std::string_view name;    ///< a short name, `unknown-row-label`
    std::string_view meaning; ///< one line
};

/// Every reader code, ordered by code.
inline constexpr auto reader_catalogue = std::to_array<ReaderCodeInfo>({
    // --- the text reader ---------------------------------------------------------------------
    {"GK001", "empty-input", "the text is empty or holds only white space"},
    {"GK002", "no-round-heading", "the text holds no round heading"},
    {"GK003", "utf8-in-cp932", "a CP932 text holds bytes that are UTF-8 (a mixed-encoding copy)"},
    {"GK004", "skipped-page-furniture",
     "a page number or a running header of a PDF copy was skipped"},
    {"GK005", "note-without-mark", "a line without the note mark was taken as a note"},
    {"GK006", "unexpected-line", "a line is none of the lines expected where it stands"},
    {"GK007", "empty-note", "a note mark with no text after it"},
    {"GK008", "project-mark", "a project heading does not start with the project mark"},
    {"GK009", "project-before-round", "a project heading comes before any round heading"},
    {"GK010", "second-scope-note", "a second budget-scope note for a project"},
    {"GK011", "unreadable-budget", "a project's budget or own part cannot be read"},
    {"GK012", "second-kpi-section", "a second KPI section line in a project"},
    {"GK013", "no-kpi-section", "KPIs without the KPI section line before them"},
    {"GK014", "repeated-table-header",
     "a repeated table header (as after a page break) was skipped"},
    {"GK015", "second-kpi-title", "a second title line for a KPI of a project"},
    {"GK016", "second-row", "a second plan or actual row for a KPI"},
    {"GK017", "row-before-header", "a plan or actual row before any table header"},
    {"GK018", "row-without-title", "a plan or actual row for a KPI that has no title line"},
    {"GK019", "last-year-unknown", "nothing gives the last fiscal year of a project"},
    {"GK020", "override-unmatched", "a caller's KPI override matches no KPI"},
    {"GK021", "round-heading", "a round heading cannot be read"},
    {"GK022", "duration-range", "a round's duration is outside the years that can be read"},
    {"GK023", "duration-start", "a round's duration starts in another year than the round"},
    {"GK024", "application", "a project heading's application (単独/共同) cannot be read"},
    {"GK025", "budget-scope-unclear",
     "a note seems to be about the budget's scope but does not say it clearly"},
    {"GK026", "budget-converted", "a budget or own part was converted to thousand yen"},
    {"GK027", "budget-from-line", "a project's budget was read from a line of its own"},
    {"GK028", "own-part-exceeds", "a project's own part is more than its whole budget"},
    {"GK029", "project-without-name", "a project heading has no name"},
    {"GK030", "no-national-share",
     "the round heading gives no national share: 1/2 is taken for its projects"},
    {"GK031", "end-year-note", "a note giving a project's last fiscal year cannot be used"},
    {"GK032", "single-spaced-cells",
     "a table line whose cells are separated by neither tabs nor runs of spaces"},
    {"GK033", "unknown-row-label", "a table row's label is neither a plan nor an actual row"},
    {"GK034", "baseline-column", "the table header's baseline column cannot be read"},
    {"GK035", "kpi-title-line", "a KPI title line cannot be read"},
    {"GK036", "header-years", "the table header's fiscal-year columns cannot be read"},
    {"GK037", "extra-cell", "a cell after the last column that is expected"},
    {"GK038", "row-does-not-fit", "a table row does not fit the table header above it"},
    {"GK039", "unit", "a KPI's unit is missing, or differs between its plan and actual rows"},
    {"GK040", "missing-row", "a KPI has no plan or no actual row"},
    {"GK041", "unreadable-cell", "a table cell is not a value that can be read"},
    {"GK042", "heisei-past-its-end", "a fiscal year counts Heisei past its end (H32 = R2)"},
    {"GK043", "too-many-problems", "the reader stopped after too many problems"},
    {"GK044", "bad-fiscal-year", "a fiscal year in a heading cannot be read (R99999, H0)"},
    // --- the JSON reader ---------------------------------------------------------------------
    {"GK050", "invalid-json", "the document is not JSON (a syntax error, text after it)"},
    {"GK051", "empty-document", "the document is empty"},
    {"GK052", "wrong-type", "a value has another JSON type than the one expected"},
    {"GK053", "bad-number", "a number is not a value grantkpi can hold exactly"},
    {"GK054", "bad-fiscal-year", "a fiscal year (a value or a key) is not a valid one"},
    {"GK055", "unknown-name", "a string is none of the names an enumeration allows"},
    {"GK056", "unknown-key", "an object has a key that is not expected there"},
    {"GK057", "duplicate-key", "an object has a key twice"},
    {"GK058", "missing-key", "an object lacks a required key"},
    {"GK059", "unsupported-schema", "the \"schema\" names no format this reader reads"},
    {"GK060", "format-mismatch", "a key of format 2 in a document that says format 1"},
    {"GK061", "bad-fraction", "a fraction (a national share) is not one such as \"1/2\""},
    // --- the annotation reader ---------------------------------------------------------------
    {"GK070", "invalid-json", "the annotation file is not JSON"},
    {"GK071", "too-many-values", "the annotation file holds more JSON values than allowed"},
    {"GK072", "wrong-type", "a value has another JSON type than the one expected"},
    {"GK073", "unknown-key", "an object has a key that is not expected there"},
    {"GK074", "duplicate-key", "an object has a key twice"},
    {"GK075", "missing-key", "an object lacks a required key"},
    {"GK076", "bad-fiscal-year", "a fiscal year is not an integer 1000..9999"},
    {"GK077", "bad-amount", "an amount is not a valid non-negative amount"},
    {"GK078", "duplicate-entry", "a second entry for the same project or KPI"},
    {"GK079", "unsupported-schema", "the \"schema\" is not the annotation file's"},
    {"GK080", "unmatched-entry", "an entry names a round, project or KPI the reports lack"},
    {"GK081", "own-part-replaced", "an entry replaces the own part the report gave"},
    {"GK082", "own-part-scope", "an own part is stated for a budget whose scope is own"},
    {"GK083", "own-part-exceeds", "an own part is larger than the project's whole budget"},
    {"GK084", "title-differs", "a KPI's title in the entry differs from the report's"},
    // --- input files and encodings -----------------------------------------------------------
    {"GK090", "input-too-large", "the input is larger than the most grantkpi reads"},
    {"GK091", "file-not-found", "the file does not exist"},
    {"GK092", "file-unreadable", "the file cannot be opened or read (a directory, no access)"},
    {"GK093", "truncated-utf8", "the input ends in the middle of a UTF-8 character"},
    {"GK094", "invalid-utf8", "the input (read as UTF-8) is not valid UTF-8"},
    {"GK095", "invalid-cp932", "the input (read as CP932) is not valid CP932 (Shift_JIS)"},
    {"GK096", "unknown-encoding", "the input is neither UTF-8 nor CP932 text"},
});

/// True when the codes strictly increase: ordered, none twice.
consteval bool reader_codes_increase() {
    for (std::size_t i = 1; i < reader_catalogue.size(); ++i) {
        if (!(reader_catalogue[i - 1].code < reader_catalogue[i].code)) {
            return false;
        }
    }
    return true;
}
static_assert(reader_codes_increase(), "the reader catalogue is ordered by code, each once");

/// A code of the reader catalogue: `sink.error("GK012", ...)`. The constructor is constexpr,
/// not consteval: clang 14 miscompiles a consteval constructor of a by-value argument here
/// (the seed's scope notes crashed); tests/test_reader_codes.cpp checks instead that every
/// code written in src/ is in the catalogue (an unknown one would throw).
struct ReaderCode {
    constexpr ReaderCode(const char* code) // implicit: error("GK012", ...) reads as the code
        : code_(lookup(code)) {}

    [[nodiscard]] constexpr std::string_view code() const noexcept { return code_; }

private:
    std::string_view code_;

    static constexpr std::string_view lookup(std::string_view code) {
        for (const ReaderCodeInfo& candidate : reader_catalogue) {
            if (candidate.code == code) {
                return candidate.code;
            }
        }
        throw "not a code of the reader catalogue";
    }
};

} // namespace grantkpi::detail::diagnostics
