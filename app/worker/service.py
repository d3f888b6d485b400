"""One `storesync worker` process: the engine on the server's database, secrets from the credentials
directory, runs taken from the shared queue until asked to stop. Its log lines go to the database's log
table too (redacted), where the console's Log panel reads them.

A worker that loses the database does not end: the queue's workers stop, and after a pause the
process connects again and carries on (runs in progress keep waiting for their writes meanwhile,
app.storage.postgres_database). SIGTERM or Ctrl-C stop it cleanly: nothing new is taken, running runs
get `graceful_seconds` to finish, then are stopped and recorded interrupted."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import procrastinate

from app.connectors.http import HttpPolicy
from app.connectors.registry import ConnectorRegistry
from app.core.bus import EventBus
from app.core.errors import KeychainUnavailable
from app.core.models import Trigger
from app.core.ports import CredentialStore
from app.core.redaction import REDACTOR
from app.core.settings import DEFAULTS
from app.storage import postgres
from app.storage.credentials_directory import VARIABLE, DirectoryAlertSecrets, DirectoryCredentialStore
from app.storage.postgres_logs import lines_in_database
from app.storage.postgres_storage import PostgresStorage, open_postgres_storage
from app.sync.engine import SyncEngine
from app.worker.due_runs import DueRun, already_ran, due_runs
from app.worker.queue import RUNS_QUEUE, UPKEEP_QUEUE, QueueTiming, build_queue

log = logging.getLogger("app.worker")

# Pauses (seconds) before each new connection after the database was lost; the last one repeats.
RECONNECT_DELAYS = (1.0, 2.0, 5.0, 10.0)


@dataclass(frozen=True, slots=True)
class WorkerOptions:
    url: str
    credentials_dir: Path | None = None
    concurrency: int | None = None  # runs at once in this process; None: the max_concurrent_runs setting
    timing: QueueTiming = field(default_factory=QueueTiming)
    graceful_seconds: float = 30.0


NO_CREDENTIALS_DIRECTORY = (
    "This StoreSync server process (a worker, or serve) has no credentials directory, so the stores that "
    f"need a secret cannot sync: start it with --credentials-dir DIR, or set {VARIABLE} or systemd's "
    "LoadCredential=, naming the folder that holds the stores' secrets."
)


class NoCredentialsDirectory:
    """The secrets of a worker started without a credentials directory: none. A store that needs one
    fails its run with how to fix it; a store whose API needs no login syncs."""

    def backend_name(self) -> str:
        return "no credentials directory"

    def get_secret(self, store_id: int, field: str) -> str | None:
        raise KeychainUnavailable(NO_CREDENTIALS_DIRECTORY)

    def set_secret(self, store_id: int, field: str, value: str) -> None:
        self.get_secret(store_id, field)

    def delete_secrets(self, store_id: int, fields: Collection[str]) -> None:
        """Nothing is stored, so nothing is removed."""


NO_ALERT_SECRETS = (
    "This StoreSync server has no credentials directory, so it keeps neither the SMTP password nor the "
    f"webhook URL: start serve with --credentials-dir DIR, or set {VARIABLE} or systemd's "
    "LoadCredential=, naming the folder that holds them."
)


class NoAlertSecrets:
    """The alert secrets of a server process started without a credentials directory: none, and none
    can be saved; an alert that needs one fails its delivery with how to fix it."""

    def place(self) -> str:
        return "credentials directory"

    def read(self, field: str) -> str | None:
        raise KeychainUnavailable(NO_ALERT_SECRETS)

    async def save(self, field: str, value: str) -> None:
        raise KeychainUnavailable(NO_ALERT_SECRETS)

    async def delete(self, field: str) -> None:
        """Nothing is stored, so nothing is removed."""


def server_alert_secrets(directory: Path | None) -> DirectoryAlertSecrets | NoAlertSecrets:
    """Where a server keeps the SMTP password and the webhook URL: files in its credentials directory."""
    return NoAlertSecrets() if directory is None else DirectoryAlertSecrets(directory, REDACTOR)


def server_credentials(storage: PostgresStorage, directory: Path | None) -> CredentialStore:
    """The stores' secrets on a server: the credentials directory's files, or none without one."""
    if directory is None:
        return NoCredentialsDirectory()
    return DirectoryCredentialStore(directory, storage.stores, REDACTOR)


def server_engine(
    storage: PostgresStorage, bus: EventBus, credentials_dir: Path | None, concurrency: int | None = None
) -> SyncEngine:
    """The engine on the server's database, as a worker runs syncs with it (and the API server previews
    stock pushes with it); `concurrency` None: the max_concurrent_runs setting."""
    settings = {key: storage.settings.get_setting(key) for key in DEFAULTS}
    return SyncEngine(
        bus=bus,
        stores=storage.stores,
        runs=storage.runs,
        inventory=storage.inventory,
        orders=storage.orders,
        cursors=storage.cursors,
        credentials=server_credentials(storage, credentials_dir),
        connectors=ConnectorRegistry(HttpPolicy.from_settings(settings)),
        settings=storage.settings,
        retention=storage.retention,
        max_concurrent=concurrency or int(settings["max_concurrent_runs"]),
        redact=REDACTOR.redact,
    )


class WorkerProcess:
    def __init__(self, options: WorkerOptions) -> None:
        self.options = options
        self._stopping = asyncio.Event()
        self._serving: list[asyncio.Task[Any]] = []
        self._cancelled: set[asyncio.Task[Any]] = set()

    def stop(self) -> None:
        """Take nothing new; let running runs finish (then stop them), then end `serve`."""
        if self._stopping.is_set():
            return
        log.info("Stopping: running syncs get %.0f s to finish", self.options.graceful_seconds)
        self._stopping.set()
        self._stop_serving()

    def _stop_serving(self) -> None:
        """Cancel each queue worker once: procrastinate takes a cancel as "stop gracefully", and a second
        one as "stop now", which would cut the running syncs short."""
        for task in self._serving:
            if task not in self._cancelled:
                self._cancelled.add(task)
                task.cancel()

    def stop_on_signals(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(signum, self.stop)

    async def serve(self) -> None:
        """Run jobs from the queue until `stop`; raises StorageError when the database cannot be used at
        start (unreachable, or not migrated)."""
        storage = await asyncio.to_thread(open_postgres_storage, self.options.url)
        try:
            async with lines_in_database(storage.logs, REDACTOR):
                engine = server_engine(
                    storage, EventBus(), self.options.credentials_dir, self.options.concurrency
                )
                app = build_queue(
                    self.options.url,
                    lambda job_id, trigger, slot: self._run(storage, engine, job_id, trigger, slot),
                    lambda now: self._due(storage, now),
                    self.options.timing,
                )
                log.info("Worker taking runs from PostgreSQL at %s", postgres.shown_url(self.options.url))
                if self.options.credentials_dir is None:
                    log.warning(NO_CREDENTIALS_DIRECTORY)
                await self._serve_queue(app, engine.max_concurrent)
                await engine.drain(self.options.graceful_seconds)
                log.info("Worker stopped")
        finally:
            await asyncio.to_thread(storage.close)

    async def _serve_queue(self, app: procrastinate.App, concurrency: int) -> None:
        """The queue's two workers, connected again after a pause whenever the database is lost."""
        attempt = 0
        while not self._stopping.is_set():
            try:
                async with app.open_async():
                    attempt = 0
                    await self._run_workers(app, concurrency)
            except Exception as error:  # the server went away, or never answered
                if self._stopping.is_set():
                    break
                reason = str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
                log.warning("Lost the database (%s)", REDACTOR.redact(reason))
            if self._stopping.is_set():
                break
            delay = RECONNECT_DELAYS[min(attempt, len(RECONNECT_DELAYS) - 1)]
            attempt += 1
            log.warning("Connecting to PostgreSQL again in %.0f s", delay)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), delay)

    async def _run_workers(self, app: procrastinate.App, concurrency: int) -> None:
        """Until `stop`, or until one of them ends (its database connection failed): then both end."""
        timing = self.options.timing
        common: dict[str, Any] = {
            "install_signal_handlers": False,
            "update_heartbeat_interval": timing.heartbeat_seconds,
            "stalled_worker_timeout": timing.stalled_after_seconds,
            "shutdown_graceful_timeout": self.options.graceful_seconds,
            "delete_jobs": "successful",
        }
        self._serving = [
            asyncio.create_task(
                app.run_worker_async(queues=[RUNS_QUEUE], name="runs", concurrency=concurrency, **common)
            ),
            asyncio.create_task(
                app.run_worker_async(queues=[UPKEEP_QUEUE], name="upkeep", concurrency=1, **common)
            ),
        ]
        if self._stopping.is_set():
            self._stop_serving()
        try:
            await asyncio.wait(self._serving, return_when=asyncio.FIRST_COMPLETED)
            self._stop_serving()
            results = await asyncio.gather(*self._serving, return_exceptions=True)
        finally:
            self._serving = []
            self._cancelled.clear()
        failures = [
            result
            for result in results
            if isinstance(result, BaseException) and not isinstance(result, asyncio.CancelledError)
        ]
        if failures:
            raise failures[0]
        if not self._stopping.is_set():
            raise ConnectionError("the queue's connection to the database ended")

    async def _due(self, storage: PostgresStorage, now: datetime) -> list[DueRun]:
        on_time = self.options.timing.on_time
        return await asyncio.to_thread(due_runs, storage.stores, storage.runs, storage.settings, now, on_time)

    async def _run(
        self, storage: PostgresStorage, engine: SyncEngine, job_id: int, trigger: str, slot: str | None
    ) -> str:
        """One queued run: skipped when its job is gone or the slot already ran (a duplicate)."""
        job = await asyncio.to_thread(storage.stores.get_job, job_id)
        if job is None:
            return "the job was removed"
        await storage.runs.interrupt_orphaned_runs()
        moment = None if slot is None else datetime.fromisoformat(slot)
        asked = Trigger(trigger)
        if await asyncio.to_thread(already_ran, job, storage.runs, moment, asked):
            return "already ran"
        late = None if moment is None else max(0.0, (datetime.now(UTC) - moment).total_seconds())
        run = await engine.run(job, asked, late_by_seconds=late)
        return run.status.value
