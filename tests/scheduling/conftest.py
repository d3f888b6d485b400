"""Scheduler tests run on a real SQLite file (app.storage) with a small runner in place of the sync
engine (another team's component) that records what the scheduler asked of it, as the engine does."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Collection
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.core.bus import EventBus
from app.core.events import Event
from app.core.models import Job, JobKind, Platform, RunStatus, Store, SyncRun, Trigger
from app.core.ports import RunRepository
from app.core.schedule import ScheduleSpec
from app.scheduling import SyncScheduler
from app.storage import Storage, open_storage


class RecordingRunner:
    """Records each run in the history like the engine; `hold()` keeps new runs going until
    `release()` or a drain; `ignore_drain` makes a run that never reaches a safe point."""

    def __init__(self, runs: RunRepository) -> None:
        self.runs = runs
        self.calls: list[tuple[int, Trigger, float | None]] = []
        self.results: list[SyncRun] = []
        self.running: set[int] = set()
        self.drained_with: float | None = None
        self.ignore_drain = False
        self._gate = asyncio.Event()
        self._gate.set()

    def hold(self) -> None:
        self._gate.clear()

    def release(self) -> None:
        self._gate.set()

    async def run(self, job: Job, trigger: Trigger, *, late_by_seconds: float | None = None) -> SyncRun:
        assert job.id is not None
        self.calls.append((job.id, trigger, late_by_seconds))
        skipped = job.id in self.running
        run = await self.runs.start_run(
            SyncRun(
                job.id,
                trigger,
                datetime.now(UTC),
                status=RunStatus.SKIPPED if skipped else RunStatus.RUNNING,
                late_by_seconds=late_by_seconds,
            )
        )
        if not skipped:
            self.running.add(job.id)
            try:
                await self._gate.wait()
                if self.ignore_drain:
                    await asyncio.Event().wait()
                run.status = RunStatus.SUCCEEDED
            finally:
                self.running.discard(job.id)
        run.finished_at = datetime.now(UTC)
        await self.runs.finish_run(run)
        self.results.append(run)
        return run

    def is_running(self, job_id: int) -> bool:
        return job_id in self.running

    def running_job_ids(self) -> frozenset[int]:
        return frozenset(self.running)

    def queued_job_ids(self) -> frozenset[int]:
        return frozenset()

    def prepare(self, platforms: Collection[Platform]) -> None:
        self.prepared = set(platforms)

    async def drain(self, timeout: float) -> None:  # noqa: ASYNC109 - the engine's contract
        self.drained_with = timeout
        self._gate.set()


class Recorder:
    def __init__(self, bus: EventBus) -> None:
        self.events: list[Event] = []
        bus.subscribe(Event, self.events.append)

    def of(self, kind: type[Event]) -> list[Any]:
        return [event for event in self.events if isinstance(event, kind)]


class Rig:
    """A database, a bus, the recording runner and a clock the test moves (`now`, `mono`)."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self.bus = EventBus()
        self.events = Recorder(self.bus)
        self.runner = RecordingRunner(storage.runs)
        self.now = datetime.now(UTC)
        self.mono = 1000.0
        self.scheduler: SyncScheduler | None = None

    async def add_store(self, name: str, enabled: bool = True) -> Store:
        return await self.storage.stores.save_store(Store(name, Platform.GENERIC_JSON, enabled=enabled))

    async def add_job(self, spec: ScheduleSpec, store: Store | None = None, **fields: Any) -> int:
        job = Job(JobKind.INVENTORY_PULL, spec, store_id=store.id if store else None, **fields)
        saved = await self.storage.stores.save_job(job)
        assert saved.id is not None
        return saved.id

    async def change_job(self, job_id: int, **changes: Any) -> None:
        job = self.storage.stores.get_job(job_id)
        assert job is not None
        await self.storage.stores.save_job(replace(job, **changes))

    async def add_run(self, job_id: int, trigger: Trigger, started_at: datetime) -> None:
        run = await self.storage.runs.start_run(SyncRun(job_id, trigger, started_at))
        run.status, run.finished_at = RunStatus.SUCCEEDED, started_at
        await self.storage.runs.finish_run(run)

    def job(self, job_id: int) -> Job:
        job = self.storage.stores.get_job(job_id)
        assert job is not None
        return job

    def build(self, **options: Any) -> SyncScheduler:
        self.scheduler = SyncScheduler(
            self.runner,
            self.storage.stores,
            self.storage.runs,
            self.storage.settings,
            self.bus,
            clock=lambda: self.now,
            monotonic=lambda: self.mono,
            **options,
        )
        return self.scheduler

    async def start(self, **options: Any) -> SyncScheduler:
        scheduler = self.build(**options)
        await scheduler.start()
        return scheduler


async def wait_for(condition: Callable[[], bool], within: float = 2.5) -> None:
    """Poll `condition` on the loop until it holds; fail after `within` seconds."""
    deadline = asyncio.get_running_loop().time() + within
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.01)


@pytest.fixture
async def rig(tmp_path: Path) -> AsyncIterator[Rig]:
    storage = open_storage(tmp_path / "data")
    made = Rig(storage)
    yield made
    if made.scheduler is not None:
        made.runner.release()
        await made.scheduler.shutdown(timeout=1.0)
    storage.close()
