#!/usr/bin/env bash
# Repeated code (phase 0b of scripts/test.sh): runs the `duplicates` command over the tree,
# when the machine has it, and fails on a pair of places that is not justified in
# tools/duplicates-allowed.txt. Without the command it says so and skips: it is a
# development tool, not a build dependency.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v duplicates >/dev/null 2>&1; then
    echo "duplicates.sh: skipped: the duplicates command is not on PATH; repeated code is not checked in this run"
    exit 0
fi
allowed=tools/duplicates-allowed.txt
out=$(duplicates --most 200 --seconds 300)
if grep -q '^incomplete:' <<<"$out"; then
    echo "$out" >&2
    echo "duplicates.sh: the scan did not complete" >&2
    exit 1
fi
# A row: `D3 a.cpp:32-44 ~ b.cpp:18-30 ...`; its key is the pair of files.
pairs=$(sed -nE 's/^D[0-9]+ ([^:]+):[0-9-]+ ~ ([^:]+):[0-9-]+.*/\1 ~ \2/p' <<<"$out" | sort -u)
unjustified=$(comm -23 <(printf '%s\n' "$pairs" | sed '/^$/d') \
    <(sed -E 's/[[:space:]]*#.*//; /^$/d' "$allowed" | sort -u))
if [ -n "$unjustified" ]; then
    grep -F -f <(sed -E 's/ ~ /:/' <<<"$unjustified" | cut -d: -f1) <<<"$out" >&2 || true
    echo "duplicates.sh: pairs not justified in $allowed:" >&2
    sed 's/^/  /' <<<"$unjustified" >&2
    exit 1
fi
echo "duplicates.sh: $(printf '%s\n' "$pairs" | sed '/^$/d' | wc -l) pair(s), each justified in $allowed"
