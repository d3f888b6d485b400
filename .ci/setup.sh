#!/usr/bin/env bash
# Creates .venv with StoreSync and (with --test) its test tools; re-runs pip only when pyproject.toml
# changed. As root it also installs the Debian packages the app and the tests need, when missing
# (PostgreSQL for the server-mode tests: .ci/postgres.sh starts a throwaway cluster of it; systemd for
# `systemd-analyze verify` of the worker's unit).
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

debian_packages=(libegl1 libgl1 libfontconfig1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0
  libdbus-1-3)
if [ "$want_test" = 1 ]; then
  debian_packages+=(xvfb trayer gnome-keyring dbus dbus-x11 libsecret-tools xdotool x11-utils
    desktop-file-utils dpkg-dev fakeroot zsh postgresql systemd)
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  missing=()
  for pkg in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python=${PYTHON:-python3.11}
command -v "$python" >/dev/null || python=python3
[ -x .venv/bin/python ] || "$python" -m venv .venv

extras="" stamp=".venv/.installed"
if [ "$want_test" = 1 ]; then extras="[test]" stamp=".venv/.installed-test"; fi
digest=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$digest" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".${extras}"
  echo "$digest" > "$stamp"
fi

# The window's translations: .qm files built from the .ts sources (never committed).
.venv/bin/python packaging/translations.py release
