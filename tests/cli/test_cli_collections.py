#!/usr/bin/python3
"""The command-line tool on collections (grantkpi.collection/1 and /2: many reports in one JSON
file): the same outputs as the same reports given as separate files; evaluate --summary against
the full evaluation; the streamed JSON.

Usage: test_cli_collections.py GRANTKPI_BINARY SOURCE_DIR CORPUS_JSON PYTHON SCHEMA_VALIDATOR
       [unittest arguments]
CORPUS_JSON is the small generated corpus (120 reports) that the unit tests write
(bench.write_small_corpus). Standard library only.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

BINARY = None
SOURCE = None
CORPUS = None
PYTHON = None
VALIDATOR = None
SEED_JSON = None
SEED_TEXT = None
ANNOTATIONS = None


def run(*args, **kwargs):
    return subprocess.run([BINARY, *args], capture_output=True, text=True, timeout=300, **kwargs)


def split_collection(text):
    """The report objects of a collection in the canonical layout (write_collection_json: each
    report starts with a line "    {" and ends with "    }" or "    },"), as their text: split
    by lines, so that every number keeps its digits (a JSON parser would turn 31.20 into 31.2)."""
    reports, current = [], None
    for line in text.splitlines(keepends=True):
        if line == "    {\n":
            current = [line]
        elif current is not None:
            if line in ("    }\n", "    },\n"):
                current.append("    }\n")
                reports.append("".join(current))
                current = None
            else:
                current.append(line)
    return reports


def as_report_file(report_text, schema="grantkpi.report/2"):
    """A report object of a collection as a report document: its own "schema" first."""
    assert report_text.startswith("    {\n")
    return '{\n  "schema": "%s",\n' % schema + report_text[len("    {\n"):]


def as_collection(report_texts, schema="grantkpi.collection/2"):
    return '{\n  "schema": "%s",\n  "reports": [\n%s\n  ]\n}\n' % (
        schema, ",\n".join(t.rstrip("\n") for t in report_texts))


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


class Collections(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp()
        with open(CORPUS, encoding="utf-8") as f:
            text = f.read()
        cls.reports = split_collection(text)
        assert len(cls.reports) == 120, len(cls.reports)
        # The collection as given, and its reports as separate files in a folder.
        cls.collection = write(os.path.join(cls.tmp, "corpus.json"), text)
        cls.folder = os.path.join(cls.tmp, "split")
        os.mkdir(cls.folder)
        cls.files = [write(os.path.join(cls.folder, "r%03d.json" % i), as_report_file(r))
                     for i, r in enumerate(cls.reports)]

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def evaluate(self, *args):
        result = run("evaluate", *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        return result.stdout

    def split_label(self, match):
        # corpus.json:/reports/12/rounds/0 is r012.json:/rounds/0; corpus.json:/reports/12 alone
        # (a table's name, a diagnostic about the report itself) is r012.json.
        return self.files[int(match.group(1))] + (":" if match.group(2) else "")

    def as_split(self, text):
        """Output about the collection with each report named as its split file."""
        return re.sub(re.escape(self.collection) + r":/reports/([0-9]+)(/)?",
                      lambda m: self.split_label(m) + (m.group(2) or ""), text)

    def test_the_splitting_keeps_every_report(self):
        # The splitting itself: the split files, collected again, give back the corpus bytes.
        with open(CORPUS, encoding="utf-8") as f:
            self.assertEqual(as_collection(self.reports), f.read())

    def test_evaluate_json_csv_and_summary_are_those_of_the_split_reports(self):
        for options in (["--format", "json"], ["--format", "csv"], ["--summary", "--format", "json"]):
            with self.subTest(options=options):
                from_collection = self.evaluate(*options, self.collection)
                self.assertEqual(from_collection, self.evaluate(*options, self.folder))
                self.assertEqual(from_collection, self.evaluate(*options, *self.files))
        # The 120 reports share joint projects with their prefecture: some are counted once.
        document = json.loads(self.evaluate("--summary", "--format", "json", self.collection))
        self.assertEqual(len(document["reports"]), 120)
        self.assertGreater(document["duplicates_merged"], 0)

    def test_collections_files_and_folders_mix(self):
        # Reports 0-39 in a collection, 40-79 as files, 80-119 in a folder: the same output as
        # the whole collection.
        first = write(os.path.join(self.tmp, "first.json"), as_collection(self.reports[:40]))
        folder = os.path.join(self.tmp, "last")
        os.mkdir(folder)
        for i in range(80, 120):
            shutil.copy(self.files[i], folder)
        try:
            for options in (["--format", "json"], ["--summary", "--format", "json"]):
                with self.subTest(options=options):
                    self.assertEqual(self.evaluate(*options, first, *self.files[40:80], folder),
                                     self.evaluate(*options, self.collection))
        finally:
            os.remove(first)
            shutil.rmtree(folder)

    def test_tables_are_those_of_the_split_reports_but_for_the_names(self):
        for options in ([], ["--summary"]):
            with self.subTest(options=options):
                from_collection = self.as_split(self.evaluate(*options, self.collection))
                from_files = self.evaluate(*options, *self.files)
                # The names differ in length: compare the cells, not the padding.
                squeeze = lambda text: re.sub(" {2,}", "  ", text)
                self.assertEqual(squeeze(from_collection), squeeze(from_files))
        summary = self.evaluate("--summary", self.collection).splitlines()
        self.assertTrue(summary[0].startswith("report "), summary[0])
        self.assertTrue(summary[1].startswith(self.collection + ":/reports/0 "), summary[1])
        # The header, a row per report, the note, a blank line, then the roll-up: its heading
        # and 8 lines (no budget scope is weak: the JSON states them).
        self.assertEqual(len(summary), 1 + 120 + 1 + 1 + 1 + 8)
        self.assertRegex(summary[123], r"^All 120 reports \([1-9][0-9]* joint projects reported "
                                       r"more than once counted once\)$")

    def test_validate_names_the_report_in_the_collection(self):
        result = run("validate", self.collection)
        self.assertEqual(result.returncode, 0, result.stderr)
        from_files = run("validate", self.folder)
        self.assertEqual(from_files.returncode, 0, from_files.stderr)
        lines = result.stdout.splitlines()
        self.assertTrue(lines)  # the joint projects whose targets are the prefecture's: GK409
        for line in lines:
            self.assertRegex(line, "^" + re.escape(self.collection) + r":/reports/[0-9]+/rounds/")
        self.assertEqual(self.as_split(result.stdout), from_files.stdout)

    def test_export_tables_are_those_of_the_split_reports(self):
        for table in ("values", "projects", "kpis"):
            with self.subTest(table=table):
                from_collection = run("export", "--table", table, self.collection)
                self.assertEqual(from_collection.returncode, 0, from_collection.stderr)
                from_files = run("export", "--table", table, self.folder)
                self.assertEqual(from_files.returncode, 0, from_files.stderr)
                self.assertEqual(from_collection.stdout, from_files.stdout)
                self.assertGreater(len(from_collection.stdout.splitlines()), 120)

    def test_report_names_each_report_by_its_pointer(self):
        result = run("report", self.collection)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("corpus.json:/reports/0", result.stdout)
        self.assertIn("corpus.json:/reports/119", result.stdout)

    def test_summary_figures_are_the_full_evaluations(self):
        full = json.loads(self.evaluate("--format", "json", self.collection))
        summary = json.loads(self.evaluate("--summary", "--format", "json", self.collection))
        self.assertEqual(summary["schema"], "grantkpi.evaluation-summary/1")
        self.assertEqual(full["schema"], "grantkpi.collection-evaluation/1")
        for key in ("options", "summary", "duplicates_merged", "merged"):
            self.assertEqual(summary[key], full[key], key)
        self.assertEqual(len(summary["reports"]), len(full["reports"]))
        for mine, theirs in zip(summary["reports"], full["reports"]):
            self.assertEqual(list(mine), ["title", "municipality", "summary"])
            for key in mine:
                self.assertEqual(mine[key], theirs[key], key)
        # One report: the summary of a collection of one is the report's own.
        one = json.loads(self.evaluate("--summary", "--format", "json", self.files[0]))
        alone = json.loads(self.evaluate("--format", "json", self.files[0]))
        self.assertEqual(alone["schema"], "grantkpi.evaluation/1")
        self.assertEqual(one["summary"], alone["summary"])
        self.assertEqual(one["reports"][0]["summary"], alone["summary"])
        self.assertEqual(one["duplicates_merged"], 0)

    def test_summary_is_valid_against_its_schema(self):
        out = os.path.join(self.tmp, "summary.json")
        try:
            self.assertEqual(self.evaluate("--summary", "--format", "json", self.collection, "-o", out), "")
            result = subprocess.run([PYTHON, VALIDATOR, os.path.join(
                SOURCE, "schema", "grantkpi-evaluation-summary-1.schema.json"), out],
                capture_output=True, text=True, timeout=120)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        finally:
            os.remove(out)

    def test_the_streamed_json_to_a_file_is_the_standard_output(self):
        folder = os.path.join(self.tmp, "out")
        os.mkdir(folder)
        try:
            out = os.path.join(folder, "evaluation.json")
            self.assertEqual(self.evaluate("--format", "json", self.collection, "-o", out), "")
            with open(out, encoding="utf-8") as f:
                self.assertEqual(f.read(), self.evaluate("--format", "json", self.collection))
            self.assertEqual(os.listdir(folder), ["evaluation.json"])  # no temporary file left
            missing = os.path.join(folder, "no-such-dir", "evaluation.json")
            result = run("evaluate", "--format", "json", self.collection, "-o", missing)
            self.assertEqual(result.returncode, 1)
            self.assertRegex(result.stderr, "^grantkpi: cannot create a temporary file in ")
        finally:
            shutil.rmtree(folder)


class CollectionErrors(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        with open(SEED_JSON, encoding="utf-8") as f:
            self.seed = json.load(f)
        del self.seed["schema"]

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def collection(self, reports, name="collection.json", schema="grantkpi.collection/2"):
        return write(os.path.join(self.tmp, name), json.dumps(
            {"schema": schema, "reports": reports}, ensure_ascii=False, indent=2) + "\n")

    def test_a_read_error_names_the_file_the_place_and_the_report(self):
        bad = json.loads(json.dumps(self.seed))
        bad["rounds"][0]["projects"][0]["budget"] = "27,125"
        path = self.collection([self.seed, self.seed, bad])
        for command in (["validate"], ["evaluate"], ["evaluate", "--summary"], ["export", "--table", "kpis"],
                        ["report"]):
            with self.subTest(command=command):
                result = run(*command, path)
                self.assertEqual(result.returncode, 1)
                self.assertEqual(result.stdout, "")
                self.assertRegex(result.stderr, "^" + re.escape(path) + r":[0-9]+:[0-9]+: error: GK052: "
                                 r"/reports/2/rounds/0/projects/0/budget: expected a number")

    def test_an_evaluation_error_names_the_report(self):
        # Budgets of 18 digits in one round: their sum has 19, which no figure may have.
        overflow = json.loads(json.dumps(self.seed))
        for project in overflow["rounds"][0]["projects"]:
            project["budget"] = 900000000000000000
        path = self.collection([self.seed, overflow])
        for options in ([], ["--summary"], ["--format", "json"]):
            with self.subTest(options=options):
                result = run("evaluate", *options, path)
                self.assertEqual(result.returncode, 1)
                self.assertEqual(result.stdout, "")
                self.assertRegex(result.stderr, "^" + re.escape(path) + ":/reports/1: error: .*900000000000000000")

    def test_format_1_collections_are_read(self):
        # fuzz/corpus/json_reader/small_report: a format-1 report.
        with open(os.path.join(SOURCE, "fuzz", "corpus", "json_reader", "small_report"), encoding="utf-8") as f:
            report = json.load(f)
        self.assertEqual(report.pop("schema"), "grantkpi.report/1")
        path = self.collection([report, report], schema="grantkpi.collection/1")
        single = write(os.path.join(self.tmp, "single.json"),
                       json.dumps(dict({"schema": "grantkpi.report/1"}, **report), ensure_ascii=False))
        for options in (["--format", "json"], ["--summary", "--format", "json"]):
            with self.subTest(options=options):
                from_collection = run("evaluate", *options, path)
                self.assertEqual(from_collection.returncode, 0, from_collection.stderr)
                from_files = run("evaluate", *options, single, single)
                self.assertEqual(from_collection.stdout, from_files.stdout)

    def test_an_empty_collection_holds_no_report(self):
        path = write(os.path.join(self.tmp, "empty.json"), '{"schema": "grantkpi.collection/2"}\n')
        result = run("evaluate", path)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, "grantkpi: the inputs hold no report (a collection without reports)\n")
        # Another version of the collection format is refused as a collection.
        other = write(os.path.join(self.tmp, "other.json"), '{"schema": "grantkpi.collection/9", "reports": []}\n')
        result = run("validate", other)
        self.assertEqual(result.returncode, 1)
        self.assertIn("grantkpi.collection/2", result.stderr)

    def test_summary_is_a_table_or_json(self):
        result = run("evaluate", "--summary", "--format", "csv", SEED_JSON)
        self.assertEqual(result.returncode, 2)
        self.assertIn("--summary", result.stderr)

    def test_a_collection_is_several_inputs_for_annotations(self):
        # As a folder is (test_cli_annotations.py): an entry needs to match in one report.
        later = json.loads(json.dumps(self.seed))
        del later["rounds"][0]  # no R1 round: the annotated projects are not in it
        path = self.collection([self.seed, later])
        for command in (["validate"], ["evaluate", "--format", "csv"], ["evaluate", "--summary"]):
            with self.subTest(command=command):
                result = run(*command, path, "--annotations", ANNOTATIONS)
                self.assertEqual(result.returncode, 0, (command, result.stderr))
                self.assertEqual(result.stderr, "", command)
        nowhere = write(os.path.join(self.tmp, "a.json"), '{"schema": "grantkpi.annotations/1", "projects": [\n'
                        '  {"round": 2020, "project": "nowhere"}]}\n')
        result = run("evaluate", path, "--annotations", nowhere)
        self.assertEqual(result.returncode, 1)
        self.assertIn("in any of the 2 reports", result.stderr)


if __name__ == "__main__":
    BINARY, SOURCE, CORPUS, PYTHON, VALIDATOR = sys.argv[1:6]
    SEED_JSON = os.path.join(SOURCE, "examples", "data", "sapporo_fy2022.json")
    SEED_TEXT = os.path.join(SOURCE, "examples", "data", "sapporo_fy2022.txt")
    ANNOTATIONS = os.path.join(SOURCE, "tests", "data", "annotations", "sapporo_fy2022.annotations.json")
    unittest.main(argv=[sys.argv[0], *sys.argv[6:]], verbosity=2)
