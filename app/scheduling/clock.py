"""Noticing wall-clock jumps: sleep and resume (the monotonic clock stands still while a Linux machine
sleeps) or someone setting the time. The scheduler's heartbeat asks once a minute."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime


class ClockWatch:
    def __init__(
        self, clock: Callable[[], datetime], monotonic: Callable[[], float], threshold_seconds: float
    ) -> None:
        self._clock = clock
        self._monotonic = monotonic
        self._threshold = threshold_seconds
        self._last: tuple[datetime, float] | None = None

    def reset(self) -> None:
        """Measure from now on (after a start or a resume)."""
        self._last = (self._clock(), self._monotonic())

    def jump(self) -> float | None:
        """Seconds the wall clock moved beyond the monotonic clock since the last call (negative when
        it was set back), or None when within the threshold."""
        wall, mono = self._clock(), self._monotonic()
        last, self._last = self._last, (wall, mono)
        if last is None:
            return None
        moved = (wall - last[0]).total_seconds() - (mono - last[1])
        return moved if abs(moved) > self._threshold else None
