#!/usr/bin/env bash
# Installs the dependencies, builds Mesos Console and runs the whole test suite.
#   scripts/test.sh                 normal build in build/, all tests
#   MC_SANITIZE=1 scripts/test.sh   also an ASan+UBSan build in build-asan/ and its tests
# Extra arguments go to ctest (e.g. -L unit).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh

jobs=$(nproc)
# Let ccache reuse objects across clones of the repository (CI builds a fresh
# clone): paths are taken relative to the checkout.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
run_suite() {
  local dir=$1; shift
  local -a cmake_args=("$@")
  # No build type: no optimisation, no debug info; the quickest build for a test run.
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE= -DMC_WERROR=ON "${cmake_args[@]}" >/dev/null
  cmake --build "$dir" --parallel "$jobs"
  (cd "$dir" && ctest --output-on-failure --parallel "$jobs" --timeout 900 "${CTEST_ARGS[@]}")
}

CTEST_ARGS=("$@")
run_suite build
if [ "${MC_SANITIZE:-0}" = "1" ]; then
  echo "== ASan + UBSan build"
  run_suite build-asan -DMC_SANITIZE=ON -DMC_BUILD_BENCH=OFF
fi
