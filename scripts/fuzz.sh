#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan, in build-fuzz/)
# and runs each for SECONDS_PER_TARGET seconds on a fresh copy of its seed corpus.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]    default 60 s, every target
#   MC_FUZZ_SEED=N   libFuzzer's -seed (default: a new one each run)
#   MC_FUZZ_RUNS=N   stop each target after N inputs (default: only the time limit);
#   MC_FUZZ_RUNS=ci  each target's CI_RUNS below: what a slow machine does in 2 s
# With both set a run is reproducible: the same commit tries the same inputs in the
# same order (as far as libFuzzer's corpus order allows), and a machine too slow to
# finish them in SECONDS tries a prefix. .ci/run fuzzes with MC_FUZZ_RUNS=ci and 8 s
# per target, so `MC_FUZZ_SEED=1 MC_FUZZ_RUNS=ci scripts/fuzz.sh 60` before pushing
# finds what CI would.
# Exits 1 when any target crashed, leaked, hung (-timeout) or ran out of memory,
# naming the target and the input that did it (build-fuzz/fuzz/<target>/...).
# The seed corpora are listed below (tests/fixtures, tests/fuzz/seeds and the
# regression inputs in tests/fixtures/fuzz-regressions); see tests/fuzz/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=${1:-60}
shift || true
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]" >&2
  exit 2
fi

./scripts/install-deps.sh
# clang with libFuzzer and the sanitizer runtimes (Debian 12: clang 14).
missing=()
for p in clang libclang-rt-14-dev; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "Installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { echo "apt-get install failed for: ${missing[*]}" >&2; exit 1; }
fi

export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
build=build-fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_COMPILER=clang++ -DMC_BUILD_FUZZ=ON -DMC_SHARED_LIBS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target fuzz_targets

fx=tests/fixtures
seeds=tests/fuzz/seeds
# Seeds of each target: files and folders (every file below them), and
#   body:FILE    an HTTP transcript: its body (after the head) is the seed
#   chunk:FILE   the file after one byte that fuzz_mesos_state takes as its run size
#   event:DIR    every NN_<type>.json: "<type>", a newline, the file (fuzz_marathon_event)
#   v1:DIR       the SUBSCRIBED record of the RecordIO fixture, then each DIR/<TYPE>.event.json
#                as a record after it, one seed each (fuzz_mesos_v1_events)
#   state:DIR    apps, tasks and deployments fixtures, then each NN_<type>.json of DIR as an
#                event, parts split at "%%" lines, one seed each (fuzz_marathon_state)
declare -A SEEDS=(
  [fuzz_ini_inventory]="$fx/inventories/own/01-ini-groups-children-ranges.ini $fx/inventories/own/02-ini-inline-host-vars.ini $fx/inventories/own/04-vars-dirs/hosts $fx/inventories/own/errors $fx/inventories/upstream/dcos-ansible/inventory.example $fx/inventories/upstream/mhamrah-ansible-mesos-playbook"
  [fuzz_yaml_inventory]="$fx/inventories/own/03-yaml-nested-children.yml $fx/workspaces $fx/inventories/own/04-vars-dirs/group_vars"
  [fuzz_inventory_files]="$seeds/fuzz_inventory_files"
  [fuzz_workspace]="$fx/workspaces $fx/inventories/own/03-yaml-nested-children.yml"
  [fuzz_host_pattern]="$seeds/fuzz_host_pattern"
  [fuzz_recipe]="resources/recipes $fx/provision/files-and-zookeeper.yaml"
  [fuzz_template]="resources/templates"
  [fuzz_python_literal]="$seeds/fuzz_python_literal"
  [fuzz_shell_split]="$seeds/fuzz_shell_split $fx/inventories/own/02-ini-inline-host-vars.ini"
  [fuzz_mesos_state]="chunk:$fx/mesos/state.assembled-1.11.json chunk:$fx/mesos/v0/master/state.help-example-0.28.0.json chunk:$fx/mesos/v0/master/state.json.mesos-0.19.1.from-mesos-dns.json chunk:$fx/mesos/state.agent-1.assembled-1.11.json"
  [fuzz_mesos_state_summary]="$fx/mesos/state-summary.assembled-1.11.json"
  [fuzz_mesos_tasks]="$fx/mesos/tasks.assembled-1.11.json"
  [fuzz_mesos_metrics]="$fx/mesos/metrics-snapshot.assembled-1.11.json $fx/mesos/metrics-snapshot.agent-2.assembled-1.11.json"
  [fuzz_agent_state]="$fx/mesos/state.agent-1.assembled-1.11.json $fx/mesos/debug.agent-1.assembled.json"
  [fuzz_files_read]="$fx/mesos/files $fx/mesos/v1.READ_FILE.response.json"
  [fuzz_marathon_apps]="$fx/marathon/app_list.json $fx/marathon/health $fx/marathon/group.json $fx/marathon/raml-1.4.13/app_list.json $fx/marathon/raml-1.10/app.json body:$fx/marathon/http-transcripts/marathon-0.6.1/002_GET_v2_apps.response.http body:$fx/marathon/http-transcripts/marathon-1.4.13/008_GET_v2_apps_myapp.response.http"
  [fuzz_marathon_tasks]="$fx/marathon/tasks.json $fx/marathon/app_tasks.json $fx/marathon/raml-1.4.13/tasks.json body:$fx/marathon/http-transcripts/marathon-0.6.1/014_GET_v2_tasks.response.http"
  [fuzz_marathon_deployments]="$fx/marathon/deployments.json $fx/marathon/raml-1.4.13/deployments.json body:$fx/marathon/http-transcripts/marathon-1.4.13/032_GET_v2_deployments.response.http"
  [fuzz_marathon_pods]="$fx/marathon/pods $seeds/fuzz_marathon_pods"
  [fuzz_marathon_info]="$fx/marathon/info.json $fx/marathon/raml-1.4.13/info.json body:$fx/marathon/http-transcripts/marathon-1.4.13/042_GET_v2_leader.response.http"
  [fuzz_marathon_event]="event:$fx/marathon/events/doc-examples"
  [fuzz_app_definition]="$fx/apps $fx/marathon/responses/minimalAppFullConfig.json body:$fx/marathon/013_PUT_v2_apps_test.response.http"
  [fuzz_sse]="$fx/marathon/events/doc-examples.synthesized-crlf.sse $fx/marathon/events/events.txt"
  [fuzz_recordio]="$fx/mesos/recordio/master-subscribe.json.assembled.recordio"
  [fuzz_mesos_v1_events]="$fx/mesos/recordio/master-subscribe.json.assembled.recordio v1:$fx/mesos/v1/events"
  [fuzz_marathon_state]="state:$fx/marathon/events state:$fx/marathon/events/doc-examples"
  [fuzz_zk_four_letter]="$seeds/fuzz_zk_four_letter"
  [fuzz_zk_master_info]="$fx/mesos/zookeeper/json.info_0000000007.assembled-1.11.json"
  [fuzz_zk_url]="$seeds/fuzz_zk_url"
  [fuzz_localcluster_http]="$seeds/fuzz_localcluster_http"
  [fuzz_http_stream]="$seeds/fuzz_http_stream"
)
# libFuzzer options per target: the longest input worth trying (8192 when not
# listed) and the dictionaries in tests/fuzz/dict (json when not listed; a+b: both joined).
declare -A MAX_LEN=(
  [fuzz_host_pattern]=256 [fuzz_python_literal]=1024 [fuzz_shell_split]=1024 [fuzz_zk_url]=512
  [fuzz_zk_four_letter]=2048 [fuzz_zk_master_info]=2048 [fuzz_localcluster_http]=4096
  [fuzz_mesos_state]=32768 [fuzz_mesos_state_summary]=16384 [fuzz_mesos_tasks]=16384
  [fuzz_mesos_metrics]=16384 [fuzz_agent_state]=16384 [fuzz_marathon_apps]=16384
  [fuzz_recordio]=16384 [fuzz_mesos_v1_events]=16384 [fuzz_marathon_state]=16384
)
# Inputs per target in CI (MC_FUZZ_RUNS=ci): about 2 s of each at the rate measured on
# the 2-core machine (20000 when not listed), so every machine finishes them in 8 s.
declare -A CI_RUNS=(
  [fuzz_inventory_files]=40 [fuzz_ini_inventory]=2500 [fuzz_host_pattern]=2500
  [fuzz_workspace]=3500 [fuzz_yaml_inventory]=3500 [fuzz_agent_state]=5000 [fuzz_mesos_state]=5000
  [fuzz_recipe]=5000 [fuzz_template]=5000 [fuzz_mesos_v1_events]=4500 [fuzz_app_definition]=8000
  [fuzz_marathon_apps]=4000 [fuzz_sse]=8000 [fuzz_marathon_state]=10000 [fuzz_mesos_tasks]=10000
  [fuzz_http_stream]=6000
)
declare -A DICT=(
  [fuzz_ini_inventory]=ini [fuzz_inventory_files]=ini [fuzz_shell_split]=ini [fuzz_python_literal]=python
  [fuzz_yaml_inventory]=yaml [fuzz_workspace]=yaml [fuzz_recipe]=yaml [fuzz_template]=mustache
  [fuzz_sse]=sse [fuzz_localcluster_http]=http [fuzz_http_stream]=http [fuzz_zk_four_letter]=zookeeper [fuzz_host_pattern]=ini
  [fuzz_zk_url]=zookeeper [fuzz_recordio]=json+recordio [fuzz_mesos_v1_events]=json+recordio+mesos_v1
  [fuzz_marathon_state]=json+marathon_events
)

copy_seed() { # copy_seed SPEC DIR: one seed file or every file of a folder
  local spec=$1 dir=$2 path
  if [[ "$spec" == body:* ]]; then
    path=${spec#body:}
    awk 'body { print; next } /^\r?$/ { body = 1 }' "$path" >"$dir/$(basename "$path").body"
  elif [[ "$spec" == chunk:* ]]; then
    path=${spec#chunk:}
    { printf '\x20'; cat "$path"; } >"$dir/$(basename "$path")"
  elif [[ "$spec" == event:* ]]; then
    for path in "${spec#event:}"/*.json; do
      local type
      type=$(basename "$path" .json | sed 's/^[0-9]*_//')
      { echo "$type"; cat "$path"; } >"$dir/$(basename "$path")"
    done
  elif [[ "$spec" == v1:* ]]; then
    local subscribe=$fx/mesos/recordio/master-subscribe.json.assembled.recordio length
    length=$(head -1 "$subscribe")
    for path in "${spec#v1:}"/*.event.json; do
      { head -c $((${#length} + 1 + length)) "$subscribe"; wc -c <"$path" | tr -d ' \n'; echo; cat "$path"; } \
        >"$dir/v1_$(basename "$path")"
    done
  elif [[ "$spec" == state:* ]]; then
    for path in "${spec#state:}"/[0-9]*.json; do
      { cat "$fx/marathon/app_list.json"; printf '\n%%%%\n'; cat "$fx/marathon/tasks.json"; printf '\n%%%%\n'
        cat "$fx/marathon/deployments.json"; printf '\n%%%%\n'; basename "$path" .json | sed 's/^[0-9]*_//'
        cat "$path"; } >"$dir/state_$(echo "$path" | tr / _)"
    done
  elif [ -d "$spec" ]; then
    find "$spec" -type f ! -name SOURCES.md ! -name README.md -print0 \
      | while IFS= read -r -d '' f; do cp "$f" "$dir/$(echo "$f" | tr / _)"; done
  elif [ -f "$spec" ]; then
    cp "$spec" "$dir/$(echo "$spec" | tr / _)"
  else
    echo "fuzz.sh: seed $spec is missing" >&2
    return 1
  fi
}

mapfile -t all < <(cd "$build/bin/fuzz" && ls fuzz_* | grep -vx fuzz_all | sort)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

export ASAN_OPTIONS="detect_leaks=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"
export QT_LOGGING_RULES="*.warning=false"
failed=()
printf '%-28s %10s %8s %6s %7s %7s  %s\n' target execs exec/s cov ft corpus result
for t in "${targets[@]}"; do
  exe="$build/bin/fuzz/$t"
  [ -x "$exe" ] || { echo "fuzz.sh: no target $t (have: ${all[*]})" >&2; exit 2; }
  work="$build/fuzz/$t"
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/artifacts"
  for spec in ${SEEDS[$t]:-}; do copy_seed "$spec" "$work/corpus"; done
  [ -d "tests/fixtures/fuzz-regressions/$t" ] && copy_seed "tests/fixtures/fuzz-regressions/$t" "$work/corpus"
  opts=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="${MAX_LEN[$t]:-8192}"
        -print_final_stats=1 -artifact_prefix="$work/artifacts/")
  [ -n "${MC_FUZZ_SEED:-}" ] && opts+=(-seed="$MC_FUZZ_SEED")
  if [ "${MC_FUZZ_RUNS:-}" = ci ]; then
    opts+=(-runs="${CI_RUNS[$t]:-20000}")
  elif [ -n "${MC_FUZZ_RUNS:-}" ]; then
    opts+=(-runs="$MC_FUZZ_RUNS")
  fi
  dict=${DICT[$t]:-json}
  if [[ "$dict" == *+* ]]; then
    for d in ${dict//+/ }; do cat "tests/fuzz/dict/$d.dict"; done >"$work/dict"
    opts+=(-dict="$work/dict")
  else
    opts+=(-dict="tests/fuzz/dict/$dict.dict")
  fi
  status=0
  nice "$exe" "${opts[@]}" "$work/corpus" >"$work/log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$work/log" | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corpus=$(find "$work/corpus" -type f | wc -l)
  artifact=$(find "$work/artifacts" -type f | head -1)
  if [ "$status" -ne 0 ] || [ -n "$artifact" ]; then
    result="FAILED ($(grep -m1 -oE 'ERROR: [A-Za-z]+: [a-z-]+|runtime error|fuzz property violated: .*|ERROR: libFuzzer: [a-z-]+' "$work/log" || echo "exit $status")) ${artifact:-no artifact}"
    failed+=("$t: ${artifact:-exit $status, see $work/log}")
  else
    result=ok
  fi
  printf '%-28s %10s %8s %6s %7s %7s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$corpus" "$result"
done

if [ ${#failed[@]} -gt 0 ]; then
  echo
  echo "Fuzzing found problems (log beside each input; reproduce: $build/bin/fuzz/TARGET INPUT):"
  printf '  %s\n' "${failed[@]}"
  exit 1
fi
