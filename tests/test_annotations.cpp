// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/annotations.hpp>

#include <grantkpi/input.hpp>
#include <grantkpi/json.hpp>

#include "support/printers.hpp"
#include "support/random_report.hpp"
#include "support/reader_checks.hpp"
#include "support/text_read.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace grantkpi;

namespace doctest {
template <>
struct StringMaker<grantkpi::AnnotationPlace> {
    static String convert(const grantkpi::AnnotationPlace& p) {
        return (p.pointer + " " + std::to_string(p.line) + ":" + std::to_string(p.column)).c_str();
    }
};
} // namespace doctest

namespace {

const std::string source_dir = GRANTKPI_SOURCE_DIR;
const std::string seed_text = source_dir + "/examples/data/sapporo_fy2022.txt";
const std::string seed_json = source_dir + "/examples/data/sapporo_fy2022.json";
const std::string seed_annotations =
    source_dir + "/tests/data/annotations/sapporo_fy2022.annotations.json";

Report seed_report() {
    TextReadResult result = load_report(seed_text);
    REQUIRE(result.ok());
    return std::move(*result.report);
}

/// Lines joined with line breaks, for messages doctest can print.
/// The diagnostics a check wants, a line each: whole lines, or lines that end with the code
/// (`a.json:2:51: error: GK072`), which match any message at that place with that code
/// (testing::diagnostic_matches).
struct Wanted {
    std::vector<std::string> lines;

    friend bool operator==(const std::string& got, const Wanted& wanted) {
        std::vector<std::string_view> got_lines;
        for (std::size_t at = 0; at < got.size();) {
            const std::size_t end = got.find('\n', at);
            got_lines.push_back(std::string_view(got).substr(at, end - at));
            at = end == std::string::npos ? got.size() : end + 1;
        }
        if (got_lines.size() != wanted.lines.size()) {
            return false;
        }
        for (std::size_t i = 0; i < got_lines.size(); ++i) {
            if (!grantkpi::testing::diagnostic_matches(got_lines[i], wanted.lines[i])) {
                return false;
            }
        }
        return true;
    }
    friend std::ostream& operator<<(std::ostream& os, const Wanted& wanted) {
        for (const auto& line : wanted.lines) {
            os << line << '\n';
        }
        return os;
    }
};

Wanted join(std::vector<std::string> lines) {
    return Wanted{std::move(lines)};
}

/// Every diagnostic as Diagnostic::to_string() prints it, a line each.
std::string lines(const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics) {
        out += d.to_string() + "\n";
    }
    return out;
}

/// The diagnostics of reading `json` as the file "a.json".
std::string read_errors(const std::string& json) {
    const AnnotationsReadResult result = read_annotations_json(json, "a.json");
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.annotations.has_value());
    return lines(result.diagnostics);
}

/// A file with one project entry whose members are `members`.
std::string one_project(const std::string& members) {
    return "{\"schema\": \"grantkpi.annotations/1\", \"projects\": [{" + members + "}]}";
}

Kpi& kpi_of(Report& report, std::size_t round, std::size_t project, std::size_t kpi) {
    return report.rounds.at(round).projects.at(project).kpis.at(kpi);
}

} // namespace

TEST_SUITE("annotations") {

    TEST_CASE("annotations: a valid file reads with every value and the place of every key") {
        const std::string json = R"({
  "schema": "grantkpi.annotations/1",
  "projects": [
    {"round": "R1", "project": " P ", "budget_scope": "joint_total", "own_budget": "8,000",
     "kpis": [{"kpi": 1, "direction": "decrease", "accumulation": null, "note": "why"},
              {"kpi": 2, "accumulation": "cumulative", "title": "T"}]},
    {"round": 2020, "project": "Q", "own_budget": 12.50, "current": {"anything": [1]}},
    {"round": "令和3年度", "project": "R", "budget_scope": null, "kpis": null}
  ]
}
)";
        const AnnotationsReadResult result = read_annotations_json(json, "a.json");
        REQUIRE(result.ok());
        CHECK(result.diagnostics.empty());
        const Annotations& a = *result.annotations;
        CHECK(a.file == "a.json");
        REQUIRE(a.projects.size() == 3);
        const ProjectAnnotation& p = a.projects[0];
        CHECK(p.round == FiscalYear{2019});
        CHECK(p.project == "P"); // trimmed, as the model holds names
        CHECK(p.budget_scope == BudgetScope::joint_total);
        REQUIRE(p.own_budget.has_value());
        CHECK(p.own_budget->amount().to_string() == "8000");
        CHECK(p.own_budget_at == AnnotationPlace{"/projects/0/own_budget", 4, 84});
        REQUIRE(p.kpis.size() == 2);
        CHECK(p.kpis[0].kpi == 1);
        CHECK(p.kpis[0].direction == Direction::decrease);
        CHECK_FALSE(p.kpis[0].accumulation.has_value()); // null: states nothing
        CHECK(p.kpis[0].note == "why");
        CHECK(p.kpis[0].direction_at == AnnotationPlace{"/projects/0/kpis/0/direction", 5, 39});
        CHECK(p.kpis[1].accumulation == Accumulation::cumulative);
        CHECK(p.kpis[1].title == "T");
        CHECK(p.kpis[1].kpi_at == AnnotationPlace{"/projects/0/kpis/1/kpi", 6, 23});
        // Digits as written: 12.50 keeps its scale.
        REQUIRE(a.projects[1].own_budget.has_value());
        CHECK(a.projects[1].own_budget->amount().to_string() == "12.50");
        CHECK(a.projects[2].round == FiscalYear{2021});
        CHECK_FALSE(a.projects[2].budget_scope.has_value());
        CHECK(a.projects[2].at == AnnotationPlace{"/projects/2", 8, 5});
    }

    TEST_CASE("annotations: an empty file and an empty list read as no annotations") {
        const auto empty =
            read_annotations_json(R"({"schema": "grantkpi.annotations/1"})", "a.json");
        REQUIRE(empty.ok());
        CHECK(empty.annotations->projects.empty());
        const auto bom = read_annotations_json(
            "\uFEFF{\"schema\": \"grantkpi.annotations/1\", \"projects\": []}", "a.json");
        REQUIRE(bom.ok());
    }

    TEST_CASE("annotations: syntax errors give one error at the line and column where they stand") {
        CHECK(read_errors("") ==
              join({"a.json:1:1: error: GK070: invalid JSON: the input is empty; expected "
                    "a JSON object (a grantkpi annotation file)"}));
        CHECK(read_errors("{\"schema\": \"grantkpi.annotations/1\"\n \"projects\": []}") ==
              join({"a.json:2:2: error: GK070"}));
        CHECK(read_errors(
                  one_project("\"round\": 2019, \"project\": \"P\", \"kpis\": [{\"kpi\": 1,}]")) ==
              join({"a.json:1:102: error: GK070"}));
        CHECK(read_errors(one_project("\"round\": NaN")) == join({"a.json:1:61: error: GK070"}));
        CHECK(read_errors("{\"schema\": \"grantkpi.annotations/1\"} x") ==
              join({"a.json:1:38: error: GK070"}));
        CHECK(read_errors("{\"schema\": \"grantkpi.annotations/1\", \"projects\": [") ==
              join({"a.json:1:51: error: GK070"}));
        CHECK(read_errors("{\"schema\": \"grantkpi.annotations/1\n\"}") ==
              join({"a.json:1:35: error: GK070"}));
        CHECK(read_errors("{\"schema\": \"grantkpi\xFF\"}") == join({"a.json:1:21: error: GK070"}));
        CHECK(read_errors("{\"schema\": 01}") == join({"a.json:1:13: error: GK070"}));
        std::string deep = "a.json:1:65: error: GK070: ";
        for (int i = 0; i < 64; ++i) {
            deep += "/0";
        }
        CHECK(read_errors(std::string(100, '[') + std::string(100, ']')) ==
              join({deep + ": invalid JSON: nesting deeper than 64 levels"}));
        // The array is the first value, its element k (from 1) the (k+1)th, at column 2k.
        std::string many = "[0";
        for (int i = 0; i < 1'000'000; ++i) {
            many += ",0";
        }
        CHECK(read_errors(many + "]") == join({"a.json:1:2000000: error: GK071"}));
        // Columns count code points: the kanji before the error are one column each.
        CHECK(read_errors(one_project("\"project\": \"外国人\" \"round\": 1")) ==
              join({"a.json:1:69: error: GK070"}));
    }

    TEST_CASE("annotations: the document's own keys") {
        CHECK(read_errors("[]") == join({"a.json:1:1: error: GK072"}));
        CHECK(read_errors("{\"projects\": []}") == join({"a.json:1:1: error: GK075"}));
        CHECK(read_errors("{\"schema\": \"grantkpi.report/1\"}") ==
              join({"a.json:1:12: error: GK079"}));
        CHECK(read_errors("{\"schema\": \"grantkpi.annotations/1\", \"rounds\": []}") ==
              join({"a.json:1:38: error: GK073"}));
        CHECK(read_errors("{\"schema\": \"grantkpi.annotations/1\", \"projects\": {}}") ==
              join({"a.json:1:50: error: GK072"}));
        CHECK(read_errors("{\"schema\": \"grantkpi.annotations/1\", \"schema\": \"x\"}") ==
              join({"a.json:1:38: error: GK074"}));
    }

    TEST_CASE("annotations: project entries") {
        CHECK(read_errors(one_project("\"project\": \"P\"")) ==
              join({"a.json:1:51: error: GK075"}));
        CHECK(read_errors(one_project("\"round\": 2019")) == join({"a.json:1:51: error: GK075"}));
        CHECK(read_errors(one_project("\"round\": 19, \"project\": \"P\"")) ==
              join({"a.json:1:61: error: GK076"}));
        CHECK(read_errors(one_project("\"round\": \"R1x\", \"project\": \"P\"")) ==
              join({"a.json:1:61: error: GK076"}));
        CHECK(read_errors(one_project("\"round\": 2019, \"project\": 5")) ==
              join({"a.json:1:78: error: GK072"}));
        CHECK(read_errors(one_project(
                  "\"round\": 2019, \"project\": \"P\", \"budget_scope\": \"whole\"")) ==
              join({"a.json:1:99: error: GK072"}));
        CHECK(
            read_errors(one_project("\"round\": 2019, \"project\": \"P\", \"own_budget\": 8e3")) ==
            join({"a.json:1:97: error: GK077"}));
        CHECK(read_errors(one_project("\"round\": 2019, \"project\": \"P\", \"own_budget\": -1")) ==
              join({"a.json:1:97: error: GK077"}));
        CHECK(
            read_errors(one_project("\"round\": 2019, \"project\": \"P\", \"own_budget\": true")) ==
            join({"a.json:1:97: error: GK072"}));
        CHECK(read_errors(one_project("\"round\": 2019, \"project\": \"P\", \"scope\": \"own\"")) ==
              join({"a.json:1:83: error: GK073"}));
    }

    TEST_CASE("annotations: KPI entries") {
        const std::string head = "\"round\": 2019, \"project\": \"P\", \"kpis\": ";
        CHECK(read_errors(one_project(head + "[{\"direction\": \"decrease\"}]")) ==
              join({"a.json:1:92: error: GK075"}));
        CHECK(read_errors(one_project(head + "[{\"kpi\": 1.5}]")) ==
              join({"a.json:1:100: error: GK072"}));
        CHECK(read_errors(one_project(head + "[{\"kpi\": \"①\"}]")) ==
              join({"a.json:1:100: error: GK072"}));
        CHECK(read_errors(one_project(head + "[{\"kpi\": 1, \"direction\": \"down\"}]")) ==
              join({"a.json:1:116: error: GK072"}));
        CHECK(read_errors(one_project(head + "[{\"kpi\": 1, \"accumulation\": 2}]")) ==
              join({"a.json:1:119: error: GK072"}));
        CHECK(read_errors(one_project(head + "[{\"kpi\": 1, \"kpi\": 2}]")) ==
              join({"a.json:1:103: error: GK074"}));
        CHECK(read_errors(one_project(head + "[{\"kpi\": 1, \"dir\": \"decrease\"}]")) ==
              join({"a.json:1:103: error: GK073"}));
        CHECK(read_errors(one_project(head + "[3]")) == join({"a.json:1:92: error: GK072"}));
    }

    TEST_CASE("annotations: duplicate entries are errors that name the first one") {
        const std::string json = R"({"schema": "grantkpi.annotations/1", "projects": [
  {"round": 2019, "project": "P", "kpis": [{"kpi": 1}, {"kpi": 1, "direction": "decrease"}]},
  {"round": "R1", "project": "P"}
]})";
        CHECK(read_errors(json) == join({"a.json:2:56: error: GK078", "a.json:3:3: error: GK078"}));
    }

    TEST_CASE("annotations: every error of a file is reported, in document order") {
        const std::string json = R"({"schema": "grantkpi.annotations/1", "projects": [
  {"round": 2019, "project": "P", "budget_scope": "all",
   "kpis": [{"kpi": 0}, {"kpi": 2, "direction": "up", "extra": 1}]},
  {"project": "Q"}
]})";
        CHECK(read_errors(json) == join({"a.json:2:51: error: GK072", "a.json:3:21: error: GK072",
                                         "a.json:3:49: error: GK072", "a.json:3:55: error: GK073",
                                         "a.json:4:3: error: GK075"}));
    }

    TEST_CASE("annotations: load_annotations names the file, and a missing file is one error") {
        const AnnotationsReadResult result = load_annotations(seed_annotations, "seed.json");
        REQUIRE(result.ok());
        CHECK(result.annotations->file == "seed.json");
        CHECK(result.annotations->projects.size() == 2);
        const AnnotationsReadResult missing = load_annotations(source_dir + "/no/such/file.json");
        CHECK_FALSE(missing.ok());
        REQUIRE(missing.diagnostics.size() == 1);
        CHECK(missing.diagnostics[0].file == source_dir + "/no/such/file.json");
        CHECK(missing.diagnostics[0].message ==
              "cannot open the file for reading: it does not exist");
    }

    TEST_CASE(
        "annotations: stating KPI③ increment makes the seed text read as its hand-checked JSON") {
        // The text cannot say that KPI③ (外国人居住者数) of
        // 外国人の活躍×グローバルビジネス拡大プロジェクト counts yearly changes (actual R2 is
        // -3,760): the hand-checked JSON says increment.
        Report report = seed_report();
        Kpi& kpi = kpi_of(report, 0, 2, 2);
        REQUIRE(kpi.title == "外国人居住者数");
        CHECK(kpi.accumulation == Accumulation::level);

        const AnnotationsReadResult file = load_annotations(seed_annotations, "annotations.json");
        REQUIRE(file.ok());
        Annotations only_kpi = *file.annotations;
        only_kpi.projects.resize(1);
        CHECK(apply_annotations(report, only_kpi).empty());
        CHECK(kpi.accumulation == Accumulation::increment);
        CHECK(kpi.accumulation_basis ==
              Provenance::stated_by("annotations.json:/projects/0/kpis/0/accumulation"));
        // Not annotated: untouched (the reader's inference from the title).
        CHECK(kpi.direction_basis.source == Source::assumed);

        auto expected = load_report_json(seed_json);
        REQUIRE(expected);
        report.municipality = expected->municipality; // the text does not name it
        // The hand-checked JSON states every figure; the figures are the same.
        CHECK(testing::without_bases(report) == *expected);
    }

    TEST_CASE("annotations: a joint total's own part is stated with its scope") {
        // UIJ ターン新規就業支援事業 (71,349千円 ※道全体の採択額): the bundled file states the
        // scope the heading gives.
        Report report = seed_report();
        const AnnotationsReadResult file = load_annotations(seed_annotations, "annotations.json");
        REQUIRE(file.ok());
        CHECK(apply_annotations(report, *file.annotations).empty());
        Project& project = report.rounds[0].projects[1];
        CHECK_FALSE(project.own_budget.has_value()); // the report gives no own part
        CHECK(project.budget == Money{Decimal{71349}});
        CHECK(project.budget_scope == BudgetScope::joint_total);
        CHECK(project.budget_scope_basis ==
              Provenance::stated_by("annotations.json:/projects/1/budget_scope"));

        // An own part, hypothetical (the report gives none), exact to its written digits.
        const AnnotationsReadResult own = read_annotations_json(
            one_project("\"round\": 2019, \"project\": \"UIJ ターン新規就業支援事業\", "
                        "\"own_budget\": \"8,000.50\""),
            "own.json");
        REQUIRE(own.ok());
        CHECK(apply_annotations(report, *own.annotations).empty());
        REQUIRE(project.own_budget.has_value());
        CHECK(project.own_budget->amount().to_string() == "8000.50");
        CHECK(project.budget == Money{Decimal{71349}}); // the whole stays the written amount
        CHECK(project.budget_scope_basis ==
              Provenance::stated_by("annotations.json:/projects/1/budget_scope"));
    }

    TEST_CASE("annotations: an entry that matches nothing is an error in the annotation file") {
        Report report = seed_report();
        const Report before = report;
        const std::string json = R"({"schema": "grantkpi.annotations/1", "projects": [
  {"round": 2023, "project": "UIJ ターン新規就業支援事業"},
  {"round": 2021, "project": "UIJ ターン新規就業支援事業"},
  {"round": 2019, "project": "UIJターン新規就業支援事業"},
  {"round": 2020, "project": "UIJ ターン新規就業支援事業"},
  {"round": 2019, "project": "UIJ ターン新規就業支援事業",
   "kpis": [{"kpi": 2, "direction": "decrease"}, {"kpi": 5, "direction": "decrease"}]}
]})";
        const AnnotationsReadResult file = read_annotations_json(json, "a.json");
        REQUIRE(file.ok());
        const std::vector<Diagnostic> diagnostics = apply_annotations(report, *file.annotations);
        CHECK(lines(diagnostics) ==
              join({"a.json:2:13: error: GK080",
                    // R3年度は新規採択事業なし: the seed's R3 round has no project.
                    "a.json:3:30: error: GK080", "a.json:4:30: error: GK080",
                    "a.json:5:30: error: GK080", "a.json:7:58: error: GK080"}));
        CHECK(report == before); // all or nothing: KPI② was not changed either
    }

    TEST_CASE("annotations: a name typed with full-width letters gets a did-you-mean") {
        Report report = seed_report();
        const AnnotationsReadResult file = read_annotations_json(
            one_project("\"round\": 2019, \"project\": \"ＵＩＪ　ターン新規就業支援事業\""),
            "a.json");
        REQUIRE(file.ok());
        CHECK(lines(apply_annotations(report, *file.annotations)) ==
              join({"a.json:1:78: error: GK080"}));
    }

    TEST_CASE("annotations: an own part needs a joint total, and is not larger than the whole") {
        Report report = seed_report();
        const Report before = report;
        const std::string json = R"({"schema": "grantkpi.annotations/1", "projects": [
  {"round": 2019, "project": "UIJ ターンによるさっぽろ型人材還流促進事業", "own_budget": 100},
  {"round": 2019, "project": "UIJ ターン新規就業支援事業", "own_budget": 71349.5}
]})";
        const AnnotationsReadResult file = read_annotations_json(json, "a.json");
        REQUIRE(file.ok());
        CHECK(lines(apply_annotations(report, *file.annotations)) ==
              join({"a.json:2:71: error: GK082", "a.json:3:63: error: GK083"}));
        CHECK(report == before);

        // Stating the scope in the same entry makes the own part valid.
        const AnnotationsReadResult fixed = read_annotations_json(
            one_project(
                "\"round\": 2019, \"project\": \"UIJ ターンによるさっぽろ型人材還流促進事業\", "
                "\"budget_scope\": \"joint_total\", \"own_budget\": 100"),
            "a.json");
        REQUIRE(fixed.ok());
        CHECK(apply_annotations(report, *fixed.annotations).empty());
        CHECK(report.rounds[0].projects[0].own_budget == Money{Decimal{100}});
    }

    TEST_CASE("annotations: stating own drops an own part, with a warning") {
        Report report = seed_report();
        Project& project = report.rounds[0].projects[1];
        project.own_budget = Money{Decimal{8000}};
        const AnnotationsReadResult file = read_annotations_json(
            one_project(
                "\"round\": 2019, \"project\": \"UIJ ターン新規就業支援事業\", \"budget_scope\": "
                "\"own\""),
            "a.json");
        REQUIRE(file.ok());
        CHECK(lines(apply_annotations(report, *file.annotations)) ==
              join({"a.json:1:113: warning: GK081"}));
        CHECK(project.budget_scope == BudgetScope::own);
        CHECK_FALSE(project.own_budget.has_value());
    }

    TEST_CASE("annotations: a title that differs from the report's is a warning") {
        Report report = seed_report();
        const AnnotationsReadResult file = read_annotations_json(
            one_project("\"round\": 2019, \"project\": \"UIJ ターン新規就業支援事業\", \"kpis\": "
                        "[{\"kpi\": 2, \"title\": \"移住者数\", \"direction\": \"decrease\"}]"),
            "a.json");
        REQUIRE(file.ok());
        CHECK(lines(apply_annotations(report, *file.annotations)) ==
              join({"a.json:1:126: warning: GK084"}));
        CHECK(kpi_of(report, 0, 1, 1).direction == Direction::decrease);
    }

    TEST_CASE("annotations: one file applied to several reports") {
        std::vector<Report> reports{seed_report(), seed_report()};
        reports[1].rounds.erase(reports[1].rounds.begin()); // no R1 round in the second report
        const AnnotationsReadResult file = load_annotations(seed_annotations, "annotations.json");
        REQUIRE(file.ok());
        CHECK(apply_annotations(std::span<Report>(reports), *file.annotations).empty());
        CHECK(kpi_of(reports[0], 0, 2, 2).accumulation == Accumulation::increment);

        std::vector<Report> later{reports[1]};
        CHECK(
            lines(apply_annotations(std::span<Report>(later), *file.annotations)) ==
            join({"annotations.json:5:16: error: GK080", "annotations.json:13:16: error: GK080"}));
        std::vector<Report> two_later{reports[1], reports[1]};
        CHECK(
            lines(apply_annotations(std::span<Report>(two_later), *file.annotations)) ==
            join({"annotations.json:5:16: error: GK080", "annotations.json:13:16: error: GK080"}));
    }

    TEST_CASE("annotations: reports applied one at a time, unmatched entries told at the end") {
        Report first = seed_report();
        Report later = seed_report();
        later.rounds.erase(later.rounds.begin()); // no R1 round
        const AnnotationsReadResult file = read_annotations_json(
            R"({"schema": "grantkpi.annotations/1", "projects": [
  {"round": 2019, "project": "UIJ ターン新規就業支援事業", "kpis": [{"kpi": 1, "direction": "decrease"},
                                                                  {"kpi": 9}]},
  {"round": 2020, "project": "nowhere"}
]})",
            "a.json");
        REQUIRE(file.ok());
        AnnotationMatches matches;
        CHECK(apply_annotations(later, *file.annotations, matches).empty());
        CHECK(apply_annotations(first, *file.annotations, matches).empty());
        CHECK(kpi_of(first, 0, 1, 0).direction == Direction::decrease);
        CHECK(lines(unmatched_annotations(*file.annotations, matches, 2)) ==
              join({"a.json:3:75: error: GK080", "a.json:4:30: error: GK080"}));
    }

    TEST_CASE("annotations: the starting file leaves every guess null beside its current source") {
        // Every figure stated but the three guesses set below.
        Report report = testing::without_bases(seed_report());
        report.rounds.resize(1);
        report.rounds[0].projects.resize(2);
        report.rounds[0].projects[0].kpis.resize(1);
        report.rounds[0].projects[1].kpis.resize(1);
        Kpi& kpi = kpi_of(report, 0, 0, 0);
        kpi.direction_basis = Provenance::inferred_by("plan rises from the baseline", true);
        kpi.accumulation_basis = Provenance::assumed_default();
        Project& joint = report.rounds[0].projects[1];
        joint.budget_scope_basis = Provenance::inferred_by("heading: ※道全体の採択額");
        joint.own_budget = Money{Decimal{8000}};
        report.municipality = "札幌市";
        CHECK(write_annotations_json(report) == R"({
  "schema": "grantkpi.annotations/1",
  "report": {"municipality": "札幌市"},
  "projects": [
    {
      "round": 2019,
      "project": "UIJ ターンによるさっぽろ型人材還流促進事業",
      "budget": 27125,
      "budget_scope": "own",
      "own_budget": null,
      "current": {
        "budget_scope": {"value": "own", "source": "stated", "uncertain": false}
      },
      "kpis": [
        {
          "kpi": 1,
          "title": "窓口を利用したさっぽろ圏の就職内定件数",
          "unit": "件",
          "direction": null,
          "accumulation": null,
          "current": {
            "direction": {"value": "increase", "source": "inferred", "rule": "plan rises from the baseline", "uncertain": true},
            "accumulation": {"value": "level", "source": "assumed", "uncertain": true}
          }
        }
      ]
    },
    {
      "round": 2019,
      "project": "UIJ ターン新規就業支援事業",
      "budget": 71349,
      "budget_scope": null,
      "own_budget": 8000,
      "current": {
        "budget_scope": {"value": "joint_total", "source": "inferred", "rule": "heading: ※道全体の採択額", "uncertain": false}
      },
      "kpis": [
        {
          "kpi": 1,
          "title": "本移住支援事業に基づく移住就業者数",
          "unit": "人",
          "direction": "increase",
          "accumulation": "level",
          "current": {
            "direction": {"value": "increase", "source": "stated", "uncertain": false},
            "accumulation": {"value": "level", "source": "stated", "uncertain": false}
          }
        }
      ]
    }
  ]
}
)");
    }

    TEST_CASE("annotations: applying an unedited starting file changes no value and no guess") {
        Report report = seed_report();
        // Guesses as the reader's inference marks them.
        for (auto& round : report.rounds) {
            for (auto& project : round.projects) {
                project.budget_scope_basis = Provenance::assumed_default();
                for (auto& kpi : project.kpis) {
                    kpi.direction_basis =
                        Provenance::inferred_by("plan rises from the baseline", true);
                    kpi.accumulation_basis = Provenance::assumed_default();
                }
            }
        }
        kpi_of(report, 0, 0, 1).direction_basis = Provenance::stated_by("earlier.json:/x");
        const Report before = report;
        const std::string start = write_annotations_json(report);
        const AnnotationsReadResult file = read_annotations_json(start, "start.json");
        REQUIRE(file.ok());
        CHECK(file.diagnostics.empty());
        CHECK(file.annotations->projects.size() == 6);
        CHECK(apply_annotations(report, *file.annotations).empty());
        // The one stated value is stated again, now by this file; nothing else changes.
        CHECK(kpi_of(report, 0, 0, 1).direction_basis ==
              Provenance::stated_by("start.json:/projects/0/kpis/1/direction"));
        kpi_of(report, 0, 0, 1).direction_basis =
            before.rounds[0].projects[0].kpis[1].direction_basis;
        CHECK(report == before);

        // Writing a value in place of a null states it.
        std::string edited = start;
        const std::string null_direction = "\"direction\": null";
        const auto at = edited.find(null_direction);
        REQUIRE(at != std::string::npos);
        edited.replace(at, null_direction.size(), "\"direction\": \"decrease\"");
        const AnnotationsReadResult edited_file = read_annotations_json(edited, "start.json");
        REQUIRE(edited_file.ok());
        CHECK(apply_annotations(report, *edited_file.annotations).empty());
        CHECK(kpi_of(report, 0, 0, 0).direction == Direction::decrease);
        CHECK(kpi_of(report, 0, 0, 0).direction_basis ==
              Provenance::stated_by("start.json:/projects/0/kpis/0/direction"));
    }

    TEST_CASE("annotations: the starting file of random reports applies to them unchanged") {
        // Names and titles with quotes, backslashes, control characters and 📈: each entry
        // finds its project again, and every value is stated again with the same value.
        for (std::uint64_t seed = 1; seed <= 40; ++seed) {
            CAPTURE(seed);
            Report report = grantkpi::testing::random_report(seed);
            const Report before = report;
            const AnnotationsReadResult file =
                read_annotations_json(write_annotations_json(report), "start.json");
            REQUIRE(file.ok());
            CHECK(file.diagnostics.empty());
            CHECK(lines(apply_annotations(report, *file.annotations)) == "");
            for (auto& round : report.rounds) {
                for (auto& project : round.projects) {
                    CHECK(project.budget_scope_basis.source == Source::stated);
                    project.budget_scope_basis = {};
                    for (auto& kpi : project.kpis) {
                        CHECK(kpi.direction_basis.rule.starts_with("start.json:/projects/"));
                        kpi.direction_basis = {};
                        kpi.accumulation_basis = {};
                    }
                }
            }
            CHECK(report == before);
        }
    }

    TEST_CASE("annotations: writes the seed's starting file for the schema check") {
        const std::filesystem::path dir =
            std::filesystem::path(GRANTKPI_TEST_OUTPUT_DIR) / "annotations";
        std::filesystem::create_directories(dir);
        std::ofstream(dir / "sapporo_fy2022.start.json", std::ios::binary)
            << write_annotations_json(seed_report());
        const AnnotationsReadResult back = load_annotations(dir / "sapporo_fy2022.start.json");
        CHECK(back.ok());
    }

    TEST_CASE("annotations: the reader refuses every file the schema refuses") {
        const std::filesystem::path dir = source_dir + "/tests/data/annotations/invalid";
        int files = 0;
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            CAPTURE(entry.path().string());
            const AnnotationsReadResult result = load_annotations(entry.path());
            CHECK_FALSE(result.ok());
            REQUIRE(result.diagnostics.size() == 1);
            CHECK(result.diagnostics[0].line == 1);
            ++files;
        }
        CHECK(files == 7);
    }
} // TEST_SUITE
