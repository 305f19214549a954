#!/usr/bin/env bash
# Installs the Debian packages grantkpi's build, tests, examples and benchmarks need.
# Idempotent: packages already present are left alone. Debian 12 (bookworm) or newer.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  g++ clang libclang-rt-dev clang-format clang-tidy
  libboost1.81-dev libboost-json1.81-dev
  doctest-dev libcli11-dev libbenchmark-dev
  python3 python3-jsonschema
  libfmt-dev libxlsxwriter-dev python3-openpyxl
  chromium fonts-noto-cjk
  ccache
)

if ! command -v apt-get >/dev/null 2>&1 || [ ! -r /etc/debian_version ]; then
  echo "setup.sh: this script installs packages with apt-get on Debian 12 or newer." >&2
  echo "setup.sh: elsewhere install: CMake >= 3.25, a C++20 compiler, Boost >= 1.81 (headers + json)," >&2
  echo "setup.sh: doctest, CLI11, Google Benchmark and Python 3, then run the README commands." >&2
  exit 1
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "setup.sh: all packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "setup.sh: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
