"""RunConsequences: what a worker's run means beyond its own end, told on the API server's bus as a
desktop's engine tells it on its own: a store that needs the merchant (a refused token, a missing
setting) and is fine again, and the SKUs a low-stock check found. A worker publishes these on its own
bus, which nobody follows; the API server reads the runs the workers record (app.worker.run_events)
and derives them here, so that one process per server sends the alerts and pauses failing jobs."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from app.core.bus import EventBus
from app.core.events import AttentionCleared, LowStock, NeedsAttention, SyncFailed, SyncFinished
from app.core.models import JobKind, RunStatus
from app.core.ports import InventoryRepository, SettingsRepository, StoreRepository
from app.sync.jobs.low_stock_check import low_stock
from app.sync.outcome import ATTENTION_KINDS

log = logging.getLogger("app.worker")


class RunConsequences:
    def __init__(
        self,
        stores: StoreRepository,
        inventory: InventoryRepository,
        settings: SettingsRepository,
        bus: EventBus,
    ) -> None:
        self._stores = stores
        self._inventory = inventory
        self._settings = settings
        self._bus = bus
        self._attention: set[int] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._unsubscribe: list[Callable[[], None]] = []

    def attach(self) -> None:
        self._unsubscribe = [
            self._bus.subscribe(SyncFailed, self._on_failed),
            self._bus.subscribe(SyncFinished, self._on_finished),
        ]

    async def aclose(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    def _on_failed(self, event: SyncFailed) -> None:
        if event.store_id is not None and event.error_kind in ATTENTION_KINDS:
            self._attention.add(event.store_id)
            self._bus.publish(NeedsAttention(event.store_id, event.message))

    def _on_finished(self, event: SyncFinished) -> None:
        run = event.run
        if run.status not in (RunStatus.SUCCEEDED, RunStatus.PARTIAL):
            return
        if event.store_id in self._attention:
            self._attention.discard(event.store_id)
            self._bus.publish(AttentionCleared(event.store_id))
        if run.kind is JobKind.LOW_STOCK_CHECK:
            task = asyncio.get_running_loop().create_task(self._tell_low_stock(run.job_id))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _tell_low_stock(self, job_id: int) -> None:
        try:
            found = await asyncio.to_thread(self._low_stock_of, job_id)
        except Exception as error:  # the database is away: the next check tells it
            log.warning("Could not read what the low-stock check of job %s found: %s", job_id, error)
            return
        if found is not None:
            self._bus.publish(found)

    def _low_stock_of(self, job_id: int) -> LowStock | None:
        job = self._stores.get_job(job_id)
        if job is None:
            return None
        return low_stock(job, self._inventory, self._settings).event
