#!/usr/bin/env python3
# Copyright (c) 2026 The grantkpi authors.
# Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
"""Whole-process timings for bench/run (standard library only).

    process_times.py RUNS OUT.json [NAME=COMMAND...]

Runs every command once as a probe (a command that fails is reported as skipped, with the
first line it wrote to stderr, and is not timed), then RUNS rounds in which each command that
passed runs once, in the order given (interleaved: a slow phase of the machine falls on all
of them alike). Each run is a new process, with stdout to /dev/null; its wall time and peak
resident memory (ru_maxrss of the child, from wait4) are recorded. The input files stay in
the page cache between runs (dropping it needs root): "cold" here means a new process, its
own page faults and start-up, not a cold disk.

OUT.json: {NAME: {"seconds": median, "kib": median, "runs": [...]} or {"skipped": reason}}.
COMMAND is split as a shell would split it (shlex), but runs without a shell.
"""

import json
import os
import shlex
import statistics
import subprocess
import sys
import time


def run(argv):
    """(exit status, wall seconds, peak KiB, stderr's first line)."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        try:
            child = subprocess.Popen(argv, stdout=null, stderr=subprocess.PIPE)
        except OSError as error:
            return 127, 0.0, 0, str(error)
        stderr = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return child.returncode, seconds, usage.ru_maxrss, lines[0] if lines else ""


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    runs = int(argv[1])
    out = argv[2]
    commands = []
    for spec in argv[3:]:
        name, _, command = spec.partition("=")
        commands.append((name, shlex.split(command)))
    results = {}
    timed = []
    for name, command in commands:
        status, _, _, first_line = run(command)
        if status != 0:
            reason = first_line or "exit status %d" % status
            results[name] = {"skipped": "`%s` exits with %d: %s" % (shlex.join(command), status,
                                                                    reason)}
        else:
            timed.append((name, command))
            results[name] = {"runs": []}
    for _ in range(runs):
        for name, command in timed:
            status, seconds, kib, first_line = run(command)
            if status != 0:
                results[name] = {"skipped": "failed on a timed run (exit %d): %s" %
                                 (status, first_line)}
                timed = [(n, c) for n, c in timed if n != name]
                continue
            results[name]["runs"].append({"seconds": seconds, "kib": kib})
    for name, _ in timed:
        entry = results[name]
        entry["seconds"] = statistics.median(r["seconds"] for r in entry["runs"])
        entry["kib"] = statistics.median(r["kib"] for r in entry["runs"])
    with open(out, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
