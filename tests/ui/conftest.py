"""Qt tests run async tests on a qasync loop (DESIGN.md §4), and build the app from the real services:
storage in tmp_path, loopback demo simulators, the real engine and scheduler, through app.bootstrap."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _qasync_loop() -> asyncio.AbstractEventLoop:
    app = QApplication.instance() or QApplication([])
    return qasync.QEventLoop(app)


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, Any]:
    """Every async test under tests/ui runs on a qasync loop, so Qt and asyncio share one thread."""
    return {"qasync": _qasync_loop}


async def wait_until(condition: Callable[[], object], within: float = 10.0, what: str = "condition") -> None:
    """Poll with the loop running (never qtbot.wait while a task is pending)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


@pytest.fixture
async def runtime(tmp_path: Any) -> AsyncIterator[Any]:
    """The real services on an empty data folder (no stores yet, no demo)."""
    from app.bootstrap import StartOptions, start_services, stop_services

    started = await start_services(StartOptions(data_dir=str(tmp_path / "data")))
    try:
        yield started
    finally:
        await stop_services(started)


@pytest.fixture
async def demo_runtime(tmp_path: Any) -> AsyncIterator[Any]:
    """The real services with the demo stores, each backed by a loopback simulator."""
    from app.bootstrap import StartOptions, start_services, stop_services

    started = await start_services(StartOptions(data_dir=str(tmp_path / "data"), demo=True))
    try:
        yield started
    finally:
        await stop_services(started)
