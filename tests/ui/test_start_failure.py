"""The window started while `storesync headless` owns the data folder: it says why in a window that
blocks nothing, exits non-zero when that window is closed, and ends at once on SIGTERM or Ctrl-C."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import QApplication

from app.bootstrap import StartOptions, start_services, stop_services
from app.ui.app import run_app
from app.ui.start_failure import StartFailureWindow
from tests.ui.conftest import wait_until

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.timeout(120)


class Child:
    """A StoreSync process whose output is collected as it comes."""

    def __init__(self, *args: str) -> None:
        self.process = QProcess()
        self.process.setWorkingDirectory(str(ROOT))
        environment = self.process.processEnvironment()
        environment.insert("QT_QPA_PLATFORM", "offscreen")
        self.process.setProcessEnvironment(environment)
        self.out = ""
        self.err = ""
        self.process.start(sys.executable, ["main.py", *args])

    def read(self) -> None:
        self.out += bytes(self.process.readAllStandardOutput().data()).decode()
        self.err += bytes(self.process.readAllStandardError().data()).decode()

    def says(self, text: str) -> bool:
        self.read()
        return text in self.out or text in self.err

    def ended(self) -> bool:
        return self.process.state() == QProcess.ProcessState.NotRunning

    def report(self, pid: int) -> str:
        """What the process said and, if it still lives, its state and signal masks, for a failure."""
        self.read()
        status = Path(f"/proc/{pid}/status")
        lines = status.read_text().splitlines() if status.exists() else ["(the process is gone)"]
        kept = [line for line in lines if line.startswith(("State", "Threads", "Sig", "Shd"))]
        return "\n".join([*kept, "stdout:", self.out, "stderr:", self.err])


@asynccontextmanager
async def headless_owning(data: Path) -> AsyncIterator[Child]:
    owner = Child("--data-dir", str(data), "headless")
    try:
        await wait_until(lambda: owner.says("running without a window"), within=60, what="headless to start")
        yield owner
    finally:
        owner.process.terminate()
        await wait_until(owner.ended, within=30, what="headless to stop")


@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_the_window_that_cannot_start_ends_on_a_signal_with_a_non_zero_code(
    tmp_path: Path, signal_number: int
) -> None:
    data = tmp_path / "data"
    async with headless_owning(data):
        window = Child("--data-dir", str(data))
        try:
            await wait_until(lambda: window.says("could not start"), within=60, what="the window to fail")
            pid = window.process.processId()
            os.kill(pid, signal_number)
            try:
                await wait_until(window.ended, within=15, what="the window process to end after the signal")
            except AssertionError as timed_out:
                raise AssertionError(f"{timed_out}\n{window.report(pid)}") from None
        finally:
            if not window.ended():
                window.process.kill()
                await wait_until(window.ended, within=10, what="the killed window process")
        window.read()
        assert window.process.exitStatus() == QProcess.ExitStatus.NormalExit
        assert window.process.exitCode() == 1
        assert "already running" in window.err
        assert "Traceback" not in window.err


def _failure_windows() -> list[StartFailureWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, StartFailureWindow) and w.isVisible()]


async def test_the_reason_is_shown_in_a_window_that_blocks_nothing(tmp_path: Path) -> None:
    QApplication.setQuitOnLastWindowClosed(False)  # as in the app: closing a window must not end the loop
    data = tmp_path / "data"
    async with headless_owning(data):
        main = asyncio.ensure_future(run_app(start_services, stop_services, StartOptions(data_dir=str(data))))
        await wait_until(_failure_windows, within=30, what="the start failure window")
        window = _failure_windows()[0]
        assert "already running" in window.message.text() and str(data) in window.message.text()
        assert window.windowModality() == Qt.WindowModality.NonModal
        assert QApplication.activeModalWidget() is None
        window.close()
        await wait_until(main.done, within=10, what="the app to end once the window is closed")
        assert main.result() == 1
