"""Running a benchmark on the app's event loop (qasync by default) and watching that loop for stalls."""

from __future__ import annotations

import asyncio
import contextlib
import os
import resource
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import psutil

T = TypeVar("T")


def run(main: Callable[[], Awaitable[T]], loop_kind: str = "qasync", gui: bool = False) -> T:
    """Run `main()` to completion on a qasync loop over a QCoreApplication (as the app does) or asyncio."""
    if loop_kind == "asyncio":

        async def wrapper() -> T:
            return await main()

        return asyncio.run(wrapper())
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtCore import QCoreApplication

    if gui:
        from PySide6.QtWidgets import QApplication

        app = QCoreApplication.instance() or QApplication([])
    else:
        app = QCoreApplication.instance() or QCoreApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        result: T = loop.run_until_complete(main())
        return result
    finally:
        loop.close()
        asyncio.set_event_loop(None)


def rss_mb() -> float:
    return float(psutil.Process().memory_info().rss) / 1_048_576


def peak_rss_mb() -> float:
    """The largest resident set this process has had so far (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class LoopGapMonitor:
    """A 10 ms timer on the running loop; `max_gap_ms` is the longest time between two of its ticks,
    `max_rss_mb` the largest resident set seen meanwhile.

    On an idle loop the gap is about 10 ms; anything above means the loop could not run callbacks
    (a window would freeze) for that long. `long_gaps` keeps when (seconds after the start) and how long
    each gap over `long_ms` was, so a stall can be told apart from a start-up burst."""

    def __init__(
        self, interval: float = 0.010, on_tick: Callable[[], None] | None = None, long_ms: float = 50.0
    ) -> None:
        self.interval = interval
        self.on_tick = on_tick
        self.long_ms = long_ms
        self.long_gaps: list[tuple[float, float]] = []
        self.max_gap_ms = 0.0
        self.max_rss_mb = 0.0  # sampled every 10th tick
        self.ticks = 0
        self._process = psutil.Process()
        self._task: asyncio.Task[None] | None = None

    async def _watch(self) -> None:
        started = last = time.perf_counter()
        while True:
            await asyncio.sleep(self.interval)
            now = time.perf_counter()
            gap_ms = (now - last) * 1000
            self.max_gap_ms = max(self.max_gap_ms, gap_ms)
            if gap_ms > self.long_ms:
                self.long_gaps.append((round(last - started, 2), round(gap_ms, 1)))
            self.ticks += 1
            if self.on_tick is not None:
                self.on_tick()
            if self.ticks % 10 == 1:
                self.max_rss_mb = max(self.max_rss_mb, float(self._process.memory_info().rss) / 1_048_576)
            last = time.perf_counter()

    def long_gap_summary(self, shown: int = 10) -> dict[str, object]:
        """How many gaps passed `long_ms`, and the longest of them with when they began."""
        longest = sorted(self.long_gaps, key=lambda gap: gap[1], reverse=True)[:shown]
        return {"over_ms": self.long_ms, "count": len(self.long_gaps), "longest_at_seconds": longest}

    async def __aenter__(self) -> LoopGapMonitor:
        self._task = asyncio.get_running_loop().create_task(self._watch())
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._task is not None
        self.max_rss_mb = max(self.max_rss_mb, rss_mb())
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
