#!/usr/bin/env bash
# Installs the dependencies, builds Mesos Console (RelWithDebInfo, in build-demo/) and opens it
# on the embedded demo cluster. Extra arguments go to mesos-console, e.g.
#   scripts/demo.sh --smoke             check that the demo comes up, print one line, quit
#   MC_WERROR=1 scripts/demo.sh ...     warnings are errors (CI; default off)
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh

case "${MC_WERROR:-0}" in
  1 | ON | on | true) werror=ON ;;
  0 | OFF | off | false | "") werror=OFF ;;
  *) echo "demo.sh: MC_WERROR must be 1 or 0, not '${MC_WERROR}'" >&2; exit 2 ;;
esac

# Let ccache reuse objects across clones of the repository (paths relative to the checkout).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
# Its own directory: scripts/test.sh builds other configurations in build/ and build-asan/.
# Every option the CMake cache keeps is given each time, so no earlier value leaks in.
cmake -S . -B build-demo -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMC_WERROR="$werror" \
  -DMC_SANITIZE=OFF -DMC_SHARED_LIBS=OFF -DMC_BUILD_TESTS=OFF -DMC_BUILD_BENCH=OFF -DMC_BUILD_FUZZ=OFF >/dev/null
cmake --build build-demo --parallel "$(nproc)" --target mesos-console mesos-console-cli localcluster
exec ./build-demo/bin/mesos-console --demo "$@"
