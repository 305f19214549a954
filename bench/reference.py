#!/usr/bin/env python3
# Copyright (c) 2026 The grantkpi authors.
# Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
"""The Python reference of bench/run, standard library only.

Loads a grantkpi collection (docs/json-format.md, "Collections") with the json module and
computes what grantkpi computes for it (docs/evaluation.md): every KPI-year's verdict and
ratio, every KPI's verdict, every project's outcome, and the national counts and headline
figures with joint projects reported by several municipalities counted once. Exactly: a
number is kept as its coefficient and scale (31.20 = 3120, 2), never as a float.

    reference.py CORPUS --figures OUT     writes the figures (format: tests/support/figures.hpp)
    reference.py CORPUS --check FIGURES   compares them with grantkpi's; exit 1 on a difference
    reference.py CORPUS --time N          load + evaluate N times after a warm-up; prints the
                                          median in seconds
"""

import json
import statistics
import sys
import time

MAX_COEFFICIENT = 999_999_999_999_999_999  # grantkpi::Decimal::max_coefficient


def exact_float(text):
    """A JSON number with a fraction, as (coefficient, scale): "31.20" -> (3120, 2)."""
    point = text.index(".")  # grantkpi's canonical writer never writes an exponent
    return (int(text[:point] + text[point + 1:]), len(text) - point - 1)


def exact(value):
    return (value, 0) if type(value) is int else value


def compare(a, b):
    """-1, 0 or 1, exactly."""
    scale = max(a[1], b[1])
    x = a[0] * 10 ** (scale - a[1])
    y = b[0] * 10 ** (scale - b[1])
    return (x > y) - (x < y)


def ratio(numerator, denominator):
    """numerator / denominator rounded half away from zero to 4 decimals, as text; None when
    the denominator is 0 or the ratio does not fit (grantkpi::make_ratio)."""
    nc, ns = numerator
    dc, ds = denominator
    if dc == 0:
        return None
    if nc == 0:
        return "0.0000"
    shift = ds - ns + 4
    n = abs(nc)
    d = abs(dc)
    if shift >= 0:
        n *= 10 ** shift
    else:
        d *= 10 ** -shift
    q, r = divmod(n, d)
    if 2 * r >= d:
        q += 1
    if q > MAX_COEFFICIENT:
        return None
    sign = "-" if (nc < 0) != (dc < 0) and q != 0 else ""
    return "%s%d.%04d" % (sign, q // 10000, q % 10000)


def cell(value):
    """A table cell as (exact value or None, expected)."""
    if value is None:
        return None, False
    if type(value) is dict:
        return exact(value["value"]), True
    return exact(value), False


# Full-width ASCII (U+FF01..U+FF5E) to ASCII, and every space removed: the comparison key of
# names and partners across reports (grantkpi's evaluate_collection).
KEY_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
KEY_TABLE.update({ord(c): None for c in " \t\u3000\r\n\u00a0"})


def comparison_key(text):
    return text.translate(KEY_TABLE)


def evaluate_kpi(kpi):
    """(years, verdict, provisional): years as (year, met, ratio, provisional)."""
    increase = kpi["direction"] == "increase"
    plan = kpi.get("plan", {})
    actual = kpi.get("actual", {})
    columns = list(plan) + [y for y in actual if y not in plan]
    years = []
    latest = None  # (year, met, provisional)
    for year in columns:
        p, p_expected = cell(plan.get(year))
        a, a_expected = cell(actual.get(year))
        if p is None and a is None:
            continue
        provisional = p_expected or a_expected
        met = None
        r = None
        if p is not None and a is not None:
            c = compare(a, p)
            met = c >= 0 if increase else c <= 0
            r = ratio(a, p)
            if latest is None or year > latest[0]:
                latest = (year, met, provisional)
        years.append((year, met, r, provisional))
    if latest is None:
        has_plan = any(v is not None for v in plan.values())
        return years, ("not_reported" if has_plan else "no_plan"), False
    return years, ("met" if latest[1] else "not_met"), latest[2]


KPI_COUNTS = ("total", "met_confirmed", "met_provisional", "not_met_confirmed",
              "not_met_provisional", "no_plan", "not_reported", "weak_direction")


def weak(basis):
    """A direction basis (format 2) that is assumed, or inferred and uncertain; a missing
    basis is a plain statement."""
    if basis is None:
        return False
    return basis["source"] == "assumed" or (basis["source"] == "inferred" and basis["uncertain"])
PROJECT_COUNTS = ("total", "met_at_least_one_confirmed", "met_at_least_one_provisional",
                  "met_none_confirmed", "met_none_provisional", "not_judged")


def evaluate_project(project):
    kpis = []
    counts = dict.fromkeys(KPI_COUNTS, 0)
    for kpi in project.get("kpis", []):
        evaluation = evaluate_kpi(kpi)
        kpis.append(evaluation)
        verdict, provisional = evaluation[1], evaluation[2]
        counts["total"] += 1
        if verdict in ("met", "not_met"):
            counts[verdict + ("_provisional" if provisional else "_confirmed")] += 1
            if weak(kpi.get("direction_basis")):
                counts["weak_direction"] += 1
        else:
            counts[verdict] += 1
    if counts["met_confirmed"]:
        outcome = ("met_at_least_one", False)
    elif counts["met_provisional"]:
        outcome = ("met_at_least_one", True)
    elif counts["not_met_confirmed"] or counts["not_met_provisional"]:
        outcome = ("met_none", counts["not_met_provisional"] > 0)
    else:
        outcome = ("not_judged", False)
    return kpis, counts, outcome


def evaluate_collection(reports):
    """(per-project evaluations, national summary)."""
    projects = []  # (report, round, project index, evaluation)
    kpi_counts = dict.fromkeys(KPI_COUNTS, 0)
    project_counts = dict.fromkeys(PROJECT_COUNTS, 0)
    budget = {"own": [0, (0, 0)], "joint_total": [0, (0, 0)]}
    first_seen = {}
    merged = 0
    for i, report in enumerate(reports):
        for r, round_ in enumerate(report.get("rounds", [])):
            for p, project in enumerate(round_.get("projects", [])):
                evaluation = evaluate_project(project)
                projects.append((i, r, p, evaluation))
                if project["application"] == "joint":
                    key = (round_["fiscal_year"], comparison_key(project["name"]),
                           tuple(sorted({comparison_key(x) for x in project.get("partners", [])})))
                    kept = first_seen.setdefault(key, i)
                    if kept != i:
                        merged += 1
                        continue
                _, counts, (outcome, provisional) = evaluation
                for name in KPI_COUNTS:
                    kpi_counts[name] += counts[name]
                project_counts["total"] += 1
                if outcome == "not_judged":
                    project_counts["not_judged"] += 1
                else:
                    project_counts[outcome + ("_provisional" if provisional else "_confirmed")] += 1
                total = budget[project["budget_scope"]]
                total[0] += 1
                total[1] = add(total[1], exact(project["budget"]))
                if project["budget_scope"] == "joint_total" and "own_budget" in project:
                    # The own part of a joint total is the municipality's own money.
                    budget["own"][1] = add(budget["own"][1], exact(project["own_budget"]))
    return projects, (kpi_counts, project_counts, budget, merged)


def add(a, b):
    scale = max(a[1], b[1])
    return (a[0] * 10 ** (scale - a[1]) + b[0] * 10 ** (scale - b[1]), scale)


def decimal_text(value):
    c, s = value
    digits = str(abs(c))
    if s > 0:
        digits = digits.rjust(s + 1, "0")
        digits = digits[:-s] + "." + digits[-s:]
    return ("-" if c < 0 else "") + digits


def share(count, of):
    r = ratio((count, 0), (of, 0))
    return "%d/%d:%s" % (count, of, r if r is not None else "-")


def headline(name, met_confirmed, judged_confirmed, met, judged, total):
    return ("national %s confirmed_of_judged=%s confirmed_of_all=%s "
            "with_provisional_of_judged=%s with_provisional_of_all=%s\n" % (
                name, share(met_confirmed, judged_confirmed), share(met_confirmed, total),
                share(met, judged), share(met, total)))


def figures_text(result):
    projects, (k, p, budget, merged) = result
    out = []
    for i, r, pi, (kpis, _, (outcome, provisional)) in projects:
        project_id = "%d/%d/%d" % (i, r, pi)
        for ki, (years, verdict, kpi_provisional) in enumerate(kpis):
            kpi_id = "%s/%d" % (project_id, ki)
            for year, met, rt, year_provisional in years:
                out.append("year %s %s %s %s %s\n" % (
                    kpi_id, year, "-" if met is None else ("yes" if met else "no"),
                    "-" if rt is None else rt, "p" if year_provisional else "c"))
            out.append("kpi %s %s %s\n" % (kpi_id, verdict, "p" if kpi_provisional else "c"))
        out.append("project %s %s %s\n" % (project_id, outcome, "p" if provisional else "c"))
    out.append("national kpis " + " ".join("%s=%d" % (n, k[n]) for n in KPI_COUNTS) + "\n")
    out.append("national projects " + " ".join("%s=%d" % (n, p[n]) for n in PROJECT_COUNTS) +
               "\n")
    kc = k["met_confirmed"] + k["not_met_confirmed"]
    kmet = k["met_confirmed"] + k["met_provisional"]
    kj = kc + k["met_provisional"] + k["not_met_provisional"]
    out.append(headline("kpis_met", k["met_confirmed"], kc, kmet, kj, k["total"]))
    pc = p["met_at_least_one_confirmed"] + p["met_none_confirmed"]
    pmet = p["met_at_least_one_confirmed"] + p["met_at_least_one_provisional"]
    pj = pc + p["met_at_least_one_provisional"] + p["met_none_provisional"]
    out.append(headline("projects_met_at_least_one", p["met_at_least_one_confirmed"], pc, pmet,
                        pj, p["total"]))
    out.append("national budget own=%d:%s joint_total=%d:%s\n" % (
        budget["own"][0], decimal_text(budget["own"][1]),
        budget["joint_total"][0], decimal_text(budget["joint_total"][1])))
    out.append("national duplicates_merged=%d\n" % merged)
    return "".join(out)


def load_and_evaluate(data):
    document = json.loads(data, parse_float=exact_float)
    if document.get("schema") not in ("grantkpi.collection/2", "grantkpi.collection/1"):
        raise SystemExit("not a grantkpi.collection/2 (or /1) document")
    return evaluate_collection(document.get("reports", []))


def main(argv):
    if len(argv) != 4 or argv[2] not in ("--figures", "--check", "--time"):
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], "rb") as f:
        data = f.read()
    if argv[2] == "--time":
        repetitions = int(argv[3])
        load_and_evaluate(data)  # warm-up
        times = []
        for _ in range(repetitions):
            start = time.perf_counter()
            load_and_evaluate(data)
            times.append(time.perf_counter() - start)
        print("%.6f" % statistics.median(times))
        return 0
    figures = figures_text(load_and_evaluate(data))
    if argv[2] == "--figures":
        with open(argv[3], "w", encoding="utf-8", newline="\n") as f:
            f.write(figures)
        return 0
    with open(argv[3], encoding="utf-8") as f:
        theirs = f.read()
    if figures == theirs:
        print("the Python reference and grantkpi agree on %d figures" % figures.count("\n"))
        return 0
    for n, (mine, other) in enumerate(zip(figures.splitlines(), theirs.splitlines()), 1):
        if mine != other:
            print("line %d differs:\n  Python:   %s\n  grantkpi: %s" % (n, mine, other))
            return 1
    print("the figures differ in length: Python %d lines, grantkpi %d" % (
        figures.count("\n"), theirs.count("\n")))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
