"""Icons stay sharp at 100-200% scaling: every icon is a vector file rendered at the screen's ratio."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from app.core.models import Platform
from app.ui.icons import app_icon, icons_dir, platform_icon, tray_icon


def test_every_icon_is_svg_and_renders_at_twice_the_size_on_a_2x_screen(qapp: QApplication) -> None:
    files = [path for path in icons_dir().rglob("*") if path.is_file()]
    assert files and all(path.suffix == ".svg" for path in files)
    icons = [app_icon(), tray_icon("failed"), *(platform_icon(p) for p in Platform)]
    for icon in icons:
        for ratio in (1.0, 1.5, 2.0):
            pixmap = icon.pixmap(QSize(16, 16), ratio)
            assert pixmap.width() == int(16 * ratio), "a bitmap scaled up instead of a sharp render"
