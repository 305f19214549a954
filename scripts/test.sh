#!/usr/bin/env bash
# The whole test suite, from a fresh Debian 12 machine: installs what the build needs, then
#  0. checks that every C++ source is clang-format clean;
# 0b. checks for repeated code (scripts/duplicates.sh, where the `duplicates` command is
#     installed: a development tool, skipped with a message where it is not, as on CI);
#  1. builds with g++ (warnings are errors) and runs every test with CTest;
#  2. builds with clang under AddressSanitizer + UndefinedBehaviorSanitizer (halt on the
#     first error) and runs every test again (the package tests build their consumer
#     projects with the same flags);
# 2b. runs clang-tidy (.clang-tidy, scripts/tidy.sh) on that clang build's
#     compile_commands.json: zero findings;
#  3. builds the test program with clang under ThreadSanitizer and runs the tests of the
#     collection functions' `threads` argument (tests/test_threads.cpp);
#  4. builds the libFuzzer targets (fuzz/) and runs each for a short while (30 s, or
#     GRANTKPI_FUZZ_SECONDS) from its seed corpus: any crash, leak or timeout fails.
# Each phase prints how long it took (docs/reliability.md: the CI budget).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh

jobs=${GRANTKPI_JOBS:-$(nproc 2>/dev/null || echo 2)}
root=${GRANTKPI_BUILD_ROOT:-build}

phase_start=$SECONDS
phase_done() {
    echo "== $1 took $((SECONDS - phase_start)) s"
    phase_start=$SECONDS
}

echo "== clang-format: every C++ source is formatted (.clang-format)"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z '*.cpp' '*.hpp' '*.h'
else
    find include src cli examples tests bench fuzz \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' \) -print0
fi | xargs -0 clang-format --dry-run -Werror
phase_done "clang-format"

echo "== repeated code: every pair justified in tools/duplicates-allowed.txt"
scripts/duplicates.sh
phase_done "repeated code"

echo "== g++, Debug, -Werror"
cmake -S . -B "$root/test" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=g++ \
    -DGRANTKPI_WARNINGS_AS_ERRORS=ON -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
cmake --build "$root/test" --parallel "$jobs"
ctest --test-dir "$root/test" --output-on-failure --parallel "$jobs"
phase_done "g++, Debug, -Werror"

# A clang Debug build in $root/$1, warnings as errors, compiled and linked with the flags $2.
configure_clang() {
    cmake -S . -B "$root/$1" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
        -DGRANTKPI_WARNINGS_AS_ERRORS=ON -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_CXX_FLAGS="$2" \
        -DCMAKE_EXE_LINKER_FLAGS="$2" -DCMAKE_SHARED_LINKER_FLAGS="$2"
}

echo "== clang, AddressSanitizer + UndefinedBehaviorSanitizer"
configure_clang sanitize "-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cmake --build "$root/sanitize" --parallel "$jobs"
ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=1 \
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --test-dir "$root/sanitize" --output-on-failure --parallel "$jobs"
phase_done "clang, AddressSanitizer + UndefinedBehaviorSanitizer"

# clang-tidy reads the sanitizer build's compile_commands.json (clang's own flags, and the
# generated sources are there): no extra build.
echo "== clang-tidy: zero findings (.clang-tidy)"
GRANTKPI_JOBS="$jobs" scripts/tidy.sh "$root/sanitize"
phase_done "clang-tidy"

echo "== clang, ThreadSanitizer: the collection functions on several threads"
configure_clang thread "-fsanitize=thread -fno-omit-frame-pointer"
cmake --build "$root/thread" --parallel "$jobs" --target grantkpi_tests
TSAN_OPTIONS=halt_on_error=1 "$root/thread/tests/grantkpi_tests" --test-suite=threads
phase_done "clang, ThreadSanitizer"

echo "== clang, libFuzzer: every target for ${GRANTKPI_FUZZ_SECONDS:-30} s"
GRANTKPI_FUZZ_BUILD_DIR="$root/fuzz" GRANTKPI_JOBS="$jobs" fuzz/run "${GRANTKPI_FUZZ_SECONDS:-30}"
phase_done "clang, libFuzzer"
