"""The Overview's aggregate figures read back what the runs and the stock stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from app.core.models import InventoryRecord, Job, JobKind, RunCounts, RunStatus, SyncRun, Trigger
from app.core.ports import InventoryBatch
from app.storage import Storage
from tests.storage.conftest import add_store_and_job


async def _run(
    storage: Storage, job: Job, started: datetime, seconds: float, status: RunStatus, counts: RunCounts
) -> SyncRun:
    run = await storage.runs.start_run(
        SyncRun(job_id=job.id or 0, trigger=Trigger.SCHEDULED, started_at=started)
    )
    finished = replace(run, status=status, finished_at=started + timedelta(seconds=seconds), counts=counts)
    await storage.runs.finish_run(finished)
    return finished


async def test_items_low_stock_failures_and_durations_per_store(storage: Storage) -> None:
    shop, shop_job = await add_store_and_job(storage, "Shop")
    erp, _erp_job = await add_store_and_job(storage, "ERP")
    now = datetime.now(UTC)
    await _run(storage, shop_job, now - timedelta(hours=30), 4.0, RunStatus.FAILED, RunCounts())
    await _run(storage, shop_job, now - timedelta(hours=2), 2.5, RunStatus.FAILED, RunCounts())
    last = await _run(
        storage, shop_job, now - timedelta(hours=1), 1.5, RunStatus.SUCCEEDED, RunCounts(fetched=3)
    )
    records = [InventoryRecord("A", 1), InventoryRecord("B", 4), InventoryRecord("C", 50)]
    await storage.inventory.merge_inventory(InventoryBatch(shop.id or 0, last.id or 0, records=records))
    await storage.inventory.merge_inventory(
        InventoryBatch(erp.id or 0, last.id or 0, records=[InventoryRecord("A", 3)])
    )

    figures = storage.overview.store_figures(now - timedelta(hours=24), {erp.id or 0: 2}, 5, recent=2)

    assert figures[shop.id or 0].items == 3
    assert figures[shop.id or 0].low_stock == 2, "1 and 4 are at or below the default 5"
    assert figures[shop.id or 0].failures == 1, "the failure 30 h ago is older than the day asked for"
    assert figures[shop.id or 0].durations == (2.5, 1.5), "the latest two, oldest first"
    assert figures[erp.id or 0].low_stock == 0, "the ERP's own threshold is 2"
    assert figures[erp.id or 0].durations == ()

    await storage.inventory.set_sku_thresholds({"C": 60, "A": 2})
    figures = storage.overview.store_figures(now - timedelta(hours=24), {erp.id or 0: 2}, 5, recent=2)
    assert figures[shop.id or 0].low_stock == 3, "a SKU's own threshold wins: C is low at 50 of 60"
    assert figures[erp.id or 0].low_stock == 0, "A's own threshold is 2 there too"


async def test_day_totals_count_runs_stock_changes_and_new_orders_since_midnight(storage: Storage) -> None:
    _shop, stock_job = await add_store_and_job(storage, "Shop")
    _orders_store, orders_job = await add_store_and_job(storage, "Orders shop", JobKind.ORDERS_PULL)
    now = datetime.now(UTC)
    midnight = now - timedelta(hours=3)
    await _run(storage, stock_job, now - timedelta(hours=5), 1, RunStatus.SUCCEEDED, RunCounts(created=99))
    await _run(
        storage, stock_job, now - timedelta(hours=1), 1, RunStatus.SUCCEEDED, RunCounts(created=2, updated=3)
    )
    await _run(storage, stock_job, now - timedelta(minutes=30), 1, RunStatus.PARTIAL, RunCounts(deleted=1))
    await _run(
        storage,
        orders_job,
        now - timedelta(minutes=10),
        1,
        RunStatus.SUCCEEDED,
        RunCounts(created=7, updated=4),
    )

    totals = storage.overview.day_totals(midnight)

    assert (totals.runs, totals.items_changed, totals.orders_imported) == (3, 6, 7)
