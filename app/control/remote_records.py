"""A server's run history, log, orders, stock and Overview figures as the window's panels read them
(app.core.console's ConsoleRecords), from its control API (RemotePages: a read answers at once with
what is here and fetches the rest). Runs go stale when a run starts or ends, log lines when a line is
recorded, orders, stock and figures when a run ends: until the fresh answer is in, the stale one is
still shown, so nothing flickers empty."""

from __future__ import annotations

from typing import Any

from app.control.client import ControlClient
from app.control.remote_overview import RemoteOverview
from app.control.remote_pages import RemotePages
from app.control.remote_stock import RemoteInventory, RemoteOrders, RemoteSettings
from app.core.console import StoreLister
from app.core.models import LogEntry, SyncRun
from app.core.operations.history import run_from_entry
from app.core.operations.logs import MOST_LINES, log_entry_from_data
from app.core.operations.paging import LARGEST_PAGE
from app.core.ports import LogQuery, RunQuery

__all__ = ["RemoteLogs", "RemotePages", "RemoteRecords", "RemoteRuns", "RemoteWholeRecords"]

FIRST_RUNS = 200  # what the History panel reads first
FIRST_LINES = 500  # what the Log panel reads first


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
        return await fetch_runs(self._client, query, offset, limit)


async def fetch_runs(
    client: ControlClient, query: RunQuery, offset: int, limit: int
) -> tuple[list[SyncRun], int]:
    """A page of the server's runs, newest first, and how many match."""
    answer = await client.history(
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
        return await fetch_log_lines(self._client, query, offset, limit), None


async def fetch_log_lines(client: ControlClient, query: LogQuery, offset: int, limit: int) -> list[LogEntry]:
    """A page of the server's log lines, newest first."""
    answer = await client.logs(
        level=None if query.min_level is None else query.min_level.lower(),
        store=None if query.store_id is None else str(query.store_id),
        run=query.run_id,
        text=query.text,
        offset=offset,
        limit=limit,
    )
    return [log_entry_from_data(line) for line in reversed(answer["lines"])]


class RemoteWholeRecords:
    """The server's runs in full and every matching run or log line (app.core.console.WholeRecords),
    for run details and exports; pages no larger than the server answers."""

    def __init__(self, client: ControlClient) -> None:
        self._client = client

    async def run_detail(self, run_id: int) -> dict[str, Any]:
        return await self._client.run(run_id)

    async def runs_page(self, query: RunQuery, offset: int, limit: int) -> list[SyncRun]:
        runs, _ = await fetch_runs(self._client, query, offset, min(limit, LARGEST_PAGE))
        return runs

    async def log_page(self, query: LogQuery, offset: int, limit: int) -> list[LogEntry]:
        return await fetch_log_lines(self._client, query, offset, min(limit, MOST_LINES))


class RemoteRecords:
    """app.core.console.ConsoleRecords of one server."""

    def __init__(self, client: ControlClient, stores: StoreLister) -> None:
        self._stores = stores
        self._runs = RemoteRuns(client)
        self._logs = RemoteLogs(client)
        self._orders = RemoteOrders(client)
        self._inventory = RemoteInventory(client)
        self._settings = RemoteSettings(self._inventory)
        self._overview = RemoteOverview(client)

    @property
    def stores(self) -> StoreLister:
        return self._stores

    @property
    def runs(self) -> RemoteRuns:
        return self._runs

    @property
    def logs(self) -> RemoteLogs:
        return self._logs

    @property
    def orders(self) -> RemoteOrders:
        return self._orders

    @property
    def inventory(self) -> RemoteInventory:
        return self._inventory

    @property
    def settings(self) -> RemoteSettings:
        return self._settings

    @property
    def overview(self) -> RemoteOverview:
        return self._overview

    def invalidate(self) -> None:
        """Everything read may be out of date (the status was read again: stores may have changed)."""
        for pages in (self._runs.pages, self._logs.pages):
            pages.invalidate()
        self._orders.invalidate()
        self._inventory.invalidate()
        self._overview.invalidate()

    async def aclose(self) -> None:
        await self._runs.pages.aclose()
        await self._logs.pages.aclose()
        await self._orders.aclose()
        await self._inventory.aclose()
        await self._overview.aclose()
