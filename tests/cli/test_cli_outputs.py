#!/usr/bin/python3
"""End-to-end tests of what the grantkpi tool's outputs say a figure rests on: the kpis table,
the bases in the JSON (format 2, format 1 still read), the weak-direction marker and count
of `evaluate`, and validate's GK410.

Usage: test_cli_outputs.py GRANTKPI_BINARY SOURCE_DIR [unittest arguments]
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

BINARY = None
SOURCE = None
SEED_JSON = None


def run(*args):
    return subprocess.run([BINARY, *args], capture_output=True, text=True, timeout=60)


def seed():
    with open(SEED_JSON, encoding="utf-8") as f:
        return json.load(f)


def with_weak_directions(report):
    """The seed with the first project's three KPIs on weak directions: KPI ① assumed
    (R3 212 against 170: met, not met lower-is-better), KPI ② inferred from the trend alone
    (R3 1,111 against 800), KPI ③ inferred from its title, certain."""
    kpis = report["rounds"][0]["projects"][0]["kpis"]
    kpis[0]["direction_basis"] = {"source": "assumed", "rule": "", "uncertain": True}
    kpis[1]["direction_basis"] = {"source": "inferred", "rule": "plan rises from the baseline",
                                  "uncertain": True}
    kpis[2]["direction_basis"] = {"source": "inferred", "rule": "title: 就職", "uncertain": False}
    return report


class Files:
    def __init__(self):
        self.dir = tempfile.TemporaryDirectory()

    def write(self, name, document):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(document, f, ensure_ascii=False)
        return path


class KpisTable(unittest.TestCase):
    def test_the_seed_gives_17_rows_with_their_sources(self):
        result = run("export", "--table", "kpis", SEED_JSON)
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = list(csv.reader(io.StringIO(result.stdout)))
        self.assertEqual(rows[0], ["round", "project", "kpi", "title", "unit", "unit_kind",
                                   "direction", "direction_source", "direction_rule",
                                   "direction_uncertain", "accumulation", "accumulation_source",
                                   "accumulation_rule"])
        self.assertEqual(len(rows), 1 + 17)
        # KPI ② of the R2 いしかり project: セミナー等事業参加企業数 (3年累計), cumulative;
        # the hand-checked JSON states it.
        row = [r for r in rows if r[3].endswith("(3年累計)")]
        self.assertEqual(len(row), 1)
        self.assertEqual(row[0][:3], ["2020", "いしかり・ライフ style 魅力発信・若者地元定着促進事業", "2"])
        self.assertEqual(row[0][10:], ["cumulative", "stated", ""])

    def test_bases_from_a_format_2_file(self):
        files = Files()
        path = files.write("weak.json", with_weak_directions(seed()))
        rows = list(csv.reader(io.StringIO(run("export", "--table", "kpis", path).stdout)))
        self.assertEqual(rows[1][6:10], ["increase", "assumed", "", "true"])
        self.assertEqual(rows[2][6:10], ["increase", "inferred", "plan rises from the baseline", "true"])
        self.assertEqual(rows[3][6:10], ["increase", "inferred", "title: 就職", "false"])


class Formats(unittest.TestCase):
    def test_a_format_1_file_is_read_and_written_as_format_2(self):
        files = Files()
        with open(SEED_JSON, encoding="utf-8") as f:
            text = f.read()
        path = os.path.join(files.dir.name, "v1.json")
        with open(path, "w", encoding="utf-8") as f:  # as text: 31.20 keeps its digits
            f.write(text.replace('"grantkpi.report/2"', '"grantkpi.report/1"', 1))
        result = run("import", path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(result.stdout.startswith('{\n  "schema": "grantkpi.report/2",\n'))
        with open(SEED_JSON, encoding="utf-8") as f:
            self.assertEqual(result.stdout, f.read())

    def test_a_format_1_file_with_a_basis_is_refused_at_the_key(self):
        files = Files()
        document = with_weak_directions(seed())
        document["schema"] = "grantkpi.report/1"
        path = files.write("mixed.json", document)
        result = run("validate", path)
        self.assertEqual(result.returncode, 1)
        self.assertIn("/rounds/0/projects/0/kpis/0/direction_basis: key \"direction_basis\" is "
                      "new in format 2", result.stderr)


class WeakDirections(unittest.TestCase):
    def test_evaluate_marks_the_verdicts_and_counts_them(self):
        files = Files()
        path = files.write("weak.json", with_weak_directions(seed()))
        result = run("evaluate", path)
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        kpi_rows = [line for line in lines if line.startswith("R1") and "UIJ ターンによる" in line]
        self.assertEqual(len(kpi_rows), 3)
        self.assertTrue(kpi_rows[0].endswith("met ?"), kpi_rows[0])
        self.assertTrue(kpi_rows[1].endswith("met ?"), kpi_rows[1])
        self.assertTrue(kpi_rows[2].endswith("met"), kpi_rows[2])
        self.assertIn("? the verdict rests on a direction that is assumed or inferred on weak "
                      "evidence", result.stdout)
        # Two of the seed's 10 judged KPIs rest on a weak direction.
        self.assertIn("KPIs judged on a weak direction (?):      2 of 10", result.stdout)

    def test_the_seed_as_stated_has_no_marker(self):
        result = run("evaluate", SEED_JSON)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertFalse(any(line.endswith("?") for line in result.stdout.splitlines()))
        self.assertNotIn("? the verdict rests on", result.stdout)
        self.assertIn("KPIs judged on a weak direction (?):      0 of 10", result.stdout)

    def test_the_json_and_csv_say_it_too(self):
        files = Files()
        path = files.write("weak.json", with_weak_directions(seed()))
        document = json.loads(run("evaluate", "--format", "json", path).stdout)
        self.assertEqual(document["summary"]["kpis"]["weak_direction"], 2)
        first = document["rounds"][0]["projects"][0]["kpis"][0]
        self.assertEqual(first["direction_basis"], {"source": "assumed", "rule": "", "uncertain": True})
        lines = run("evaluate", "--format", "csv", path).stdout.splitlines()
        self.assertTrue(lines[1].endswith(",increase,assumed,true"), lines[1])

    def test_computed_totals_print_without_trailing_fraction_zeros(self):
        # The seed's own budgets, 94,004千円 in 5 projects, at 1/2: a sum of halves (18,387.5 +
        # 24,435 + 0 + 4,179.5 by round) is 47,002.0, printed 47,002千円; the joint total's
        # 35,674.5 keeps its digit. The JSON keeps the exact sum as computed: 47002.0.
        result = run("evaluate", SEED_JSON)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Own budgets:         94,004千円 in 5 projects, national share 47,002千円\n",
                      result.stdout)
        self.assertIn("Joint-total budgets: 71,349千円 in 1 projects, national share 35,674.5千円",
                      result.stdout)
        self.assertIn("KPIs met (confirmed, of judged):          4 of 7 (57.1%)", result.stdout)
        document = run("evaluate", "--format", "json", SEED_JSON).stdout
        self.assertIn('"own_national_share": 47002.0,', document)

    def test_an_own_part_and_an_assumed_scope_in_the_budget_lines(self):
        files = Files()
        report = seed()
        # UIJ ターン新規就業支援事業 (71,349千円, ※道全体の採択額): an own part of 20,000;
        # the first project's scope assumed.
        report["rounds"][0]["projects"][1]["own_budget"] = 20000
        report["rounds"][0]["projects"][0]["budget_scope_basis"] = {
            "source": "assumed", "rule": "", "uncertain": True}
        path = files.write("own.json", report)
        result = run("evaluate", path)
        self.assertEqual(result.returncode, 0, result.stderr)
        # 94,004 + 20,000 = 114,004; national share 47,002 + 10,000 (a computed total: printed
        # without the trailing .0 of its halves).
        self.assertIn("Own budgets:         114,004千円 in 5 projects and 1 own part of a joint "
                      "total, national share 57,002千円", result.stdout)
        self.assertIn("Joint-total budgets: 71,349千円 in 1 projects", result.stdout)
        self.assertIn("Budget scopes assumed or inferred on weak evidence: 1 of 6 projects",
                      result.stdout)
        rows = list(csv.reader(io.StringIO(run("export", "--table", "projects", path).stdout)))
        self.assertEqual(rows[1][5:8], ["own", "assumed", ""])
        self.assertEqual(rows[2][5:8], ["joint_total", "stated", "20000"])

    def test_validate_warns_where_the_verdict_would_flip(self):
        files = Files()
        path = files.write("weak.json", with_weak_directions(seed()))
        result = run("validate", path)
        self.assertEqual(result.returncode, 0, result.stderr)  # warnings only
        gk410 = [line for line in result.stdout.splitlines() if ": GK410: " in line]
        # KPI ① (212 against 170) and KPI ② (1,111 against 800) flip; KPI ③'s direction is
        # a certain inference and does not warn.
        self.assertEqual(len(gk410), 2, result.stdout)
        self.assertTrue(gk410[0].startswith(path + ":/rounds/0/projects/0/kpis/0/direction: warning: GK410: "),
                        gk410[0])
        self.assertIn("the actual 212 against the plan 170 is met; as decrease (lower is better) "
                      "it would not be met", gk410[0])
        self.assertIn("grantkpi annotate", gk410[0])
        self.assertIn("/rounds/0/projects/0/kpis/1/direction", gk410[1])


if __name__ == "__main__":
    BINARY, SOURCE = sys.argv[1], sys.argv[2]
    SEED_JSON = os.path.join(SOURCE, "examples", "data", "sapporo_fy2022.json")
    unittest.main(argv=[sys.argv[0], *sys.argv[3:]], verbosity=2)
