"""A second launch brings the first one's window forward and exits without starting anything."""

from __future__ import annotations

import asyncio
import sys
import uuid
from pathlib import Path

from PySide6.QtCore import QProcess

from app.ui.single_instance import SingleInstance
from tests.ui.conftest import wait_until

ROOT = Path(__file__).resolve().parents[2]

SECOND_LAUNCH = """
import sys
from app.ui.app import run_gui

def never(*_args):
    raise SystemExit("a second launch must not start the services")

sys.exit(run_gui([], never, never, instance_key=sys.argv[1]))
"""


async def test_second_launch_asks_the_first_to_show_and_exits() -> None:
    key = f"test-{uuid.uuid4()}"
    first = SingleInstance(key)
    assert first.acquire()
    shown: list[bool] = []
    first.activated.connect(lambda: shown.append(True))
    try:
        second = QProcess()
        second.setWorkingDirectory(str(ROOT))
        second.start(sys.executable, ["-c", SECOND_LAUNCH, key])
        await wait_until(
            lambda: second.state() == QProcess.ProcessState.NotRunning,
            within=30,
            what="the second launch to exit",
        )
        output = bytes(second.readAllStandardOutput().data()).decode()
        errors = bytes(second.readAllStandardError().data()).decode()
        assert second.exitStatus() == QProcess.ExitStatus.NormalExit and second.exitCode() == 0, errors
        assert "already running" in output
        await wait_until(lambda: shown, what="the first instance to be asked to show its window")
    finally:
        first.release()


async def test_after_the_first_instance_ends_a_new_launch_becomes_the_first() -> None:
    key = f"test-{uuid.uuid4()}"
    first = SingleInstance(key)
    assert first.acquire()
    first.release()
    await asyncio.sleep(0)
    again = SingleInstance(key)
    assert again.acquire()
    again.release()


async def test_instances_with_different_data_folders_do_not_collide() -> None:
    one, other = SingleInstance(f"test-{uuid.uuid4()}"), SingleInstance(f"test-{uuid.uuid4()}")
    try:
        assert one.acquire()
        assert other.acquire()
    finally:
        one.release()
        other.release()
