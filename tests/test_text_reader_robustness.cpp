// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The text reader on any input: no input crashes, hangs or reads out of bounds; diagnostics
// stay located and bounded; and seeded random reports, written and then broken the ways
// copying from PDFs and spreadsheets breaks them, keep the reader's promises.

#include <grantkpi/text_reader.hpp>

#include <grantkpi/text_writer.hpp>

#include <support/random_report.hpp>
#include <support/reader_checks.hpp>
#include <support/seed.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using namespace grantkpi;
using testing::read_text;
using testing::seed_text_path;
using testing::table_prefix;

/// The number of lines of `text` as the reader counts them: a line feed, a carriage return or
/// the pair ends a line, and the text after the last line end is one more (maybe empty).
std::size_t count_lines(std::string_view text) {
    std::size_t lines = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
            ++lines;
        }
    }
    return lines;
}

/// What every read of `text` promises, whatever the text (fuzz/targets.hpp checks the same on
/// the fuzzer's inputs):
/// - at most 1001 diagnostics, each with a message, a line of the text and a column;
/// - strict mode returns a report exactly when it has no error, and lenient mode's
///   diagnostics up to and including lenient mode's first error;
/// - lenient mode returns a report unless the bytes could not be decoded (one error);
/// - both modes agree on ok().
void check_read_promises(std::string_view text, const TextReadResult& strict,
                         const TextReadResult& lenient) {
    const std::size_t lines = count_lines(text);
    for (const TextReadResult* result : {&strict, &lenient}) {
        CHECK_LE(result->diagnostics.size(), 1001);
        for (const Diagnostic& d : result->diagnostics) {
            if (d.message.empty() || d.file != "bad.txt" || d.line < 1 || d.line > lines ||
                d.column < 1) {
                const std::string diagnostic = d.to_string();
                FAIL_CHECK("a diagnostic without a message, or outside the text's "
                           << lines << " lines: " << diagnostic);
                break;
            }
        }
    }
    CHECK_EQ(strict.report.has_value(), !has_errors(strict.diagnostics));
    if (!lenient.report) {
        CHECK_EQ(lenient.diagnostics.size(), 1); // the decoding error
        CHECK(has_errors(lenient.diagnostics));
    }
    std::size_t first_error = 0;
    while (first_error < lenient.diagnostics.size() &&
           lenient.diagnostics[first_error].severity != Severity::error) {
        ++first_error;
    }
    const std::size_t prefix = std::min(first_error + 1, lenient.diagnostics.size());
    CHECK_EQ(strict.diagnostics.size(), prefix);
    CHECK(std::equal(strict.diagnostics.begin(), strict.diagnostics.end(),
                     lenient.diagnostics.begin(),
                     lenient.diagnostics.begin() +
                         static_cast<std::ptrdiff_t>(std::min(prefix, strict.diagnostics.size()))));
    CHECK_EQ(strict.ok(), lenient.ok());
}

/// The markers that mutate() types in.
const std::string mutation_markers[] = {"\t",     "\n",     "\r\n", "※",     "○",    "【KPI】",
                                        "<",      ">",      "(",    ")",     "①",    "計画",
                                        "実績",   "当初値", "単位", "R",     "年度", "—",
                                        "(見込)", "千円",   "年間", "R7981", "\xE3", "KPI"};

/// [begin, end) of every line, its line feed included.
std::vector<std::pair<std::size_t, std::size_t>> lines_of(const std::string& text) {
    std::vector<std::pair<std::size_t, std::size_t>> lines;
    for (std::size_t begin = 0; begin < text.size();) {
        const std::size_t lf = text.find('\n', begin);
        const std::size_t end = lf == std::string::npos ? text.size() : lf + 1;
        lines.emplace_back(begin, end);
        begin = end;
    }
    return lines;
}

/// One of the ways copying from PDFs and spreadsheets breaks a text: lines lost, repeated or
/// out of order, bytes lost, repeated, swapped or changed, a marker typed in.
void mutate(std::string& text, testing::Random& random) {
    const auto index = [&](std::size_t size) {
        return static_cast<std::size_t>(random.between(0, static_cast<std::int64_t>(size) - 1));
    };
    const auto lines = lines_of(text);
    if (lines.empty()) {
        text = mutation_markers[index(std::size(mutation_markers))];
        return;
    }
    const auto [begin, end] = lines[index(lines.size())];
    const std::string line = text.substr(begin, end - begin);
    switch (random.between(0, 8)) {
    case 0: // a line lost
    case 1:
        text.erase(begin, end - begin);
        break;
    case 2: // a line repeated, here or elsewhere
        text.insert(random.chance(50) ? begin : lines[index(lines.size())].first, line);
        break;
    case 3: { // two lines swapped
        const auto [other_begin, other_end] = lines[index(lines.size())];
        if (other_begin == begin) {
            break;
        }
        const std::string other = text.substr(other_begin, other_end - other_begin);
        // The later one first, so that the earlier one's offsets stay valid.
        if (other_begin > begin) {
            text.replace(other_begin, other_end - other_begin, line);
            text.replace(begin, end - begin, other);
        } else {
            text.replace(begin, end - begin, other);
            text.replace(other_begin, other_end - other_begin, line);
        }
        break;
    }
    // One random draw per statement: the order of the draws, and so the mutants, are
    // the same with every compiler.
    case 4: { // bytes lost
        const std::size_t at = index(text.size());
        text.erase(at, static_cast<std::size_t>(random.between(1, 12)));
        break;
    }
    case 5: { // bytes repeated
        const std::size_t from = index(text.size());
        const std::string bytes =
            text.substr(from, static_cast<std::size_t>(random.between(1, 24)));
        text.insert(index(text.size()), bytes);
        break;
    }
    case 6: { // two bytes swapped
        const std::size_t first = index(text.size());
        std::swap(text[first], text[index(text.size())]);
        break;
    }
    case 7: { // a marker typed in
        const std::size_t at = index(text.size());
        text.insert(at, mutation_markers[index(std::size(mutation_markers))]);
        break;
    }
    default: { // a byte changed: a digit, a tab, or any byte
        const std::size_t at = index(text.size());
        if (random.chance(60)) {
            text[at] = static_cast<char>('0' + random.between(0, 9));
        } else if (random.chance(50)) {
            text[at] = '\t';
        } else {
            text[at] = static_cast<char>(random.between(0, 255));
        }
        break;
    }
    }
}

bool has_kpis(const Report& report) {
    return std::any_of(report.rounds.begin(), report.rounds.end(), [](const Round& round) {
        return std::any_of(round.projects.begin(), round.projects.end(),
                           [](const Project& project) { return !project.kpis.empty(); });
    });
}

} // namespace

TEST_SUITE("text_reader") {

    TEST_CASE("no input crashes, hangs or reads out of bounds: the seed cut at every byte") {
        const std::string seed = testing::read_file(seed_text_path);
        for (std::size_t size = 0; size <= seed.size(); ++size) {
            // Strict mode only at every fifth size: it reads a prefix of what lenient reads.
            for (const bool strict : {false, true}) {
                if (strict && size % 5 != 0) {
                    continue;
                }
                const TextReadResult result =
                    read_text(std::string_view(seed).substr(0, size), strict);
                if (strict && has_errors(result.diagnostics)) {
                    CHECK_FALSE(result.report);
                }
                for (const Diagnostic& d : result.diagnostics) {
                    CHECK_FALSE(d.message.empty());
                }
            }
        }
    }

    TEST_CASE("no input crashes, hangs or reads out of bounds: random bytes in the seed") {
        // 400 copies of the seed with 1 to 6 bytes changed, markers inserted, bytes removed or
        // repeated.
        const std::string seed = testing::read_file(seed_text_path);
        testing::Random random(20240601);
        const std::string specials[] = {"\t",     "\n",     "\r",   "※",   "○",          "【KPI】",
                                        "<",      ">",      "(",    ")",   "①",          "計画",
                                        "実績",   "当初値", "単位", "R",   "年度",       "—",
                                        "(見込)", "\xFF",   "\xE3", "KPI", "99999999999"};
        const auto position = [&](const std::string& text) {
            return static_cast<std::size_t>(
                random.between(0, static_cast<std::int64_t>(text.size()) - 1));
        };
        for (int round = 0; round < 400; ++round) {
            std::string text = seed;
            for (auto n = random.between(1, 6); n > 0; --n) {
                const std::size_t at = position(text);
                switch (random.between(0, 3)) {
                case 0:
                    text[at] = static_cast<char>(random.between(0, 255));
                    break;
                case 1:
                    text.insert(at, specials[random.between(0, std::size(specials) - 1)]);
                    break;
                case 2:
                    text.erase(at, static_cast<std::size_t>(random.between(1, 40)));
                    break;
                default:
                    text.insert(at, text.substr(position(text), 80));
                    break;
                }
            }
            check_read_promises(text, read_text(text, true), read_text(text, false));
        }
    }

    TEST_CASE("no input crashes, hangs or reads out of bounds: pathological lines") {
        // One megabyte each (ten for the first), in time linear in their size.
        constexpr std::size_t one_mb = 1'000'000;
        const std::string kpi_table = table_prefix + "KPI①\t件数\n\t当初値\tR1\tR2\tR3\t単位\n";
        std::string cells;
        while (cells.size() < 10 * one_mb) {
            cells += "\t1,234";
        }
        const std::string inputs[] = {
            kpi_table + "①計画" + cells, // a ten-megabyte table row
            std::string(one_mb, 'a'),
            std::string(one_mb, '\t'),
            "※" + std::string(one_mb, 'x'),
            "R1年度" + std::string(one_mb, '<'),
            "R1年度交付金" + std::string(one_mb / 2, '\xE3') + "\x80\x90",
            "R1年度交付金<1/2国費>\n\n○" + std::string(one_mb, '<') + ">",
            "R1年度交付金<1/2国費>\n\n○名<" + std::string(one_mb / 3, ',') + "と共同申請> (1千円)",
            "R1年度交付金<1/2国費>\n\n○名<単独申請> (" + std::string(one_mb, '9') + "千円)",
            kpi_table + "①計画\t" + std::string(one_mb, '1'),
            table_prefix + "KPI①\t件数\n\t当初値" + std::string(one_mb, '\t') + "R1\t単位\n",
            table_prefix + "KPI①\t件数\n\t当初値\tR1" + std::string(one_mb, '\t') + "x\n",
            table_prefix + "KPI" + std::string(one_mb, '7') + "\tx\n",
            table_prefix + std::string(one_mb, '\n'),
            std::string(one_mb, '\r'),
        };
        for (const std::string& input : inputs) {
            CAPTURE(input.substr(0, 40));
            for (const bool strict : {true, false}) {
                const TextReadResult result = read_text(input, strict);
                CHECK(result.diagnostics.size() <= 3);
            }
        }
    }

    TEST_CASE("lenient mode stops after 1000 diagnostics with one more that says so") {
        std::string text = table_prefix + "KPI①\t件数\n\t当初値\tR1\tR2\tR3\t単位\n";
        for (int row = 0; row < 2000; ++row) {
            text += "①計画\tabc\tabc\tabc\tabc\t件\n"; // 4 bad cells, then "a second row"
        }
        const TextReadResult many = read_text(text, false);
        REQUIRE_EQ(many.diagnostics.size(), 1001);
        CHECK_EQ(many.diagnostics.back().to_string(),
                 "bad.txt:1005:1: error: GK043: too many problems: stopped after 1000");
    }

    TEST_CASE("written random reports with lines and bytes deleted, repeated and swapped") {
        // The text of seeded random reports (write_report_text), broken the ways copying from
        // PDFs and spreadsheets breaks it: lines lost, repeated or out of order, bytes lost,
        // repeated, swapped or changed, markers typed in. The reader never throws, locates
        // every diagnostic in the text, and refuses in strict mode without a report
        // (check_read_promises). The counts at the end make sure the mutants reach the
        // reader's projects and tables: many are read with their KPIs, most are refused after
        // the first round heading.
        int mutants = 0;
        int read_with_kpis = 0; // strict mode read a report with at least one KPI
        int refused_later = 0;  // strict mode's error is on a line after the first round heading
        int reports = 0;
        for (std::uint64_t seed = 1; reports < 60; ++seed) {
            const Report report = testing::random_report(
                seed, testing::RandomReportOptions{.json_special_characters = false});
            if (!has_kpis(report)) {
                continue; // nothing for the mutations to break but headings
            }
            ++reports;
            const std::string written = write_report_text(report);
            CAPTURE(seed);
            REQUIRE(read_text(written, true).ok()); // unbroken, it reads
            // The line of the first round heading: the first 年度 (the generator's words have
            // none).
            const std::size_t heading_line = count_lines(written.substr(0, written.find("年度")));
            testing::Random random(seed);
            for (int mutant = 0; mutant < 8; ++mutant, ++mutants) {
                std::string text = written;
                for (auto n = random.between(1, 2); n > 0; --n) {
                    mutate(text, random);
                }
                CAPTURE(mutant);
                CAPTURE(text);
                TextReadResult strict;
                TextReadResult lenient;
                try {
                    strict = read_text(text, true);
                    lenient = read_text(text, false);
                } catch (const std::exception& e) {
                    FAIL_CHECK("the reader threw: " << std::string(e.what()));
                    continue;
                }
                check_read_promises(text, strict, lenient);
                if (strict.ok() && has_kpis(*strict.report)) {
                    ++read_with_kpis;
                } else if (!strict.ok() && strict.diagnostics.back().line > heading_line) {
                    ++refused_later;
                }
            }
        }
        CAPTURE(read_with_kpis);
        CAPTURE(refused_later);
        CHECK_EQ(mutants, 480);
        // 105 and 357 of the 480 today.
        CHECK_GE(read_with_kpis, mutants / 8);
        CHECK_GE(refused_later, mutants / 2);
    }

} // TEST_SUITE
