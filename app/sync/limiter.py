"""A concurrency cap that can change while runs are waiting (asyncio.Semaphore cannot be resized)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class RunLimiter:
    """At most `limit` holders at once. Raising the limit lets waiters in at once; lowering it lets
    the current holders finish."""

    def __init__(self, limit: int) -> None:
        self._limit = max(1, limit)
        self._active = 0
        self._waiters: list[asyncio.Future[None]] = []

    @property
    def limit(self) -> int:
        return self._limit

    @property
    def active(self) -> int:
        return self._active

    @property
    def full(self) -> bool:
        """A slot asked for now would wait."""
        return self._active >= self._limit or bool(self._waiters)

    def set_limit(self, limit: int) -> None:
        self._limit = max(1, limit)
        self._wake()

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Waiters get their slot in the order they asked, handed over one at a time: waking every
        waiter on each release had a fleet of 200 jobs wake 196 tasks per run for one to go."""
        if self.full:
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            except BaseException:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
                elif waiter.done() and not waiter.cancelled():  # handed a slot, then cancelled
                    self._release()
                raise
        else:
            self._active += 1
        try:
            yield
        finally:
            self._release()

    def _release(self) -> None:
        self._active -= 1
        self._wake()

    def _wake(self) -> None:
        """Hand the free slots to the longest waiting (each counts as active from then on)."""
        while self._waiters and self._active < self._limit:
            waiter = self._waiters.pop(0)
            if not waiter.done():
                self._active += 1
                waiter.set_result(None)
