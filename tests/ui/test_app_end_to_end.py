"""The whole desktop app from launch to Quit on loopback sandbox stores."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

from app.bootstrap import StartOptions, add_demo_stores, start_services, stop_services
from app.core.models import RunStatus, Trigger
from app.core.ports import RunQuery
from app.sandbox.demo import DEMO_PRODUCTS
from app.storage import open_storage
from app.ui.app import DesktopApp, run_app
from app.ui.models.history import HistoryModel
from tests.ui.conftest import job_of, wait_idle, wait_until

ROOT = Path(__file__).resolve().parents[2]


async def test_sync_now_shows_history_counts_log_lines_and_tray_state(tmp_path: Path) -> None:
    options = StartOptions(data_dir=str(tmp_path / "data"), demo=True, console_level=logging.INFO)
    main = asyncio.ensure_future(run_app(start_services, stop_services, options, add_demo_stores))
    qt_app = QApplication.instance()
    await wait_until(lambda: qt_app.findChild(DesktopApp) is not None, within=20, what="the window")
    app = qt_app.findChild(DesktopApp)
    await wait_until(lambda: app.window.isVisible(), what="the window to show")
    await wait_idle(app)
    await wait_until(lambda: app.tray.state == "ok", what="the tray to settle")
    tray_states: list[str] = []
    app.status.summary_changed.connect(lambda: tray_states.append(app.tray.state))

    job_id = job_of(app, "Demo Shopify", "inventory_pull")
    known = {run.id for run in app.services.runs.list_runs(RunQuery(job_id=job_id), offset=0, limit=1000)}
    app.window.stores_panel.row_actions(job_id).sync_button.click()

    # The demo's every-minute schedules may start runs meanwhile (one of this job, skipped, among
    # them), which list above it: the row is the manual run the click started.
    history = app.window.history_panel.model

    def manual_row() -> int | None:
        return next(
            (
                row
                for row in range(history.rowCount())
                if history.item(row).job_id == job_id
                and history.item(row).trigger is Trigger.MANUAL
                and history.item(row).id not in known
            ),
            None,
        )

    await wait_until(
        lambda: (row := manual_row()) is not None and history.item(row).status.finished,
        within=30,
        what="the manual run in the history",
    )
    shown = manual_row()
    assert shown is not None
    assert all(history.item(r).started_at >= history.item(shown).started_at for r in range(shown))
    row = [history.data(history.index(shown, column)) for column in range(history.columnCount())]
    assert row[HistoryModel.STORE] == "Demo Shopify"
    assert row[HistoryModel.STATUS] == "Succeeded"
    assert row[HistoryModel.FETCHED] == str(DEMO_PRODUCTS)
    created, updated, unchanged = (
        int(row[c]) for c in (HistoryModel.CREATED, HistoryModel.UPDATED, HistoryModel.UNCHANGED)
    )
    assert created == 0, "the start-up run already created every SKU"
    assert updated + unchanged == DEMO_PRODUCTS

    run_id = history.item(shown).id
    logs = app.window.log_panel.model
    await wait_until(
        lambda: any(
            logs.item(r).run_id == run_id
            and "inventory_pull of Demo Shopify succeeded" in logs.item(r).message
            for r in range(logs.rowCount())
        ),
        what="the run's result in the log viewer",
    )
    # A scheduled run may have started since: the tray comes back to "ok" once it ends too.
    await wait_until(lambda: tray_states[-1] == "ok" and app.tray.state == "ok", within=30, what="ok again")
    assert "syncing" in tray_states

    app.tray.menu.aboutToShow.emit()
    quit_action = next(a for a in app.tray.menu.actions() if a.text() == "Quit")
    quit_action.trigger()
    assert await asyncio.wait_for(main, timeout=30) == 0
    await wait_until(lambda: qt_app.findChild(DesktopApp) is None, what="the window and tray to go away")
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())


async def test_exit_when_shown_prints_the_startup_time_and_quits_cleanly(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from app.bootstrap import StartOptions, start_services, stop_services\n"
        "from app.ui.app import run_gui\n"
        "sys.exit(run_gui([], start_services, stop_services, StartOptions(data_dir=sys.argv[1])))\n"
    )
    process = QProcess()
    process.setWorkingDirectory(str(ROOT))
    environment = process.processEnvironment()
    environment.insert("STORESYNC_EXIT_WHEN_SHOWN", "1")
    environment.insert("QT_QPA_PLATFORM", os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    process.setProcessEnvironment(environment)
    process.start(sys.executable, ["-c", script, str(tmp_path / "data")])
    await wait_until(
        lambda: process.state() == QProcess.ProcessState.NotRunning,
        within=60,
        what="the app to quit by itself",
    )
    output = bytes(process.readAllStandardOutput().data()).decode()
    errors = bytes(process.readAllStandardError().data()).decode()
    assert process.exitCode() == 0, errors
    shown = [line for line in output.splitlines() if line.startswith("window-shown ")]
    assert len(shown) == 1 and float(shown[0].split()[1]) > 0
    assert "Traceback" not in errors


async def test_sigterm_stops_the_services_before_the_process_ends(tmp_path: Path) -> None:
    data = tmp_path / "data"
    script = (
        "import sys\n"
        "from app.bootstrap import StartOptions, start_services, stop_services\n"
        "from app.ui.app import run_gui\n"
        "options = StartOptions(data_dir=sys.argv[1], demo=True, console_level=20)\n"
        "sys.exit(run_gui([], start_services, stop_services, options))\n"
    )
    process = QProcess()
    process.setWorkingDirectory(str(ROOT))
    environment = process.processEnvironment()
    environment.insert("QT_QPA_PLATFORM", os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    process.setProcessEnvironment(environment)
    process.start(sys.executable, ["-c", script, str(data)])
    log_file = data / "logs" / "storesync.log"
    await wait_until(
        lambda: log_file.exists() and "Started" in log_file.read_text(encoding="utf-8"),
        within=60,
        what="the app to start syncing",
    )
    process.terminate()
    await wait_until(
        lambda: process.state() == QProcess.ProcessState.NotRunning, within=60, what="the app to end"
    )
    errors = bytes(process.readAllStandardError().data()).decode()
    assert process.exitStatus() == QProcess.ExitStatus.NormalExit and process.exitCode() == 0, errors
    assert "Traceback" not in errors
    storage = open_storage(data)
    try:
        assert storage.runs.count_runs(RunQuery()) > 0, "it was syncing when the signal came"
        assert storage.runs.count_runs(RunQuery(status=RunStatus.RUNNING)) == 0, "every run was settled"
    finally:
        storage.close()
