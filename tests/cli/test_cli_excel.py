#!/usr/bin/python3
# Copyright (c) 2026 The grantkpi authors.
# Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
"""End-to-end tests of the tool's Excel outputs: `--excel` CSV (byte-order mark, CRLF) on
`export` and `evaluate --format csv`, and `export --format xlsx` (its usage, its output file
written whole). The workbook's cells are checked by tests/xlsx/test_xlsx_workbook.py.

Usage: test_cli_excel.py GRANTKPI_BINARY SOURCE_DIR HAVE_XLSX [unittest arguments]
Standard library only.
"""

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest

from cli_support import write_bad_report

BINARY = None
SOURCE = None
HAVE_XLSX = False
SEED_TEXT = None
SEED_JSON = None
BOM = b"\xef\xbb\xbf"


def run(*args):
    # Bytes: a text-mode pipe would turn CRLF into LF before the test sees it.
    return subprocess.run([BINARY, *args], capture_output=True, timeout=60)


def records(data, terminator):
    """Splits CSV bytes into records at `terminator` outside quotes; a line break inside
    quotes is part of the field. Fails on a line break outside quotes that is not one."""
    out, start, quoted, i = [], 0, False, 0
    while i < len(data):
        c = data[i:i + 1]
        if c == b'"':
            quoted = not quoted
        elif not quoted and data.startswith(terminator, i):
            out.append(data[start:i])
            i += len(terminator)
            start = i
            continue
        elif not quoted and c in (b"\r", b"\n"):
            raise AssertionError(f"a bare {c!r} outside quotes at byte {i}")
        i += 1
    if quoted or start != len(data):
        raise AssertionError("the text does not end with a record end")
    return out


def rows(data):
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


class ExcelCsv(unittest.TestCase):
    def check_excel(self, args):
        plain = run(*args)
        excel = run(*args, "--excel")
        self.assertEqual(plain.returncode, 0, plain.stderr)
        self.assertEqual(excel.returncode, 0, excel.stderr)
        self.assertFalse(plain.stdout.startswith(BOM))
        self.assertNotIn(b"\r", plain.stdout)  # the default: RFC 4180 UTF-8, LF, no mark
        self.assertTrue(excel.stdout.startswith(BOM), args)
        body = excel.stdout[len(BOM):]
        self.assertEqual(records(body, b"\r\n"), records(plain.stdout, b"\n"))
        self.assertEqual(rows(excel.stdout), rows(plain.stdout))
        return excel.stdout

    def test_export_tables(self):
        values = self.check_excel(["export", "--table", "values", SEED_TEXT])
        self.assertEqual(len(rows(values)), 1 + 140)  # the seed's 140 table cells
        projects = self.check_excel(["export", "--table", "projects", SEED_JSON])
        self.assertEqual(len(rows(projects)), 1 + 6)  # the seed's 6 projects

    def test_evaluate_csv(self):
        self.check_excel(["evaluate", "--format", "csv", SEED_TEXT])
        self.check_excel(["evaluate", "--format", "csv", SEED_TEXT, SEED_JSON])

    def test_to_a_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "values.csv")
            result = run("export", "--table", "values", "--excel", SEED_TEXT, "-o", out)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(result.stdout, b"")
            with open(out, "rb") as f:
                data = f.read()
            self.assertTrue(data.startswith(BOM + b"project,") or data.startswith(BOM + b"round,"))
            self.assertEqual(len(records(data[len(BOM):], b"\r\n")), 1 + 140)
            self.assertEqual(os.listdir(tmp), ["values.csv"])

    def test_a_line_break_inside_a_quoted_field(self):
        with open(SEED_JSON, encoding="utf-8") as f:
            report = json.load(f)
        name = "二行の\n事業名, \"引用\"付き"
        report["rounds"][0]["projects"][0]["name"] = name
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "report.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(report, f, ensure_ascii=False)
            data = self.check_excel(["export", "--table", "projects", path])
            # The record ends with CRLF; the break within the field stays LF, as Excel writes it.
            self.assertIn('"二行の\n事業名, ""引用""付き"'.encode("utf-8"), data)
            self.assertIn(name, [row[1] for row in rows(data)[1:]])  # project, after round

    def test_several_inputs_have_one_header(self):
        result = run("export", "--table", "values", SEED_TEXT, SEED_JSON)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(len(rows(result.stdout)), 1 + 2 * 140)

    def test_excel_with_a_format_that_is_not_csv_is_a_usage_error(self):
        for args in (["evaluate", "--format", "json", "--excel", SEED_TEXT],
                     ["evaluate", "--excel", SEED_TEXT]):
            result = run(*args)
            self.assertEqual(result.returncode, 2, args)
            self.assertIn(b"--excel", result.stderr)
            self.assertEqual(result.stdout, b"")

    def test_help_documents_the_choice(self):
        for command in ("export", "evaluate"):
            result = run(command, "--help")
            self.assertEqual(result.returncode, 0)
            help_text = b" ".join(result.stdout.split())
            self.assertIn(b"--excel", help_text)
            self.assertIn(b"byte-order mark", help_text)
            self.assertIn(b"RFC 4180", help_text)


class Workbook(unittest.TestCase):
    def test_usage_errors(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "out.xlsx")
            for args in (["export", "--format", "xlsx", SEED_TEXT],  # no -o
                         ["export", "--format", "xlsx", SEED_TEXT, "-o", "-"],
                         ["export", "--format", "xlsx", "--excel", SEED_TEXT, "-o", out],
                         ["export", "--format", "xlsx", "--table", "values", SEED_TEXT, "-o", out],
                         ["export", "--format", "ods", SEED_TEXT, "-o", out]):
                result = run(*args)
                self.assertEqual(result.returncode, 2, args)
                self.assertNotEqual(result.stderr, b"", args)
            self.assertEqual(os.listdir(tmp), [])

    def test_writes_the_workbook_whole(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "seed.xlsx")
            result = run("export", "--format", "xlsx", SEED_TEXT, SEED_JSON, "-o", out)
            if not HAVE_XLSX:
                self.assertEqual(result.returncode, 2)
                self.assertIn(b"without the xlsx component", result.stderr)
                self.assertEqual(os.listdir(tmp), [])
                return
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual((result.stdout, result.stderr), (b"", b""))
            with open(out, "rb") as f:
                self.assertEqual(f.read(4), b"PK\x03\x04")  # a zip archive: the xlsx package
            self.assertEqual(os.listdir(tmp), ["seed.xlsx"])  # no temporary file left

    def test_a_folder_of_reports(self):
        if not HAVE_XLSX:
            self.skipTest("built without the xlsx component")
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "all.xlsx")
            result = run("export", "--format", "xlsx", os.path.join(SOURCE, "examples", "data"),
                         "-o", out)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertTrue(os.path.getsize(out) > 0)

    def test_an_input_error_leaves_no_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            bad = write_bad_report(tmp)
            out = os.path.join(tmp, "out.xlsx")
            result = run("export", "--format", "xlsx", SEED_TEXT, bad, "-o", out)
            self.assertEqual(result.returncode, 1 if HAVE_XLSX else 2)
            if HAVE_XLSX:
                self.assertIn(b"bad.json:1:44: error: GK052: /rounds: expected an array", result.stderr)
            self.assertEqual(sorted(os.listdir(tmp)), ["bad.json"])


if __name__ == "__main__":
    BINARY, SOURCE = sys.argv[1], sys.argv[2]
    HAVE_XLSX = sys.argv[3].upper() in ("ON", "TRUE", "1")
    SEED_TEXT = os.path.join(SOURCE, "examples", "data", "sapporo_fy2022.txt")
    SEED_JSON = os.path.join(SOURCE, "examples", "data", "sapporo_fy2022.json")
    unittest.main(argv=[sys.argv[0], *sys.argv[4:]], verbosity=2)
