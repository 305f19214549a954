#!/usr/bin/env bash
# clang-tidy (.clang-tidy; phase 2b of scripts/test.sh) over the library, the CLI and the
# examples, from a build directory with compile_commands.json (default build/sanitize, the
# clang build scripts/test.sh leaves; any build configured with
# -DCMAKE_EXPORT_COMPILE_COMMANDS=ON will do). Exits 1 on any finding.
# Usage: scripts/tidy.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-${GRANTKPI_BUILD_ROOT:-build}/sanitize}
jobs=${GRANTKPI_JOBS:-$(nproc 2>/dev/null || echo 2)}
if [ ! -f "$build/compile_commands.json" ]; then
    echo "tidy.sh: no $build/compile_commands.json: configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON" >&2
    exit 2
fi
mapfile -t files < <(git ls-files 'src/*.cpp' 'cli/*.cpp' 'examples/*.cpp')
if [ -z "$(command -v run-clang-tidy)" ]; then
    echo "tidy.sh: run-clang-tidy not found (Debian: clang-tidy; scripts/setup.sh installs it)" >&2
    exit 2
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# run-clang-tidy exits non-zero when a check fires (WarningsAsErrors); its output names each.
status=0
run-clang-tidy -p "$build" -quiet -j "$jobs" "${files[@]}" >"$log" 2>&1 || status=$?
findings=$(grep -cE '(warning|error): ' "$log" || true)
if [ "$status" -ne 0 ] || [ "$findings" -ne 0 ]; then
    grep -E -A3 '(warning|error): ' "$log" | sed 's/\x1b\[[0-9;]*m//g' >&2 || cat "$log" >&2
    echo "tidy.sh: $findings finding(s) in ${#files[@]} files" >&2
    exit 1
fi
echo "tidy.sh: no findings in ${#files[@]} files"
