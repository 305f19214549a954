# Copyright (c) 2026 The grantkpi authors.
# Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
"""What the CLI test scripts (tests/cli/test_cli*.py) share: the malformed report each writes
to check that its command fails on an input error and leaves no output file."""

import os

# A report document whose "rounds" is not an array: the JSON reader's error at 1:44.
BAD_REPORT_JSON = '{"schema": "grantkpi.report/1", "rounds": 3}\n'


def write_bad_report(directory):
    """Writes BAD_REPORT_JSON to `directory`/bad.json and returns its path."""
    bad = os.path.join(directory, "bad.json")
    with open(bad, "w", encoding="utf-8") as f:
        f.write(BAD_REPORT_JSON)
    return bad
