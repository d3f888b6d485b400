"""A server's run history and log as the History and Log panels read them (app.core.console's
ConsoleRecords), from its control API.

The panels read synchronously and the server answers later, so a read returns at once what is here
and asks the server for the rest; when that answer is in, `arrived` is called and the panel reads
again. Runs go stale when a run starts or ends, log lines when a line is recorded: until the fresh
answer is in, the stale one is still shown, so nothing flickers empty."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from app.control.client import ControlClient
from app.core.console import StoreLister
from app.core.errors import StoreSyncError
from app.core.models import LogEntry, SyncRun
from app.core.operations.history import run_from_entry
from app.core.operations.logs import MOST_LINES, log_entry_from_data
from app.core.operations.paging import LARGEST_PAGE
from app.core.ports import LogQuery, RunQuery

log = logging.getLogger(__name__)

FIRST_RUNS = 200  # what the History panel reads first
FIRST_LINES = 500  # what the Log panel reads first
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
    refused: bool = False  # the server did not answer for this generation: not asked again until it changes

    def complete(self) -> bool:
        """Nothing more to fetch: every row is here, or the server refused the last request."""
        return self.refused or (self.total is not None and len(self.rows) >= self.total)


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

    def invalidate(self) -> None:
        """What was read may be out of date: the next read of each query fetches it again."""
        self._generation += 1

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
        changed = False
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
                kept.refused = True
                self._loaded[query] = kept
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

    async def aclose(self) -> None:
        for task in self._tasks.values():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()


class RemoteRuns:
    """The server's run history (app.core.console.RunReader)."""

    def __init__(self, client: ControlClient) -> None:
        self._client = client
        self.pages: RemotePages[RunQuery, SyncRun] = RemotePages(
            self._fetch, FIRST_RUNS, LARGEST_PAGE, "run history"
        )

    def count_runs(self, query: RunQuery) -> int:
        return self.pages.count(query)

    def list_runs(self, query: RunQuery, offset: int = 0, limit: int = 100) -> list[SyncRun]:
        return self.pages.rows(query, offset, limit)

    async def _fetch(self, query: RunQuery, offset: int, limit: int) -> tuple[list[SyncRun], int | None]:
        answer = await self._client.history(
            store=None if query.store_id is None else str(query.store_id),
            job=query.job_id,
            kind=None if query.kind is None else query.kind.value,
            status=None if query.status is None else query.status.value,
            since=None if query.since is None else query.since.isoformat(),
            until=None if query.until is None else query.until.isoformat(),
            offset=offset,
            limit=limit,
        )
        return [run_from_entry(entry) for entry in answer["runs"]], int(answer["total"])


class RemoteLogs:
    """The server's log (app.core.console.LogReader)."""

    def __init__(self, client: ControlClient) -> None:
        self._client = client
        self.pages: RemotePages[LogQuery, LogEntry] = RemotePages(self._fetch, FIRST_LINES, MOST_LINES, "log")

    def count_logs(self, query: LogQuery) -> int:
        return self.pages.count(query)

    def list_logs(self, query: LogQuery, offset: int = 0, limit: int = 500) -> list[LogEntry]:
        return self.pages.rows(query, offset, limit)

    async def _fetch(self, query: LogQuery, offset: int, limit: int) -> tuple[list[LogEntry], int | None]:
        answer = await self._client.logs(
            level=None if query.min_level is None else query.min_level.lower(),
            store=None if query.store_id is None else str(query.store_id),
            run=query.run_id,
            text=query.text,
            offset=offset,
            limit=limit,
        )
        return [log_entry_from_data(line) for line in reversed(answer["lines"])], None


class RemoteRecords:
    """app.core.console.ConsoleRecords of one server."""

    def __init__(self, client: ControlClient, stores: StoreLister) -> None:
        self._stores = stores
        self._runs = RemoteRuns(client)
        self._logs = RemoteLogs(client)

    @property
    def stores(self) -> StoreLister:
        return self._stores

    @property
    def runs(self) -> RemoteRuns:
        return self._runs

    @property
    def logs(self) -> RemoteLogs:
        return self._logs

    async def aclose(self) -> None:
        await self._runs.pages.aclose()
        await self._logs.pages.aclose()
