"""Qt tests run async tests on a qasync loop (DESIGN.md §4), and build the app from the real services:
storage in tmp_path, loopback demo simulators, the real engine and scheduler, through app.bootstrap."""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LEFTOVER_SECONDS = 20.0


# Every loop stays referenced for the whole session. A closed qasync loop still has Qt timers
# registered on its timer object; if the cyclic garbage collector freed it on another thread (the
# sandbox servers and the storage writer allocate too), Qt could not unregister those timers and the
# next timer event would reach freed memory. The real app has one loop for its whole life.
_LOOPS: list[asyncio.AbstractEventLoop] = []


def _qasync_loop() -> asyncio.AbstractEventLoop:
    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    _LOOPS.append(loop)
    return loop


@pytest.fixture(autouse=True, scope="session")
def _system_language(qapp: QApplication) -> None:
    """The translators the app installs at start (run_gui), so panels built alone read as in the app."""
    from app.ui.languages import apply_language

    apply_language(qapp)


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, Any]:
    """Every async test under tests/ui runs on a qasync loop, so Qt and asyncio share one thread."""
    return {"qasync": _qasync_loop}


@pytest.fixture(autouse=True)
def _async_tests_end_their_leftover_tasks(request: pytest.FixtureRequest) -> None:
    """Every async test here ends its leftover tasks itself, within a bound (see below)."""
    if inspect.iscoroutinefunction(request.function):
        request.getfixturevalue("_leftover_tasks_end_with_the_test")


@pytest.fixture
async def _leftover_tasks_end_with_the_test() -> AsyncIterator[None]:
    """pytest-asyncio cancels what a test leaves running and waits for it with no bound; a task that
    never ends held the whole run until its timeout killed it (seen under heavy load: tasks whose
    first step never came). Here they are cancelled and given LEFTOVER_SECONDS; one that still has
    not ended is named on stderr, with the loop's queued callbacks, and left out of the final wait."""
    yield
    current = asyncio.current_task()
    leftover = [task for task in asyncio.all_tasks() if task is not current and not task.done()]
    if not leftover:
        return
    for task in leftover:
        task.cancel()
    await run_stranded_tasks()
    _, pending = await asyncio.wait(leftover, timeout=LEFTOVER_SECONDS)
    for task in pending:
        queued = _queued_callbacks(asyncio.get_running_loop())
        print(f"left behind after cancel: {task!r}; queued callbacks: {queued!r}", file=sys.stderr)
        task.print_stack(file=sys.stderr)
        asyncio.tasks._unregister_task(task)


async def wait_until(condition: Callable[[], object], within: float = 10.0, what: str = "condition") -> None:
    """Poll with the loop running (never qtbot.wait while a task is pending)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def events_delivered(rounds: int = 3) -> None:
    """Let the running loop deliver the events posted so far (layouts, resizes, paints), `rounds` times
    over for those they post in turn. Never QApplication.processEvents() inside a coroutine: that nested
    loop runs qasync's timer callbacks inside one another, one deletes the timer of a callback queued
    meanwhile, and that callback is lost (a task that never wakes, and a quit that waits for ever)."""
    loop = asyncio.get_running_loop()
    for _ in range(rounds):
        delivered = loop.create_future()
        QTimer.singleShot(0, lambda done=delivered: done.done() or done.set_result(None))
        await delivered


@asynccontextmanager
async def open_desktop(tmp_path: Path, demo: bool = False) -> AsyncIterator[Any]:
    """The window and tray on the real services (with the demo stores when `demo`); leaving the block
    quits the way the Quit menu does, stopping the services.

    A context manager inside the test rather than an async fixture: the whole app lives within one
    run of the qasync loop, as it does in the real program."""
    from app.bootstrap import StartOptions, add_demo_stores, start_services, stop_services
    from app.ui.app import DesktopApp

    # The console level the window's command line starts with; it must not thin the log viewer.
    options = StartOptions(data_dir=str(tmp_path / "data"), demo=demo, console_level=logging.WARNING)
    runtime = await start_services(options)
    desktop = DesktopApp(runtime, stop_services, add_demo_stores)
    desktop.start()
    try:
        yield desktop
    finally:
        desktop.request_quit()
        await desktop.finished
        await asyncio.sleep(0)
        await run_stranded_tasks()


async def run_stranded_tasks() -> None:
    """Give every task that never took its first step that step now. Under heavy load a task created at
    start-up (APScheduler's job tasks) was seen still unstarted when the window had quit, and
    pytest-asyncio's teardown then waited for it for ever. Where its first step is still queued on qasync's
    timer, it is run now.
    The step runs from a plain callback (a task cannot step another) and its pending handle is cancelled
    so that it cannot run twice."""
    loop = asyncio.get_running_loop()
    current = asyncio.current_task()
    stranded = {
        task
        for task in asyncio.all_tasks(loop)
        if task is not current and inspect.getcoroutinestate(task.get_coro()) == inspect.CORO_CREATED
    }
    handles = [
        handle
        for handle in _queued_callbacks(loop)
        if not handle.cancelled() and getattr(handle._callback, "__self__", None) in stranded
    ]
    if not handles:
        return

    def step() -> None:
        for handle in handles:
            if not handle.cancelled():
                handle._run()
                handle.cancel()

    loop.call_soon(step)
    await asyncio.sleep(0.1)


def _queued_callbacks(loop: asyncio.AbstractEventLoop) -> list[asyncio.Handle]:
    """The handles waiting on qasync's timer object (its own, private table)."""
    callbacks = getattr(getattr(loop, "_timer", None), "_SimpleTimer__callbacks", {})
    return list(callbacks.values())


async def wait_idle(desktop: Any, within: float = 30.0) -> None:
    """Wait for the runs started at launch (initial and catch-up) to end."""
    scheduler = desktop.services.scheduler
    jobs = [job.id for job in desktop.services.stores.list_jobs()]
    await wait_until(lambda: not any(scheduler.is_running(j) for j in jobs), within=within, what="idle jobs")


def job_of(desktop: Any, store_name: str, kind: str) -> int:
    """The id of a store's job, by the store's name and the job kind's value."""
    for state in desktop.status.states():
        if state.store_name == store_name and state.job.kind.value == kind:
            return int(state.job_id)
    raise AssertionError(f"no {kind} job for {store_name}")
