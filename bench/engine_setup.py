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
        stores = self.runtime.storage.stores
        store = await stores.save_store(Store(name, platform, settings))
        assert store.id is not None
        self.runtime.credentials.demo_secrets[store.id] = dict(secrets)
        return [
            await stores.save_job(Job(kind, ScheduleSpec.every(hours=24), store_id=store.id))
            for kind in kinds
        ]

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
