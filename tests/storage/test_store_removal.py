"""Removing a store or a job: its stock, orders and cursors go, its history stays (named) until retention."""

from __future__ import annotations

import asyncio
import csv
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from app.core.models import (
    InventoryChange,
    InventoryRecord,
    Job,
    JobKind,
    OrderRecord,
    OrderStatus,
    RunCounts,
    RunStatus,
    Store,
    SyncRun,
    Trigger,
)
from app.core.ports import CursorUpdate, InventoryBatch, LogQuery, RunQuery
from app.core.schedule import ScheduleSpec
from app.storage import Storage
from app.storage.log_records import LogRow
from tests.storage.conftest import add_store_and_job

T0 = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


def _order(external_id: str) -> OrderRecord:
    return OrderRecord(
        external_id=external_id,
        number=f"#{external_id}",
        status=OrderStatus.PAID,
        remote_status="paid",
        total=Decimal("12.50"),
        currency="EUR",
        created_at=T0,
        updated_at=T0,
        raw={"id": external_id},
    )


def _log_line(moment: datetime, store_id: int | None, run_id: int | None, message: str) -> LogRow:
    return (moment.strftime("%Y-%m-%d %H:%M:%S.%f"), "WARNING", 30, "app.sync", store_id, run_id, message)


async def _finished_run(storage: Storage, job: Job, started_at: datetime, counts: RunCounts) -> SyncRun:
    run = await storage.runs.start_run(
        SyncRun(job_id=job.id or 0, trigger=Trigger.SCHEDULED, started_at=started_at)
    )
    finished = replace(
        run, status=RunStatus.SUCCEEDED, finished_at=started_at + timedelta(seconds=20), counts=counts
    )
    await storage.runs.finish_run(finished)
    return finished


async def _store_with_stock_and_orders(storage: Storage, name: str) -> tuple[Store, Job, Job, SyncRun]:
    """A store that synced once: one SKU with its change record, one order, a cursor per job."""
    store, stock_job = await add_store_and_job(storage, name=name)
    orders_job = await storage.stores.save_job(
        Job(kind=JobKind.ORDERS_PULL, schedule=ScheduleSpec.every(hours=1), store_id=store.id)
    )
    run = await _finished_run(storage, stock_job, T0, RunCounts(fetched=3, created=1, unchanged=2))
    await storage.inventory.merge_inventory(
        InventoryBatch(
            store.id or 0,
            run.id or 0,
            records=[InventoryRecord("MUG", 4)],
            cursor=CursorUpdate(stock_job.id or 0, "products", "p1"),
        )
    )
    orders_run = await _finished_run(storage, orders_job, T0 + timedelta(minutes=1), RunCounts(fetched=1))
    await storage.orders.upsert_orders(
        store.id or 0, orders_run.id or 0, [_order("A-1")], CursorUpdate(orders_job.id or 0, "orders", "o1")
    )
    return store, stock_job, orders_job, run


async def test_a_removed_stores_runs_stay_in_the_history_with_its_name_and_counts(
    storage: Storage, tmp_path: Path
) -> None:
    kept, kept_job, _, kept_run = await _store_with_stock_and_orders(storage, "Kept shop")
    removed, stock_job, orders_job, removed_run = await _store_with_stock_and_orders(storage, "Closed shop")

    await storage.stores.delete_store(removed.id or 0)

    assert storage.stores.list_stores() == [kept]
    assert storage.runs.count_runs(RunQuery()) == 4
    history = [run for run in storage.runs.list_runs(RunQuery()) if run.store_name == "Closed shop"]
    assert [(run.kind, run.counts.fetched) for run in history] == [
        (JobKind.ORDERS_PULL, 1),
        (JobKind.INVENTORY_PULL, 3),
    ]
    [stock_run] = [run for run in history if run.kind is JobKind.INVENTORY_PULL]
    assert stock_run.id == removed_run.id
    assert stock_run.counts == RunCounts(fetched=3, created=1, unchanged=2)
    assert stock_run.status is RunStatus.SUCCEEDED and stock_run.store_id is None
    assert storage.inventory.changes_for_run(removed_run.id or 0) == [
        InventoryChange(removed_run.id or 0, 0, "MUG", None, 4)
    ]

    target = tmp_path / "history.csv"
    assert await storage.maintenance.export_history_csv(str(target), RunQuery()) == 4
    rows = list(csv.DictReader((await asyncio.to_thread(target.read_text, encoding="utf-8")).splitlines()))
    assert sorted((row["store"], row["kind"], row["fetched"]) for row in rows) == [
        ("Closed shop", "inventory_pull", "3"),
        ("Closed shop", "orders_pull", "1"),
        ("Kept shop", "inventory_pull", "3"),
        ("Kept shop", "orders_pull", "1"),
    ]
    assert {row["job_id"] for row in rows if row["store"] == "Closed shop"} == {""}

    # Its stock, orders and cursors describe a store that no longer exists; the other store's stay.
    assert storage.orders.count_orders(removed.id) == 0
    assert storage.cursors.get_cursor(stock_job.id or 0, "products") is None
    assert storage.cursors.get_cursor(orders_job.id or 0, "orders") is None
    assert [item.store_id for item in storage.inventory.search_items()] == [kept.id]
    assert storage.orders.count_orders() == storage.orders.count_orders(kept.id) == 1
    assert storage.cursors.get_cursor(kept_job.id or 0, "products") == "p1"
    assert storage.runs.count_runs(RunQuery(store_id=kept.id)) == 2
    assert storage.runs.last_run(kept_job.id or 0) == replace(kept_run, store_name="Kept shop")


async def test_a_new_store_does_not_inherit_a_removed_stores_history(storage: Storage) -> None:
    """SQLite hands the highest id out again once its row is gone: the new store and job must start empty,
    or the history and log would show the old lines under the new name and catch-up would trust old times."""
    removed, removed_job, _, _ = await _store_with_stock_and_orders(storage, "Closed shop")
    line = _log_line(T0, removed.id, None, "Closed shop answered slowly")
    await storage.database.write(lambda: storage.logs.insert_rows([line]))
    await storage.stores.delete_store(removed.id or 0)

    newcomer, new_job = await add_store_and_job(storage, name="New shop")

    assert (newcomer.id, new_job.id) == (removed.id, removed_job.id)
    assert storage.runs.count_runs(RunQuery(store_id=newcomer.id)) == 0
    assert storage.runs.last_run(new_job.id or 0) is None
    assert storage.runs.last_scheduled_slot(new_job.id or 0) is None
    assert storage.cursors.get_cursor(new_job.id or 0, "products") is None
    assert storage.inventory.count_items() == 0
    assert storage.logs.count_logs(LogQuery(store_id=newcomer.id)) == 0
    [kept_line] = storage.logs.list_logs(LogQuery(text="answered slowly"))
    assert kept_line.store_id is None and kept_line.level == "WARNING"


async def test_a_removed_jobs_runs_stay_with_their_store(storage: Storage) -> None:
    store, job = await add_store_and_job(storage, kind=JobKind.STOCK_PUSH)
    run = await _finished_run(storage, job, T0, RunCounts(fetched=5, updated=2, unchanged=3))
    await storage.inventory.merge_inventory(
        InventoryBatch(store.id or 0, run.id or 0, cursor=CursorUpdate(job.id or 0, "push", "c1"))
    )

    await storage.stores.delete_job(job.id or 0)

    [kept] = storage.runs.list_runs(RunQuery(store_id=store.id))
    assert (kept.id, kept.store_name, kept.kind, kept.counts.updated) == (
        run.id,
        "Main shop",
        JobKind.STOCK_PUSH,
        2,
    )
    assert storage.runs.list_runs(RunQuery(job_id=job.id)) == []
    assert storage.cursors.get_cursor(job.id or 0, "push") is None
    assert storage.stores.list_stores() == [store]


async def test_a_renamed_store_shows_its_new_name_in_the_history_and_keeps_it_when_removed(
    storage: Storage,
) -> None:
    store, job = await add_store_and_job(storage, name="Old name")
    await _finished_run(storage, job, T0, RunCounts(fetched=1))
    await storage.stores.save_store(replace(store, name="New name"))
    assert [run.store_name for run in storage.runs.list_runs(RunQuery())] == ["New name"]

    await storage.stores.delete_store(store.id or 0)

    assert [run.store_name for run in storage.runs.list_runs(RunQuery())] == ["New name"]


async def test_runs_of_a_global_job_have_no_store_name(storage: Storage) -> None:
    cleanup = await storage.stores.save_job(Job(kind=JobKind.CLEANUP, schedule=ScheduleSpec.daily("02:00")))
    run = await _finished_run(storage, cleanup, T0, RunCounts())
    assert (run.store_id, run.store_name, run.kind) == (None, None, JobKind.CLEANUP)
    assert storage.runs.last_run(cleanup.id or 0) == run


async def test_retention_removes_a_removed_stores_history_once_it_is_old(storage: Storage) -> None:
    """No job is left to keep a latest run for, so every run of a removed store ages out."""
    store, job = await add_store_and_job(storage)
    old = await _finished_run(storage, job, T0 - timedelta(days=60), RunCounts(fetched=2))
    await storage.inventory.merge_inventory(
        InventoryBatch(store.id or 0, old.id or 0, records=[InventoryRecord("MUG", 1)])
    )
    recent = await _finished_run(storage, job, T0 - timedelta(days=1), RunCounts(fetched=2))
    line = _log_line(T0 - timedelta(days=50), store.id, old.id, "old run")
    await storage.database.write(lambda: storage.logs.insert_rows([line]))
    await storage.stores.delete_store(store.id or 0)

    assert await storage.retention.purge_before(T0 - timedelta(days=30)) == 1 + 1 + 1  # run, change, log
    assert [run.id for run in storage.runs.list_runs(RunQuery())] == [recent.id]
    assert storage.inventory.changes_for_run(old.id or 0) == []
    assert storage.logs.count_logs(LogQuery()) == 0

    assert await storage.retention.purge_before(T0) == 1
    assert storage.runs.count_runs(RunQuery()) == 0
