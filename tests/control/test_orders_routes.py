"""GET /api/v1/orders and /api/v1/orders/{id} against a real instance whose orders came from the
loopback store simulator: the page, the filters, an order's history, and refusals in plain words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.bootstrap import Runtime
from app.control.client import ControlClient, RequestRefused
from app.core.models import RunStatus
from app.sandbox.simple import SimpleSimulator
from tests.sync.harness import poll, start_simulator, store_settings

EVERY_HOUR = {"kind": "interval", "every_minutes": 60}


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    server = start_simulator(20, orders=5)
    yield server
    server.stop()


async def test_orders_are_listed_filtered_and_detailed(
    instance: Runtime, client: ControlClient, simulator: SimpleSimulator
) -> None:
    await client.add_store(
        {"name": "Shop", "platform": "generic_json", "settings": store_settings(simulator)}
    )
    await client.add_job({"store": "Shop", "kind": "orders_pull", "schedule": EVERY_HOUR})
    [started] = (await client.trigger(stores=["Shop"], kind="orders_pull"))["started"]

    def ended() -> bool:
        run = instance.storage.runs.get_run(started["run_id"])
        return run is not None and run.status is RunStatus.SUCCEEDED

    await poll(ended, 20, what="the orders run")
    page = await client.orders(limit=2)
    assert (page["total"], page["offset"], page["next_offset"], len(page["orders"])) == (5, 0, 2, 2)
    catalog = {order.number: order for order in simulator.catalog.all_orders()}
    first = page["orders"][0]
    assert first["store_name"] == "Shop"
    assert (first["status"], first["total"], first["customer_country"]) == (
        catalog[first["number"]].status,
        catalog[first["number"]].total,
        catalog[first["number"]].country,
    )
    same_status = await client.orders(store="Shop", status=first["status"])
    assert {o["number"] for o in same_status["orders"]} == {
        number for number, order in catalog.items() if order.status == first["status"]
    }
    detail = await client.order(first["id"])
    assert [(step["previous"], step["status"], step["source"]) for step in detail["history"]] == [
        (None, first["status"], "Shop")
    ]

    with pytest.raises(RequestRefused) as bad_status:
        await client.orders(status="lost")
    with pytest.raises(RequestRefused) as no_order:
        await client.order(424242)
    assert bad_status.value.http_status == 400 and "status must be one of pending, paid" in str(
        bad_status.value
    )
    assert no_order.value.http_status == 404 and str(no_order.value) == "no order with id 424242"
