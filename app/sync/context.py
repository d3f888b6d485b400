"""What a job kind gets for one run: the job, its store, the repositories, a connector, and the
hooks that report progress and honour a stop request at each transaction boundary."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from app.core.bus import EventBus
from app.core.errors import ConfigError, RateLimited, SyncInterrupted, TransientError
from app.core.events import RateLimitedUntil, SyncProgress
from app.core.models import ItemFailure, Job, RunCounts, Store, SyncRun
from app.core.ports import (
    Connector,
    CursorRepository,
    OrderRepository,
    Page,
    Retention,
    RunInventory,
    RunRepository,
    SettingsRepository,
    StoreRepository,
)
from app.core.request_meter import RequestMeter
from app.core.settings import default
from app.sync.retry import RetryPolicy, resilient_pages

T = TypeVar("T")

MAX_FAILURES_KEPT = 50


@dataclass(slots=True)
class Repositories:
    """The storage ports the job kinds use."""

    stores: StoreRepository
    inventory: RunInventory
    orders: OrderRepository
    cursors: CursorRepository
    settings: SettingsRepository
    retention: Retention
    runs: RunRepository


class StopSignal:
    """Set by SyncEngine.drain: running jobs stop at their next transaction boundary."""

    def __init__(self) -> None:
        self.requested = False


@dataclass(slots=True)
class RunContext:
    job: Job
    store: Store | None
    run: SyncRun
    repos: Repositories
    bus: EventBus
    retry: RetryPolicy
    stop: StopSignal
    log: logging.LoggerAdapter[logging.Logger]
    open_connector: Callable[[], Connector]
    # Another store's connector, for a job that writes to a store other than its own (write-back).
    open_connector_for: Callable[[Store], Connector] | None = None
    counts: RunCounts = field(default_factory=RunCounts)
    failures: list[ItemFailure] = field(default_factory=list)
    pages: int = 0
    meter: RequestMeter = field(default_factory=RequestMeter)
    _connector: Connector | None = None

    @property
    def run_id(self) -> int:
        assert self.run.id is not None, "a run is recorded before its job starts"
        return self.run.id

    @property
    def store_id(self) -> int:
        """The job's store; only store jobs ask for it."""
        assert self.store is not None and self.store.id is not None, "this job kind needs a store"
        return self.store.id

    @property
    def title(self) -> str:
        """The run in words for log lines: "inventory_pull of Demo Shop"."""
        return f"{self.job.kind} of {self.store.name if self.store else 'all stores'}"

    @property
    def connector(self) -> Connector:
        if self._connector is None:
            connector = self.open_connector()
            if self.job.kind not in connector.supported_jobs:
                self._connector = connector
                raise ConfigError(
                    f"{self.store.name if self.store else 'This store'} ({connector.platform}) "
                    f"cannot run {self.job.kind.replace('_', ' ')} jobs; remove or change the job."
                )
            self._connector = connector
        return self._connector

    async def close(self) -> None:
        if self._connector is not None:
            connector, self._connector = self._connector, None
            await connector.aclose()

    def option(self, key: str, setting: str) -> Any:
        """A job option, falling back to the user setting of the same meaning."""
        if key in self.job.options:
            return self.job.options[key]
        return self.repos.settings.get_setting(setting, default(setting))

    def pages_of(
        self, open_stream: Callable[[], AsyncIterator[Page[T]]], *, resumes: bool = False
    ) -> AsyncIterator[Page[T]]:
        """The stream's pages, reopened after transient failures (see resilient_pages)."""
        return resilient_pages(open_stream, self.retry, self._log_retry, resumes=resumes)

    async def committed(self, write: Awaitable[T], count: Callable[[T], None]) -> T:
        """Await a storage write and `count` what it committed. Stopping the run (cancel, run time
        limit) while the write is under way does not stop storage's thread from committing it, so the
        run waits for that commit and counts it before it stops: counts equal what was stored."""

        async def write_and_count() -> T:
            result = await write
            count(result)
            return result

        task = asyncio.ensure_future(write_and_count())
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            await asyncio.wait([task])
            raise

    def record_failures(self, failures: Any) -> None:
        for failure in failures:
            self.counts.failed += 1
            if len(self.failures) < MAX_FAILURES_KEPT:
                self.failures.append(failure)

    def page_done(self) -> None:
        """A page is stored: report progress, then stop here if shutdown asked for it."""
        self.pages += 1
        self.bus.publish(
            SyncProgress(
                run_id=self.run_id,
                job_id=self.run.job_id,
                store_id=self.store.id if self.store else None,
                pages=self.pages,
                records=self.counts.fetched,
            )
        )
        self.checkpoint()

    def checkpoint(self) -> None:
        if self.stop.requested:
            raise SyncInterrupted("Stopped at a safe point because StoreSync is shutting down.")

    def _log_retry(self, failure: int, error: TransientError, wait: float) -> None:
        if isinstance(error, RateLimited):
            self.bus.publish(
                RateLimitedUntil(
                    store_id=self.store.id if self.store else None, until=error.until, message=str(error)
                )
            )
        self.log.warning(
            "Fetching failed (%s); retrying in %.1f s (attempt %d of %d)",
            error,
            wait,
            failure + 1,
            self.retry.attempts,
        )


def run_logger(store: Store | None, run: SyncRun) -> logging.LoggerAdapter[logging.Logger]:
    """Log lines of one run carry its store and run id, so the log viewer can filter on them."""
    extra = {"store_id": store.id if store else None, "run_id": run.id}
    return logging.LoggerAdapter(logging.getLogger("app.sync.run"), extra)
