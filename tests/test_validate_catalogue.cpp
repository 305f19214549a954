// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The rule catalogue, and the pages that list it: docs/validation-rules.md (each rule's
// severity and example message) and src/validate/README.md (where each rule is checked,
// reported and tested).

#include <grantkpi/validate.hpp>

#include "support/seed.hpp"
#include "support/validate_helpers.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace grantkpi;
using namespace grantkpi::testing::validation;

namespace {

// The rows of every family.
template <class Row>
std::vector<Row> joined(std::initializer_list<std::vector<Row>> families) {
    std::vector<Row> rows;
    for (const auto& family : families) {
        rows.insert(rows.end(), family.begin(), family.end());
    }
    return rows;
}

std::vector<Triggers> all_triggering() {
    return joined<Triggers>({structure_triggering(), budget_triggering(), series_triggering(),
                             value_triggering(), direction_triggering()});
}

std::vector<Passes> all_passing() {
    return joined<Passes>({structure_passing(), budget_passing(), series_passing(), value_passing(),
                           direction_passing()});
}

// The pieces of `text` between pairs of `quote`: `a` and `b` in "x `a` y `b`".
std::vector<std::string> quoted(std::string_view text, char quote) {
    std::vector<std::string> pieces;
    std::size_t open = text.find(quote);
    while (open != std::string_view::npos) {
        const std::size_t close = text.find(quote, open + 1);
        if (close == std::string_view::npos) {
            break;
        }
        pieces.emplace_back(text.substr(open + 1, close - open - 1));
        open = text.find(quote, close + 1);
    }
    return pieces;
}

// The cells of a Markdown table row, `| a | b |` gives a and b (with their spaces).
std::vector<std::string_view> cells_of(std::string_view line) {
    std::vector<std::string_view> cells;
    std::size_t start = line.find('|');
    while (start != std::string_view::npos) {
        const std::size_t end = line.find('|', start + 1);
        if (end == std::string_view::npos) {
            break;
        }
        cells.push_back(line.substr(start + 1, end - start - 1));
        start = end;
    }
    return cells;
}

// The line of `text` that starts with `start`, empty when there is none.
std::string_view line_starting(std::string_view text, std::string_view start) {
    const std::size_t at = text.starts_with(start) ? 0 : text.find("\n" + std::string(start));
    if (at == std::string_view::npos) {
        return {};
    }
    const std::size_t begin = at == 0 ? 0 : at + 1;
    return text.substr(begin, text.find('\n', begin) - begin);
}

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

// One row of src/validate/README.md's table: the rule's code; its family's header and source
// (src/validate/); the facts of the fast path's scan its question uses (fast_path.hpp, none
// for a rule above the KPI); its question (in the header); its full check and message (in
// the source, with the code); its test file (tests/) and test cases. Each name is checked
// against the file it names.
void check_readme_row(std::string_view code, std::string_view line) {
    const std::vector<std::string_view> cells = cells_of(line);
    REQUIRE(cells.size() == 6);
    const std::vector<std::string> files = quoted(cells[1], '`');
    const std::vector<std::string> facts = quoted(cells[2], '`');
    const std::vector<std::string> questions = quoted(cells[3], '`');
    const std::vector<std::string> reports = quoted(cells[4], '`');
    const std::vector<std::string> test_file = quoted(cells[5], '`');
    const std::vector<std::string> test_cases = quoted(cells[5], '"');
    REQUIRE(files.size() == 2);
    REQUIRE_FALSE(questions.empty());
    REQUIRE_FALSE(reports.empty());
    REQUIRE(test_file.size() == 1);
    REQUIRE_FALSE(test_cases.empty());
    const std::string src = GRANTKPI_SOURCE_DIR "/src/validate/";
    const std::string header = testing::read_file(src + files[0]);
    const std::string source = testing::read_file(src + files[1]);
    const std::string fast_path = testing::read_file(src + "fast_path.hpp");
    for (const std::string& fact : facts) {
        CAPTURE(fact);
        CHECK(contains(fast_path, "bool " + fact + " "));
    }
    for (const std::string& question : questions) {
        CAPTURE(question);
        CHECK(contains(header, " " + question + "("));
    }
    for (const std::string& report : reports) {
        CAPTURE(report);
        CHECK(contains(header, "GRANTKPI_COLD void " + report + "("));
        CHECK(contains(source, "\nvoid " + report + "("));
    }
    CHECK(contains(source, "add(\"" + std::string(code) + "\""));
    const std::string tests = testing::read_file(GRANTKPI_SOURCE_DIR "/tests/" + test_file[0]);
    CHECK(contains(tests, "\"" + std::string(code) + "\""));
    for (const std::string& name : test_cases) {
        CAPTURE(name);
        CHECK(contains(tests, "TEST_CASE(\"" + name + "\")"));
    }
}

} // namespace

TEST_SUITE_BEGIN("validate");

TEST_CASE("the rule catalogue: ordered with unique codes and a summary each") {
    const auto rules = validation_rules();
    // The catalogue itself: the rows below check each rule it lists, but not that a rule
    // has not gone missing (codes are stable: a rule is retired only on purpose).
    std::vector<std::string_view> codes;
    for (const auto& rule : rules) {
        codes.push_back(rule.code);
    }
    CHECK(codes == std::vector<std::string_view>{"GK101", "GK201", "GK202", "GK203", "GK204",
                                                 "GK301", "GK302", "GK303", "GK304", "GK305",
                                                 "GK306", "GK307", "GK308", "GK309", "GK310",
                                                 "GK401", "GK402", "GK403", "GK404", "GK405",
                                                 "GK406", "GK407", "GK408", "GK409", "GK410"});
    REQUIRE(rules.size() == 25);
    for (std::size_t i = 0; i < rules.size(); ++i) {
        CAPTURE(rules[i].code);
        CHECK(rules[i].code.size() == 5);
        CHECK(rules[i].code.starts_with("GK"));
        CHECK_FALSE(rules[i].summary.empty());
        if (i > 0) {
            CHECK(rules[i - 1].code < rules[i].code);
        }
        CHECK(find_validation_rule(rules[i].code) == &rules[i]);
    }
    CHECK(find_validation_rule("GK999") == nullptr);
}

TEST_CASE("docs/validation-rules.md lists every rule with its severity") {
    const std::string doc = testing::read_file(GRANTKPI_SOURCE_DIR "/docs/validation-rules.md");
    REQUIRE_FALSE(doc.empty());
    for (const auto& rule : validation_rules()) {
        CAPTURE(rule.code);
        const std::string line_start = "| " + std::string(rule.code) + " | " +
                                       (rule.severity == Severity::error ? "error" : "warning") +
                                       " |";
        CHECK(doc.find(line_start) != std::string::npos);
    }
}

TEST_CASE("src/validate/README.md says where each rule is checked, reported and tested") {
    // A newcomer looking for GK405 finds it in one folder: the README's row names the files
    // and functions of its check and message, and its tests; each name must be real.
    const std::string readme = testing::read_file(GRANTKPI_SOURCE_DIR "/src/validate/README.md");
    std::set<std::string> listed;
    for (const auto& rule : validation_rules()) {
        CAPTURE(rule.code);
        const std::string_view line = line_starting(readme, "| " + std::string(rule.code) + " |");
        REQUIRE_FALSE(line.empty());
        check_readme_row(rule.code, line);
        listed.insert(std::string(rule.code));
    }
    // And no row for a code the catalogue lacks.
    for (std::size_t at = readme.find("\n| GK"); at != std::string::npos;
         at = readme.find("\n| GK", at + 1)) {
        const std::string code = readme.substr(at + 3, 5);
        CAPTURE(code);
        CHECK(find_validation_rule(code) != nullptr);
    }
    CHECK(listed.size() == validation_rules().size());
}

TEST_CASE("every rule has a triggering and a passing row") {
    // The rows outlive the sets, which view their codes.
    const std::vector<Triggers> triggering = all_triggering();
    const std::vector<Passes> passing = all_passing();
    std::set<std::string_view> triggered;
    std::set<std::string_view> passed;
    for (const auto& row : triggering) {
        triggered.insert(row.code);
    }
    for (const auto& row : passing) {
        passed.insert(row.code);
    }
    for (const auto& rule : validation_rules()) {
        CAPTURE(rule.code);
        CHECK(triggered.count(rule.code) == 1);
        CHECK(passed.count(rule.code) == 1);
    }
    // And no row names a code the catalogue lacks (a passing row for a misspelt code would
    // pass whatever the validator does).
    for (const std::set<std::string_view>* codes : {&triggered, &passed}) {
        for (const std::string_view code : *codes) {
            CAPTURE(code);
            CHECK(find_validation_rule(code) != nullptr);
        }
    }
}

TEST_SUITE_END();
