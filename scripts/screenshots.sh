#!/usr/bin/env bash
# Produces docs/screenshots/<view>.png (light theme) and docs/screenshots/dark/<view>.png
# (dark theme): every main view of the console on the embedded demo cluster, under Xvfb.
# Builds first if needed. MC_SCREENSHOT_THEME=light (or dark) takes only that theme, into
# the folder given (default docs/screenshots).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${MC_SCREENSHOT_NO_BUILD:-}" ]]; then
  ./scripts/install-deps.sh
  cmake -S . -B build -G Ninja >/dev/null
  cmake --build build --parallel "$(nproc)" --target mesos-console localcluster
fi
out=${1:-docs/screenshots}
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
for theme in ${MC_SCREENSHOT_THEME:-light dark}; do
  dir=$out
  [[ -z "${MC_SCREENSHOT_THEME:-}" && $theme == dark ]] && dir=$out/dark
  # Settings and data folders of their own: the screenshots never depend on (or change,
  # or show) yours, such as your audit log.
  rm -rf "${settings:?}"/*
  mkdir -p "$settings/MesosConsole" "$settings/data" "$dir"
  printf '[ui]\ntheme=%s\n' "$theme" >"$settings/MesosConsole/mesos-console.conf"
  XDG_CONFIG_HOME="$settings" XDG_DATA_HOME="$settings/data" xvfb-run -a -s "-screen 0 1400x900x24" \
    ./build/bin/mesos-console --demo --screenshots "$dir" --screenshot-delay "${MC_SCREENSHOT_DELAY:-12}"
  # They are committed: 256 colours keep them small (text stays sharp).
  if command -v convert >/dev/null; then
    for png in "$dir"/*.png; do convert "$png" -colors 256 "PNG8:$png"; done
  fi
  ls -1 "$dir"/*.png
done
