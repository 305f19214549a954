#!/usr/bin/python3
"""End-to-end tests of annotations on the command line: `--annotations FILE` on every
command, and `grantkpi annotate INPUT -o FILE` (docs/annotations.md).

Usage: test_cli_annotations.py GRANTKPI_BINARY SOURCE_DIR [unittest arguments]
Standard library only.
"""

import json
import re
import os
import subprocess
import sys
import tempfile
import unittest

BINARY = None
SOURCE = None
SEED_TEXT = None
SEED_JSON = None
ANNOTATIONS = None  # states KPI③ of the foreign-residents project increment, and a joint total


def run(*args, **kwargs):
    return subprocess.run([BINARY, *args], capture_output=True, text=True, timeout=60, **kwargs)


def write(directory, name, text):
    path = os.path.join(directory, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


class AnnotationsOption(unittest.TestCase):
    def test_import_with_annotations_gives_the_hand_checked_json_and_says_who_stated_it(self):
        with tempfile.TemporaryDirectory() as tmp:
            annotations = write(tmp, "a.json", json.dumps({
                "schema": "grantkpi.annotations/1",
                "projects": [{"round": "R1", "project": "外国人の活躍×グローバルビジネス拡大プロジェクト",
                              "kpis": [{"kpi": 3, "accumulation": "increment"}]}]}))
            result = run("import", SEED_TEXT, "--municipality", "札幌市", "--annotations", annotations)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(result.stderr, "")
            with open(SEED_JSON, encoding="utf-8") as f:
                expected = f.read()
            # The hand-checked JSON says increment; the annotation says so too, and the JSON
            # keeps who said it: the file and the key's pointer.
            basis = ('              "accumulation_basis": {"source": "stated", "rule": "%s:'
                     '/projects/0/kpis/0/accumulation", "uncertain": false},\n' % annotations)
            anchor = '              "accumulation": "increment",\n'
            self.assertEqual(expected.count(anchor), 1)
            self.assertIn(anchor + basis, result.stdout)
            # Otherwise the figures of the hand-checked JSON (which states every basis; the
            # reader's own bases are tested in test_text_reader_seed.cpp).
            self.assertEqual(without_basis_lines(result.stdout), expected)

    def test_evaluate_with_annotations_judges_kpi3_as_a_running_total(self):
        # KPI③ (外国人居住者数) as increment: plan 157 + 2,324 + 2,324 = 4,805 over R1..R3,
        # actual 5,586 - 3,760 - 274 = 1,552: not met, ratio 0.3230.
        plain = run("evaluate", SEED_TEXT, "--format", "json")
        annotated = run("evaluate", SEED_TEXT, "--format", "json", "--annotations", ANNOTATIONS)
        from_json = run("evaluate", SEED_JSON, "--format", "json")
        for result in (plain, annotated, from_json):
            self.assertEqual(result.returncode, 0, result.stderr)
        self.assertNotIn('"plan": 4805', plain.stdout)
        self.assertIn('"plan": 4805,\n                "actual": 1552,\n                "met": false,\n'
                      '                "ratio": 0.3230', annotated.stdout)
        # The same evaluation as the hand-checked JSON's (which also names the municipality).
        # The text leaves two judged directions (投資件数, 外国人居住者数) and the own scopes
        # of two judged projects weak; the hand-checked JSON states them all.
        self.assertIn('"weak_direction": 2', annotated.stdout)
        self.assertIn('"weak_scopes": 2', annotated.stdout)
        weak = re.compile(r'("weak_(?:direction|scopes)": )\d+')
        self.assertEqual(weak.sub(r"\g<1>0", without_basis_lines(annotated.stdout)),
                         without_basis_lines(from_json.stdout.replace('"municipality": "札幌市"',
                                                                      '"municipality": null')))

    def test_every_command_takes_the_option(self):
        for args in (["import", SEED_TEXT], ["export", "--table", "values", SEED_TEXT],
                     ["export", "--table", "projects", SEED_TEXT], ["validate", SEED_TEXT],
                     ["evaluate", SEED_TEXT], ["annotate", SEED_TEXT]):
            result = run(*args, "--annotations", ANNOTATIONS)
            self.assertEqual(result.returncode, 0, (args, result.stderr))
            self.assertEqual(result.stderr, "", args)
            help_text = run(args[0], "--help")
            self.assertIn("--annotations", help_text.stdout, args)

    def test_an_entry_that_matches_nothing_exits_1_located_in_the_annotation_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            annotations = write(tmp, "a.json", '{"schema": "grantkpi.annotations/1", "projects": [\n'
                                '  {"round": 2019, "project": "UIJ ターン新規就業支援事業", "kpis": [{"kpi": 3}]}\n]}\n')
            out = os.path.join(tmp, "out.json")
            result = run("import", SEED_TEXT, "-o", out, "--annotations", annotations)
            self.assertEqual(result.returncode, 1)
            self.assertEqual(result.stdout, "")
            self.assertEqual(result.stderr,
                             "%s: applying %s:\n"
                             "%s:2:66: error: GK080: /projects/0/kpis/0/kpi: project \"UIJ ターン新規就業支援事業\" "
                             "of the round of FY2019 (R1) has no KPI③ (its KPIs: KPI①, KPI②)\n"
                             % (SEED_TEXT, annotations, annotations))
            self.assertFalse(os.path.exists(out))

    def test_a_malformed_annotation_file_exits_1_with_every_located_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            annotations = write(tmp, "a.json", '{"schema": "grantkpi.annotations/1", "projects": [\n'
                                '  {"round": "R1", "project": "P", "budget_scope": "whole",\n'
                                '   "kpis": [{"kpi": 1, "direction": "down"}]}]}\n')
            for command in (["validate", SEED_TEXT], ["evaluate", SEED_TEXT]):
                result = run(*command, "--annotations", annotations)
                self.assertEqual(result.returncode, 1, command)
                self.assertEqual(result.stdout, "", command)
                self.assertEqual(result.stderr,
                                 "%s:2:51: error: GK072: /projects/0/budget_scope: expected one of \"own\", "
                                 "\"joint_total\" or null, got the string \"whole\"\n"
                                 "%s:3:37: error: GK072: /projects/0/kpis/0/direction: expected one of "
                                 "\"increase\", \"decrease\" or null, got the string \"down\"\n"
                                 % (annotations, annotations), command)

    def test_with_several_inputs_an_entry_needs_to_match_in_one(self):
        with tempfile.TemporaryDirectory() as tmp:
            with open(SEED_JSON, encoding="utf-8") as f:
                later = json.load(f)
            del later["rounds"][0]  # no R1 round: the annotated projects are not in it
            later_path = write(tmp, "later.json", json.dumps(later, ensure_ascii=False))
            for command in (["validate"], ["evaluate", "--format", "csv"]):
                result = run(*command, SEED_TEXT, later_path, "--annotations", ANNOTATIONS)
                self.assertEqual(result.returncode, 0, (command, result.stderr))
                self.assertEqual(result.stderr, "", command)
            annotations = write(tmp, "a.json", '{"schema": "grantkpi.annotations/1", "projects": [\n'
                                '  {"round": 2020, "project": "nowhere"}]}\n')
            result = run("evaluate", SEED_TEXT, later_path, "--annotations", annotations)
            self.assertEqual(result.returncode, 1)
            self.assertEqual(result.stderr,
                             "%s:2:30: error: GK080: /projects/0/project: no project \"nowhere\" in a round of "
                             "FY2020 (R2) in any of the 2 reports; the name must be as the report "
                             "writes it\n" % annotations)
            # A folder is several inputs too.
            folder = os.path.join(tmp, "reports")
            os.mkdir(folder)
            os.rename(later_path, os.path.join(folder, "later.json"))
            with open(SEED_TEXT, encoding="utf-8") as f:
                write(folder, "seed.txt", f.read())
            result = run("validate", folder, "--annotations", annotations)
            self.assertEqual(result.returncode, 1)
            self.assertIn("in any of the 2 reports", result.stderr)

    def test_a_missing_annotation_file_exits_1(self):
        result = run("evaluate", SEED_TEXT, "--annotations", os.path.join(SOURCE, "no-such.json"))
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, "%s: error: GK091: cannot open the file for reading: it does "
                         "not exist\n" % os.path.join(SOURCE, "no-such.json"))


class AnnotateCommand(unittest.TestCase):
    def test_writes_the_starting_file_whole_to_the_output(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "start.json")
            result = run("annotate", SEED_TEXT, "-o", out)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual((result.stdout, result.stderr), ("", ""))
            self.assertEqual(os.listdir(tmp), ["start.json"])
            with open(out, encoding="utf-8") as f:
                text = f.read()
            self.assertEqual(run("annotate", SEED_TEXT).stdout, text)
            start = json.loads(text)
            self.assertEqual(start["schema"], "grantkpi.annotations/1")
            # The seed: 6 projects and 17 KPIs, each with its current value and source.
            self.assertEqual(len(start["projects"]), 6)
            kpis = [k for p in start["projects"] for k in p["kpis"]]
            self.assertEqual(len(kpis), 17)
            for kpi in kpis:
                self.assertIn(kpi["current"]["direction"]["source"], ("stated", "inferred", "assumed"))
                self.assertIn(kpi["current"]["accumulation"]["source"], ("stated", "inferred", "assumed"))
            # Applied unedited, it changes nothing.
            plain = run("import", SEED_TEXT)
            again = run("import", SEED_TEXT, "--annotations", out)
            self.assertEqual(again.returncode, 0, again.stderr)
            self.assertEqual(json.loads(strip_bases(again.stdout)), json.loads(strip_bases(plain.stdout)))

    def test_a_stated_value_shows_in_the_starting_file(self):
        result = run("annotate", SEED_TEXT, "--annotations", ANNOTATIONS)
        self.assertEqual(result.returncode, 0, result.stderr)
        start = json.loads(result.stdout)
        foreign = [p for p in start["projects"]
                   if p["project"] == "外国人の活躍×グローバルビジネス拡大プロジェクト"][0]
        kpi3 = foreign["kpis"][2]
        self.assertEqual(kpi3["accumulation"], "increment")
        self.assertEqual(kpi3["current"]["accumulation"],
                         {"value": "increment", "source": "stated",
                          "rule": ANNOTATIONS + ":/projects/0/kpis/0/accumulation", "uncertain": False})
        joint = [p for p in start["projects"] if p["project"] == "UIJ ターン新規就業支援事業"][0]
        self.assertEqual(joint["budget_scope"], "joint_total")
        self.assertEqual(joint["current"]["budget_scope"]["rule"], ANNOTATIONS + ":/projects/1/budget_scope")
        self.assertIsNone(joint["own_budget"])

    def test_input_errors_exit_1_and_leave_no_output(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "start.json")
            result = run("annotate", os.path.join(tmp, "missing.txt"), "-o", out)
            self.assertEqual(result.returncode, 1)
            self.assertIn("cannot open the file for reading", result.stderr)
            self.assertEqual(os.listdir(tmp), [])

    def test_usage_errors_exit_2(self):
        for args in (["annotate"], ["annotate", SEED_TEXT, "--annotations"]):
            result = run(*args)
            self.assertEqual(result.returncode, 2, args)


def without_basis_lines(text):
    """Canonical JSON without its *_basis members (each is one line that a comma ends)."""
    return "".join(line for line in text.splitlines(keepends=True)
                   if not line.lstrip().startswith(('"direction_basis":', '"accumulation_basis":',
                                                    '"budget_scope_basis":')))


def strip_bases(text):
    """The JSON without the *_basis members that annotations add (they name the file)."""
    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if not k.endswith("_basis")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value
    return json.dumps(strip(json.loads(text)))


if __name__ == "__main__":
    BINARY, SOURCE = sys.argv[1], sys.argv[2]
    SEED_TEXT = os.path.join(SOURCE, "examples", "data", "sapporo_fy2022.txt")
    SEED_JSON = os.path.join(SOURCE, "examples", "data", "sapporo_fy2022.json")
    ANNOTATIONS = os.path.join(SOURCE, "tests", "data", "annotations", "sapporo_fy2022.annotations.json")
    unittest.main(argv=[sys.argv[0], *sys.argv[3:]], verbosity=2)
