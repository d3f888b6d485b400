"""A courier store follows a shop's orders: the Sendcloud preset's store reads the courier simulator's
parcels (paged by whole next addresses, changed-since cursor, basic auth) through the real generic
connector and engine, moves the shop's matching orders to the parcels' statuses and tracking numbers,
writes each new status back to the shop through its order status write (a status the shop refuses
stays in StoreSync and the run says so), and a courier's own word (a French "LIVRÉ") reads as
delivered through the store's status names."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.connectors.generic_json import GenericJsonConnector
from app.core.models import JobKind, OrderStatus, Platform, RunStatus, Store, Trigger
from app.core.ports import OrderQuery
from app.core.shipped_presets import shipped_preset
from app.sandbox.sendcloud import DELIVERED, EN_ROUTE, READY_TO_SEND, SendcloudSimulator
from app.sandbox.simple import SimpleSimulator
from tests.sync.harness import Harness, build_harness, start_simulator

PRESET = "sendcloud-parcels"


@pytest.fixture
def shop() -> Iterator[SimpleSimulator]:
    server = start_simulator(10, orders=4)
    yield server
    server.stop()


@pytest.fixture
def courier() -> Iterator[SendcloudSimulator]:
    server = SendcloudSimulator()
    server.start()
    yield server
    server.stop()


async def _courier_store(harness: Harness, courier: SendcloudSimulator, **settings: object) -> Store:
    preset = shipped_preset(PRESET)
    values = {**preset.settings, **courier.store_settings(), "orders_store": "Shop", **settings}
    store = await harness.storage.stores.save_store(Store("Sendcloud", Platform.GENERIC_JSON, values))
    assert store.id is not None
    harness.credentials.demo_secrets[store.id] = courier.store_secrets()
    return store


async def _shop_with_orders(harness: Harness, shop: SimpleSimulator, **settings: object) -> Store:
    store = await harness.add_store("Shop", shop)
    store.settings.update({"order_status_endpoint": "/orders/{id}/status", **settings})
    store = await harness.storage.stores.save_store(store)
    run = await harness.engine.run(await harness.add_job(store, JobKind.ORDERS_PULL), Trigger.MANUAL)
    assert run.status is RunStatus.SUCCEEDED and run.counts.created == 4
    return store


def _order(harness: Harness, number: str) -> tuple[OrderStatus, str, int]:
    [found] = [o for o in harness.storage.orders.list_orders(OrderQuery()) if o.number == number]
    return found.status, found.tracking, found.id


async def test_parcels_move_the_shops_orders_and_the_new_statuses_are_written_back(
    tmp_path: Path, shop: SimpleSimulator, courier: SendcloudSimulator
) -> None:
    harness = build_harness(tmp_path)
    shop_store = await _shop_with_orders(harness, shop)
    first, second = (order.number for order in shop.catalog.all_orders()[:2])
    store = await _courier_store(
        harness,
        courier,
        write_back="yes",
        status_map={**shipped_preset(PRESET).settings["status_map"], "LIVRÉ": "delivered"},
    )
    job = await harness.add_job(store, JobKind.SHIPMENT_PULL)
    parcel = courier.ship(first, "3SABC0001", EN_ROUTE)
    courier.ship(second, "3SABC0002", READY_TO_SEND)
    courier.ship("AMZ-553", "3SXYZ0003", EN_ROUTE)  # a parcel of another sales channel

    run = await harness.engine.run(job, Trigger.MANUAL)

    assert run.status is RunStatus.SUCCEEDED, run.error_message
    assert (run.counts.fetched, run.counts.updated, run.counts.failed, run.counts.skipped) == (3, 2, 0, 1)
    assert _order(harness, first)[:2] == (OrderStatus.SHIPPED, "3SABC0001")
    assert _order(harness, second)[:2] == (OrderStatus.PROCESSING, "3SABC0002")
    written = {w["id"]: (w["status"], w["tracking_number"]) for w in shop.status_writes}
    by_number = {o.number: o.id for o in shop.catalog.all_orders()}
    assert written == {
        by_number[first]: ("shipped", "3SABC0001"),
        by_number[second]: ("processing", "3SABC0002"),
    }

    courier.move(parcel, (DELIVERED[0], "LIVRÉ"))
    again = await harness.engine.run(job, Trigger.MANUAL)

    assert again.status is RunStatus.SUCCEEDED, again.error_message
    assert (again.counts.fetched, again.counts.updated) == (1, 1), "only the parcel changed since the cursor"
    status, tracking, order_id = _order(harness, first)
    assert (status, tracking) == (OrderStatus.DELIVERED, "3SABC0001")
    steps = harness.storage.orders.status_history(order_id)
    assert [(s.status, s.source, s.remote_status) for s in steps][1:] == [
        (OrderStatus.SHIPPED, "Sendcloud", "En route to sorting center"),
        (OrderStatus.DELIVERED, "Sendcloud", "LIVRÉ"),
    ]

    # The shop now reports what was written back: the order stays delivered, with no new step.
    orders_job = next(
        j for j in harness.storage.stores.list_jobs(shop_store.id) if j.kind is JobKind.ORDERS_PULL
    )
    pulled = await harness.engine.run(orders_job, Trigger.MANUAL)
    assert pulled.status is RunStatus.SUCCEEDED
    assert _order(harness, first)[:2] == (OrderStatus.DELIVERED, "3SABC0001")
    assert len(harness.storage.orders.status_history(order_id)) == len(steps)


async def test_a_status_the_shop_refuses_stays_here_and_the_run_says_so(
    tmp_path: Path, shop: SimpleSimulator, courier: SendcloudSimulator, caplog: pytest.LogCaptureFixture
) -> None:
    harness = build_harness(tmp_path)
    first, cancelled = shop.catalog.all_orders()[:2]
    shop.catalog.set_order_status(cancelled.id, "cancelled")
    await _shop_with_orders(harness, shop, order_status_ok_status="200", order_status_result_path="status")
    store = await _courier_store(harness, courier, write_back="yes")
    courier.ship(first.number, "3SABC0001", EN_ROUTE)
    courier.ship(cancelled.number, "3SABC0002", EN_ROUTE)

    with caplog.at_level(logging.INFO, logger="app.sync"):
        run = await harness.engine.run(await harness.add_job(store, JobKind.SHIPMENT_PULL), Trigger.MANUAL)

    assert run.status is RunStatus.PARTIAL
    assert (run.counts.updated, run.counts.failed) == (2, 1)
    assert run.error_message is not None
    assert run.error_message.startswith(
        f"1 item failed; first: {cancelled.number}: the status “shipped” was not written back: "
        "The store answered HTTP 422"
    )
    assert run.id is not None
    recorded = harness.storage.runs.get_run(run.id)
    assert recorded is not None and recorded.error_message == run.error_message
    # The shop really holds the status that was written, and kept the one it refused.
    statuses = {order.id: order.status for order in shop.catalog.all_orders()}
    assert (statuses[first.id], statuses[cancelled.id]) == ("shipped", "cancelled")
    # Nothing the courier said is lost: both orders moved on here.
    assert _order(harness, first.number)[:2] == (OrderStatus.SHIPPED, "3SABC0001")
    assert _order(harness, cancelled.number)[:2] == (OrderStatus.SHIPPED, "3SABC0002")
    said = [r.getMessage() for r in caplog.records if r.name == "app.sync.run"]
    assert "Wrote 1 of 2 new order statuses back to Shop" in said
    assert any(
        line.startswith(f"Order {cancelled.number} of Shop: the status “shipped” was not written back")
        for line in said
    ), said


async def test_write_back_to_a_shop_without_a_status_write_says_so_and_keeps_the_news(
    tmp_path: Path, shop: SimpleSimulator, courier: SendcloudSimulator
) -> None:
    harness = build_harness(tmp_path)
    await _shop_with_orders(harness, shop, order_status_endpoint="")
    store = await _courier_store(harness, courier, write_back="yes")
    first = shop.catalog.all_orders()[0]
    courier.ship(first.number, "3SABC0001", EN_ROUTE)

    run = await harness.engine.run(await harness.add_job(store, JobKind.SHIPMENT_PULL), Trigger.MANUAL)

    assert run.status is RunStatus.FAILED
    assert run.error_message == (
        "Shop has no order status write set up, so the new statuses stayed in StoreSync."
    )
    assert _order(harness, first.number)[:2] == (OrderStatus.SHIPPED, "3SABC0001")
    assert shop.status_writes == []


async def test_a_courier_without_the_store_it_follows_fails_with_one_plain_sentence(
    tmp_path: Path, courier: SendcloudSimulator
) -> None:
    harness = build_harness(tmp_path)
    store = await _courier_store(harness, courier, orders_store="Shop that was renamed")
    courier.ship("#1001", "3SABC0001", EN_ROUTE)

    run = await harness.engine.run(await harness.add_job(store, JobKind.SHIPMENT_PULL), Trigger.MANUAL)

    assert run.status is RunStatus.FAILED
    assert run.error_message == (
        "Sendcloud follows the orders of “Shop that was renamed”, but there is no store of that name."
    )


async def test_a_wrong_secret_key_is_refused_and_nothing_moves(
    tmp_path: Path, shop: SimpleSimulator, courier: SendcloudSimulator
) -> None:
    harness = build_harness(tmp_path)
    await _shop_with_orders(harness, shop)
    store = await _courier_store(harness, courier)
    assert store.id is not None
    harness.credentials.demo_secrets[store.id] = {"secret": "not-the-key"}
    courier.ship(shop.catalog.all_orders()[0].number, "3SABC0001", DELIVERED)

    run = await harness.engine.run(await harness.add_job(store, JobKind.SHIPMENT_PULL), Trigger.MANUAL)

    assert run.status is RunStatus.FAILED and run.error_kind == "auth"
    assert harness.storage.orders.count_matching(OrderQuery(status=OrderStatus.DELIVERED)) == 0


async def test_test_connection_of_a_courier_reads_its_shipments_and_names_unmapped_statuses(
    courier: SendcloudSimulator,
) -> None:
    settings = {**shipped_preset(PRESET).settings, **courier.store_settings(), "orders_store": "Shop"}
    courier.ship("#1001", "3SABC0001", EN_ROUTE)
    courier.ship("#1002", "3SABC0002", (92, "Chauffeur en route"))
    connector = GenericJsonConnector(
        Store("Sendcloud", Platform.GENERIC_JSON, settings, id=1), courier.store_secrets()
    )
    try:
        assert connector.supported_jobs == frozenset({JobKind.SHIPMENT_PULL})
        said = await connector.test_connection()
    finally:
        await connector.aclose()
    assert said == (
        "Connected to 127.0.0.1: the first page has 2 shipments: 2 readable; statuses with no order "
        "status yet: Chauffeur en route."
    )
