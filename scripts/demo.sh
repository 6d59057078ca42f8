#!/usr/bin/env bash
# Installs the dependencies, builds Mesos Console and opens it on the embedded
# demo cluster. Extra arguments go to mesos-console.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel "$(nproc)" --target mesos-console mesos-console-cli localcluster
exec ./build/bin/mesos-console --demo "$@"
