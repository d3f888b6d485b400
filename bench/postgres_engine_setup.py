"""The engine as `storesync worker` runs it (app.worker.service.server_engine) on a fresh PostgreSQL
database: the server's storage, its log lines kept in the database, each store's secrets read from a
credentials directory at every run. No queue: the benchmark starts each run itself, as the queue's
task would."""

from __future__ import annotations

import asyncio
from collections.abc import Collection
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

from app.core.bus import EventBus
from app.core.models import Job, JobKind, Platform, SyncRun, Trigger
from app.core.redaction import REDACTOR
from app.storage.credentials_directory import DirectoryCredentialStore
from app.storage.postgres_logs import lines_in_database
from app.storage.postgres_storage import PostgresStorage, open_postgres_storage
from app.worker.service import server_engine
from bench.engine_setup import store_with_jobs
from bench.fresh_database import migrate_for_server


class PostgresBenchApp:
    def __init__(self, storage: PostgresStorage, credentials_dir: Path, exits: AsyncExitStack) -> None:
        self.storage = storage
        self.engine = server_engine(storage, EventBus(), credentials_dir)
        self._secrets = DirectoryCredentialStore(credentials_dir, storage.stores, REDACTOR)
        self._exits = exits

    async def add_store(
        self,
        name: str,
        platform: Platform,
        settings: dict[str, Any],
        secrets: dict[str, str],
        kinds: Collection[JobKind] = (JobKind.INVENTORY_PULL,),
    ) -> list[Job]:
        store_id, jobs = await store_with_jobs(self.storage.stores, name, platform, settings, kinds)
        for field, value in secrets.items():
            self._secrets.set_secret(store_id, field, value)
        return jobs

    async def run(self, job: Job, trigger: Trigger = Trigger.CLI) -> SyncRun:
        return await self.engine.run(job, trigger)

    async def settle(self) -> None:
        """The writer idle: the last run's writes and log lines stored."""
        await self.storage.database.write(lambda connection: None)

    async def close(self) -> None:
        try:
            await self._exits.aclose()
        finally:
            await asyncio.to_thread(self.storage.close)


async def open_postgres_bench_app(url: str, credentials_dir: Path) -> PostgresBenchApp:
    """The engine on the empty database at `url`, migrated as `storesync migrate` does."""
    await asyncio.to_thread(credentials_dir.mkdir, mode=0o700, parents=True, exist_ok=True)
    await asyncio.to_thread(migrate_for_server, url)
    storage = await asyncio.to_thread(open_postgres_storage, url)
    exits = AsyncExitStack()
    try:
        await exits.enter_async_context(lines_in_database(storage.logs, REDACTOR))
    except BaseException:
        await asyncio.to_thread(storage.close)
        raise
    return PostgresBenchApp(storage, credentials_dir, exits)
