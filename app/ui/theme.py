"""Light or dark as the system says: Qt's platform theme applies the system palette where it can
(Windows, macOS, GNOME and KDE through their theme plugins); where it reports a dark scheme but leaves
the palette light (a plain X server, a bare Wayland compositor), a dark Fusion palette is set here.
Status colours are picked to stay readable on either background."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def is_dark(palette: QPalette | None = None) -> bool:
    window = (palette or QGuiApplication.palette()).color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def readable(color: str | QColor) -> QColor:
    """A status colour (chosen for a light background) moved to a light tone on a dark one."""
    chosen = QColor(color)
    if not is_dark():
        return chosen
    return QColor.fromHslF(chosen.hslHueF(), chosen.hslSaturationF(), 0.72, chosen.alphaF())


def dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text, disabled = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#e6e6e6"), QColor("#7a7d82")
    highlight = QColor("#3d7bd9")
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#26282b")),
        (QPalette.ColorRole.ToolTipBase, window),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, disabled),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.BrightText, QColor("#ff6b6b")),
        (QPalette.ColorRole.Highlight, highlight),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Link, QColor("#8ab4f8")),
        (QPalette.ColorRole.Light, QColor("#3a3d41")),
        (QPalette.ColorRole.Midlight, QColor("#33363a")),
        (QPalette.ColorRole.Mid, QColor("#232427")),
        (QPalette.ColorRole.Dark, QColor("#151618")),
        (QPalette.ColorRole.Shadow, QColor("#000000")),
    ):
        palette.setColor(role, color)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


class ThemeFollower(QObject):
    """Applies the system's colour scheme at start and whenever the merchant switches it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._light = app.palette()
        self._style = app.style().name()
        self._set_dark = False
        app.styleHints().colorSchemeChanged.connect(self.apply)
        self.apply(app.styleHints().colorScheme())

    def apply(self, scheme: Qt.ColorScheme) -> None:
        if scheme == Qt.ColorScheme.Dark and not is_dark(self._app.palette()):
            self._app.setStyle("Fusion")
            self._app.setPalette(dark_palette())
            self._set_dark = True
        elif scheme != Qt.ColorScheme.Dark and self._set_dark:
            self._app.setStyle(self._style)
            self._app.setPalette(self._light)
            self._set_dark = False
