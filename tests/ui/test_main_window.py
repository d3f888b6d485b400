"""The main window: upcoming panel, menus with shortcuts, About, damaged-database notice, closing,
and an error in a slot becoming a message instead of a crash."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
)

from app.core.events import DatabaseReplaced
from app.ui.models.store_status import StoreStatusModel
from tests.ui.conftest import open_desktop, wait_idle, wait_until


async def test_upcoming_lists_scheduled_jobs_soonest_first(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        upcoming = app.window.upcoming_panel.model
        scheduled = [s for s in app.status.states() if s.next_run is not None and not s.job.paused]
        assert upcoming.rowCount() == len(scheduled) > 0
        next_column = upcoming.proxy_column(StoreStatusModel.NEXT_RUN)
        times = [
            app.status.state_at(upcoming.mapToSource(upcoming.index(r, 0)).row()).next_run
            for r in range(upcoming.rowCount())
        ]
        assert times == sorted(times)
        assert upcoming.data(upcoming.index(0, next_column))
        header = app.window.upcoming_panel.table.horizontalHeader()
        assert header.logicalIndex(0) == next_column, "the next run is the first column"


async def test_menus_show_their_shortcuts(tmp_path: Path) -> None:
    async with open_desktop(tmp_path) as app:
        window = app.window
        shortcuts = {
            action.text().replace("&", ""): action.shortcut().toString()
            for action in (
                window.add_store_action,
                window.sync_all_action,
                window.pause_all_action,
                window.settings_action,
                window.data_folder_action,
                window.about_action,
                window.quit_action,
            )
        }
        assert shortcuts["Add store…"] == "Ctrl+N"
        assert shortcuts["Sync all now"] == "Ctrl+R"
        assert shortcuts["Pause all"] == "Ctrl+P"
        assert shortcuts["Settings…"] == "Ctrl+,"
        assert shortcuts["Open data folder"] == "Ctrl+Shift+D"
        assert all(shortcuts.values())
        assert all(
            action.isShortcutVisibleInContextMenu()
            for action in window.findChildren(type(window.quit_action))
            if not action.shortcut().isEmpty()
        )
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&File", "&Sync", "&View", "&Tools", "&Help"]


async def test_about_shows_version_data_folder_and_keychain(tmp_path: Path) -> None:
    async with open_desktop(tmp_path) as app:
        dialog = app.window.show_about()
        assert dialog.isVisible()
        assert dialog.values["version"] == app.services.version
        assert dialog.values["data"] == str(app.services.data_dir)
        assert dialog.values["keychain"]
        dialog.close()


async def test_a_replaced_database_is_explained(tmp_path: Path) -> None:
    async with open_desktop(tmp_path) as app:
        moved = str(tmp_path / "data" / "storesync.db.corrupt-20260101")
        app.services.bus.publish(DatabaseReplaced(moved_to=moved, reason="file is not a database"))
        await wait_until(lambda: app.window.open_messages(), what="the message")
        box = app.window.open_messages()[-1]
        assert box.isVisible() and moved in box.text() and "file is not a database" in box.text()
        box.done(QMessageBox.StandardButton.Ok)


async def test_a_damaged_database_found_at_start_is_explained_when_the_window_opens(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "storesync.sqlite3").write_bytes(b"this is not an SQLite database" * 100)
    async with open_desktop(tmp_path) as app:
        boxes = app.window.open_messages()
        assert len(boxes) == 1 and boxes[0].isVisible()
        assert boxes[0].windowTitle() == "The database was damaged"
        assert ".corrupt-" in boxes[0].text(), "it says where the old file went"
        boxes[0].done(QMessageBox.StandardButton.Ok)


async def test_closing_without_a_tray_quits_cleanly(tmp_path: Path) -> None:
    async with open_desktop(tmp_path) as app:
        assert not app.tray.available(), "offscreen Qt has no tray"
        app.window.close()
        assert await app.finished == 0, "the window closed, so the app stopped its services and ended"


async def test_an_error_in_a_slot_is_logged_and_shown_and_the_app_carries_on(tmp_path: Path) -> None:
    async with open_desktop(tmp_path) as app:

        def broken() -> None:
            raise ZeroDivisionError("division by zero")

        try:
            broken()
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
        try:
            broken()
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
        boxes = app.window.open_messages()
        assert len(boxes) == 1, "the same error twice is one message"
        assert "ZeroDivisionError" in boxes[-1].text() and "log" in boxes[-1].text()
        assert "Traceback" not in boxes[-1].text()
        boxes[-1].done(QMessageBox.StandardButton.Ok)
        logs = app.window.log_panel.model
        await wait_until(
            lambda: any(
                logs.item(r).message.startswith("Unhandled error in the window")
                for r in range(logs.rowCount())
            ),
            what="the error in the log viewer",
        )
        app.window.sync_all_action.trigger()
        assert QApplication.instance() is not None and app.window.isVisible()


async def test_every_control_has_a_name_a_screen_reader_can_say(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        unnamed = []
        for kind in (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView):
            for widget in app.window.findChildren(kind):
                if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
                    continue
                if widget.accessibleName().strip():
                    continue
                if (
                    widget.objectName().startswith("qt_")
                    or isinstance(widget.parent(), QLineEdit)
                    or isinstance(widget, QHeaderView)
                    or widget.window() is not app.window
                ):
                    continue  # Qt's own parts of a named control: clear buttons, corner buttons, popups
                unnamed.append(
                    f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"
                )
        assert unnamed == [], "\n".join(unnamed)
