"""Paged records of a server read for panels that read synchronously: a read returns at once what is
here and asks the server for the rest; when that answer is in, `arrived` is called and the panel reads
again. After `invalidate()` the stale answer is still shown until the fresh one is in, so nothing
flickers empty."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from app.core.errors import StoreSyncError

log = logging.getLogger(__name__)

KEPT_QUERIES = 16  # filters whose rows are kept (each search typed in the Log panel is one)

Q = TypeVar("Q", bound=Hashable)
T = TypeVar("T")

FetchPage = Callable[[Q, int, int], Awaitable[tuple[list[T], int | None]]]
"""(query, offset, limit) -> (rows, newest first; the total matching, or None when not told)."""


@dataclass(slots=True)
class _Loaded(Generic[T]):
    """The rows of one query read so far, from the newest on; `generation` says how fresh they are."""

    generation: int
    rows: list[T] = field(default_factory=list)
    total: int | None = None
    # Why the server did not answer for this generation: not asked again until it changes.
    refusal: StoreSyncError | None = None

    def complete(self) -> bool:
        """Nothing more to fetch: every row is here, or the server refused the last request."""
        return self.refusal is not None or (self.total is not None and len(self.rows) >= self.total)


class RemotePages(Generic[Q, T]):
    """One kind of paged record (runs or log lines) of one server, kept per query."""

    def __init__(self, fetch: FetchPage[Q, T], first_page: int, largest_page: int, what: str) -> None:
        self._fetch = fetch
        self._first_page = first_page
        self._largest_page = largest_page
        self._what = what
        self._loaded: dict[Q, _Loaded[T]] = {}
        self._wanted: dict[Q, int] = {}
        self._tasks: dict[Q, asyncio.Task[None]] = {}
        self._generation = 0
        self.arrived: Callable[[], None] = lambda: None
        self.refused: Callable[[], None] = lambda: None  # a request was refused (refusal() says why)

    def invalidate(self) -> None:
        """What was read may be out of date: the next read of each query fetches it again."""
        self._generation += 1

    def refusal(self, query: Q) -> StoreSyncError | None:
        """Why the server did not answer the latest request for this query, while nothing changed."""
        loaded = self._loaded.get(query)
        if loaded is None or loaded.generation != self._generation:
            return None
        return loaded.refusal

    def count(self, query: Q) -> int:
        loaded = self._loaded.get(query)
        if loaded is None or loaded.generation != self._generation:
            self._want(query, max(len(loaded.rows) if loaded is not None else 0, self._first_page))
        if loaded is None:
            return 0
        if loaded.total is None:  # a full last page: one more row tells the view to ask for more
            return len(loaded.rows) + 1
        return loaded.total

    def rows(self, query: Q, offset: int, limit: int) -> list[T]:
        loaded = self._loaded.get(query)
        end = offset + limit
        stale = loaded is None or loaded.generation != self._generation
        if stale or (loaded is not None and len(loaded.rows) < end and not loaded.complete()):
            self._want(query, end)
        return [] if loaded is None else loaded.rows[offset:end]

    def _want(self, query: Q, upto: int) -> None:
        self._wanted[query] = max(self._wanted.get(query, 0), upto, 1)
        task = self._tasks.get(query)
        if task is None or task.done():
            self._tasks[query] = asyncio.ensure_future(self._load(query))

    async def _load(self, query: Q) -> None:
        """Fetch until the query has what was asked of it, fresh; then tell the reader once."""
        changed = refused = False
        while True:
            loaded = self._loaded.get(query)
            upto = self._wanted.get(query, 0)
            fresh = loaded is not None and loaded.generation == self._generation
            if fresh and loaded is not None and (len(loaded.rows) >= upto or loaded.complete()):
                break
            start = len(loaded.rows) if fresh and loaded is not None else 0
            generation = self._generation
            limit = min(max(upto - start, 1), self._largest_page)
            try:
                rows, total = await self._fetch(query, start, limit)
            except StoreSyncError as error:
                log.warning("Could not read the server's %s: %s", self._what, error)
                # Not asked again until something changes (an event, a reconnection), so a server
                # that refuses is not asked in a loop.
                kept = loaded if loaded is not None else _Loaded[T](generation)
                kept.generation = generation
                kept.refusal = error
                self._loaded[query] = kept
                refused = True
                break
            if total is None and len(rows) < limit:
                total = start + len(rows)
            if start == 0:
                self._loaded.pop(query, None)
                self._loaded[query] = _Loaded(generation, list(rows), total)
                while len(self._loaded) > KEPT_QUERIES:  # the least recently fetched filters go
                    del self._loaded[next(iter(self._loaded))]
            elif loaded is not None:
                loaded.rows.extend(rows)
                loaded.total = total
            changed = True
            if not rows:
                break
        self._wanted.pop(query, None)
        if changed:
            self.arrived()
        if refused:
            self.refused()

    async def aclose(self) -> None:
        for task in self._tasks.values():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
