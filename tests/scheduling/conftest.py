"""Small real parts for scheduler tests: a runner that records what the scheduler asked of the engine
(the engine is another team's component) and in-memory stores, runs and settings."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from app.core.bus import EventBus
from app.core.events import Event
from app.core.models import Job, JobKind, Platform, RunStatus, Store, SyncRun, Trigger
from app.core.ports import RunQuery
from app.core.schedule import ScheduleSpec
from app.scheduling import SyncScheduler


class MemoryStores:
    def __init__(self) -> None:
        self.stores: dict[int, Store] = {}
        self.jobs: dict[int, Job] = {}

    def add_store(self, name: str, enabled: bool = True) -> Store:
        store = Store(name, Platform.GENERIC_JSON, enabled=enabled, id=len(self.stores) + 1)
        self.stores[store.id or 0] = store
        return store

    def add_job(self, spec: ScheduleSpec, store: Store | None = None, **fields: Any) -> Job:
        job = Job(
            JobKind.INVENTORY_PULL,
            spec,
            store_id=store.id if store else None,
            id=len(self.jobs) + 1,
            **fields,
        )
        self.jobs[job.id or 0] = job
        return job

    def list_stores(self) -> list[Store]:
        return list(self.stores.values())

    def get_store(self, store_id: int) -> Store | None:
        return self.stores.get(store_id)

    def find_store(self, name: str) -> Store | None:
        return next((store for store in self.stores.values() if store.name == name), None)

    async def save_store(self, store: Store) -> Store:
        self.stores[store.id or 0] = store
        return store

    async def delete_store(self, store_id: int) -> None:
        self.stores.pop(store_id, None)

    def list_jobs(self, store_id: int | None = None) -> list[Job]:
        return [replace(job) for job in self.jobs.values() if store_id in (None, job.store_id)]

    def get_job(self, job_id: int) -> Job | None:
        job = self.jobs.get(job_id)
        return replace(job) if job else None

    async def save_job(self, job: Job) -> Job:
        self.jobs[job.id or 0] = replace(job)
        return job

    async def delete_job(self, job_id: int) -> None:
        self.jobs.pop(job_id, None)


class MemoryRuns:
    def __init__(self) -> None:
        self.runs: list[SyncRun] = []

    def add(self, job_id: int, trigger: Trigger, started_at: datetime) -> None:
        self.runs.append(SyncRun(job_id, trigger, started_at, RunStatus.SUCCEEDED, id=len(self.runs) + 1))

    async def start_run(self, run: SyncRun) -> SyncRun:
        self.runs.append(run)
        return run

    async def finish_run(self, run: SyncRun) -> None:
        return None

    async def mark_running_interrupted(self) -> int:
        return 0

    def last_run(self, job_id: int) -> SyncRun | None:
        mine = [run for run in self.runs if run.job_id == job_id]
        return max(mine, key=lambda run: run.started_at) if mine else None

    def last_scheduled_slot(self, job_id: int) -> datetime | None:
        times = [
            run.started_at
            for run in self.runs
            if run.job_id == job_id and run.trigger not in (Trigger.MANUAL, Trigger.CLI)
        ]
        return max(times, default=None)

    def count_runs(self, query: RunQuery) -> int:
        return len(self.runs)

    def list_runs(self, query: RunQuery, offset: int = 0, limit: int = 100) -> list[SyncRun]:
        return self.runs[offset : offset + limit]


class MemorySettings:
    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def get_setting(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    async def set_setting(self, key: str, value: Any) -> None:
        self.values[key] = value


class RecordingRunner:
    """Records each run into MemoryRuns like the engine does; `hold()` keeps new runs going until
    `release()` or a drain."""

    def __init__(self, runs: MemoryRuns) -> None:
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
        run = SyncRun(job.id, trigger, datetime.now(UTC), late_by_seconds=late_by_seconds)
        await self.runs.start_run(run)
        if job.id in self.running:
            run.status = RunStatus.SKIPPED
            run.error_message = "already running"
        else:
            self.running.add(job.id)
            try:
                await self._gate.wait()
                if self.ignore_drain:
                    await asyncio.Event().wait()
                run.status = RunStatus.SUCCEEDED
            finally:
                self.running.discard(job.id)
        self.results.append(run)
        return run

    def is_running(self, job_id: int) -> bool:
        return job_id in self.running

    def running_job_ids(self) -> frozenset[int]:
        return frozenset(self.running)

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
    def __init__(self) -> None:
        self.stores = MemoryStores()
        self.runs = MemoryRuns()
        self.settings = MemorySettings()
        self.bus = EventBus()
        self.events = Recorder(self.bus)
        self.runner = RecordingRunner(self.runs)
        self.now = datetime.now(UTC)
        self.mono = 1000.0
        self.scheduler: SyncScheduler | None = None

    def build(self, **options: Any) -> SyncScheduler:
        self.scheduler = SyncScheduler(
            self.runner,
            self.stores,
            self.runs,
            self.settings,
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
async def rig() -> AsyncIterator[Rig]:
    made = Rig()
    yield made
    if made.scheduler is not None:
        made.runner.release()
        await made.scheduler.shutdown(timeout=1.0)
