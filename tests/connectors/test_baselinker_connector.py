"""BaseLinker connector: the RPC calls it sends, the token block, warnings and every error path."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

import httpx
import pytest
import respx

from app.connectors import baselinker as baselinker_module
from app.connectors.baselinker import API_URL, BaseLinkerConnector, TokenBlocks, blocked_until, warsaw_to_utc
from app.connectors.http import HttpPolicy
from app.connectors.policy import RetryPolicy
from app.core.errors import AuthError, ConfigError, InvalidResponse, RateLimited, RemoteError
from app.core.models import OrderStatus, Platform, StockUpdate, Store


def success(**fields: Any) -> httpx.Response:
    return httpx.Response(200, json={"status": "SUCCESS", **fields})


def failure(code: str, message: str) -> httpx.Response:
    return httpx.Response(200, json={"status": "ERROR", "error_code": code, "error_message": message})


class FakeBaseLinker:
    def __init__(self) -> None:
        self.replies: dict[str, list[httpx.Response]] = {}
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.tokens: list[str] = []

    def on(self, method: str, *replies: httpx.Response) -> None:
        self.replies.setdefault(method, []).extend(replies)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
        form = parse_qs(request.content.decode())
        method = form["method"][0]
        self.calls.append((method, json.loads(form["parameters"][0])))
        self.tokens.append(request.headers["X-BLToken"])
        queue = self.replies.get(method)
        assert queue, f"unexpected {method}"
        return queue.pop(0) if len(queue) > 1 else queue[0]

    def sent(self, method: str) -> list[dict[str, Any]]:
        return [parameters for name, parameters in self.calls if name == method]


@pytest.fixture(autouse=True)
def fresh_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(baselinker_module, "TOKEN_BLOCKS", TokenBlocks())


@pytest.fixture
def token() -> str:
    """A token of its own per test, so the shared 100-a-minute budget starts full."""
    return f"3001234-{uuid.uuid4().hex}"


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def api() -> Iterator[FakeBaseLinker]:
    fake = FakeBaseLinker()
    with respx.mock(assert_all_called=False) as router:
        router.post(API_URL).mock(side_effect=fake)
        yield fake


def connector(token: str, sleeps: list[float], **settings: Any) -> BaseLinkerConnector:
    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        await asyncio.sleep(min(seconds, 0.01))

    policy = HttpPolicy(retry=RetryPolicy(attempts=3, sleep=sleep, jitter=lambda: 0.5))
    values = {"inventory_id": 7, "warehouse_id": "bl_1", **settings}
    return BaseLinkerConnector(Store("BL", Platform.BASELINKER, values), {"api_token": token}, policy=policy)


async def collect(pages: Any) -> tuple[list[Any], list[Any], list[str | None]]:
    records, failures, cursors = [], [], []
    async for p in pages:
        records.extend(p.records)
        failures.extend(p.failures)
        cursors.append(p.cursor)
    return records, failures, cursors


def listing(ids: range) -> dict[str, Any]:
    return {
        str(i): {"id": i, "ean": "", "sku": f"SKU-{i}", "name": f"Mug {i}", "prices": {"1": 9.5}} for i in ids
    }


def stock(ids: range, second: int = 0) -> dict[str, Any]:
    return {
        str(i): {
            "product_id": i,
            "stock": {"bl_1": i % 50, "bl_2": second},
            "reservations": {},
            "variants": [],
        }
        for i in ids
    }


# --- the RPC shape and connection -------------------------------------------------------------------


async def test_connection_names_the_catalog(api: FakeBaseLinker, token: str, sleeps: list[float]) -> None:
    inventory = {"inventory_id": 7, "name": "Main catalog", "warehouses": ["bl_1", "bl_2"]}
    api.on("getInventories", success(inventories=[inventory]))
    message = await connector(token, sleeps).test_connection()
    assert "Main catalog" in message and "bl_1, bl_2" in message
    assert api.calls == [("getInventories", {})]
    assert api.tokens == [token]


async def test_connection_says_which_catalogs_exist(
    api: FakeBaseLinker, token: str, sleeps: list[float]
) -> None:
    api.on("getInventories", success(inventories=[{"inventory_id": 3, "name": "Other", "warehouses": []}]))
    with pytest.raises(ConfigError, match=r"no catalog 7.*: 3"):
        await connector(token, sleeps).test_connection()


async def test_connection_rejects_an_unknown_warehouse(
    api: FakeBaseLinker, token: str, sleeps: list[float]
) -> None:
    api.on("getInventories", success(inventories=[{"inventory_id": 7, "name": "C", "warehouses": ["bl_1"]}]))
    with pytest.raises(ConfigError, match="bl_9"):
        await connector(token, sleeps, warehouse_id="bl_9").test_connection()


@pytest.mark.parametrize(
    ("reply", "error", "words"),
    [
        (failure("ERROR_BAD_TOKEN", "Invalid user token"), AuthError, "Invalid user token"),
        (failure("ERROR_INVENTORY_NOT_FOUND", "Inventory not found"), ConfigError, "catalog ID"),
        (failure("ERROR_UNKNOWN_METHOD", "Unknown method"), RemoteError, "Unknown method"),
        (httpx.Response(200, json={"inventories": []}), InvalidResponse, "without a status"),
        (
            httpx.Response(
                200, text="<html><body>Cloudflare</body></html>", headers={"Content-Type": "text/html"}
            ),
            InvalidResponse,
            "web page",
        ),
    ],
)
async def test_errors_inside_a_200_are_typed(
    api: FakeBaseLinker,
    token: str,
    sleeps: list[float],
    reply: httpx.Response,
    error: type[Exception],
    words: str,
) -> None:
    api.on("getInventories", reply)
    with pytest.raises(error, match=words) as raised:
        await connector(token, sleeps).test_connection()
    assert len(api.calls) == 1
    assert token not in str(raised.value)


# --- the token block ----------------------------------------------------------------------------------


def test_block_time_is_warsaw_time() -> None:
    assert blocked_until("Query limit exceeded, token blocked until 2026-07-03 17:15:34") == datetime(
        2026, 7, 3, 15, 15, 34, tzinfo=UTC
    )
    assert blocked_until("token blocked until 2026-01-10 17:15:34") == datetime(
        2026, 1, 10, 16, 15, 34, tzinfo=UTC
    )


def test_warsaw_rules_hold_across_the_dst_switch() -> None:
    for local in (datetime(2026, 3, 29, 1, 30), datetime(2026, 3, 29, 3, 30), datetime(2026, 10, 25, 4, 0)):
        expected = local.replace(tzinfo=ZoneInfo("Europe/Warsaw")).astimezone(UTC)
        assert warsaw_to_utc(local) == expected


def warsaw(moment: datetime) -> str:
    return moment.astimezone(ZoneInfo("Europe/Warsaw")).strftime("%Y-%m-%d %H:%M:%S")


async def test_long_block_pauses_every_job_on_the_token(
    api: FakeBaseLinker, token: str, sleeps: list[float]
) -> None:
    until = (datetime.now(UTC) + timedelta(minutes=30)).replace(microsecond=0)
    api.on(
        "getInventories",
        failure("ERROR_BLOCKED_TOKEN", f"Query limit exceeded, token blocked until {warsaw(until)}"),
    )
    with pytest.raises(RateLimited) as raised:
        await connector(token, sleeps).test_connection()
    assert raised.value.until == until
    assert "100 a minute" in str(raised.value)
    assert len(api.calls) == 1  # not retried: the engine reschedules and shows the countdown
    with pytest.raises(RateLimited):  # another job on the same token does not even send
        await collect(connector(token, sleeps).fetch_inventory())
    assert len(api.calls) == 1


async def test_another_token_is_not_blocked(api: FakeBaseLinker, token: str, sleeps: list[float]) -> None:
    until = datetime.now(UTC) + timedelta(minutes=30)
    api.on("getInventories", failure("ERROR_BLOCKED_TOKEN", f"token blocked until {warsaw(until)}"))
    with pytest.raises(RateLimited):
        await connector(token, sleeps).test_connection()
    api.replies["getInventories"] = [
        success(inventories=[{"inventory_id": 7, "name": "C", "warehouses": ["bl_1"]}])
    ]
    assert "Connected" in await connector(token + "-other", sleeps).test_connection()


async def test_short_block_is_waited_out(api: FakeBaseLinker, token: str, sleeps: list[float]) -> None:
    until = datetime.now(UTC) + timedelta(seconds=20)
    api.on(
        "getInventories",
        failure("ERROR_BLOCKED_TOKEN", f"token blocked until {warsaw(until)}"),
        success(inventories=[{"inventory_id": 7, "name": "C", "warehouses": ["bl_1"]}]),
    )
    assert "Connected" in await connector(token, sleeps).test_connection()
    assert len(api.calls) == 2
    assert 15 <= sleeps[-1] <= 21


async def test_requests_share_one_budget_per_token(
    api: FakeBaseLinker, token: str, sleeps: list[float]
) -> None:
    api.on("getInventories", success(inventories=[]))
    first, second = connector(token, sleeps), connector(token, sleeps)
    for _ in range(5):
        await first.call("getInventories", {})
        await second.call("getInventories", {})
    assert sleeps == []  # the burst of 10
    await first.call("getInventories", {})
    assert sleeps and all(0 < s <= 1 / 1.5 for s in sleeps)  # the 11th waits for the 90-a-minute pace


# --- inventory ----------------------------------------------------------------------------------------


async def test_inventory_pages_of_1000_stock_from_the_older_stock_method(
    api: FakeBaseLinker, token: str, sleeps: list[float]
) -> None:
    api.on(
        "getInventoryProductsList",
        success(products=listing(range(1, 1001))),
        success(products=listing(range(1001, 1004))),
    )
    api.on(
        "getInventoryProductsStock",
        success(products=stock(range(1, 1001), 4)),
        success(products=stock(range(1001, 1004), 4)),
    )
    records, failures, _ = await collect(connector(token, sleeps).fetch_inventory())
    assert len(records) == 1003 and failures == []
    first = records[0]
    assert (first.sku, first.quantity, first.name, first.price, first.remote_id) == (
        "SKU-1",
        1,
        "Mug 1",
        Decimal("9.5"),
        "1",
    )
    assert first.locations == (("bl_1", 1), ("bl_2", 4))
    listed = {"include_variants": True, "filter_sort": "id ASC"}
    assert api.sent("getInventoryProductsList") == [
        {"inventory_id": 7, "page": 1, **listed},
        {"inventory_id": 7, "page": 2, **listed},
    ]
    assert api.sent("getInventoryProductsStock") == [
        {"inventory_id": 7, "page": 1},
        {"inventory_id": 7, "page": 2},
    ]


async def test_stock_listed_with_the_products_needs_no_second_call(
    api: FakeBaseLinker, token: str, sleeps: list[float]
) -> None:
    def with_stock(ids: range) -> dict[str, Any]:
        products = listing(ids)
        for key, levels in stock(ids, 2).items():
            products[key]["stock"] = levels["stock"]
        return products

    api.on(
        "getInventoryProductsList",
        success(products=with_stock(range(1, 1001))),
        success(products=with_stock(range(1001, 1501))),
    )
    records, failures, _ = await collect(connector(token, sleeps).fetch_inventory())
    assert len(records) == 1500 and failures == []
    assert (records[0].quantity, records[0].locations) == (1, (("bl_1", 1), ("bl_2", 2)))
    assert [method for method, _ in api.calls] == ["getInventoryProductsList"] * 2


async def test_without_a_warehouse_quantities_are_summed(
    api: FakeBaseLinker, token: str, sleeps: list[float]
) -> None:
    api.on("getInventoryProductsList", success(products=listing(range(1, 3))))
    api.on("getInventoryProductsStock", success(products=stock(range(1, 3), 10)))
    records, _, _ = await collect(connector(token, sleeps, warehouse_id="").fetch_inventory())
    assert [(r.sku, r.quantity) for r in records] == [("SKU-1", 11), ("SKU-2", 12)]


async def test_bad_products_fail_alone(api: FakeBaseLinker, token: str, sleeps: list[float]) -> None:
    products = listing(range(1, 4))
    products["2"]["sku"] = ""
    levels = stock(range(1, 4))
    levels["3"]["stock"]["bl_1"] = "NaN"
    api.on("getInventoryProductsList", success(products=products))
    api.on("getInventoryProductsStock", success(products=levels))
    records, failures, _ = await collect(connector(token, sleeps).fetch_inventory())
    assert [r.sku for r in records] == ["SKU-1"]
    assert [f.key for f in failures] == ["2", "SKU-3"]


async def test_empty_catalog_answers_with_an_empty_list(
    api: FakeBaseLinker, token: str, sleeps: list[float]
) -> None:
    api.on("getInventoryProductsList", success(products=[]))
    api.on("getInventoryProductsStock", success(products=[]))
    records, failures, _ = await collect(connector(token, sleeps).fetch_inventory())
    assert records == [] and failures == []


# --- orders -------------------------------------------------------------------------------------------


def order(n: int, status: int = 2) -> dict[str, Any]:
    return {
        "order_id": n,
        "external_order_id": f"A-{n}",
        "order_status_id": status,
        "date_add": 1767225600,
        "date_in_status": 1767229200,
        "currency": "PLN",
        "delivery_price": 12.99,
        "products": [{"sku": "SKU-1", "price_brutto": 10.5, "quantity": 2}],
    }


async def test_orders_follow_the_id_cursor(api: FakeBaseLinker, token: str, sleeps: list[float]) -> None:
    api.on("getOrderStatusList", success(statuses=[{"id": 2, "name": "Paid"}, {"id": 4, "name": "Shipped"}]))
    api.on("getOrders", success(orders=[order(n) for n in range(500, 600)]), success(orders=[order(600, 4)]))
    records, _, cursors = await collect(
        connector(token, sleeps, status_map={"Shipped": "shipped"}).fetch_orders("500")
    )
    assert len(records) == 101
    assert records[0].total == Decimal("33.99") and records[0].remote_status == "Paid"
    assert records[-1].status is OrderStatus.SHIPPED
    assert cursors == ["600", "601"]
    assert api.sent("getOrders") == [
        {"id_from": 500, "get_unconfirmed_orders": True},
        {"id_from": 600, "get_unconfirmed_orders": True},
    ]


# --- stock writes -------------------------------------------------------------------------------------


async def test_push_writes_the_warehouse_and_reports_warnings(
    api: FakeBaseLinker, token: str, sleeps: list[float]
) -> None:
    api.on(
        "updateInventoryProductsStock", success(counter=1, warnings={"12": "Warehouse bl_1 cannot be edited"})
    )
    result = await connector(token, sleeps).push_stock([StockUpdate("A", 5, "11"), StockUpdate("B", 6, "12")])
    assert result.written == 1
    assert [(f.key, f.code) for f in result.failures] == [("B", "WARNING")]
    assert "cannot be edited" in result.failures[0].message
    assert api.sent("updateInventoryProductsStock") == [
        {"inventory_id": 7, "products": {"11": {"bl_1": 5}, "12": {"bl_1": 6}}}
    ]


async def test_push_finds_product_ids_by_sku(api: FakeBaseLinker, token: str, sleeps: list[float]) -> None:
    api.on("getInventoryProductsList", success(products=listing(range(1, 4))))
    api.on("updateInventoryProductsStock", success(counter=1, warnings=[]))
    result = await connector(token, sleeps).push_stock([StockUpdate("SKU-3", 9), StockUpdate("GONE", 1)])
    assert result.written == 1
    assert [(f.key, f.code) for f in result.failures] == [("GONE", "NOT_FOUND")]
    assert api.sent("updateInventoryProductsStock")[0]["products"] == {"3": {"bl_1": 9}}


async def test_push_needs_a_warehouse(token: str, sleeps: list[float]) -> None:
    with pytest.raises(ConfigError, match="warehouse"):
        await connector(token, sleeps, warehouse_id="").push_stock([StockUpdate("A", 1, "1")])
