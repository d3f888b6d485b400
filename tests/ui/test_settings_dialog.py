"""The Settings dialog on the real services: values stored in the database, SettingsChanged for
live application, a real XDG autostart entry, real backups and history exports."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QCheckBox, QFileDialog, QSpinBox
from pytestqt.qtbot import QtBot

from app.core.events import SettingsChanged
from app.core.ports import RunQuery
from app.core.settings import DEFAULTS
from app.ui.dialogs.settings_dialog import SettingsDialog
from tests.ui.test_dialogs_store_editor import runtime, wait_until

__all__ = ["runtime"]  # the real-services fixture, shared with the store editor tests


@pytest.fixture
def autostart_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr("app.ui.autostart.sys.platform", "linux")
    return tmp_path / "config" / "autostart"


def open_dialog(qtbot: QtBot, services: Any) -> SettingsDialog:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def widget_for(dialog: SettingsDialog, key: str) -> Any:
    return dialog._bindings[key].widget


async def test_a_fresh_install_shows_the_defaults(qtbot: QtBot, runtime: Any, autostart_dir: Path) -> None:
    dialog = open_dialog(qtbot, runtime.services)

    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "General",
        "Sync",
        "Notifications",
        "Alerts",
        "Data",
    ]
    assert dialog.values() == {key: DEFAULTS[key] for key in dialog.values()}
    assert not dialog.start_at_login.isChecked()
    assert not dialog.quiet_enabled.isChecked()


async def test_saving_stores_the_changes_and_announces_exactly_those_keys(
    qtbot: QtBot, runtime: Any, autostart_dir: Path
) -> None:
    services = runtime.services
    heard: list[SettingsChanged] = []
    services.bus.subscribe(SettingsChanged, heard.append)
    dialog = open_dialog(qtbot, services)

    spin: QSpinBox = widget_for(dialog, "max_concurrent_runs")
    spin.setValue(2)
    box: QCheckBox = widget_for(dialog, "notify_on_recovery")
    box.setChecked(False)
    widget_for(dialog, "retention_days").setValue(90)

    keys = await dialog.save()

    assert set(keys or ()) == {"max_concurrent_runs", "notify_on_recovery", "retention_days"}
    assert [set(event.keys) for event in heard] == [set(keys or ())]
    assert services.settings.get_setting("max_concurrent_runs") == 2
    assert services.settings.get_setting("notify_on_recovery") is False
    assert services.settings.get_setting("retention_days") == 90
    assert not dialog.isVisible()
    assert open_dialog(qtbot, services).values()["retention_days"] == 90


async def test_quiet_hours_are_stored_as_times_and_cleared_when_turned_off(
    qtbot: QtBot, runtime: Any, autostart_dir: Path
) -> None:
    services = runtime.services
    dialog = open_dialog(qtbot, services)
    dialog.quiet_enabled.setChecked(True)
    dialog.quiet_start.setTime(QTime(21, 30))
    dialog.quiet_end.setTime(QTime(6, 45))
    await dialog.save()
    assert services.settings.get_setting("quiet_hours_start") == "21:30"
    assert services.settings.get_setting("quiet_hours_end") == "06:45"

    again = open_dialog(qtbot, services)
    assert again.quiet_enabled.isChecked()
    assert again.quiet_start.time() == QTime(21, 30)
    again.quiet_enabled.setChecked(False)
    await again.save()

    assert services.settings.get_setting("quiet_hours_start") is None
    assert services.settings.get_setting("quiet_hours_end") is None


async def test_start_at_login_writes_and_removes_the_autostart_entry(
    qtbot: QtBot, runtime: Any, autostart_dir: Path
) -> None:
    services = runtime.services
    dialog = open_dialog(qtbot, services)
    dialog.start_at_login.setChecked(True)
    await dialog.save()

    entry = autostart_dir / "storesync.desktop"
    assert entry.is_file()
    assert "Exec=" in entry.read_text()
    assert services.settings.get_setting("start_at_login") is True

    again = open_dialog(qtbot, services)
    assert again.start_at_login.isChecked()
    again.start_at_login.setChecked(False)
    await again.save()

    assert not entry.exists()
    assert services.settings.get_setting("start_at_login") is False


async def test_the_data_tab_shows_where_the_database_is_and_backs_it_up(
    qtbot: QtBot, runtime: Any, autostart_dir: Path, tmp_path: Path
) -> None:
    services = runtime.services
    dialog = open_dialog(qtbot, services)
    assert dialog.database_location.text() == str(runtime.storage.path)
    assert dialog.database_size.text().split()[-1] in {"bytes", "kB", "MB"}

    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    target = tmp_path / "backup.sqlite3"
    chooser.selectFile(str(target))
    chooser.accept()

    await wait_until(lambda: dialog.data_status.text().startswith("Backed up to"), what="the backup")
    with sqlite3.connect(target) as copy:
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"store", "job", "sync_run"} <= tables


async def test_history_exports_to_a_csv_file(
    qtbot: QtBot, runtime: Any, autostart_dir: Path, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, runtime.services)
    target = tmp_path / "history.csv"
    runs = runtime.storage.runs

    rows = await dialog.export_history_to(str(target))

    # A fresh install starts its cleanup job at once; whether its run is recorded yet or not, the
    # export holds every run there is, one line each under the header.
    assert rows == runs.count_runs(RunQuery()) <= 1
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == rows + 1 and lines[0].count(",") >= 5
    assert all("cleanup" in line for line in lines[1:])
    assert dialog.data_status.text() == f"Exported {rows} {'run' if rows == 1 else 'runs'} to {target}"


async def test_a_backup_to_an_unwritable_place_says_why(
    qtbot: QtBot, runtime: Any, autostart_dir: Path, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, runtime.services)

    assert await dialog.backup_to(str(tmp_path / "missing-folder" / "backup.sqlite3")) is False

    assert dialog.data_status.text().startswith("The backup failed: ")
    assert "Traceback" not in dialog.data_status.text()
    assert dialog.backup_button.isEnabled()
