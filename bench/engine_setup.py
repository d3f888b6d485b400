"""The real engine and storage, wired as app/bootstrap.py wires them, on a fresh data directory.

Credentials are kept in memory: the benchmark measures syncing, not the keychain."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from app.connectors.registry import ConnectorRegistry
from app.core.bus import EventBus
from app.core.models import Job, JobKind, Platform, Store, SyncRun, Trigger
from app.core.ports import ConnectorFactory
from app.core.schedule import ScheduleSpec
from app.storage import Storage, open_storage
from app.sync.engine import SyncEngine


class MemoryCredentials:
    def __init__(self) -> None:
        self._secrets: dict[tuple[int, str], str] = {}

    def backend_name(self) -> str:
        return "memory (benchmark)"

    def set_secret(self, store_id: int, field: str, value: str) -> None:
        self._secrets[(store_id, field)] = value

    def get_secret(self, store_id: int, field: str) -> str | None:
        return self._secrets.get((store_id, field))

    def delete_secrets(self, store_id: int, fields: Collection[str]) -> None:
        for field in fields:
            self._secrets.pop((store_id, field), None)


@dataclass(slots=True)
class BenchApp:
    storage: Storage
    engine: SyncEngine
    bus: EventBus
    credentials: MemoryCredentials

    async def add_store(
        self,
        name: str,
        platform: Platform,
        settings: dict[str, Any],
        secrets: dict[str, str],
        kinds: Collection[JobKind] = (JobKind.INVENTORY_PULL,),
    ) -> list[Job]:
        store = await self.storage.stores.save_store(Store(name, platform, settings))
        assert store.id is not None
        for field, value in secrets.items():
            self.credentials.set_secret(store.id, field, value)
        return [
            await self.storage.stores.save_job(Job(kind, ScheduleSpec.every(hours=24), store_id=store.id))
            for kind in kinds
        ]

    async def run(self, job: Job, trigger: Trigger = Trigger.CLI) -> SyncRun:
        return await self.engine.run(job, trigger)

    def close(self) -> None:
        self.storage.close()


def open_bench_app(data_dir: Path) -> BenchApp:
    bus = EventBus()
    loop = asyncio.get_running_loop()

    def dispatch(callback: Callable[[], None]) -> None:
        loop.call_soon_threadsafe(callback)

    bus.dispatcher = dispatch
    storage = open_storage(data_dir)
    credentials = MemoryCredentials()
    engine = SyncEngine(
        bus=bus,
        stores=storage.stores,
        runs=storage.runs,
        inventory=storage.inventory,
        orders=storage.orders,
        cursors=storage.cursors,
        credentials=credentials,
        connectors=cast(ConnectorFactory, ConnectorRegistry()),
        settings=storage.settings,
        retention=storage.retention,
    )
    return BenchApp(storage, engine, bus, credentials)
