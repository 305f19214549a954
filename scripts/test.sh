#!/usr/bin/env bash
# The whole test suite, from a fresh Debian 12 machine: installs what the build needs,
# configures, builds with warnings as errors, and runs every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh

build=${GRANTKPI_BUILD_DIR:-build/test}
jobs=${GRANTKPI_JOBS:-$(nproc 2>/dev/null || echo 2)}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGRANTKPI_WARNINGS_AS_ERRORS=ON
cmake --build "$build" --parallel "$jobs"
ctest --test-dir "$build" --output-on-failure --parallel "$jobs"
