"""The composition root: what a start builds (demo stores, schedules, the cleanup job), what a stop
leaves behind (nothing running, the database closed), and settings that apply without a restart."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.bootstrap import StartOptions, add_demo_stores, start_services, stop_services
from app.core.errors import AlreadyRunning, StoreSyncError
from app.core.events import SettingsChanged, StoresChanged
from app.core.models import Job, JobKind, Platform, RunStatus, Store, SyncRun, Trigger
from app.core.ports import LogQuery
from app.core.schedule import ScheduleSpec
from app.storage import open_storage


def _options(tmp_path: Path, **values: object) -> StartOptions:
    return StartOptions(data_dir=str(tmp_path / "data"), **values)  # type: ignore[arg-type]


async def test_demo_start_builds_and_stop_releases_everything(tmp_path: Path) -> None:
    handlers_before = list(logging.getLogger().handlers)
    runtime = await start_services(_options(tmp_path, demo=True))
    try:
        stores = runtime.storage.stores.list_stores()
        assert len(stores) >= 2 and all(store.settings.get("demo") for store in stores)
        jobs = runtime.storage.stores.list_jobs()
        assert [job.kind for job in jobs if job.store_id is None] == [JobKind.CLEANUP]
        inventory = [job for job in jobs if job.kind is JobKind.INVENTORY_PULL]
        assert all(job.schedule.every_minutes and job.schedule.every_minutes <= 3 for job in inventory)
        assert all(runtime.scheduler.next_run_time(job.id or 0) is not None for job in inventory)
        assert runtime.services.stores is runtime.storage.stores
        assert runtime.demo.sandbox is not None
    finally:
        await stop_services(runtime)
    assert runtime.storage.database.closed
    assert runtime.demo.sandbox is None
    assert list(logging.getLogger().handlers) == handlers_before


async def test_demo_if_empty_leaves_a_configured_installation_alone(tmp_path: Path) -> None:
    first = await start_services(_options(tmp_path, scheduler=False))
    await first.storage.stores.save_store(Store("My shop", Platform.GENERIC_JSON, {"auth": "none"}))
    await stop_services(first)

    second = await start_services(_options(tmp_path, demo_if_empty=True, scheduler=False))
    try:
        assert [store.name for store in second.storage.stores.list_stores()] == ["My shop"]
    finally:
        await stop_services(second)


async def test_try_the_demo_stores_adds_and_schedules_them(tmp_path: Path) -> None:
    runtime = await start_services(_options(tmp_path))
    changed: list[StoresChanged] = []
    runtime.bus.subscribe(StoresChanged, changed.append)
    try:
        added = await add_demo_stores(runtime)
        jobs = [job for job in runtime.storage.stores.list_jobs() if job.store_id is not None]
        assert added == len(jobs) > 0
        assert all(runtime.scheduler.next_run_time(job.id or 0) is not None for job in jobs)
        assert len(changed) == 1
    finally:
        await stop_services(runtime)


async def test_the_concurrency_setting_applies_live(tmp_path: Path) -> None:
    runtime = await start_services(_options(tmp_path, scheduler=False))
    try:
        assert runtime.engine.max_concurrent == 4
        await runtime.storage.settings.set_setting("max_concurrent_runs", 2)
        runtime.bus.publish(SettingsChanged(("max_concurrent_runs",)))
        assert runtime.engine.max_concurrent == 2
    finally:
        await stop_services(runtime)


async def test_a_run_whose_process_stopped_is_marked_interrupted_by_whichever_process_starts_next(
    tmp_path: Path,
) -> None:
    app = await start_services(_options(tmp_path, scheduler=False))
    job = await app.storage.stores.save_job(Job(JobKind.CLEANUP, ScheduleSpec.daily("03:00")))
    await app.storage.runs.start_run(SyncRun(job.id or 0, Trigger.SCHEDULED, datetime.now(UTC)))
    command = await start_services(_options(tmp_path, owner=False, scheduler=False))
    try:
        assert command.interrupted_runs == 0, "the app that owns the run is alive"
    finally:
        await stop_services(command)
    await stop_services(app)

    command = await start_services(_options(tmp_path, owner=False, scheduler=False))
    try:
        assert command.interrupted_runs == 1
        last = command.storage.runs.last_run(job.id or 0)
        assert last is not None and last.status is RunStatus.INTERRUPTED
    finally:
        await stop_services(command)


async def test_one_app_per_data_folder(tmp_path: Path) -> None:
    app = await start_services(_options(tmp_path, scheduler=False))
    try:
        with pytest.raises(AlreadyRunning, match="already running"):
            await start_services(_options(tmp_path, scheduler=False))
        command = await start_services(_options(tmp_path, owner=False, scheduler=False))
        await stop_services(command)
    finally:
        await stop_services(app)
    again = await start_services(_options(tmp_path, scheduler=False))
    await stop_services(again)
    assert again.storage.database.closed


async def test_a_failed_start_releases_what_it_had_started(tmp_path: Path) -> None:
    handlers_before = list(logging.getLogger().handlers)
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "storesync.sqlite3").mkdir()  # the database path is a folder: the start cannot open it

    with pytest.raises(StoreSyncError):
        await start_services(_options(tmp_path))

    assert list(logging.getLogger().handlers) == handlers_before
    (data / "storesync.sqlite3").rmdir()
    runtime = await start_services(_options(tmp_path, scheduler=False))  # the lock was released
    await stop_services(runtime)


async def test_console_level_thins_stdout_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runtime = await start_services(
        _options(tmp_path, scheduler=False, log_to_stdout=True, console_level=logging.WARNING)
    )
    try:
        logging.getLogger("app.test").info("an everyday line")
        logging.getLogger("app.test").warning("a line worth a look")
        logged = runtime.log_dir / "storesync.log"
        assert "an everyday line" in logged.read_text(encoding="utf-8")
    finally:
        await stop_services(runtime)
    shown = capsys.readouterr().out
    assert "a line worth a look" in shown
    assert "an everyday line" not in shown
    reopened = open_storage(runtime.data_dir)
    try:
        stored = [entry.message for entry in reopened.logs.list_logs(LogQuery(text="line"), 0, 10)]
    finally:
        reopened.close()
    assert "an everyday line" in stored, "the window's log viewer reads the database"


async def test_the_last_line_of_the_log_says_storesync_stopped(tmp_path: Path) -> None:
    runtime = await start_services(_options(tmp_path, demo=True))
    await stop_services(runtime)
    lines = (runtime.log_dir / "storesync.log").read_text(encoding="utf-8").splitlines()
    assert lines[-1].endswith("StoreSync stopped")
    reopened = open_storage(runtime.data_dir)
    try:
        newest = reopened.logs.list_logs(LogQuery(), 0, 1)
    finally:
        reopened.close()
    assert [entry.message for entry in newest] == ["StoreSync stopped"]
