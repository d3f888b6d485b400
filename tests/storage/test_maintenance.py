"""Backups while syncs write, the history export, and retention."""

from __future__ import annotations

import asyncio
import csv
import sqlite3
import stat
import threading
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.core.errors import StorageError
from app.core.models import InventoryRecord, RunCounts, RunStatus, SyncRun, Trigger
from app.core.ports import CursorUpdate, InventoryBatch, LogQuery, RunQuery
from app.core.redaction import MASK, REDACTOR
from app.storage import Storage
from tests.storage.conftest import add_store_and_job

T0 = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)


async def test_a_backup_runs_while_a_sync_holds_a_write_open(storage: Storage, tmp_path: Path) -> None:
    """The writer thread is inside a sync transaction (rows written, not committed) for the whole
    backup; the backup neither waits for it nor copies half of it."""
    store, job = await add_store_and_job(storage)
    run = await storage.runs.start_run(SyncRun(job_id=job.id or 0, trigger=Trigger.MANUAL, started_at=T0))
    committed = [InventoryRecord(f"OLD-{n}", n) for n in range(5_000)]
    await storage.inventory.merge_inventory(
        InventoryBatch(
            store.id or 0, run.id or 0, records=committed, cursor=CursorUpdate(job.id or 0, "s", "5000")
        )
    )
    inside_transaction = threading.Event()
    release = threading.Event()

    def long_sync_page() -> None:
        with storage.database.transaction():
            storage.inventory.merge_batch(
                InventoryBatch(
                    store.id or 0,
                    run.id or 0,
                    records=[InventoryRecord(f"NEW-{n}", n) for n in range(20_000)],
                    cursor=CursorUpdate(job.id or 0, "s", "25000"),
                )
            )
            inside_transaction.set()
            release.wait(timeout=30)

    writing = storage.database.submit(long_sync_page)
    try:
        assert await asyncio.to_thread(inside_transaction.wait, 30)
        target = tmp_path / "copy.sqlite3"
        assert await storage.maintenance.backup(str(target)) == str(target.resolve())
        assert not writing.done()
    finally:
        release.set()
    await asyncio.wrap_future(writing)

    with closing(sqlite3.connect(target)) as copy:
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT COUNT(*) FROM inventory_item").fetchone()[0] == 5_000
        assert copy.execute("SELECT value FROM sync_state").fetchone()[0] == "5000"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert storage.inventory.count_items() == 25_000
    assert storage.cursors.get_cursor(job.id or 0, "s") == "25000"


async def test_a_backup_replaces_an_older_backup_file(storage: Storage, tmp_path: Path) -> None:
    await add_store_and_job(storage)
    target = tmp_path / "copy.sqlite3"
    await asyncio.to_thread(target.write_bytes, b"an older backup")
    await storage.maintenance.backup(str(target))
    with closing(sqlite3.connect(target)) as copy:
        assert copy.execute("SELECT name FROM store").fetchall() == [("Main shop",)]


async def test_a_backup_into_a_missing_folder_says_so(storage: Storage, tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        await storage.maintenance.backup(str(tmp_path / "nowhere" / "copy.sqlite3"))


async def test_the_history_export_has_every_matching_run_and_no_secret(
    storage: Storage, tmp_path: Path
) -> None:
    secret = "ck_exported_by_mistake_1"
    REDACTOR.add_secret(secret)
    store, job = await add_store_and_job(storage)
    for n in range(12):
        run = await storage.runs.start_run(
            SyncRun(job_id=job.id or 0, trigger=Trigger.SCHEDULED, started_at=T0 + timedelta(hours=n))
        )
        failed = n == 11
        await storage.runs.finish_run(
            replace(
                run,
                status=RunStatus.FAILED if failed else RunStatus.SUCCEEDED,
                finished_at=run.started_at + timedelta(seconds=30),
                error_kind="auth" if failed else None,
                error_message=f"Refused key {secret}" if failed else None,
                counts=RunCounts(fetched=n, skipped=n),
            )
        )
    target = tmp_path / "history.csv"
    assert await storage.maintenance.export_history_csv(str(target), RunQuery(store_id=store.id)) == 12
    text = await asyncio.to_thread(target.read_text, encoding="utf-8")
    assert secret not in text
    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) == 12
    assert rows[0]["status"] == "failed" and rows[0]["error_message"] == f"Refused key {MASK}"
    assert rows[0]["store"] == "Main shop" and rows[0]["duration_seconds"] == "30.0"
    assert (rows[0]["failed"], rows[0]["skipped"]) == ("0", "11")  # not stock: not a failure
    assert await storage.maintenance.export_history_csv(str(target), RunQuery(status=RunStatus.FAILED)) == 1


async def test_retention_removes_old_history_but_keeps_each_jobs_latest_run(storage: Storage) -> None:
    store, job = await add_store_and_job(storage)
    _, quiet_job = await add_store_and_job(storage, name="Rarely synced")
    runs = []
    for days_ago in (60, 45, 40, 1):
        run = await storage.runs.start_run(
            SyncRun(job_id=job.id or 0, trigger=Trigger.SCHEDULED, started_at=T0 - timedelta(days=days_ago))
        )
        await storage.runs.finish_run(replace(run, status=RunStatus.SUCCEEDED, finished_at=run.started_at))
        runs.append(run)
    await storage.inventory.merge_inventory(
        InventoryBatch(store.id or 0, runs[0].id or 0, records=[InventoryRecord("A", 1)])
    )
    lonely = await storage.runs.start_run(
        SyncRun(job_id=quiet_job.id or 0, trigger=Trigger.SCHEDULED, started_at=T0 - timedelta(days=90))
    )
    await storage.runs.finish_run(replace(lonely, status=RunStatus.SUCCEEDED, finished_at=lonely.started_at))
    rows = [
        ("2025-10-01 00:00:00.000000", "INFO", 20, "app", None, None, "old line"),
        ("2025-12-31 00:00:00.000000", "INFO", 20, "app", None, None, "recent line"),
    ]
    await storage.database.write(lambda: storage.logs.insert_rows(rows))

    removed = await storage.retention.purge_before(T0 - timedelta(days=30))

    assert removed == 3 + 1 + 1  # three old runs, their change row, one log line
    remaining = storage.runs.list_runs(RunQuery())
    assert [run.id for run in remaining] == [runs[3].id, lonely.id]
    assert storage.inventory.changes_for_run(runs[0].id or 0) == []
    assert storage.inventory.count_items() == 1
    assert [entry.message for entry in storage.logs.list_logs(LogQuery())] == ["recent line"]


async def test_size_and_path_describe_the_database_file(storage: Storage, data_dir: Path) -> None:
    assert Path(storage.maintenance.database_path()) == data_dir / "storesync.sqlite3"
    assert storage.maintenance.database_size_bytes() > 0


async def test_a_purge_larger_than_one_chunk_removes_everything_old(storage: Storage) -> None:
    old = [("2025-06-01 00:00:00.000000", "INFO", 20, "app", None, None, f"old {n}") for n in range(45_001)]
    new = [("2026-06-01 00:00:00.000000", "INFO", 20, "app", None, None, "new")]
    await storage.database.write(lambda: storage.logs.insert_rows(old + new))
    assert await storage.retention.purge_before(datetime(2026, 1, 1, tzinfo=UTC)) == 45_001
    assert [entry.message for entry in storage.logs.list_logs(LogQuery())] == ["new"]
