#!/usr/bin/env bash
# Takes a screenshot of a running mesos-console under Xvfb.
#   scripts/screenshot.sh OUT.png [SECONDS] [mesos-console args...]
set -euo pipefail
out=$1; shift
wait_s=${1:-3}; shift || true
bin=${MC_BIN:-"$(dirname "$0")/../build/bin/mesos-console"}
export MC_SHOT_OUT=$out MC_SHOT_WAIT=$wait_s MC_SHOT_BIN=$bin
xvfb-run -a -s "-screen 0 1280x860x24" bash -c '
  "$MC_SHOT_BIN" "$@" & pid=$!
  sleep "$MC_SHOT_WAIT"
  import -window root "$MC_SHOT_OUT"
  kill $pid; wait $pid 2>/dev/null || true
' _ "$@"
