"""The repositories a run needs, on PostgreSQL: what the engine stores there reads back as it does on
SQLite (stores and jobs, a run's start and end, settings, orders with their cursor, the history's
purge), and a job already running in another worker is refused."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.core.errors import AlreadyRunning, StorageError
from app.core.models import (
    InventoryRecord,
    Job,
    JobKind,
    OrderRecord,
    OrderStatus,
    Platform,
    RunCounts,
    RunStatus,
    ShipmentRecord,
    Store,
    SyncRun,
    Trigger,
)
from app.core.ports import BulkRows, CursorUpdate, InventoryBatch, OrderQuery, RunQuery
from app.core.schedule import ScheduleSpec
from app.core.stock_rows import encode_rows
from app.storage import postgres
from app.storage.postgres_storage import PostgresStorage, open_postgres_storage

pytestmark = pytest.mark.postgres


@pytest.fixture
async def storage(postgres_url: str) -> AsyncIterator[PostgresStorage]:
    with postgres.connect(postgres_url) as connection:
        postgres.migrate(connection)
    opened = open_postgres_storage(postgres_url)
    yield opened
    opened.close()


async def _store_and_job(storage: PostgresStorage, name: str = "Warehouse") -> tuple[Store, Job]:
    store = await storage.stores.save_store(
        Store(name, Platform.GENERIC_JSON, {"base_url": "http://127.0.0.1:1"})
    )
    job = await storage.stores.save_job(
        Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(minutes=15), store_id=store.id)
    )
    return store, job


def test_a_worker_refuses_a_database_not_migrated(postgres_url: str) -> None:
    with pytest.raises(StorageError, match="run `storesync migrate` first"):
        open_postgres_storage(postgres_url)


async def test_stores_and_jobs_read_back_as_saved(storage: PostgresStorage) -> None:
    store, job = await _store_and_job(storage)
    assert storage.stores.get_store(store.id or 0) == store
    assert storage.stores.find_store("Warehouse") == store
    assert [s.name for s in storage.stores.list_stores()] == ["Warehouse"]
    assert storage.stores.get_job(job.id or 0) == job
    assert storage.stores.list_jobs(store.id) == [job]
    assert storage.stores.keychain_id(store.id or 0)
    with pytest.raises(StorageError, match="already exists"):
        await storage.stores.save_store(Store("Warehouse", Platform.GENERIC_JSON, {}))
    paused = await storage.stores.save_job(replace(job, paused=True, paused_reason="holiday"))
    assert storage.stores.get_job(job.id or 0) == paused
    await storage.stores.delete_store(store.id or 0)
    assert storage.stores.list_jobs() == []


async def test_a_run_is_recorded_and_a_second_live_run_is_refused(
    storage: PostgresStorage,
) -> None:
    store, job = await _store_and_job(storage)
    assert job.id is not None
    started = await storage.runs.start_run(
        SyncRun(job_id=job.id, trigger=Trigger.SCHEDULED, started_at=datetime.now(UTC))
    )
    assert started.store_name == "Warehouse" and started.kind is JobKind.INVENTORY_PULL
    with pytest.raises(AlreadyRunning):
        await storage.runs.start_run(
            SyncRun(job_id=job.id, trigger=Trigger.MANUAL, started_at=datetime.now(UTC))
        )
    await storage.runs.finish_run(
        replace(
            started,
            status=RunStatus.SUCCEEDED,
            finished_at=datetime.now(UTC),
            counts=RunCounts(fetched=3, created=3),
        )
    )
    last = storage.runs.last_run(job.id)
    assert last is not None and last.status is RunStatus.SUCCEEDED and last.counts.created == 3
    assert storage.runs.count_runs(RunQuery(store_id=store.id)) == 1
    assert storage.runs.last_scheduled_slot(job.id) is not None
    assert [run.id for run in storage.runs.list_runs(RunQuery(job_id=job.id))] == [started.id]
    assert storage.runs.count_runs(RunQuery(removed_store="Warehouse")) == 0  # not removed yet
    await storage.stores.delete_store(store.id or 0)
    removed = storage.runs.list_runs(RunQuery(removed_store="Warehouse"))
    assert [(run.id, run.store_name) for run in removed] == [(started.id, "Warehouse")]


async def test_settings_cursors_and_orders(storage: PostgresStorage) -> None:
    store, job = await _store_and_job(storage)
    assert store.id is not None and job.id is not None
    await storage.settings.set_setting("retry_attempts", 5)
    await storage.settings.set_setting("retry_attempts", 6)
    assert storage.settings.get_setting("retry_attempts") == 6
    run = await storage.runs.start_run(
        SyncRun(job_id=job.id, trigger=Trigger.SCHEDULED, started_at=datetime.now(UTC))
    )
    assert run.id is not None
    order = OrderRecord(
        external_id="A-1",
        number="1001",
        status=OrderStatus.PAID,
        remote_status="paid",
        total=Decimal("12.50"),
        currency="EUR",
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        updated_at=datetime(2026, 1, 2, tzinfo=UTC),
        raw={"id": "A-1"},
    )
    first = await storage.orders.upsert_orders(
        store.id, run.id, [order], CursorUpdate(job.id, "orders", "2026-01-02")
    )
    again = await storage.orders.upsert_orders(store.id, run.id, [order], None)
    assert (first.created, again.unchanged) == (1, 1)
    assert storage.orders.count_orders(store.id) == 1
    assert storage.cursors.get_cursor(job.id, "orders") == "2026-01-02"


async def test_a_courier_moves_an_order_on_and_its_history_reads_back(storage: PostgresStorage) -> None:
    """The Orders panel and `storesync orders` of a server read what a worker stored and moved."""
    store, job = await _store_and_job(storage)
    assert store.id is not None and job.id is not None
    run = await storage.runs.start_run(
        SyncRun(job_id=job.id, trigger=Trigger.SCHEDULED, started_at=datetime.now(UTC))
    )
    assert run.id is not None
    order = OrderRecord(
        external_id="A-7",
        number="#7",
        status=OrderStatus.PAID,
        remote_status="paid",
        total=Decimal("30.00"),
        currency="EUR",
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        updated_at=None,
        raw={},
        customer_country="FR",
    )
    await storage.orders.upsert_orders(store.id, run.id, [order], None)
    outcome = await storage.orders.apply_shipments(
        store.id,
        run.id,
        "Colis",
        "number",
        [
            ShipmentRecord("#7", OrderStatus.DELIVERED, "LIVRÉ", tracking="6A123"),
            ShipmentRecord("#9", OrderStatus.SHIPPED, "x"),
        ],
        None,
    )
    assert [(m.external_id, m.status, m.tracking) for m in outcome.moved] == [
        ("A-7", OrderStatus.DELIVERED, "6A123")
    ]
    assert outcome.unmatched == ["#9"]
    again = await storage.orders.upsert_orders(store.id, run.id, [order], None)
    assert again.unchanged == 1, "the store's unchanged 'paid' does not undo the courier's news"
    [stored] = storage.orders.list_orders(OrderQuery(store_id=store.id, status=OrderStatus.DELIVERED))
    assert (stored.tracking, stored.customer_country) == ("6A123", "FR")
    assert storage.orders.count_matching(OrderQuery(store_id=store.id)) == 1
    history = storage.orders.status_history(stored.id)
    assert [(step.status, step.source) for step in history] == [
        (OrderStatus.PAID, "Warehouse"),
        (OrderStatus.DELIVERED, "Colis"),
    ]


async def test_the_purge_keeps_each_jobs_latest_run(storage: PostgresStorage) -> None:
    _, job = await _store_and_job(storage)
    assert job.id is not None
    long_ago = datetime.now(UTC) - timedelta(days=400)
    for _ in range(3):
        run = await storage.runs.start_run(
            SyncRun(job_id=job.id, trigger=Trigger.SCHEDULED, started_at=long_ago)
        )
        await storage.runs.finish_run(replace(run, status=RunStatus.SUCCEEDED, finished_at=long_ago))
    assert await storage.retention.purge_before(datetime.now(UTC) - timedelta(days=30)) == 2
    assert storage.runs.count_runs(RunQuery(job_id=job.id)) == 1


async def test_the_purge_removes_an_old_runs_stock_changes_however_many(storage: PostgresStorage) -> None:
    store, job = await _store_and_job(storage)
    assert store.id is not None and job.id is not None
    long_ago = datetime.now(UTC) - timedelta(days=400)
    old = await storage.runs.start_run(SyncRun(job_id=job.id, trigger=Trigger.SCHEDULED, started_at=long_ago))
    assert old.id is not None
    listed = [(f"SKU-{n}", 1, "Item", None, None, None) for n in range(45_001)]
    first_sync = BulkRows(encode_rows(listed), len(listed))
    await storage.inventory.merge_inventory(InventoryBatch(store.id, old.id, bulk=[first_sync]))
    await storage.runs.finish_run(replace(old, status=RunStatus.SUCCEEDED, finished_at=long_ago))
    latest = await storage.runs.start_run(
        SyncRun(job_id=job.id, trigger=Trigger.SCHEDULED, started_at=datetime.now(UTC))
    )
    assert latest.id is not None
    await storage.inventory.merge_inventory(
        InventoryBatch(store.id, latest.id, [InventoryRecord("SKU-0", 2, "Item")])
    )
    assert await storage.retention.purge_before(datetime.now(UTC) - timedelta(days=30)) == 45_001 + 1
    assert storage.inventory.changes_for_run(old.id) == []
    assert [
        (c.sku, c.old_quantity, c.new_quantity) for c in storage.inventory.changes_for_run(latest.id)
    ] == [("SKU-0", 1, 2)]
