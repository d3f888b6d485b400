"""What the loop thread was doing when the loop stalled: a watchdog thread that, when the 10 ms loop
timer of LoopGapMonitor is late by more than a threshold, takes the loop thread's stack.

When the watchdog itself wakes late, the whole process was held (a loaded machine not scheduling
it, or C code keeping the GIL): those stalls are counted, not blamed on the code on the stack."""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections import Counter
from types import TracebackType


class StallSampler:
    def __init__(self, threshold_ms: float = 40.0, period: float = 0.005) -> None:
        self.threshold = threshold_ms / 1000
        self.period = period
        self.last_tick = time.perf_counter()
        self.stacks: Counter[str] = Counter()
        self.own_late = 0  # wake-ups of the watchdog itself later than the threshold
        self.own_max_gap_ms = 0.0
        self._loop_thread = threading.get_ident()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="bench-stall-sampler", daemon=True)

    def tick(self) -> None:
        """Called by the loop timer on each tick."""
        self.last_tick = time.perf_counter()

    def _watch(self) -> None:
        sampled_for = 0.0
        woke = time.perf_counter()
        while not self._stop.wait(self.period):
            now = time.perf_counter()
            own_gap, woke = now - woke, now
            self.own_max_gap_ms = max(self.own_max_gap_ms, own_gap * 1000)
            if own_gap > self.threshold:
                self.own_late += 1  # the whole process was held: the machine, or C code keeping the GIL
            last = self.last_tick
            if time.perf_counter() - last < self.threshold or sampled_for == last:
                continue
            sampled_for = last
            frame = sys._current_frames().get(self._loop_thread)
            if frame is None:
                continue
            lines = [
                f"{entry.filename.rsplit('/', 2)[-1]}:{entry.lineno} {entry.name}"
                for entry in traceback.extract_stack(frame)
            ]
            self.stacks[" <- ".join(reversed(lines[-8:]))] += 1

    def report(self, top: int = 8) -> dict[str, object]:
        return {
            "stacks": [f"{count}x {stack}" for stack, count in self.stacks.most_common(top)],
            "watchdog_late": self.own_late,
            "watchdog_max_gap_ms": round(self.own_max_gap_ms, 1),
        }

    def __enter__(self) -> StallSampler:
        self.last_tick = time.perf_counter()
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join(1.0)
