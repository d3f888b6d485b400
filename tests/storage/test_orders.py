"""Orders: a re-import updates instead of duplicating, and the cursor commits with the orders."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from app.core.models import JobKind, OrderRecord, OrderStatus, RunCounts, SyncRun, Trigger
from app.core.ports import CursorUpdate
from app.storage import Storage
from tests.storage.conftest import add_store_and_job


def _order(external_id: str, status: OrderStatus = OrderStatus.PAID, total: str = "19.99") -> OrderRecord:
    return OrderRecord(
        external_id=external_id,
        number=f"#{external_id}",
        status=status,
        remote_status=status.value,
        total=Decimal(total),
        currency="EUR",
        created_at=datetime(2026, 1, 2, 3, 4, tzinfo=UTC),
        updated_at=datetime(2026, 1, 2, 3, 5, tzinfo=UTC),
        raw={"id": external_id, "lines": [{"sku": "A", "qty": 1}]},
    )


async def test_a_re_import_updates_instead_of_duplicating(storage: Storage) -> None:
    store, job = await add_store_and_job(storage, kind=JobKind.ORDERS_PULL)
    run = await storage.runs.start_run(
        SyncRun(job_id=job.id or 0, trigger=Trigger.CLI, started_at=datetime.now(UTC))
    )
    first = await storage.orders.upsert_orders(
        store.id or 0,
        run.id or 0,
        [_order("1"), _order("2"), _order("3")],
        CursorUpdate(job.id or 0, "orders", "t1"),
    )
    assert first == RunCounts(created=3)
    again = await storage.orders.upsert_orders(
        store.id or 0,
        run.id or 0,
        [_order("1"), _order("2", OrderStatus.SHIPPED), _order("3", total="20.00"), _order("4")],
        CursorUpdate(job.id or 0, "orders", "t2"),
    )
    assert again == RunCounts(created=1, updated=2, unchanged=1)
    assert storage.orders.count_orders(store.id) == 4
    assert storage.orders.count_orders() == 4
    assert storage.cursors.get_cursor(job.id or 0, "orders") == "t2"


async def test_the_same_order_id_in_two_stores_is_two_orders(storage: Storage) -> None:
    store, job = await add_store_and_job(storage, kind=JobKind.ORDERS_PULL)
    other, _ = await add_store_and_job(storage, name="Other", kind=JobKind.ORDERS_PULL)
    run = await storage.runs.start_run(
        SyncRun(job_id=job.id or 0, trigger=Trigger.CLI, started_at=datetime.now(UTC))
    )
    await storage.orders.upsert_orders(store.id or 0, run.id or 0, [_order("1")], None)
    counts = await storage.orders.upsert_orders(other.id or 0, run.id or 0, [_order("1")], None)
    assert counts == RunCounts(created=1)
    assert storage.orders.count_orders(other.id) == 1


async def test_an_order_repeated_within_one_page_is_stored_once(storage: Storage) -> None:
    store, job = await add_store_and_job(storage, kind=JobKind.ORDERS_PULL)
    run = await storage.runs.start_run(
        SyncRun(job_id=job.id or 0, trigger=Trigger.CLI, started_at=datetime.now(UTC))
    )
    counts = await storage.orders.upsert_orders(
        store.id or 0, run.id or 0, [_order("1"), _order("1", OrderStatus.CANCELLED)], None
    )
    assert counts == RunCounts(created=1)
    assert await storage.orders.upsert_orders(
        store.id or 0, run.id or 0, [_order("1", OrderStatus.CANCELLED)], None
    ) == RunCounts(unchanged=1)


async def test_a_big_import_is_counted_exactly(storage: Storage) -> None:
    store, job = await add_store_and_job(storage, kind=JobKind.ORDERS_PULL)
    run = await storage.runs.start_run(
        SyncRun(job_id=job.id or 0, trigger=Trigger.CLI, started_at=datetime.now(UTC))
    )
    orders = [_order(str(n)) for n in range(1_200)]
    assert await storage.orders.upsert_orders(store.id or 0, run.id or 0, orders, None) == RunCounts(
        created=1_200
    )
    assert await storage.orders.upsert_orders(store.id or 0, run.id or 0, orders, None) == RunCounts(
        unchanged=1_200
    )
