"""What the window's Overview, Stores, Upcoming, History, Log, Orders and Inventory panels read and do,
wherever the schedule runs: in this process (LocalConsole, on the services) or on a server (a remote
console on its control API, built by bootstrap). The panels are written once against `Console` and
`ConsoleRecords`; either console publishes the instance's events on its `bus`, which the window's
bridge turns into Qt signals."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from app.core.bus import EventBus
from app.core.errors import NotFound
from app.core.models import (
    InventoryItem,
    Job,
    LogEntry,
    OrderStatusChange,
    RunStatus,
    SkuHistoryEntry,
    Store,
    StoredOrder,
    SyncRun,
)
from app.core.operations.history import run_detail
from app.core.operations.jobs import change_job
from app.core.ports import LogQuery, OrderQuery, OverviewQueries, RunQuery
from app.core.schedule import ScheduleSpec
from app.core.services import AppServices
from app.core.staleness import stale_hours, stale_stores


@dataclass(slots=True)
class JobView:
    """One job with its store (None for a global job such as cleanup), as a panel row starts."""

    store: Store | None
    job: Job
    last_run: SyncRun | None
    next_run: datetime | None
    running: bool
    stale_reason: str | None = None  # why the store's data is old, when it is
    queued: bool = False  # a run waits for a free run slot (or, on a server, for a worker)


class StoreLister(Protocol):
    def list_stores(self) -> list[Store]: ...


class RunReader(Protocol):
    def count_runs(self, query: RunQuery) -> int: ...
    def list_runs(self, query: RunQuery, offset: int = 0, limit: int = 100) -> list[SyncRun]: ...


class LogReader(Protocol):
    def count_logs(self, query: LogQuery) -> int: ...
    def list_logs(self, query: LogQuery, offset: int = 0, limit: int = 500) -> list[LogEntry]: ...


class OrderReader(Protocol):
    def count_matching(self, query: OrderQuery) -> int: ...
    def list_orders(self, query: OrderQuery, offset: int = 0, limit: int = 200) -> list[StoredOrder]: ...
    def status_history(self, order_id: int) -> list[OrderStatusChange]: ...


class InventoryReader(Protocol):
    def count_items(self, text: str = "") -> int: ...
    def search_items(self, text: str = "", offset: int = 0, limit: int = 200) -> list[InventoryItem]: ...
    def sku_thresholds(self) -> dict[str, int]: ...
    def sku_history(self, sku: str, limit: int = 5000) -> list[SkuHistoryEntry]: ...


class SettingReader(Protocol):
    def get_setting(self, key: str, default: Any = None) -> Any: ...


class ConsoleRecords(Protocol):
    """What the Overview, History, Log, Orders and Inventory panels read: the services here, or a
    server's answers."""

    @property
    def stores(self) -> StoreLister: ...

    @property
    def runs(self) -> RunReader: ...

    @property
    def logs(self) -> LogReader: ...

    @property
    def orders(self) -> OrderReader: ...

    @property
    def inventory(self) -> InventoryReader: ...

    @property
    def settings(self) -> SettingReader:
        """The settings the panels read (the low-stock threshold)."""
        ...

    @property
    def overview(self) -> OverviewQueries: ...


class WholeRecords(Protocol):
    """What a run's details and the exports read: a run in full, and every run or log line a filter
    matches, a page at a time (the panels' own readers keep what is on screen)."""

    async def run_detail(self, run_id: int) -> dict[str, Any]:
        """The run as `storesync run show --json` gives it: its entry, its "log" lines oldest first and
        its "changes" per SKU."""
        ...

    async def runs_page(self, query: RunQuery, offset: int, limit: int) -> list[SyncRun]:
        """Newest first."""
        ...

    async def log_page(self, query: LogQuery, offset: int, limit: int) -> list[LogEntry]:
        """Newest first."""
        ...


class LocalWholeRecords:
    """WholeRecords of this computer's database."""

    DETAIL_LOG_LINES = 5000

    def __init__(self, services: AppServices) -> None:
        self._services = services

    async def run_detail(self, run_id: int) -> dict[str, Any]:
        return self.run_detail_now(run_id)

    def run_detail_now(self, run_id: int) -> dict[str, Any]:
        """The same, read at once: the window shows this computer's run without waiting a turn."""
        services = self._services
        return run_detail(services.runs, services.logs, services.inventory, run_id, self.DETAIL_LOG_LINES)

    async def runs_page(self, query: RunQuery, offset: int, limit: int) -> list[SyncRun]:
        return self._services.runs.list_runs(query, offset=offset, limit=limit)

    async def log_page(self, query: LogQuery, offset: int, limit: int) -> list[LogEntry]:
        return self._services.logs.list_logs(query, offset=offset, limit=limit)


class Console(Protocol):
    @property
    def bus(self) -> EventBus:
        """The watched instance's events (sync started, progress, finished, schedule changed...)."""
        ...

    @property
    def where(self) -> str:
        """Whose stores these are, for a title: empty for this computer, else the server's address."""
        ...

    @property
    def connected(self) -> bool:
        """Whether the instance answers (a server's console tries again while it does not)."""
        ...

    @property
    def connection_problem(self) -> str | None:
        """While not connected: why, in one line; None otherwise."""
        ...

    @property
    def workers(self) -> int | None:
        """A server's workers that run its queued runs now (0: they wait); None where the instance
        runs its syncs itself."""
        ...

    @property
    def retrying(self) -> bool:
        """While not connected: whether the console tries again by itself (not after a refused
        token, which only a new connection with the new token can mend)."""
        ...

    @property
    def paused_all(self) -> bool:
        """Everything on the instance is paused (Pause all)."""
        ...

    @property
    def records(self) -> ConsoleRecords:
        """The instance's stores, run history and log, as the History and Log panels read them."""
        ...

    @property
    def whole_records(self) -> WholeRecords:
        """A run in full and every matching run or log line, for run details and exports."""
        ...

    def follow_records(self, runs_arrived: Callable[[], None], logs_arrived: Callable[[], None]) -> None:
        """Call back when runs or log lines that a read could not give yet have arrived (a server
        answers after the read returned what it had); reads here are answered at once."""
        ...

    def follow_stock(self, orders_arrived: Callable[[], None], stock_arrived: Callable[[], None]) -> None:
        """Call back when orders or stock (items, thresholds) that a read could not give yet have
        arrived, or the server refused them; an order's status history or a SKU's history arrives
        through `follow_details`."""
        ...

    def follow_overview(self, figures_arrived: Callable[[], None]) -> None:
        """Call back when the Overview's figures that a read could not give yet have arrived, or the
        server refused them."""
        ...

    def follow_details(
        self, order_history_arrived: Callable[[], None], sku_history_arrived: Callable[[], None]
    ) -> None:
        """Call back when an order's status history or a SKU's history has arrived, so an open detail
        shows it without the panel's table being read again."""
        ...

    def job_views(self) -> list[JobView]:
        """Every job of every store, and the global jobs."""
        ...

    def next_run_time(self, job_id: int) -> datetime | None: ...

    def is_running(self, job_id: int) -> bool: ...

    def is_queued(self, job_id: int) -> bool:
        """A run of the job waits to start (JobView.queued)."""
        ...

    async def sync_now(self, job_ids: Sequence[int]) -> int:
        """Start these jobs now; how many started."""
        ...

    async def pause(self, job_ids: Sequence[int]) -> None: ...

    async def resume(self, job_ids: Sequence[int]) -> None: ...

    async def set_schedule(self, job_id: int, schedule: ScheduleSpec) -> None:
        """Give the job this schedule; the scheduler takes it at once."""
        ...

    async def aclose(self) -> None:
        """Stop following the instance (a server's console closes its connection)."""
        ...


class LocalConsole:
    """The Console of the instance running in this process."""

    def __init__(self, services: AppServices) -> None:
        self._services = services

    @property
    def bus(self) -> EventBus:
        return self._services.bus

    @property
    def where(self) -> str:
        return ""

    @property
    def connected(self) -> bool:
        return True

    @property
    def connection_problem(self) -> str | None:
        return None

    @property
    def workers(self) -> int | None:
        return None

    @property
    def retrying(self) -> bool:
        return False

    @property
    def paused_all(self) -> bool:
        return self._services.scheduler.paused_all

    @property
    def records(self) -> ConsoleRecords:
        return self._services

    @property
    def whole_records(self) -> WholeRecords:
        return LocalWholeRecords(self._services)

    def follow_records(self, runs_arrived: Callable[[], None], logs_arrived: Callable[[], None]) -> None:
        """Nothing arrives later: the services answer every read at once."""

    def follow_stock(self, orders_arrived: Callable[[], None], stock_arrived: Callable[[], None]) -> None:
        """Nothing arrives later: the services answer every read at once."""

    def follow_details(
        self, order_history_arrived: Callable[[], None], sku_history_arrived: Callable[[], None]
    ) -> None:
        """Nothing arrives later: the services answer every read at once."""

    def follow_overview(self, figures_arrived: Callable[[], None]) -> None:
        """Nothing arrives later: the services answer every read at once."""

    def job_views(self) -> list[JobView]:
        services = self._services
        stores = {store.id: store for store in services.stores.list_stores()}
        hours = stale_hours(services.settings)
        stale = stale_stores(services.stores, services.runs, datetime.now(UTC), hours)
        queued = services.scheduler.queued_jobs()
        views: list[JobView] = []
        for job in services.stores.list_jobs():
            if job.id is None or (job.store_id is not None and job.store_id not in stores):
                continue
            last_run = services.runs.last_run(job.id)
            views.append(
                JobView(
                    store=stores.get(job.store_id) if job.store_id is not None else None,
                    job=job,
                    last_run=last_run,
                    next_run=services.scheduler.next_run_time(job.id),
                    running=_running(services, job.id, last_run, queued),
                    stale_reason=None if job.store_id is None else stale.get(job.store_id),
                    queued=job.id in queued,
                )
            )
        return views

    def next_run_time(self, job_id: int) -> datetime | None:
        return self._services.scheduler.next_run_time(job_id)

    def is_running(self, job_id: int) -> bool:
        services = self._services
        return _running(services, job_id, services.runs.last_run(job_id), services.scheduler.queued_jobs())

    def is_queued(self, job_id: int) -> bool:
        return job_id in self._services.scheduler.queued_jobs()

    async def sync_now(self, job_ids: Sequence[int]) -> int:
        return sum(1 for job_id in job_ids if self._services.scheduler.run_now(job_id))

    async def pause(self, job_ids: Sequence[int]) -> None:
        for job_id in job_ids:
            await self._services.scheduler.pause_job(job_id)

    async def resume(self, job_ids: Sequence[int]) -> None:
        for job_id in job_ids:
            await self._services.scheduler.resume_job(job_id)

    async def set_schedule(self, job_id: int, schedule: ScheduleSpec) -> None:
        job = self._services.stores.get_job(job_id)
        if job is None:
            raise NotFound(f"no job with id {job_id}")
        await change_job(self._services, job, {"schedule": schedule.to_dict()})

    async def aclose(self) -> None:
        """Nothing to close: the services belong to the app."""


def _running(services: AppServices, job_id: int, last_run: SyncRun | None, queued: frozenset[int]) -> bool:
    """Running as the window shows it: the scheduler holds a run of the job whose end is not yet
    recorded. The scheduler lets a run go a moment after announcing its end; a listing read in that
    moment showed the job running until its next run. A skipped run (its slot came while it ran)
    ends nothing. A run waiting for a slot (in `queued`, the scheduler's queued_jobs) is held too, and
    not running yet."""
    ended = last_run is not None and last_run.status not in (RunStatus.RUNNING, RunStatus.SKIPPED)
    return job_id not in queued and services.scheduler.is_running(job_id) and not ended
