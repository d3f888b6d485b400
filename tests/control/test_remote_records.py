"""How a server console's panels read the server's pages (RemotePages): a read answers at once with
what is here and fetches the rest; the reader is told once it is in; after a run starts or ends the
old rows stay on screen until the fresh ones arrive; a server that refuses is not asked in a loop.
The orders, stock and Overview adapters read a real instance's control API and give what it serves."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from app.bootstrap import Runtime
from app.control.client import ControlClient, InstanceUnreachable
from app.control.remote_overview import RemoteOverview
from app.control.remote_records import RemotePages
from app.control.remote_stock import RemoteInventory, RemoteOrders, RemoteSettings
from app.control.server_address import server_endpoint
from app.core.models import RunStatus
from app.core.ports import DayTotals, OrderQuery
from app.sandbox.simple import SimpleSimulator
from tests.sync.harness import poll, start_simulator, store_settings

EVERY_HOUR = {"kind": "interval", "every_minutes": 60}


class Server:
    """The rows a server would answer, newest first, and the requests it got."""

    def __init__(self, rows: list[str], tell_total: bool = True) -> None:
        self.rows = rows
        self.tell_total = tell_total
        self.requests: list[tuple[str, int, int]] = []
        self.refusing = False

    async def fetch(self, query: str, offset: int, limit: int) -> tuple[list[str], int | None]:
        self.requests.append((query, offset, limit))
        await asyncio.sleep(0)
        if self.refusing:
            raise InstanceUnreachable("the StoreSync server at 127.0.0.1:9 refused the connection")
        matching = [row for row in self.rows if query in row]
        return matching[offset : offset + limit], len(matching) if self.tell_total else None


async def settle(pages: RemotePages[str, str]) -> None:
    for _ in range(20):
        await asyncio.sleep(0)


async def test_a_read_answers_at_once_and_tells_the_reader_when_the_rows_are_in() -> None:
    server = Server([f"run {number}" for number in range(30, 0, -1)])
    pages: RemotePages[str, str] = RemotePages(server.fetch, 10, 1000, "runs")
    arrivals: list[int] = []
    pages.arrived = lambda: arrivals.append(1)

    assert pages.count("run") == 0 and pages.rows("run", 0, 10) == []
    await settle(pages)
    assert arrivals == [1]
    assert pages.count("run") == 30
    assert pages.rows("run", 0, 3) == ["run 30", "run 29", "run 28"]
    assert server.requests == [("run", 0, 10)]

    assert pages.rows("run", 10, 10) == []  # scrolled on: the next page is fetched
    await settle(pages)
    assert pages.rows("run", 10, 2) == ["run 20", "run 19"]
    assert arrivals == [1, 1]


async def test_after_a_change_the_old_rows_stay_until_the_fresh_ones_arrive() -> None:
    server = Server(["run 2", "run 1"])
    pages: RemotePages[str, str] = RemotePages(server.fetch, 10, 1000, "runs")
    pages.rows("run", 0, 10)
    await settle(pages)

    server.rows.insert(0, "run 3")
    pages.invalidate()
    assert pages.rows("run", 0, 10) == ["run 2", "run 1"]
    await settle(pages)
    assert pages.rows("run", 0, 10) == ["run 3", "run 2", "run 1"]
    assert pages.count("run") == 3


async def test_without_a_total_a_full_page_says_there_may_be_more() -> None:
    server = Server([f"line {number}" for number in range(15, 0, -1)], tell_total=False)
    pages: RemotePages[str, str] = RemotePages(server.fetch, 10, 5000, "log")
    pages.count("line")
    await settle(pages)
    assert pages.count("line") == 11  # ten read, the view asks for more
    pages.rows("line", 10, 10)
    await settle(pages)
    assert pages.count("line") == 15
    assert pages.rows("line", 10, 10) == [f"line {number}" for number in range(5, 0, -1)]


async def test_a_refusing_server_is_asked_again_only_after_a_change() -> None:
    server = Server(["run 1"])
    server.refusing = True
    pages: RemotePages[str, str] = RemotePages(server.fetch, 10, 1000, "runs")
    arrivals: list[int] = []
    pages.arrived = lambda: arrivals.append(1)
    pages.rows("run", 0, 10)
    await settle(pages)
    for _ in range(5):
        assert pages.rows("run", 0, 10) == []
        await settle(pages)
    assert len(server.requests) == 1 and arrivals == []

    server.refusing = False
    pages.invalidate()
    pages.rows("run", 0, 10)
    await settle(pages)
    assert pages.rows("run", 0, 10) == ["run 1"] and arrivals == [1]


# --- the server's orders and stock, through its real control API ---------------------------------


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    server = start_simulator(30, orders=6)
    yield server
    server.stop()


async def _synced_shops(instance: Runtime, client: ControlClient, simulator: SimpleSimulator) -> None:
    """Two stores on the same simulator, each with its stock and orders read once."""
    job_ids: list[int] = []
    for name in ("Shop", "Outlet"):
        settings = store_settings(simulator)
        await client.add_store({"name": name, "platform": "generic_json", "settings": settings})
        for kind in ("inventory_pull", "orders_pull"):
            job = await client.add_job({"store": name, "kind": kind, "schedule": EVERY_HOUR})
            job_ids.append(job["id"])
    await client.trigger(jobs=job_ids)

    def ended() -> bool:
        runs = [instance.storage.runs.last_finished_run(job_id) for job_id in job_ids]
        return all(run is not None and run.status is RunStatus.SUCCEEDED for run in runs)

    await poll(ended, 30, what="the first runs")


class Arrivals:
    """Counts the reader's calls back, and waits for the next one."""

    def __init__(self) -> None:
        self.count = 0
        self._event = asyncio.Event()

    def __call__(self) -> None:
        self.count += 1
        self._event.set()

    async def next(self) -> None:
        await asyncio.wait_for(self._event.wait(), 10)
        self._event.clear()


async def test_the_servers_orders_are_read_with_their_filters_and_status_history(
    instance: Runtime, client: ControlClient, simulator: SimpleSimulator
) -> None:
    await _synced_shops(instance, client, simulator)
    orders = RemoteOrders(client)
    arrived, history_arrived = Arrivals(), Arrivals()
    orders.pages.arrived, orders.histories.arrived = arrived, history_arrived
    try:
        everything, shop = OrderQuery(), OrderQuery(store_id=(await client.store("Shop"))["id"])
        assert orders.count_matching(everything) == 0 and orders.list_orders(everything) == []
        await arrived.next()
        served = (await client.orders(limit=1000))["orders"]
        assert orders.count_matching(everything) == len(served) == 12
        assert [order.number for order in orders.list_orders(everything)] == [o["number"] for o in served]

        orders.count_matching(shop)
        await arrived.next()
        assert orders.count_matching(shop) == 6
        assert {order.store_name for order in orders.list_orders(shop)} == {"Shop"}

        first = orders.list_orders(everything)[0]
        assert orders.status_history(first.id) == []
        await history_arrived.next()
        served_history = (await client.order(first.id))["history"]
        assert [(step.status.value, step.source) for step in orders.status_history(first.id)] == [
            (step["status"], step["source"]) for step in served_history
        ]
        assert arrived.count == 2  # a history that arrives does not re-read the table
    finally:
        await orders.aclose()


async def test_the_servers_stock_is_searched_and_its_thresholds_and_sku_history_read(
    instance: Runtime, client: ControlClient, simulator: SimpleSimulator
) -> None:
    await _synced_shops(instance, client, simulator)
    await client.change_thresholds({"SKU-00003": 40})
    inventory = RemoteInventory(client)
    settings = RemoteSettings(inventory)
    arrived = Arrivals()
    inventory.pages.arrived = inventory.thresholds.arrived = inventory.histories.arrived = arrived
    try:
        assert inventory.count_items("") == 0 and inventory.sku_thresholds() == {}
        await arrived.next()
        await arrived.next()
        served = (await client.inventory())["items"]
        assert inventory.count_items("") == len(served) == 60
        items = inventory.search_items("", 0, 1000)
        assert [(item.sku, item.store_id) for item in items] == sorted(
            (i["sku"], i["store_id"]) for i in served
        )
        assert inventory.sku_thresholds() == {"SKU-00003": 40}
        assert settings.get_setting("low_stock_threshold", 5) == (await client.thresholds())["default"]

        sku = items[0].sku
        inventory.count_items(sku)
        await arrived.next()
        assert {item.sku for item in inventory.search_items(sku, 0, 100)} == {sku}
        assert inventory.count_items(sku) == 2  # one item in each store

        assert inventory.sku_history(sku) == []
        await arrived.next()
        assert {entry.store_name for entry in inventory.sku_history(sku)} == {"Shop", "Outlet"}
    finally:
        await inventory.aclose()


async def test_the_servers_overview_figures_are_one_request_a_refresh(
    instance: Runtime, client: ControlClient, simulator: SimpleSimulator
) -> None:
    """The Overview's three reads of a refresh are one request to /overview, and give what the
    server's own database gives; a new day asks again."""
    await _synced_shops(instance, client, simulator)
    overview = RemoteOverview(client)
    arrived = Arrivals()
    overview.pages.arrived = arrived
    now = datetime.now(UTC)
    day = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    since = now - timedelta(hours=24)
    try:
        assert overview.store_figures(since, {}, 5) == {} and overview.day_totals(day) == DayTotals()
        await arrived.next()
        local = instance.services.overview
        threshold = int(instance.services.settings.get_setting("low_stock_threshold", 5))
        assert overview.store_figures(since, {}, 5) == local.store_figures(since, {}, threshold)
        assert {figures.items for figures in overview.store_figures(since, {}, 5).values()} == {30}
        totals = overview.day_totals(day)
        assert totals == local.day_totals(day) and totals.orders_imported == 12
        assert local.ended_run_ids(now - timedelta(minutes=5)) <= overview.ended_run_ids(since)

        overview.day_totals(day + timedelta(days=1))  # past midnight: today's totals are new ones
        await arrived.next()
        assert overview.day_totals(day + timedelta(days=1)) == DayTotals()
        assert arrived.count == 2
    finally:
        await overview.aclose()


async def test_a_server_that_does_not_answer_is_one_line_from_the_count() -> None:
    client = ControlClient(server_endpoint(f"127.0.0.1:{free_port()}", "token"))
    orders, inventory = RemoteOrders(client), RemoteInventory(client)
    refused = Arrivals()
    orders.pages.refused = inventory.pages.refused = refused
    try:
        assert orders.count_matching(OrderQuery()) == 0
        assert inventory.count_items("") == 0
        await refused.next()
        if refused.count < 2:
            await refused.next()
        with pytest.raises(InstanceUnreachable) as orders_refused:
            orders.count_matching(OrderQuery())
        with pytest.raises(InstanceUnreachable):
            inventory.count_items("")
        assert "refused the connection" in str(orders_refused.value)
        assert "\n" not in str(orders_refused.value)
    finally:
        await orders.aclose()
        await inventory.aclose()
        await client.aclose()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
