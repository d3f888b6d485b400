#!/usr/bin/env bash
# Sets up everything the tests need and runs them all: lint, types, the unit and integration suite
# (offscreen Qt, real gnome-keyring in a private D-Bus session), then the tray tests on Xvfb with a
# real tray host. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${STORESYNC_IN_TEST_SESSION:-}" ] || bash .ci/setup.sh --test

if [ -z "${STORESYNC_IN_TEST_SESSION:-}" ] && command -v dbus-run-session >/dev/null; then
  export STORESYNC_IN_TEST_SESSION=1
  exec dbus-run-session -- bash "$0" "$@"
fi

echo "== ruff"; .venv/bin/python -m ruff check .
echo "== mypy"; .venv/bin/python -m mypy

results=$(mktemp -d)
source .ci/postgres.sh
cleanup() {
  # Runs on exit: a helper process that already ended must not turn the run's own status red.
  set +e
  stop_test_postgres
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null
  [ -n "${trayer_pid:-}" ] && kill "$trayer_pid" 2>/dev/null
  [ -n "${keyring_pid:-}" ] && kill "$keyring_pid" 2>/dev/null
  rm -rf "$results"
}
trap cleanup EXIT

if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v gnome-keyring-daemon >/dev/null; then
  # A throwaway keyring unlocked with a test password: the real Secret Service, nothing of the user's.
  export XDG_DATA_HOME="$results/xdg-data" XDG_RUNTIME_DIR="$results/xdg-run"
  mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
  eval "$(printf 'storesync-test' | gnome-keyring-daemon --unlock --components=secrets)"
  keyring_pid=${GNOME_KEYRING_PID:-}
  export STORESYNC_TEST_SECRET_SERVICE=1
fi

# Tests marked postgres fail, rather than skip, when this run has no server for them.
export STORESYNC_TEST_POSTGRES_REQUIRED=1
start_test_postgres "$(mktemp -d /tmp/storesync-pg-XXXXXX)"

status=0
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -m "not tray" --junitxml="$results/main.xml" "$@" \
  || status=$?

if command -v Xvfb >/dev/null && command -v trayer >/dev/null; then
  # -displayfd: Xvfb picks a free display number itself, so test runs side by side never collide.
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$results/display" >/dev/null 2>&1 & xvfb_pid=$!
  for _ in $(seq 100); do [ -s "$results/display" ] && break; sleep 0.1; done
  export DISPLAY=":$(head -n1 "$results/display")"
  trayer --edge top --align right --widthtype request --height 24 >/dev/null 2>&1 & trayer_pid=$!
  export STORESYNC_TEST_TRAY_HOST=1
fi
tray_status=0
QT_QPA_PLATFORM=${DISPLAY:+xcb} .venv/bin/python -m pytest -m tray --junitxml="$results/tray.xml" "$@" \
  || tray_status=$?
[ "$tray_status" = 5 ] && tray_status=0   # no tray tests collected is not a failure
[ "$tray_status" != 0 ] && status=$tray_status

# The installed-package check (issue 5): build the .deb, apt-get install it, self-test, window, purge.
# It needs root for apt-get, as CI has; elsewhere it is `sudo bash .ci/test_installer.sh`.
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && [ -z "${STORESYNC_SKIP_INSTALLER:-}" ]; then
  installer_status=0
  bash .ci/test_installer.sh || installer_status=$?
  installer_outcome=$([ "$installer_status" = 0 ] && echo passed || echo failed)
  printf '<testsuite tests="1" failures="%d" skipped="0"/>\n' "$([ "$installer_status" = 0 ] && echo 0 || echo 1)" \
    > "$results/installer.xml"
  echo "installer test: $installer_outcome"
  [ "$installer_status" != 0 ] && status=$installer_status
else
  echo "installer test: not run (it needs root and apt-get, and STORESYNC_SKIP_INSTALLER unset; alone: sudo bash .ci/test_installer.sh)"
fi

.venv/bin/python - "$results" <<'PY'
import sys, pathlib, xml.etree.ElementTree as ET
passed = failed = skipped = 0
folder = pathlib.Path(sys.argv[1])
if not (folder / "main.xml").exists():  # the runner died before writing its report
    failed += 1
for xml in folder.glob("*.xml"):
    for suite in ET.parse(xml).getroot().iter("testsuite"):
        total, fail = int(suite.get("tests", 0)), int(suite.get("failures", 0)) + int(suite.get("errors", 0))
        skip = int(suite.get("skipped", 0))
        passed += total - fail - skip; failed += fail; skipped += skip
print(f"total: {passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
PY
exit "$status"
