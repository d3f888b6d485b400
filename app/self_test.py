"""`storesync self-test`: proves on this machine that the parts StoreSync needs work, without touching
the merchant's data: Qt, SQLite, the keychain, the scheduler, and a real sync from a local simulator
into a temporary database."""

from __future__ import annotations

import asyncio
import logging
import secrets
import sqlite3
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from app.bootstrap import build_engine
from app.connectors.registry import ConnectorRegistry
from app.core.bus import EventBus
from app.core.models import Job, JobKind, Platform, RunStatus, Store, Trigger
from app.core.schedule import ScheduleSpec
from app.demo_setup import DemoAwareCredentials
from app.sandbox.catalog import Catalog
from app.sandbox.simple import SimpleSimulator
from app.scheduling import SyncScheduler
from app.storage import open_storage
from app.storage.credentials import KeyringCredentialStore, ProcessOnlyIds
from app.storage.storage import Storage
from app.sync.engine import SyncEngine

log = logging.getLogger(__name__)

SELF_TEST_PRODUCTS = 250
SELF_TEST_STORE_ID = 0  # never a real store's id: SQLite ids start at 1


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def run_self_test() -> list[CheckResult]:
    results = [_check("Qt platform (offscreen)", _qt)]
    results.append(_check("OS keychain", _keychain))
    with tempfile.TemporaryDirectory(prefix="storesync-self-test-") as folder:
        results.extend(asyncio.run(_with_database(Path(folder))))
    return results


def _check(name: str, check: Callable[[], str]) -> CheckResult:
    try:
        return CheckResult(name, True, check())
    except Exception as error:
        log.debug("Self-test check %s failed", name, exc_info=True)
        return CheckResult(name, False, f"{error}")


async def _check_async(name: str, check: Callable[[], Awaitable[str]]) -> CheckResult:
    try:
        return CheckResult(name, True, await check())
    except Exception as error:
        log.debug("Self-test check %s failed", name, exc_info=True)
        return CheckResult(name, False, f"{error}")


def _qt() -> str:
    import PySide6
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        QGuiApplication(["storesync", "-platform", "offscreen"])
    return f"PySide6 {PySide6.__version__}, platform {QGuiApplication.platformName()} loaded"


def _keychain() -> str:
    store = KeyringCredentialStore(ProcessOnlyIds())
    value = secrets.token_urlsafe(16)
    store.set_secret(SELF_TEST_STORE_ID, "self-test", value)
    try:
        if store.get_secret(SELF_TEST_STORE_ID, "self-test") != value:
            raise RuntimeError(f"the keychain ({store.backend_name()}) did not return what was saved")
    finally:
        store.delete_secrets(SELF_TEST_STORE_ID, ["self-test"])
    return f"{store.backend_name()}: saved, read back and deleted a test entry"


async def _with_database(folder: Path) -> list[CheckResult]:
    results: list[CheckResult] = []
    try:
        storage = open_storage(folder / "data")
    except Exception as error:
        return [CheckResult("SQLite database", False, str(error))]
    try:
        results.append(await _check_async("SQLite database", lambda: _sqlite(storage)))
        results.append(await _check_async("Scheduler", lambda: _scheduler(storage)))
        results.append(await _check_async("Sync from a local test store", lambda: _sandbox_sync(storage)))
    finally:
        storage.close()
    return results


async def _sqlite(storage: Storage) -> str:
    saved = await storage.stores.save_store(Store("Self-test", Platform.GENERIC_JSON, {"auth": "none"}))
    if storage.stores.find_store("Self-test") != saved:
        raise RuntimeError("a store written to the database did not read back the same")
    mode = storage.database.read_value("PRAGMA journal_mode")
    return f"SQLite {sqlite3.sqlite_version}, journal {mode}, write and read back ok"


def _engine(storage: Storage, bus: EventBus) -> SyncEngine:
    credentials = DemoAwareCredentials(KeyringCredentialStore(storage.stores))
    for found in storage.stores.list_stores():
        assert found.id is not None
        credentials.demo_secrets[found.id] = {}
    return build_engine(storage, credentials, ConnectorRegistry(), bus)


async def _scheduler(storage: Storage) -> str:
    bus = EventBus()
    engine = _engine(storage, bus)
    job = await storage.stores.save_job(Job(JobKind.CLEANUP, ScheduleSpec.daily("02:00")))
    scheduler = SyncScheduler(engine, storage.stores, storage.runs, storage.settings, bus)
    await scheduler.start()
    try:
        assert job.id is not None
        next_run = scheduler.next_run_time(job.id)
    finally:
        await scheduler.shutdown(timeout=2)
    if next_run is None:
        raise RuntimeError("the scheduler did not plan the next run of a daily job")
    return f"next daily run planned for {next_run.astimezone():%Y-%m-%d %H:%M %Z}"


async def _sandbox_sync(storage: Storage) -> str:
    simulator = SimpleSimulator(Catalog(SELF_TEST_PRODUCTS), credentials={})
    simulator.start()
    try:
        settings = {**simulator.store_settings(), "auth": "none", "page_size": 100}
        store = await storage.stores.save_store(Store("Self-test simulator", Platform.GENERIC_JSON, settings))
        job = await storage.stores.save_job(
            Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(minutes=15), store.id)
        )
        engine = _engine(storage, EventBus())
        run = await engine.run(job, Trigger.CLI)
    finally:
        simulator.stop()
    if run.status is not RunStatus.SUCCEEDED or run.counts.created != SELF_TEST_PRODUCTS:
        raise RuntimeError(f"the test sync ended {run.status} ({run.error_message or run.counts})")
    return f"{run.counts.fetched} products fetched and stored in {run.duration_seconds or 0:.2f} s"
