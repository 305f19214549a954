#!/usr/bin/env bash
# The main example on the bundled report, from a fresh Debian 12 machine: installs what the
# build needs, builds the example and runs it on the bundled report text
# examples/data/sapporo_fy2022.txt (Sapporo city: the text itself does not name the city).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh >/dev/null

build=${GRANTKPI_BUILD_DIR:-build/release}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGRANTKPI_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target report_summary >/dev/null
if [ "$#" -eq 0 ]; then
    set -- examples/data/sapporo_fy2022.txt "札幌市"
fi
exec "$build/examples/report_summary" "$@"
