"""The status answer, built once and served to every poller until something it shows changes.

Twenty tools asking for status every 100 ms would otherwise run the report's queries 200 times a
second on the event loop, each query handing the GIL to the writer thread of a running sync and
waiting to get it back. The cached body is dropped on every bus event that can change the report
(a run starting or ending, a schedule or store change; not progress or log lines), after any request
that changes something, and after `max_age` seconds at most (a change written by another process
publishes nothing here)."""

from __future__ import annotations

import time
from collections.abc import Callable

from app.core.bus import EventBus
from app.core.events import Event, LogRecorded, SyncProgress

IGNORED_EVENTS = (SyncProgress, LogRecorded)


class StatusCache:
    def __init__(
        self,
        build: Callable[[], bytes],
        bus: EventBus,
        *,
        max_age: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._build = build
        self._max_age = max_age
        self._clock = clock
        self._body: bytes | None = None
        self._built_at = 0.0
        self._unsubscribe = bus.subscribe(Event, self._on_event)

    def body(self) -> bytes:
        now = self._clock()
        if self._body is None or now - self._built_at > self._max_age:
            self._body = self._build()
            self._built_at = now
        return self._body

    def invalidate(self) -> None:
        self._body = None

    def close(self) -> None:
        self._unsubscribe()

    def _on_event(self, event: Event) -> None:
        if not isinstance(event, IGNORED_EVENTS):
            self._body = None
