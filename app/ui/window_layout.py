"""The window's size and the panels' column widths: a first size taken from the screen, and the
merchant's own size and widths kept in `window.ini` in the data folder (per data folder, like the rest
of StoreSync's state, and written synchronously on close without touching the database)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtWidgets import QTableView, QWidget

LAYOUT_FILE = "window.ini"
RESTORED_COLUMNS = "storesync_restored_columns"

# Below this screen size the window takes the whole available area (a 1366x768 laptop needs every
# pixel for the stores table); above it, a share of the screen within comfortable bounds.
FULL_SCREEN_BELOW = QSize(1600, 960)
LARGE_SHARE = 0.8
COMFORTABLE = QSize(1440, 900)


def initial_window_size(available: QRect) -> QSize:
    """The size the window opens at the first time, from the screen's available geometry."""
    width, height = available.width(), available.height()
    if width > FULL_SCREEN_BELOW.width():
        width = max(COMFORTABLE.width(), int(width * LARGE_SHARE))
    if height > FULL_SCREEN_BELOW.height():
        height = max(COMFORTABLE.height(), int(height * LARGE_SHARE))
    return QSize(min(width, available.width()), min(height, available.height()))


class WindowLayout:
    """Saves and restores the window's size and the header state of each named table."""

    def __init__(self, data_dir: Path) -> None:
        self._settings = QSettings(str(data_dir / LAYOUT_FILE), QSettings.Format.IniFormat)

    def restore(self, window: QWidget, tables: dict[str, QTableView]) -> bool:
        """Apply what was saved; False (and nothing changed) when nothing was saved yet."""
        size = self._settings.value("window/size")
        if not isinstance(size, QSize) or not size.isValid():
            return False
        window.resize(size)
        if self._settings.value("window/maximized") in (True, "true"):
            window.showMaximized()
        for name, table in tables.items():
            state = self._settings.value(f"columns/{name}")
            if isinstance(state, QByteArray):
                _restore_columns(table, state)
        return True

    def save(self, window: QWidget, tables: dict[str, QTableView]) -> None:
        maximized = window.isMaximized()
        self._settings.setValue("window/maximized", maximized)
        if not maximized:
            self._settings.setValue("window/size", window.size())
        for name, table in tables.items():
            self._settings.setValue(f"columns/{name}", table.horizontalHeader().saveState())
        self._settings.sync()


def _restore_columns(table: QTableView, state: QByteArray) -> None:
    """The widths saved for as many columns as the table has now; a state saved for other columns (the
    inventory's, one per store, after a store was added or removed) is left unused, as the header would
    keep its columns and ask the model for ones it no longer has."""
    header = table.horizontalHeader()
    model = table.model()
    before = header.saveState()
    if not header.restoreState(state):
        return
    if model is not None and header.count() != model.columnCount():
        header.restoreState(before)
        return
    table.setProperty(RESTORED_COLUMNS, header.count())


def restored_column_count(table: QTableView) -> int | None:
    """How many columns a restored header state set widths for (None: not restored)."""
    value = table.property(RESTORED_COLUMNS)
    return int(value) if isinstance(value, int) else None


def fit_window_to_screen(window: QWidget) -> None:
    """The first size, on the screen the window will show on."""
    screen = window.screen()
    if screen is not None:
        window.resize(initial_window_size(screen.availableGeometry()))
