// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// What the text reader's tests (test_text_reader_*.cpp) share: reading a file that must read
// cleanly and a small text as "bad.txt", the cells and fiscal years of a row, and checking
// the diagnostics of a read sentence for sentence.

#include "text_read.hpp"

#include <grantkpi/text_reader.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace grantkpi::testing {

/// The variant reports of tests/data/text/ (README.md there says what each one varies).
inline const std::string text_data_dir = GRANTKPI_SOURCE_DIR "/tests/data/text/";

/// Lines 1-6 of a one-project report up to its 【KPI】 line; line 7 is the first line after it.
inline const std::string table_prefix = "R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】\n"
                                        "\n"
                                        "○事業<単独申請> (1,000千円)\n"
                                        "\n"
                                        "【KPI】\n"
                                        "\n";

inline Observation confirmed(std::int64_t coefficient, int scale = 0) {
    return Observation::confirmed(Decimal{coefficient, scale});
}
inline Observation expected(std::int64_t coefficient, int scale = 0) {
    return Observation::expected(Decimal{coefficient, scale});
}

/// The cell of `year` in a row, which must have that column.
inline Observation cell(const Series& series, int year) {
    const Observation* found = series.find(FiscalYear{year});
    REQUIRE(found != nullptr);
    return *found;
}

/// The fiscal years of a row's columns, in order.
inline std::vector<int> years_of(const Series& series) {
    std::vector<int> years;
    for (const PeriodValue& value : series) {
        years.push_back(value.year.gregorian());
    }
    return years;
}

/// The report of a file that must read without a single diagnostic.
inline Report read_ok(const std::string& path, TextReadOptions options = {}) {
    return require_clean_read(load_report_text(path, std::move(options)));
}

/// `text` read as the file "bad.txt", in strict or lenient mode.
inline TextReadResult read_text(std::string_view text, bool strict) {
    TextReadOptions options;
    options.file_name = "bad.txt";
    options.strict = strict;
    return read_report_text(text, options);
}

inline std::vector<std::string> messages(const TextReadResult& result) {
    std::vector<std::string> out;
    for (const Diagnostic& d : result.diagnostics) {
        out.push_back(d.to_string());
    }
    return out;
}

/// The diagnostics of `result` are `wanted`, in order, and no more.
/// True when the printed diagnostic `got` is `wanted`: the whole line, or, when `wanted`
/// ends with the code (`bad.txt:3:1: error: GK009`), the location, severity and code of the
/// line, whatever its message says (docs/reader-diagnostics.md: the code and the location
/// are stable, the wording may improve). Tests keep a few whole sentences per reader, where
/// the wording is the point.
inline bool diagnostic_matches(std::string_view got, std::string_view wanted) {
    const std::size_t code = wanted.rfind(": GK");
    const bool code_only = code != std::string_view::npos && code + 7 == wanted.size();
    if (!code_only) {
        return got == wanted;
    }
    return got.size() > wanted.size() + 1 && got.substr(0, wanted.size()) == wanted &&
           got.substr(wanted.size(), 2) == ": ";
}

inline void check_messages(const TextReadResult& result, const std::vector<std::string>& wanted) {
    const std::vector<std::string> got = messages(result);
    CHECK_EQ(got.size(), wanted.size());
    for (std::size_t i = 0; i < got.size() && i < wanted.size(); ++i) {
        CHECK_MESSAGE(diagnostic_matches(got[i], wanted[i]),
                      "got " << got[i] << "\nwanted " << wanted[i]);
    }
    for (std::size_t i = wanted.size(); i < got.size(); ++i) {
        CHECK_MESSAGE(false, "unexpected diagnostic: " << got[i]);
    }
}

} // namespace grantkpi::testing
