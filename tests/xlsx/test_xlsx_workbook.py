#!/usr/bin/python3
# Copyright (c) 2026 The grantkpi authors.
# Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
"""grantkpi's Excel workbook, read back with openpyxl (Debian's python3-openpyxl: a reader
nobody here wrote) and checked cell for cell against grantkpi's own CSV tables and evaluation
JSON, for the seed report and for a random corpus.

- the sheet names and header rows are the ones docs/excel.md documents;
- every row of the projects, values and evaluation sheets (and kpis, when the tool has
  `export --table kpis`) equals the CSV row, column by column: a numeric cell has the CSV's
  value (printed with 15 significant digits) and a number format with the CSV's decimals
  (31.20 -> #,##0.00), an empty cell is an empty CSV field, a text cell is the CSV text; the
  era columns (R4) are the era forms of the fiscal-year columns before them; the columns the
  CSV of this build does not have are checked against the report's JSON;
- the columns that hold numbers are numeric cells, except values of more than 15 significant
  digits, which are text cells with a note;
- the summary sheet has the figures of `grantkpi evaluate --format json`;
- header rows are frozen, the autofilter covers the table, column widths fit the texts
  (East Asian wide characters counted as two).

usage: test_xlsx_workbook.py GRANTKPI SOURCE_DIR CORPUS_DIR WORK_DIR HAVE_XLSX
Exits with 77 (CTest SKIP_RETURN_CODE) when openpyxl is missing or HAVE_XLSX is not ON.
"""

import csv
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
from decimal import Decimal

SKIP = 77
failures = []
notes = set()


def fail(where, message):
    failures.append(f"{where}: {message}")
    if len(failures) <= 40:
        print(f"FAIL {where}: {message}", file=sys.stderr)


def run(binary, *args, check=True):
    result = subprocess.run([binary, *args], capture_output=True, timeout=300)
    if check and result.returncode != 0:
        sys.exit(f"{' '.join(args)}: exit {result.returncode}: "
                 f"{result.stderr.decode('utf-8', 'replace')}")
    return result


def read_csv(data):
    text = data.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return rows[0], rows[1:]


def documented_headers(source_dir):
    with open(os.path.join(source_dir, "docs", "excel.md"), encoding="utf-8") as f:
        text = f.read()
    block = re.search(r"<!-- sheets -->\s*```text\n(.*?)```\s*<!-- /sheets -->", text, re.S)
    if not block:
        sys.exit("docs/excel.md: no sheets block between <!-- sheets --> markers")
    headers = {}
    for line in block.group(1).splitlines():
        name, columns = line.split(":", 1)
        headers[name.strip()] = columns.strip().split(",")
    return headers


def era(year):
    if year >= 2019:
        return f"R{year - 2018}"
    if year >= 1989:
        return f"H{year - 1988}"
    return f"FY{year}"


def unescape(text):
    # ST_Xstring: _xHHHH_ is the character U+HHHH (how the format writes control characters,
    # and `_x005F_` a literal underscore before such a sequence).
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def display_width(text):
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return width


def significant_digits(text):
    digits = text.lstrip("-").replace(".", "").lstrip("0").rstrip("0")
    return len(digits)


def decimals(text):
    return len(text.split(".", 1)[1]) if "." in text else 0


# Columns whose values are numbers (and so must be numeric cells), and their integer part of
# the number format: `0` for years, numbers and counts, `#,##0` for values and money.
INTEGER_COLUMNS = {"round", "kpi", "period", "first_fy", "last_fy", "kpis", "count", "of",
                   "ratio"}
NUMERIC_COLUMNS = INTEGER_COLUMNS | {"value", "plan", "actual", "budget_thousand_yen",
                                     "own_budget_thousand_yen", "thousand_yen", "share"}


def check_cell(where, column, cell, text):
    """One cell against the text the CSV (or the JSON) has for it."""
    value = cell.value
    if text == "":
        if value is not None:
            fail(where, f"{value!r} where the CSV has an empty field")
        return
    if value is None:
        fail(where, f"empty where the CSV has {text!r}")
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        value = unescape(str(value))
        if value != text:
            fail(where, f"text {value!r}, the CSV has {text!r}")
            return
        if column in NUMERIC_COLUMNS and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", text) and \
                not (column == "period" and text == "baseline"):
            if significant_digits(text) <= 15:
                fail(where, f"{text} is a text cell, though a double holds it")
            elif cell.comment is None or text not in cell.comment.text:
                fail(where, f"{text} is a text cell without a note giving its exact value")
            else:
                notes.add("text cells with a note")
        return
    if column not in NUMERIC_COLUMNS:
        fail(where, f"a numeric cell {value!r} in a text column (CSV {text!r})")
        return
    try:
        expected = Decimal(text)
    except ArithmeticError:
        fail(where, f"numeric cell {value!r}, the CSV has {text!r}")
        return
    shown = Decimal(value) if isinstance(value, int) else Decimal(f"{value:.15g}")
    if shown != expected:
        fail(where, f"number {value!r} reads back as {shown}, the CSV has {text}")
    integer_part = "0" if column in INTEGER_COLUMNS else "#,##0"
    fraction = "." + "0" * decimals(text) if decimals(text) else ""
    if cell.number_format != integer_part + fraction:
        fail(where, f"number format {cell.number_format!r} for {text}, expected "
                    f"{integer_part + fraction!r}")


def check_layout(ws, header):
    name = ws.title
    if ws.freeze_panes != "A2":
        fail(name, f"freeze panes {ws.freeze_panes!r}, expected A2 (the header row frozen)")
    last = f"{chr(ord('A') + len(header) - 1) if len(header) <= 26 else '?'}{ws.max_row}"
    if ws.auto_filter.ref != f"A1:{last}":
        fail(name, f"autofilter {ws.auto_filter.ref!r}, expected A1:{last}")
    for index, column in enumerate(header):
        letter = chr(ord("A") + index)
        width = ws.column_dimensions[letter].width
        widest = display_width(column)
        for (cell,) in ws.iter_rows(min_row=2, min_col=index + 1, max_col=index + 1):
            text = unescape(cell.value) if isinstance(cell.value, str) else ""
            if text.isprintable():
                widest = max(widest, display_width(text))
        if width < min(widest, 80):
            fail(f"{name}!{letter}", f"width {width} for text {widest} columns wide")


def check_table(ws, header, csv_header, csv_rows, model_rows):
    """The sheet against the CSV rows; model_rows give the columns the CSV does not have."""
    name = ws.title
    rows = list(ws.iter_rows(min_row=2, max_col=len(header)))
    if len(rows) != len(csv_rows):
        fail(name, f"{len(rows)} rows, the CSV has {len(csv_rows)}")
        return
    if model_rows is not None and len(model_rows) != len(rows):
        fail(name, f"{len(rows)} rows, the report's JSON gives {len(model_rows)}")
        return
    for column in csv_header:
        if column not in header:
            fail(name, f"the CSV column {column} is not in the sheet")
    missing = [c for c in header if c not in csv_header and not c.endswith("_era")]
    for column in missing:
        notes.add(f"{name}.{column}: not in this build's CSV, checked against the JSON")
    for r, (cells, csv_row) in enumerate(zip(rows, csv_rows)):
        by_name = dict(zip(csv_header, csv_row))
        for c, column in enumerate(header):
            where = f"{name}!{chr(ord('A') + c)}{r + 2}"
            if column in by_name:
                check_cell(where, column, cells[c], by_name[column])
            elif column.endswith("_era"):
                year = cells[c - 1].value
                expected = "当初値" if year == "baseline" else era(int(year))
                if cells[c].value != expected:
                    fail(where, f"{cells[c].value!r}, expected {expected!r} for {year!r}")
            elif model_rows is None or column not in model_rows[r]:
                fail(where, f"the column {column} is neither in the CSV nor in the JSON")
            else:
                check_cell(where, column, cells[c], model_rows[r][column])


def number_text(value):
    return "" if value is None else str(value)


def model_tables(report):
    """Rows of the values, projects and kpis sheets as the report's JSON gives them."""
    values, projects, kpis = [], [], []
    for round_ in report.get("rounds", []):
        fy = str(round_["fiscal_year"])
        for project in round_.get("projects", []):
            basis = project.get("budget_scope_basis") or {}
            projects.append({"round": fy, "budget_scope_source": basis.get("source", "stated"),
                             "own_budget_thousand_yen": number_text(project.get("own_budget"))})
            for kpi in project.get("kpis", []):
                cells = 2 + len(kpi.get("plan", {})) + len(kpi.get("actual", {}))
                values.extend({"round": fy} for _ in range(cells))
                direction = kpi.get("direction_basis") or {}
                accumulation = kpi.get("accumulation_basis") or {}
                kpis.append({
                    "round": fy, "project": project["name"], "kpi": str(kpi["number"]),
                    "title": kpi["title"], "unit": kpi["unit"]["label"],
                    "unit_kind": kpi["unit"]["kind"], "direction": kpi["direction"],
                    "direction_source": direction.get("source", "stated"),
                    "direction_rule": direction.get("rule", ""),
                    "direction_uncertain": "true" if direction.get("uncertain") else "false",
                    "accumulation": kpi["accumulation"],
                    "accumulation_source": accumulation.get("source", "stated"),
                    "accumulation_rule": accumulation.get("rule", "")})
    return values, projects, kpis


SHARES = ["kpis_met.confirmed_of_judged", "kpis_met.with_provisional_of_judged",
          "kpis_met.confirmed_of_all", "kpis_met.with_provisional_of_all",
          "projects_met_at_least_one.confirmed_of_judged",
          "projects_met_at_least_one.with_provisional_of_judged",
          "projects_met_at_least_one.confirmed_of_all",
          "projects_met_at_least_one.with_provisional_of_all"]


def expected_summary(scope, source, municipality, summary, duplicates):
    rows = []
    for figure in SHARES:
        group, key = figure.split(".")
        share = summary[group][key]
        value = share.get("value")
        rows.append([scope, source, municipality, figure, str(share["count"]), str(share["of"]),
                     "" if value is None else str(value), ""])
    for figure, count in (("kpis.total", summary["kpis"]["total"]),
                          ("kpis.no_plan", summary["kpis"]["no_plan"]),
                          ("kpis.not_reported", summary["kpis"]["not_reported"]),
                          ("projects.total", summary["projects"]["total"])):
        rows.append([scope, source, municipality, figure, str(count), "", "", ""])
    budget = summary["budget"]
    for figure, projects in (("own", "own_projects"), ("own_national_share", "own_projects"),
                             ("joint_total", "joint_total_projects"),
                             ("joint_total_national_share", "joint_total_projects")):
        rows.append([scope, source, municipality, "budget." + figure, str(budget[projects]), "",
                     "", str(budget[figure])])
    if duplicates is not None:
        rows.append([scope, source, municipality, "duplicates_merged", str(duplicates), "", "",
                     ""])
    return rows


def check_summary(ws, header, evaluation, inputs, municipalities):
    if "reports" in evaluation:
        reports = evaluation["reports"]
    else:
        reports = [evaluation]
    expected = []
    for i, report in enumerate(reports):
        expected += expected_summary(f"report {i + 1}", inputs[i], municipalities[i] or "",
                                     report["summary"], None)
    if "reports" in evaluation:
        expected += expected_summary("all", "", "", evaluation["summary"],
                                     evaluation["duplicates_merged"])
    columns = ["scope", "source", "municipality", "figure", "count", "of", "share",
               "thousand_yen"]
    rows = list(ws.iter_rows(min_row=2, max_col=len(header)))
    if len(rows) != len(expected):
        fail("summary", f"{len(rows)} rows, expected {len(expected)}")
        return
    for r, (cells, want) in enumerate(zip(rows, expected)):
        by_name = dict(zip(header, cells))
        for column, text in zip(columns, want):
            where = f"summary!{chr(ord('A') + header.index(column))}{r + 2}"
            cell = by_name[column]
            if column == "share":
                if text == "":
                    if cell.value is not None:
                        fail(where, f"{cell.value!r} for an undefined share")
                elif Decimal(f"{cell.value:.15g}") != Decimal(text) or \
                        cell.number_format != "0.00%":
                    fail(where, f"share {cell.value!r} ({cell.number_format}), expected {text} "
                                "formatted 0.00%")
            else:
                check_cell(where, column, cell, text)
        if not by_name["label"].value:
            fail(f"summary!E{r + 2}", "no label")


def check_workbook(binary, inputs, work_dir, name, headers):
    import openpyxl

    path = os.path.join(work_dir, name + ".xlsx")
    if os.path.exists(path):
        os.remove(path)
    run(binary, "export", "--format", "xlsx", *inputs, "-o", path)
    workbook = openpyxl.load_workbook(path)
    if workbook.sheetnames != list(headers):
        fail(name, f"sheets {workbook.sheetnames}, documented {list(headers)}")
        return workbook
    for sheet, header in headers.items():
        found = [c.value for c in next(workbook[sheet].iter_rows(min_row=1, max_row=1))]
        if found != header:
            fail(f"{name}:{sheet}", f"header {found}, documented {header}")
            return workbook

    tables = {"values": [], "projects": [], "kpis": [], "evaluation": []}
    csv_headers = {}
    model = {"values": [], "projects": [], "kpis": []}
    municipalities = []
    kpis_csv = True
    for input_ in inputs:
        commands = {"values": ["export", "--table", "values", input_],
                    "projects": ["export", "--table", "projects", input_],
                    "kpis": ["export", "--table", "kpis", input_],
                    "evaluation": ["evaluate", "--format", "csv", input_]}
        for table, command in commands.items():
            if table == "kpis" and not kpis_csv:
                continue
            result = run(binary, *command, check=table != "kpis")
            if result.returncode != 0:
                kpis_csv = False  # this build's CLI has no kpis table yet
                notes.add("kpis: no `export --table kpis` in this build, checked against the JSON")
                continue
            header, rows = read_csv(result.stdout)
            csv_headers[table] = header
            tables[table] += rows
        report = json.loads(run(binary, "import", input_).stdout.decode("utf-8"),
                            parse_float=Decimal)
        municipalities.append(report.get("municipality"))
        for table, rows in zip(("values", "projects", "kpis"), model_tables(report)):
            model[table] += rows
    evaluation = json.loads(run(binary, "evaluate", "--format", "json", *inputs).stdout
                            .decode("utf-8"), parse_float=Decimal)
    # The evaluation's KPIs, with the direction's basis from the report's JSON (a plain
    # statement when it has none).
    model["evaluation"] = []
    k = 0
    for report in evaluation.get("reports", [evaluation]):
        for round_ in report["rounds"]:
            for project in round_["projects"]:
                for kpi in project["kpis"]:
                    for _ in kpi["years"]:
                        model["evaluation"].append({
                            "round": str(round_["fiscal_year"]), "direction": kpi["direction"],
                            "direction_source": model["kpis"][k]["direction_source"],
                            "direction_uncertain": model["kpis"][k]["direction_uncertain"]})
                    k += 1
    for table in ("values", "projects", "evaluation", "kpis"):
        ws = workbook[table]
        if table == "kpis" and not kpis_csv:
            check_table(ws, headers[table], [], [{}] * len(model["kpis"]), model["kpis"])
        else:
            check_table(ws, headers[table], csv_headers.get(table, []), tables[table],
                        model.get(table))
        check_layout(ws, headers[table])
    check_summary(workbook["summary"], headers["summary"], evaluation, inputs, municipalities)
    check_layout(workbook["summary"], headers["summary"])
    return workbook


def find_row(ws, **wanted):
    header = [c.value for c in ws[1]]
    for cells in ws.iter_rows(min_row=2):
        row = dict(zip(header, cells))
        if all(row[k].value == v for k, v in wanted.items()):
            return row
    fail(ws.title, f"no row with {wanted}")
    return None


def check_seed_figures(workbook):
    # The seed's headline: 4 of the 7 judged KPIs met with confirmed verdicts (57.1 %).
    row = find_row(workbook["summary"], figure="kpis_met.confirmed_of_judged")
    if row and (row["count"].value, row["of"].value, row["share"].value) != (4, 7, 0.5714):
        fail("summary", "the seed's 4 of 7 KPIs met is not there")
    values = workbook["values"]
    # Smart-city project, KPI ③ baseline plan 31.20 (%): 31.2 shown with both decimals.
    row = find_row(values, round=2022, kpi=3, period="baseline", series="plan")
    if row and (row["value"].value, row["value"].number_format) != (31.2, "#,##0.00"):
        fail("values", f"31.20: {row['value'].value!r} {row['value'].number_format!r}")
    # Foreign residents, KPI ③ R2 actual -3,760.
    row = find_row(values, round=2019, kpi=3, period=2020, series="actual", unit="人")
    if row and row["value"].value != -3760:
        fail("values", f"-3760: {row['value'].value!r}")
    # Digital innovation, KPI ① R4 actual 16(見込): the number 16, expected.
    row = find_row(values, round=2020, kpi=1, period=2022, series="actual", unit="件")
    if row and (row["value"].value, row["status"].value) != (16, "expected"):
        fail("values", f"16(見込): {row['value'].value!r} {row['status'].value!r}")
    # UIJ new-employment project: 71,349千円, the whole joint project's amount (道全体).
    row = find_row(workbook["projects"], budget_thousand_yen=71349)
    if row and row["budget_scope"].value != "joint_total":
        fail("projects", "71,349千円 is not joint_total")
    # The first KPI's R1: 136 of 150, ratio 0.9067.
    row = find_row(workbook["evaluation"], round=2019, kpi=1, period=2019)
    if row and (row["ratio"].value, row["ratio"].number_format) != (0.9067, "0.0000"):
        fail("evaluation", f"0.9067: {row['ratio'].value!r}")


def main():
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    binary, source_dir, corpus_dir, work_dir, have_xlsx = sys.argv[1:]
    if have_xlsx.upper() not in ("ON", "TRUE", "1"):
        print("skipped: grantkpi was built without the xlsx component")
        return SKIP
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        print("skipped: no openpyxl (Debian: python3-openpyxl)")
        return SKIP
    os.makedirs(work_dir, exist_ok=True)
    headers = documented_headers(source_dir)

    seed = os.path.join(source_dir, "examples", "data", "sapporo_fy2022.txt")
    check_seed_figures(check_workbook(binary, [seed], work_dir, "seed", headers))

    corpus = sorted(os.path.join(corpus_dir, f) for f in os.listdir(corpus_dir)
                    if f.endswith(".json"))
    if len(corpus) < 100:
        sys.exit(f"{corpus_dir}: {len(corpus)} reports, expected the 100 of the fixture")
    workbook = check_workbook(binary, corpus, work_dir, "random", headers)
    cells = sum(ws.max_row - 1 for ws in workbook)
    for note in sorted(notes):
        print(f"note: {note}")
    if "text cells with a note" not in notes:
        fail("random", "no value of more than 15 significant digits met: the corpus is too tame")
    if failures:
        print(f"{len(failures)} difference(s)", file=sys.stderr)
        return 1
    print(f"seed and {len(corpus)} random reports: every cell of {cells} rows equals grantkpi's "
          "CSV and JSON")
    return 0


if __name__ == "__main__":
    sys.exit(main())
