"""The app's own services (app.bootstrap.start_services) on a fresh data directory, without the
scheduler or the demo simulators: the same storage, logging, HTTP policy and engine as the window.

The benchmark stores' secrets are held in memory (the demo-secrets path of DemoAwareCredentials):
the benchmark measures syncing, not the keychain."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from app.bootstrap import Runtime, StartOptions, start_services, stop_services
from app.core.models import Job, JobKind, Platform, Store, SyncRun, Trigger
from app.core.ports import StoreRepository
from app.core.schedule import ScheduleSpec


class BenchEngine(Protocol):
    """What a benchmark asks of the app it measures: the desktop's (BenchApp) or a server worker's
    (bench.postgres_engine_setup.PostgresBenchApp)."""

    async def add_store(
        self,
        name: str,
        platform: Platform,
        settings: dict[str, Any],
        secrets: dict[str, str],
        kinds: Collection[JobKind] = ...,
    ) -> list[Job]: ...

    async def run(self, job: Job, trigger: Trigger = ...) -> SyncRun: ...

    async def settle(self) -> None: ...

    async def close(self) -> None: ...


async def store_with_jobs(
    stores: StoreRepository,
    name: str,
    platform: Platform,
    settings: dict[str, Any],
    kinds: Collection[JobKind],
) -> tuple[int, list[Job]]:
    """A store and a daily job of each kind (the benchmark starts every run itself): its id and jobs."""
    store = await stores.save_store(Store(name, platform, settings))
    assert store.id is not None
    jobs = [
        await stores.save_job(Job(kind, ScheduleSpec.every(hours=24), store_id=store.id)) for kind in kinds
    ]
    return store.id, jobs


@dataclass(slots=True)
class BenchApp:
    runtime: Runtime

    async def add_store(
        self,
        name: str,
        platform: Platform,
        settings: dict[str, Any],
        secrets: dict[str, str],
        kinds: Collection[JobKind] = (JobKind.INVENTORY_PULL,),
    ) -> list[Job]:
        store_id, jobs = await store_with_jobs(self.runtime.storage.stores, name, platform, settings, kinds)
        self.runtime.credentials.demo_secrets[store_id] = dict(secrets)
        return jobs

    async def run(self, job: Job, trigger: Trigger = Trigger.CLI) -> SyncRun:
        return await self.runtime.engine.run(job, trigger)

    async def settle(self) -> None:
        """The writer idle: the last run's log checkpoint done."""
        await self.runtime.storage.database.write(lambda: None)

    async def close(self) -> None:
        await stop_services(self.runtime)


async def open_bench_app(data_dir: Path) -> BenchApp:
    options = StartOptions(data_dir=str(data_dir), owner=True, scheduler=False, simulators=False)
    return BenchApp(await start_services(options))
