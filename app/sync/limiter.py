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

    def set_limit(self, limit: int) -> None:
        self._limit = max(1, limit)
        self._wake()

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        while self._active >= self._limit:
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            finally:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
        self._active += 1
        try:
            yield
        finally:
            self._active -= 1
            self._wake()

    def _wake(self) -> None:
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(None)
        self._waiters.clear()
