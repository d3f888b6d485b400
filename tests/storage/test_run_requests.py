"""The requests a run made per time bucket (the store detail's request chart) are stored with the run's
end and read back unchanged, on SQLite and on PostgreSQL alike; a run from before they were kept, or one
that made no request, has none."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.core.errors import StorageError
from app.core.models import Job, JobKind, Platform, RunStatus, Store, SyncRun, Trigger
from app.core.request_meter import RequestProfile
from app.core.schedule import ScheduleSpec
from app.storage import open_storage, postgres
from app.storage.paths import database_file
from app.storage.postgres_storage import open_postgres_storage
from app.storage.schema import MIGRATIONS, SCHEMA_VERSION, V12_RUN_REQUESTS

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
PROFILE = RequestProfile(
    bucket_seconds=2.0,
    requests=(4, 0, 7, 3),
    throttled=(0, 0, 2, 1),
    waited=(0.0, 0.0, 1.25, 0.333),
)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def storage(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    if request.param == "sqlite":
        opened: Any = open_storage(tmp_path / "data")
    else:
        url = request.getfixturevalue("postgres_url")
        with postgres.connect(url) as connection:
            postgres.migrate(connection)
        opened = open_postgres_storage(url)
    yield opened
    opened.close()


async def _started_run(storage: Any) -> SyncRun:
    store = await storage.stores.save_store(Store("Shop", Platform.GENERIC_JSON, {"base_url": "http://x"}))
    job = await storage.stores.save_job(
        Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(minutes=15), store_id=store.id)
    )
    run: SyncRun = await storage.runs.start_run(SyncRun(job_id=job.id, trigger=Trigger.MANUAL, started_at=T0))
    return run


async def test_the_requests_of_a_run_read_back_as_recorded(storage: Any) -> None:
    started = await _started_run(storage)
    finished = replace(started, status=RunStatus.SUCCEEDED, finished_at=T0 + timedelta(seconds=8))

    await storage.runs.finish_run(finished, PROFILE)

    assert storage.runs.request_profile(started.id) == PROFILE
    assert storage.runs.get_run(started.id) == finished


async def test_a_run_without_recorded_requests_has_none(storage: Any) -> None:
    running = await _started_run(storage)
    assert storage.runs.request_profile(running.id) is None
    await storage.runs.finish_run(replace(running, status=RunStatus.FAILED, finished_at=T0))
    assert storage.runs.request_profile(running.id) is None
    assert storage.runs.request_profile(987654) is None


async def test_unreadable_recorded_requests_say_so_in_one_line(tmp_path: Path) -> None:
    storage = open_storage(tmp_path / "data")
    try:
        run = await _started_run(storage)
        await storage.runs.finish_run(replace(run, status=RunStatus.SUCCEEDED, finished_at=T0), PROFILE)
        with sqlite3.connect(database_file(tmp_path / "data")) as connection:
            connection.execute("UPDATE sync_run SET requests = '{\"requests\": [1]}'")
        with pytest.raises(StorageError, match=f"requests recorded for run {run.id} cannot be read"):
            storage.runs.request_profile(run.id or 0)
    finally:
        storage.close()


def test_runs_from_before_the_request_column_open_and_have_no_requests(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    before = [migration.sqlite for migration in MIGRATIONS].index(V12_RUN_REQUESTS)
    with closing(sqlite3.connect(database_file(data_dir))) as connection, connection:
        for migration in MIGRATIONS[:before]:
            connection.executescript(migration.sqlite)
        connection.executescript(
            "INSERT INTO store (id, name, platform, created_at) "
            "VALUES (1, 'Old shop', 'shopify', '2026-01-01');"
            "INSERT INTO job (id, store_id, kind, schedule) VALUES (1, 1, 'inventory_pull', '{}');"
            "INSERT INTO sync_run (id, job_id, store_id, kind, trigger, started_at, status) "
            "VALUES (7, 1, 1, 'inventory_pull', 'manual', '2026-01-02 00:00:00.000000', 'succeeded');"
            f"PRAGMA user_version = {before};"
        )
    storage = open_storage(data_dir)
    try:
        assert storage.runs.get_run(7) is not None
        assert storage.runs.request_profile(7) is None
    finally:
        storage.close()
    with closing(sqlite3.connect(database_file(data_dir))) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
