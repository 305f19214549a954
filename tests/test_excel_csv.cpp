// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/excel_csv.hpp>

#include <grantkpi/csv.hpp>
#include <grantkpi/evaluate.hpp>
#include <grantkpi/evaluation_csv.hpp>

#include "support/random_report.hpp"
#include "support/seed.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using Records = std::vector<std::vector<std::string>>;

// An RFC 4180 reader, for checking: records end with `terminator` outside quotes; a line
// break inside quotes is part of the field. Fails the test on a record end it did not expect
// (a bare LF or CR outside quotes when the terminator is CRLF).
Records parse_csv(std::string_view text, std::string_view terminator) {
    Records records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record.push_back(std::move(field));
            field.clear();
        } else if (text.substr(i, terminator.size()) == terminator) {
            record.push_back(std::move(field));
            field.clear();
            records.push_back(std::move(record));
            record.clear();
            i += terminator.size() - 1;
        } else {
            REQUIRE_MESSAGE((c != '\n' && c != '\r'),
                            "a line break outside quotes that does not end a record, at byte "
                                << i);
            field += c;
        }
    }
    REQUIRE_MESSAGE(!quoted, "the text ends inside a quoted field");
    REQUIRE_MESSAGE((record.empty() && field.empty()), "the last record has no line end");
    return records;
}

constexpr std::string_view bom = "\uFEFF";

// The Excel form of `csv`: starts with the byte-order mark, and reads as the same records
// with CRLF record ends as the original with LF ones.
void check_excel_form(const std::string& csv) {
    const std::string excel = grantkpi::to_excel_csv(csv);
    REQUIRE(excel.starts_with(bom));
    const std::string_view body = std::string_view(excel).substr(bom.size());
    CHECK(body.ends_with("\r\n"));
    CHECK(parse_csv(body, "\r\n") == parse_csv(csv, "\n"));
}

} // namespace

TEST_SUITE("excel_csv") {

    TEST_CASE("a byte-order mark first and CRLF record ends") {
        CHECK(grantkpi::to_excel_csv("a,b\n1,2\n") == "\uFEFF"
                                                      "a,b\r\n1,2\r\n");
        CHECK(grantkpi::to_excel_csv("") == bom);
        // Neither the mark nor a CR is added twice.
        CHECK(grantkpi::to_excel_csv("\uFEFF"
                                     "a\r\nb\n") == "\uFEFF"
                                                    "a\r\nb\r\n");
    }

    TEST_CASE("a line break inside a quoted field stays as it is") {
        // As Excel writes it itself: the record ends with CRLF, the break within the cell is LF.
        CHECK(grantkpi::to_excel_csv("name,n\n\"two\nlines\",3\n") == "\uFEFF"
                                                                      "name,n\r\n\"two\nlines\","
                                                                      "3\r\n");
        // A doubled quote inside a quoted field does not end it.
        CHECK(grantkpi::to_excel_csv("\"say \"\"hi\"\"\nthere\",x\n") ==
              "\uFEFF\"say \"\"hi\"\"\nthere\",x\r\n");
        CHECK(grantkpi::to_excel_csv("\"cr\r\nlf\"\n") == "\uFEFF\"cr\r\nlf\"\r\n");
    }

    TEST_CASE("the dialects") {
        const std::string csv = "a\n\"b\nc\"\n";
        CHECK(grantkpi::to_csv_dialect(csv, grantkpi::CsvDialect::rfc4180) == csv);
        CHECK(grantkpi::to_csv_dialect(csv, grantkpi::CsvDialect::excel) ==
              grantkpi::to_excel_csv(csv));
    }

    TEST_CASE("the seed's tables in the Excel dialect read as the same records") {
        const grantkpi::Report& seed = grantkpi::testing::seed_report();
        // 140 table cells plus the header (the values table), 6 projects plus the header.
        CHECK(parse_csv(grantkpi::write_values_csv(seed), "\n").size() == 141);
        CHECK(parse_csv(grantkpi::write_projects_csv(seed), "\n").size() == 7);
        check_excel_form(grantkpi::write_values_csv(seed));
        check_excel_form(grantkpi::write_projects_csv(seed));
        check_excel_form(grantkpi::write_kpi_years_csv(grantkpi::evaluate(seed)));
    }

    TEST_CASE("random reports, with line breaks, quotes and commas in their names") {
        int quoted_breaks = 0;
        for (std::uint64_t seed = 1; seed <= 100; ++seed) {
            CAPTURE(seed);
            const grantkpi::Report report = grantkpi::testing::random_report(seed);
            const std::string values = grantkpi::write_values_csv(report);
            const std::string projects = grantkpi::write_projects_csv(report);
            check_excel_form(values);
            check_excel_form(projects);
            check_excel_form(grantkpi::write_kpi_years_csv(grantkpi::evaluate(report)));
            for (const auto& record : parse_csv(projects, "\n")) {
                quoted_breaks += record[1].find('\n') != std::string::npos ? 1 : 0;
            }
        }
        // The corpus does exercise a line break inside a quoted field.
        CHECK(quoted_breaks > 0);
    }

} // TEST_SUITE
