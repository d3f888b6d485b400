#!/usr/bin/env bash
# Builds build/storesync_<version>_<arch>.deb from the PyInstaller bundle:
#   /usr/lib/storesync/        the one-folder bundle (runs without a system Python)
#   /usr/bin/storesync         symlink to the bundle's executable
#   /usr/share/applications/   storesync.desktop (checked with desktop-file-validate)
#   /usr/share/icons/hicolor/  scalable SVG plus 48/128/256 px PNGs rendered from it
# The version is pyproject.toml's. Options:
#   --bundle DIR   package an existing bundle instead of running PyInstaller
#   --python PATH  the interpreter that has PyInstaller (default .venv/bin/python)
#   --out DIR      where the .deb and the work files go (default build)
# Compression is gzip level 1 (fast; the size difference to xz is small for Qt binaries).
set -euo pipefail
cd "$(dirname "$0")/.."

python=.venv/bin/python
bundle=""
out=build
while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) bundle=$2; shift 2 ;;
    --python) python=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

version=$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(dpkg --print-architecture)
stage="$out/deb/storesync_${version}_${arch}"

if [ -z "$bundle" ]; then
  echo "== PyInstaller bundle"
  "$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$out/dist" --workpath "$out/pyinstaller" packaging/storesync.spec
  bundle="$out/dist/storesync"
fi
[ -x "$bundle/storesync" ] || { echo "no executable at $bundle/storesync" >&2; exit 1; }

echo "== staging $stage"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/usr/lib" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/doc/storesync"
cp -a "$bundle" "$stage/usr/lib/storesync"
ln -s ../lib/storesync/storesync "$stage/usr/bin/storesync"

desktop-file-validate resources/storesync.desktop
install -m 0644 resources/storesync.desktop "$stage/usr/share/applications/storesync.desktop"

icon_svg=resources/icons/storesync.svg
[ -f "$icon_svg" ] || icon_svg=resources/icons/app.svg
install -m 0644 "$icon_svg" "$stage/usr/share/icons/hicolor/scalable/apps/storesync.svg"
QT_QPA_PLATFORM=offscreen "$python" - "$icon_svg" "$stage/usr/share/icons/hicolor" <<'PY'
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

app = QGuiApplication([])
renderer = QSvgRenderer(sys.argv[1])
for size in (48, 128, 256):
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    target = Path(sys.argv[2]) / f"{size}x{size}" / "apps" / "storesync.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise SystemExit(f"could not write {target}")
PY

cat > "$stage/usr/share/doc/storesync/copyright" <<'EOF'
StoreSync, proprietary. Bundles Qt (LGPLv3) through PySide6, and Python (PSF license).
EOF

# Qt's xcb platform plugin and OpenGL/EGL come from the system; the bundle carries the rest.
depends=(libc6 libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 libdbus-1-3 libglib2.0-0 tzdata)
installed_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<EOF
Package: storesync
Version: $version
Architecture: $arch
Maintainer: StoreSync <support@storesync.invalid>
Installed-Size: $installed_kb
Depends: $(IFS=,; echo "${depends[*]}" | sed 's/,/, /g')
Recommends: gnome-keyring | kwalletmanager
Section: misc
Priority: optional
Homepage: https://storesync.invalid
Description: keeps the stock and orders of several online stores in step
 StoreSync runs in the system tray and syncs Shopify, WooCommerce, BaseLinker,
 Amazon FBA and any JSON API on schedules, with a history of every run, a
 searchable inventory across stores and notifications when something fails.
 Credentials are kept in the desktop keychain.
EOF

find "$stage" -type d -exec chmod 0755 {} +
deb="$out/storesync_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zgzip -z1 --build "$stage" "$deb" >/dev/null
echo "built $deb ($(du -h "$deb" | cut -f1))"
