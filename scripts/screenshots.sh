#!/usr/bin/env bash
# Produces docs/screenshots/<view>.png: every main view of the console on the
# embedded demo cluster, under Xvfb. Builds first if needed.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -G Ninja >/dev/null
cmake --build build --parallel "$(nproc)" --target mesos-console localcluster
out=${1:-docs/screenshots}
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
# A settings folder of its own: the screenshots never depend on (or change) yours.
# MC_SCREENSHOT_THEME=dark (or light) takes them in that theme.
if [[ -n "${MC_SCREENSHOT_THEME:-}" ]]; then
  mkdir -p "$settings/MesosConsole"
  printf '[ui]\ntheme=%s\n' "$MC_SCREENSHOT_THEME" >"$settings/MesosConsole/mesos-console.conf"
fi
XDG_CONFIG_HOME="$settings" xvfb-run -a -s "-screen 0 1400x900x24" \
  ./build/bin/mesos-console --demo --screenshots "$out" --screenshot-delay "${MC_SCREENSHOT_DELAY:-12}"
ls -1 "$out"/*.png
