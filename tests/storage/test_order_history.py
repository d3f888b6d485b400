"""Orders you can see: status history per order, a courier's news that a re-import does not undo,
the Orders panel's filters, and a database from before the history upgraded with one step per order."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from app.core.models import JobKind, OrderRecord, OrderStatus, ShipmentRecord, SyncRun, Trigger
from app.core.ports import OrderQuery
from app.storage import Storage, open_storage
from app.storage.paths import database_file
from app.storage.schema import MIGRATIONS, SCHEMA_VERSION, V11_ORDER_STATUS_HISTORY
from tests.storage.conftest import add_store_and_job


def _order(
    external_id: str,
    remote: str = "paid",
    status: OrderStatus = OrderStatus.PAID,
    *,
    placed: datetime = datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
    tracking: str = "",
) -> OrderRecord:
    return OrderRecord(
        external_id=external_id,
        number=f"#{external_id}",
        status=status,
        remote_status=remote,
        total=Decimal("42.50"),
        currency="EUR",
        created_at=placed,
        updated_at=placed,
        customer_country="FR",
        tracking=tracking,
    )


async def _run(storage: Storage, job_id: int | None) -> int:
    run = await storage.runs.start_run(
        SyncRun(job_id=job_id or 0, trigger=Trigger.CLI, started_at=datetime.now(UTC))
    )
    assert run.id is not None
    return run.id


async def test_each_status_an_order_goes_through_is_a_step_of_its_history(storage: Storage) -> None:
    store, job = await add_store_and_job(storage, kind=JobKind.ORDERS_PULL)
    assert store.id is not None
    run_id = await _run(storage, job.id)
    await storage.orders.upsert_orders(store.id, run_id, [_order("7")], None)
    await storage.orders.upsert_orders(store.id, run_id, [_order("7")], None)
    shipped = _order("7", "sent", OrderStatus.SHIPPED, tracking="TRK-7")
    await storage.orders.upsert_orders(store.id, run_id, [shipped], None)

    [order] = storage.orders.list_orders(OrderQuery())
    assert (order.number, order.status, order.remote_status, order.tracking) == (
        "#7",
        OrderStatus.SHIPPED,
        "sent",
        "TRK-7",
    )
    assert (order.store_name, order.customer_country, order.total) == ("Main shop", "FR", Decimal("42.50"))
    steps = storage.orders.status_history(order.id)
    assert [(s.previous, s.status, s.remote_status, s.source) for s in steps] == [
        (None, OrderStatus.PAID, "paid", "Main shop"),
        (OrderStatus.PAID, OrderStatus.SHIPPED, "sent", "Main shop"),
    ]


async def test_a_couriers_status_stays_until_the_store_itself_reports_a_new_one(storage: Storage) -> None:
    store, job = await add_store_and_job(storage, kind=JobKind.ORDERS_PULL)
    assert store.id is not None
    run_id = await _run(storage, job.id)
    await storage.orders.upsert_orders(store.id, run_id, [_order("7"), _order("8")], None)
    delivered = ShipmentRecord("#7", OrderStatus.DELIVERED, "LIVRÉ", tracking="6A123")
    outcome = await storage.orders.apply_shipments(
        store.id,
        run_id,
        "Colis",
        "number",
        [delivered, ShipmentRecord("#99", OrderStatus.SHIPPED, "x")],
        None,
    )
    assert [(m.external_id, m.status, m.tracking) for m in outcome.moved] == [
        ("7", OrderStatus.DELIVERED, "6A123")
    ]
    assert list(outcome.unmatched) == ["#99"]

    # The shop still says "paid" and sends no tracking number: the courier's news stays.
    counts = await storage.orders.upsert_orders(store.id, run_id, [_order("7")], None)
    assert counts.unchanged == 1
    seven = storage.orders.list_orders(OrderQuery(status=OrderStatus.DELIVERED))
    assert [(o.number, o.tracking) for o in seven] == [("#7", "6A123")]
    again = await storage.orders.apply_shipments(store.id, run_id, "Colis", "number", [delivered], None)
    assert (len(again.moved), again.unchanged) == (0, 1)

    # The shop reports a refund: its own new status wins, the tracking number stays.
    await storage.orders.upsert_orders(
        store.id, run_id, [_order("7", "refunded", OrderStatus.REFUNDED)], None
    )
    [order] = storage.orders.list_orders(OrderQuery(store_id=store.id, status=OrderStatus.REFUNDED))
    assert order.tracking == "6A123"
    steps = storage.orders.status_history(order.id)
    assert [(s.status, s.source, s.remote_status) for s in steps] == [
        (OrderStatus.PAID, "Main shop", "paid"),
        (OrderStatus.DELIVERED, "Colis", "LIVRÉ"),
        (OrderStatus.REFUNDED, "Main shop", "refunded"),
    ]


async def test_an_unmapped_courier_status_moves_only_the_tracking_number(storage: Storage) -> None:
    store, job = await add_store_and_job(storage, kind=JobKind.ORDERS_PULL)
    assert store.id is not None
    run_id = await _run(storage, job.id)
    await storage.orders.upsert_orders(store.id, run_id, [_order("7")], None)
    odd = ShipmentRecord("7", OrderStatus.UNKNOWN, "EN ATTENTE DOUANE", tracking="6A9")
    await storage.orders.apply_shipments(store.id, run_id, "Colis", "external_id", [odd], None)
    [order] = storage.orders.list_orders(OrderQuery())
    assert (order.status, order.tracking) == (OrderStatus.PAID, "6A9")
    assert len(storage.orders.status_history(order.id)) == 1


async def test_orders_filter_by_store_status_and_date_newest_first(storage: Storage) -> None:
    shop, job = await add_store_and_job(storage, kind=JobKind.ORDERS_PULL)
    other, _ = await add_store_and_job(storage, name="Outlet", kind=JobKind.ORDERS_PULL)
    assert shop.id is not None and other.id is not None
    run_id = await _run(storage, job.id)
    await storage.orders.upsert_orders(
        shop.id,
        run_id,
        [
            _order("1", placed=datetime(2026, 11, 1, tzinfo=UTC)),
            _order("2", "sent", OrderStatus.SHIPPED, placed=datetime(2026, 11, 20, tzinfo=UTC)),
            _order("3", placed=datetime(2026, 12, 1, tzinfo=UTC)),
        ],
        None,
    )
    await storage.orders.upsert_orders(
        other.id, run_id, [_order("1", placed=datetime(2026, 11, 25, tzinfo=UTC))], None
    )

    everything = storage.orders.list_orders(OrderQuery())
    assert [(o.store_name, o.number) for o in everything] == [
        ("Main shop", "#3"),
        ("Outlet", "#1"),
        ("Main shop", "#2"),
        ("Main shop", "#1"),
    ]
    assert [o.number for o in storage.orders.list_orders(OrderQuery(), offset=1, limit=2)] == ["#1", "#2"]
    late_november = OrderQuery(
        store_id=shop.id, since=datetime(2026, 11, 15, tzinfo=UTC), until=datetime(2026, 12, 1, tzinfo=UTC)
    )
    assert [o.number for o in storage.orders.list_orders(late_november)] == ["#2"]
    assert storage.orders.count_matching(OrderQuery(status=OrderStatus.PAID)) == 3
    assert storage.orders.count_matching(OrderQuery(store_id=other.id)) == 1


def test_orders_imported_before_the_history_get_their_first_step(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    before_history = [migration.sqlite for migration in MIGRATIONS].index(V11_ORDER_STATUS_HISTORY)
    with closing(sqlite3.connect(database_file(data_dir))) as connection, connection:
        for migration in MIGRATIONS[:before_history]:
            connection.executescript(migration.sqlite)
        connection.executescript(
            "INSERT INTO store (id, name, platform, created_at) "
            "VALUES (1, 'Old shop', 'shopify', '2026-01-01');"
            "INSERT INTO orders (store_id, external_id, number, status, remote_status, total, currency, "
            "imported_at) VALUES (1, '5', '#5', 'shipped', 'fulfilled', '9.90', 'EUR', "
            "'2026-03-04 05:06:07.000000');"
            f"PRAGMA user_version = {before_history};"
        )
    storage = open_storage(data_dir)
    try:
        [order] = storage.orders.list_orders(OrderQuery())
        assert (order.number, order.status, order.tracking, order.customer_country) == (
            "#5",
            OrderStatus.SHIPPED,
            "",
            "",
        )
        [step] = storage.orders.status_history(order.id)
        assert (step.status, step.remote_status, step.source) == (
            OrderStatus.SHIPPED,
            "fulfilled",
            "Old shop",
        )
        assert step.time == datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
    finally:
        storage.close()
    with closing(sqlite3.connect(database_file(data_dir))) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
