"""What the window's Stores panel reads and does, wherever the schedule runs: in this process
(LocalConsole, on the services) or on a server (a remote console on its control API, built by
bootstrap). The panel is written once against `Console`; either one publishes the instance's events
on its `bus`, which the window's bridge turns into Qt signals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from app.core.bus import EventBus
from app.core.models import Job, Store, SyncRun
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


class Console(Protocol):
    @property
    def bus(self) -> EventBus:
        """The watched instance's events (sync started, progress, finished, schedule changed...)."""
        ...

    @property
    def where(self) -> str:
        """Whose stores these are, for a title: empty for this computer, else the server's address."""
        ...

    def job_views(self) -> list[JobView]:
        """Every job of every store, and the global jobs."""
        ...

    def next_run_time(self, job_id: int) -> datetime | None: ...

    def is_running(self, job_id: int) -> bool: ...

    async def sync_now(self, job_ids: Sequence[int]) -> int:
        """Start these jobs now; how many started."""
        ...

    async def pause(self, job_ids: Sequence[int]) -> None: ...

    async def resume(self, job_ids: Sequence[int]) -> None: ...

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

    def job_views(self) -> list[JobView]:
        services = self._services
        stores = {store.id: store for store in services.stores.list_stores()}
        hours = stale_hours(services.settings)
        stale = stale_stores(services.stores, services.runs, datetime.now(UTC), hours)
        views: list[JobView] = []
        for job in services.stores.list_jobs():
            if job.id is None or (job.store_id is not None and job.store_id not in stores):
                continue
            views.append(
                JobView(
                    store=stores.get(job.store_id) if job.store_id is not None else None,
                    job=job,
                    last_run=services.runs.last_run(job.id),
                    next_run=services.scheduler.next_run_time(job.id),
                    running=services.scheduler.is_running(job.id),
                    stale_reason=None if job.store_id is None else stale.get(job.store_id),
                )
            )
        return views

    def next_run_time(self, job_id: int) -> datetime | None:
        return self._services.scheduler.next_run_time(job_id)

    def is_running(self, job_id: int) -> bool:
        return self._services.scheduler.is_running(job_id)

    async def sync_now(self, job_ids: Sequence[int]) -> int:
        return sum(1 for job_id in job_ids if self._services.scheduler.run_now(job_id))

    async def pause(self, job_ids: Sequence[int]) -> None:
        for job_id in job_ids:
            await self._services.scheduler.pause_job(job_id)

    async def resume(self, job_ids: Sequence[int]) -> None:
        for job_id in job_ids:
            await self._services.scheduler.resume_job(job_id)

    async def aclose(self) -> None:
        """Nothing to close: the services belong to the app."""
