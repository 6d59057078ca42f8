#!/usr/bin/env bash
# Installs the dependencies, builds Mesos Console and runs the whole test suite.
#   scripts/test.sh                 normal build in build/, all tests
#   MC_SANITIZE=1 scripts/test.sh   also an ASan+UBSan build in build-asan/ and its tests, when
#                                   the normal pass took at most MC_SANITIZE_IF_UNDER s (660)
# scripts/demo.sh builds in build-demo/ (another configuration): neither touches the other's.
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
  # No build type: no optimisation, no debug info; the quickest build for a test run. Every
  # option the CMake cache keeps is given each time (the defaults, then the pass's own).
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE= -DMC_WERROR=ON -DMC_SANITIZE=OFF -DMC_SHARED_LIBS=OFF \
    -DMC_BUILD_TESTS=ON -DMC_BUILD_BENCH=ON -DMC_BUILD_FUZZ=OFF "${cmake_args[@]}" >/dev/null
  cmake --build "$dir" --parallel "$jobs"
  (cd "$dir" && ctest --output-on-failure --parallel "$jobs" --timeout 900 "${CTEST_ARGS[@]}")
}

CTEST_ARGS=("$@")
started=$SECONDS
run_suite build
if [ "${MC_SANITIZE:-0}" = "1" ]; then
  # The sanitizer pass costs about one and a half normal passes; run it when the
  # normal pass left room for it (CI keeps the whole run well under 30 minutes).
  budget=${MC_SANITIZE_IF_UNDER:-660}
  took=$((SECONDS - started))
  # It also needs disk: about 3 GB (its libraries shared, MC_SHARED_LIBS); a full disk would
  # fail the run halfway through the build, so it is skipped, saying so, below MC_SANITIZE_MIN_FREE_GB.
  min_free_gb=${MC_SANITIZE_MIN_FREE_GB:-6}
  free_gb=$(($(df -Pk . | awk 'NR == 2 { print $4 }') / 1024 / 1024))
  if [ "$free_gb" -lt "$min_free_gb" ]; then
    echo "== ASan + UBSan pass skipped: ${free_gb} GB free on this disk (< ${min_free_gb} GB, MC_SANITIZE_MIN_FREE_GB)"
  elif [ "$took" -le "$budget" ]; then
    echo "== ASan + UBSan build (the normal pass took ${took} s)"
    run_suite build-asan -DMC_SANITIZE=ON -DMC_SHARED_LIBS=ON -DMC_BUILD_BENCH=OFF
  else
    echo "== ASan + UBSan pass skipped: the normal pass took ${took} s (> ${budget} s, MC_SANITIZE_IF_UNDER)"
  fi
fi
