#!/usr/bin/env bash
# The installer test CI runs (as root, on Debian): build the bundle and the .deb, install it with
# apt-get, run the installed `storesync --version` and `storesync self-test`, open the installed
# app's window under Xvfb, then purge the package and check nothing of it is left.
# Prints how long each step took. Exit code 0 only when every check passed.
set -euo pipefail
cd "$(dirname "$0")/.."

# The installed self-test checks the keychain: run inside a private D-Bus session where a throwaway
# gnome-keyring (unlocked with a test password) is the Secret Service, as on a desktop.
if [ -z "${STORESYNC_IN_INSTALLER_SESSION:-}" ] && command -v dbus-run-session >/dev/null; then
  export STORESYNC_IN_INSTALLER_SESSION=1
  exec dbus-run-session -- bash "$0" "$@"
fi

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
started=$(now_ms)
step_started=$started
step() {
  local now; now=$(now_ms)
  if [ -n "${step_name:-}" ]; then
    printf '   %s: %d.%01d s\n' "$step_name" $(( (now - step_started) / 1000 )) $(( (now - step_started) % 1000 / 100 ))
  fi
  step_name=$1; step_started=$now
  echo "== $1"
}
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ "$(id -u)" = 0 ]; then as_root=(); else as_root=(sudo -n); fi

work=$(mktemp -d)
installed=0
cleanup() {
  # Runs on exit: a helper process that already ended must not turn the run's own status red.
  set +e
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null
  [ -n "${keyring_pid:-}" ] && kill "$keyring_pid" 2>/dev/null
  if [ "$installed" = 1 ]; then "${as_root[@]}" apt-get remove --purge -y -qq storesync >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

step "set up the build environment"
bash .ci/setup.sh --test
.venv/bin/python -c "import PyInstaller" 2>/dev/null || .venv/bin/python -m pip install -q -e ".[package]"
for tool in dpkg-deb desktop-file-validate Xvfb; do
  command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install dpkg-dev desktop-file-utils xvfb)"
done
version=$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

step "build the bundle and the .deb"
bash packaging/build_deb.sh
deb=$(ls -t build/storesync_"${version}"_*.deb | head -1)

step "install $deb with apt-get"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get install -y -qq "./$deb" >/dev/null
installed=1
[ -x /usr/lib/storesync/storesync ] || fail "/usr/lib/storesync/storesync is not installed"
[ "$(readlink -f /usr/bin/storesync)" = /usr/lib/storesync/storesync ] || fail "/usr/bin/storesync does not lead to the bundle"
desktop-file-validate /usr/share/applications/storesync.desktop || fail "the installed .desktop file is invalid"
[ -f /usr/share/icons/hicolor/scalable/apps/storesync.svg ] || fail "the icon is not installed"

# A private home so the installed app never touches this user's data, settings or keychain.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_STATE_HOME="$work/home/.local/state"
export XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v gnome-keyring-daemon >/dev/null; then
  eval "$(printf 'storesync-installer-test' | gnome-keyring-daemon --unlock --components=secrets)"
  keyring_pid=${GNOME_KEYRING_PID:-}
fi
cd "$work"   # nothing may come from the source tree

step "storesync --version"
reported=$(/usr/bin/storesync --version)
echo "   $reported"
[ "$reported" = "StoreSync $version" ] || fail "expected 'StoreSync $version', got '$reported'"

step "storesync self-test (offscreen)"
QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/storesync --data-dir "$work/self-test" self-test \
  || fail "the installed self-test failed"

step "open the installed app's window under Xvfb"
display=:$(( 90 + RANDOM % 9 ))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
shown=$(DISPLAY=$display QT_QPA_PLATFORM=xcb STORESYNC_EXIT_WHEN_SHOWN=1 timeout 60 \
  /usr/bin/storesync --data-dir "$work/gui" 2>"$work/gui.err") || { cat "$work/gui.err" >&2; fail "the app did not start"; }
echo "$shown" | grep -E '^window-shown [0-9]+' || { cat "$work/gui.err" >&2; fail "the window was not shown: $shown"; }
kill "$xvfb_pid" 2>/dev/null; xvfb_pid=""

step "purge the package"
"${as_root[@]}" apt-get remove --purge -y -qq storesync >/dev/null
installed=0
for path in /usr/lib/storesync /usr/bin/storesync /usr/share/applications/storesync.desktop \
  /usr/share/icons/hicolor/scalable/apps/storesync.svg; do
  [ -e "$path" ] || [ -L "$path" ] && fail "$path is still there after purge"
done
dpkg-query -W storesync >/dev/null 2>&1 && fail "dpkg still lists storesync"

step "done"
echo "installer test passed in $(( ($(now_ms) - started) / 1000 )) s"
