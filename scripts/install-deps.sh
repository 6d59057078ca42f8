#!/usr/bin/env bash
# Installs every build, test and benchmark dependency of Mesos Console from
# Debian 12 packages. Idempotent: quiet and fast when everything is present.
set -euo pipefail

PACKAGES=(
  # build
  build-essential cmake ninja-build pkg-config git clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libgl-dev ccache
  libssh-dev libyaml-cpp-dev libyaml-dev libqcustomplot-dev libqcustomplot2.1-qt6
  libkainjow-mustache-dev libdtl-dev libsimdjson-dev libzookeeper-mt-dev
  libvterm-dev
  # run the GUI headless, take screenshots
  xvfb xauth imagemagick fonts-dejavu-core
  # real parts the tests start
  openssh-server openssh-client iproute2 procps psmisc sudo
  zookeeper haproxy ansible curl
  # packaging checks
  dpkg-dev desktop-file-utils appstream file patch
  # the generated zsh completion is run in tst_CliExecutable
  zsh
)

# Extra packages a script needs besides these: scripts/install-deps.sh PACKAGE...
PACKAGES+=("$@")

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || { echo "apt-get install failed for: ${missing[*]}" >&2; exit 1; }
