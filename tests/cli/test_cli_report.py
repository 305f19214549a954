#!/usr/bin/python3
"""End-to-end tests of `grantkpi report`: the HTML file, standard output, errors, usage.

Usage: test_cli_report.py GRANTKPI_BINARY SOURCE_DIR [unittest arguments]
Standard library only. The page in a real browser: tests/browser/check_html_report.py.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

from cli_support import write_bad_report

BINARY = None
SOURCE = None
SEED_TEXT = None
SEED_JSON = None


def run(*args):
    return subprocess.run([BINARY, *args], capture_output=True, text=True, timeout=120)


class ReportCommand(unittest.TestCase):
    def test_seed_text_to_a_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "report.html")
            result = run("report", SEED_TEXT, "--municipality", "札幌市", "-o", out)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(result.stdout, "")
            self.assertEqual(result.stderr, "")
            self.assertEqual(os.listdir(tmp), ["report.html"])  # no temporary file left
            with open(out, encoding="utf-8") as f:
                page = f.read()
            self.assertTrue(page.startswith("<!DOCTYPE html>\n<html lang=\"ja\">"))
            self.assertIn("<title>札幌市 KPI評価</title>", page)
            # KPIs met, confirmed of judged: 4 of 7 (docs/evaluation.md).
            self.assertIn("57.1%<small>4 / 7</small>", page)
            self.assertEqual(page.count('<svg class="kpi-chart"'), 17)
            self.assertIn("sapporo_fy2022.txt", page)

    def test_json_to_standard_output_is_the_same_page(self):
        result = run("report", SEED_JSON)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(result.stdout.endswith("</html>\n"))
        self.assertIn("<title>札幌市 KPI評価</title>", result.stdout)
        self.assertEqual(result.stdout.count('<svg class="kpi-chart"'), 17)

    def test_several_inputs_and_folders_make_a_collection(self):
        with tempfile.TemporaryDirectory() as tmp:
            folder = os.path.join(tmp, "reports")
            os.mkdir(folder)
            shutil.copy(SEED_JSON, os.path.join(folder, "a.json"))
            shutil.copy(SEED_TEXT, os.path.join(folder, "b.txt"))
            out = os.path.join(tmp, "all.html")
            result = run("report", folder, "-o", out, "--title", "石狩 <管内>")
            self.assertEqual(result.returncode, 0, result.stderr)
            with open(out, encoding="utf-8") as f:
                page = f.read()
            self.assertIn("<title>石狩 &lt;管内&gt;</title>", page)
            self.assertEqual(page.count('<section class="report"'), 2)
            # The same three joint projects with 道 in both copies: counted once.
            self.assertIn("共同事業 3件は、最初の報告書の分だけを集計しています。", page)
            self.assertEqual(page.count('<svg class="kpi-chart"'), 34)

    def test_input_errors_exit_1_and_leave_no_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            bad = write_bad_report(tmp)
            out = os.path.join(tmp, "report.html")
            result = run("report", bad, "-o", out)
            self.assertEqual(result.returncode, 1)
            self.assertIn("bad.json", result.stderr)
            self.assertEqual(os.listdir(tmp), ["bad.json"])
            empty = os.path.join(tmp, "empty")
            os.mkdir(empty)
            result = run("report", empty)
            self.assertEqual(result.returncode, 1)
            self.assertIn("no report", result.stderr)

    def test_unwritable_output_is_an_error(self):
        result = run("report", SEED_JSON, "-o", "/nonexistent-dir/report.html")
        self.assertEqual(result.returncode, 1)
        self.assertIn("grantkpi:", result.stderr)

    def test_usage(self):
        self.assertEqual(run("report").returncode, 2)
        result = run("report", "--help")
        self.assertEqual(result.returncode, 0)
        self.assertIn("self-contained HTML", result.stdout)


if __name__ == "__main__":
    BINARY, SOURCE = sys.argv[1], sys.argv[2]
    SEED_TEXT = os.path.join(SOURCE, "examples", "data", "sapporo_fy2022.txt")
    SEED_JSON = os.path.join(SOURCE, "examples", "data", "sapporo_fy2022.json")
    unittest.main(argv=[sys.argv[0], *sys.argv[3:]], verbosity=2)
