"""The sync history: what started, how it ended, and the filters of the history panel."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.core.errors import AlreadyRunning, StorageError
from app.core.models import JobKind, RunCounts, RunStatus, SyncRun, Trigger
from app.core.ports import RunQuery
from app.storage import Storage, open_storage, timestamps
from app.storage.paths import database_file
from app.storage.runs import where_clause
from tests.storage.conftest import add_store_and_job

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


async def test_a_finished_run_reads_back_with_counts_and_error(storage: Storage) -> None:
    _, job = await add_store_and_job(storage)
    started = await storage.runs.start_run(
        SyncRun(job_id=job.id or 0, trigger=Trigger.CATCH_UP, started_at=T0, late_by_seconds=90.0)
    )
    assert started.id is not None and started.status is RunStatus.RUNNING
    assert storage.runs.last_run(job.id or 0) == started
    finished = replace(
        started,
        status=RunStatus.PARTIAL,
        finished_at=T0 + timedelta(seconds=42),
        counts=RunCounts(fetched=100, created=3, updated=2, unchanged=94, deleted=0, failed=1, skipped=7),
        error_kind="remote",
        error_message="1 item was refused",
    )
    await storage.runs.finish_run(finished)
    assert storage.runs.last_run(job.id or 0) == finished
    assert finished.duration_seconds == 42


async def test_a_run_for_a_removed_job_is_refused(storage: Storage) -> None:
    with pytest.raises(StorageError, match="no longer exists"):
        await storage.runs.start_run(SyncRun(job_id=12345, trigger=Trigger.MANUAL, started_at=T0))


async def test_runs_whose_owner_is_gone_are_marked_interrupted_and_live_ones_are_left(
    storage: Storage, data_dir: Path
) -> None:
    _, job = await add_store_and_job(storage)
    done = await storage.runs.start_run(
        SyncRun(job_id=job.id or 0, trigger=Trigger.SCHEDULED, started_at=T0 - timedelta(hours=1))
    )
    await storage.runs.finish_run(replace(done, status=RunStatus.SUCCEEDED, finished_at=T0))
    live = await storage.runs.start_run(SyncRun(job_id=job.id or 0, trigger=Trigger.SCHEDULED, started_at=T0))
    # A row left 'running' by a process that is gone holds no lock (an older StoreSync left it so too).
    with sqlite3.connect(database_file(data_dir)) as connection:
        connection.execute(
            "INSERT INTO sync_run (job_id, kind, trigger, started_at, status) VALUES (?, ?, ?, ?, ?)",
            (job.id, "inventory_pull", "scheduled", timestamps.to_db(T0 - timedelta(minutes=30)), "running"),
        )
    other_process = open_storage(data_dir)
    try:
        assert await other_process.runs.interrupt_orphaned_runs() == 1
        assert await other_process.runs.interrupt_orphaned_runs() == 0
        [orphan] = other_process.runs.list_runs(RunQuery(status=RunStatus.INTERRUPTED))
        assert orphan.error_message and "stopped before this run finished" in orphan.error_message
        [still_running] = other_process.runs.list_runs(RunQuery(status=RunStatus.RUNNING))
        assert still_running.id == live.id, "a live run of another opener is never marked interrupted"
    finally:
        other_process.close()
    await storage.runs.finish_run(replace(live, status=RunStatus.SUCCEEDED, finished_at=T0))
    assert storage.runs.last_run(job.id or 0).status is RunStatus.SUCCEEDED  # type: ignore[union-attr]


async def test_last_scheduled_slot_ignores_manual_runs(storage: Storage) -> None:
    _, job = await add_store_and_job(storage)
    assert storage.runs.last_scheduled_slot(job.id or 0) is None
    for trigger, minutes in (
        (Trigger.SCHEDULED, 0),
        (Trigger.CATCH_UP, 10),
        (Trigger.MANUAL, 20),
        (Trigger.CLI, 30),
    ):
        run = await storage.runs.start_run(
            SyncRun(job_id=job.id or 0, trigger=trigger, started_at=T0 + timedelta(minutes=minutes))
        )
        await storage.runs.finish_run(replace(run, status=RunStatus.SUCCEEDED, finished_at=run.started_at))
    assert storage.runs.last_scheduled_slot(job.id or 0) == T0 + timedelta(minutes=10)
    assert storage.runs.last_run(job.id or 0).trigger is Trigger.CLI  # type: ignore[union-attr]


async def test_history_filters_and_pages_newest_first(storage: Storage) -> None:
    store, inventory_job = await add_store_and_job(storage)
    _, orders_job = await add_store_and_job(storage, name="Other", kind=JobKind.ORDERS_PULL)
    for n in range(30):
        job = inventory_job if n % 3 else orders_job
        run = await storage.runs.start_run(
            SyncRun(job_id=job.id or 0, trigger=Trigger.SCHEDULED, started_at=T0 + timedelta(hours=n))
        )
        status = RunStatus.FAILED if n % 5 == 0 else RunStatus.SUCCEEDED
        await storage.runs.finish_run(
            replace(run, status=status, finished_at=run.started_at + timedelta(minutes=1))
        )

    everything = storage.runs.list_runs(RunQuery(), limit=1000)
    assert [run.started_at for run in everything] == sorted(
        (run.started_at for run in everything), reverse=True
    )
    assert storage.runs.count_runs(RunQuery()) == 30
    assert storage.runs.count_runs(RunQuery(store_id=store.id)) == 20
    assert storage.runs.count_runs(RunQuery(kind=JobKind.ORDERS_PULL)) == 10
    # Orders runs are n = 0, 3, ..., 27; failed ones are n = 0 and 15.
    assert storage.runs.count_runs(RunQuery(job_id=orders_job.id, status=RunStatus.FAILED)) == 2
    window = RunQuery(since=T0 + timedelta(hours=10), until=T0 + timedelta(hours=20))
    assert storage.runs.count_runs(window) == 10
    assert [run.started_at for run in storage.runs.list_runs(window, offset=2, limit=3)] == [
        T0 + timedelta(hours=h) for h in (17, 16, 15)
    ]


@pytest.mark.parametrize(
    "query",
    [
        RunQuery(),
        RunQuery(store_id=1),
        RunQuery(job_id=1),
        RunQuery(kind=JobKind.ORDERS_PULL),
        RunQuery(status=RunStatus.FAILED),
        RunQuery(since=T0),
    ],
)
def test_every_history_filter_has_an_index(storage: Storage, query: RunQuery) -> None:
    """With 100k runs a full scan plus a sort would make the history panel stall: each filter must be
    served by an index that also gives the newest-first order."""
    where, params = where_clause(query)
    plan = " | ".join(
        row[3]
        for row in storage.database.read(
            f"EXPLAIN QUERY PLAN SELECT id FROM sync_run{where} ORDER BY started_at DESC, id DESC LIMIT 100",
            params,
        )
    )
    assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, plan


async def test_a_job_runs_once_at_a_time_across_processes(storage: Storage, data_dir: Path) -> None:
    _, job = await add_store_and_job(storage)
    live = await storage.runs.start_run(SyncRun(job_id=job.id or 0, trigger=Trigger.CLI, started_at=T0))
    other_process = open_storage(data_dir)
    try:
        with pytest.raises(AlreadyRunning, match="already running in another StoreSync process"):
            await other_process.runs.start_run(
                SyncRun(job_id=job.id or 0, trigger=Trigger.SCHEDULED, started_at=T0)
            )
        await storage.runs.finish_run(replace(live, status=RunStatus.SUCCEEDED, finished_at=T0))
        after = await other_process.runs.start_run(
            SyncRun(job_id=job.id or 0, trigger=Trigger.SCHEDULED, started_at=T0)
        )
        assert after.status is RunStatus.RUNNING
    finally:
        other_process.close()
