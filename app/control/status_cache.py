"""The status answer, built once and served to every poller until something it shows changes.

Twenty tools asking for status every 100 ms would otherwise run the report's queries 200 times a
second on the event loop, each query handing the GIL to the writer thread of a running sync and
waiting to get it back. The cached body is dropped on every bus event that can change the report
(a run starting or ending, a schedule or store change; not progress or log lines), after any request
that changes something, and after `max_age` seconds at most (a change written by another process
publishes nothing here).

`off_loop`: the body is built on a worker thread. The API server's status is a dozen round trips to
PostgreSQL whatever the number of jobs (every job's runs are read at once), but with the schedules'
arithmetic it still takes 60-110 ms for 200 jobs, which on the loop would hold every other request and
the event streams meanwhile; its reads are thread-safe (one reading connection behind a lock). A build
that a change overtook is never served to a request made after the change."""

from __future__ import annotations

import asyncio
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
        off_loop: bool = False,
    ) -> None:
        self._build = build
        self._max_age = max_age
        self._clock = clock
        self._off_loop = off_loop
        self._body: bytes | None = None
        self._built_at = 0.0
        self._generation = 0  # counts the changes: a build started before one is not kept
        self._building: tuple[int, asyncio.Future[bytes]] | None = None
        self._unsubscribe = bus.subscribe(Event, self._on_event)

    def body(self) -> bytes:
        now = self._clock()
        if self._body is None or now - self._built_at > self._max_age:
            self._body = self._build()
            self._built_at = now
        return self._body

    async def fresh_body(self) -> bytes:
        """The body for a status request: `body()`, or with `off_loop` built on a worker thread (requests
        meanwhile wait for the same build, unless a change came after it started)."""
        if not self._off_loop:
            return self.body()
        now = self._clock()
        if self._body is not None and now - self._built_at <= self._max_age:
            return self._body
        if self._building is None or self._building[0] != self._generation:
            build = asyncio.ensure_future(self._build_off_loop(self._generation, now))
            self._building = (self._generation, build)
        return await asyncio.shield(self._building[1])

    async def _build_off_loop(self, generation: int, started: float) -> bytes:
        try:
            body = await asyncio.to_thread(self._build)
        finally:
            if self._building is not None and self._building[0] == generation:
                self._building = None
        if generation == self._generation:
            self._body, self._built_at = body, started
        return body

    def invalidate(self) -> None:
        self._body = None
        self._generation += 1

    def close(self) -> None:
        self._unsubscribe()

    def _on_event(self, event: Event) -> None:
        if not isinstance(event, IGNORED_EVENTS):
            self.invalidate()
