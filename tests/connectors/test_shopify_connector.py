"""Shopify connector: every request it sends (checked against the real schema) and every error path."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
import respx

from app.connectors import shopify as shopify_module
from app.connectors import shopify_documents as docs
from app.connectors.http import HttpPolicy
from app.connectors.policy import RetryPolicy
from app.connectors.shopify import ShopifyConnector
from app.connectors.shopify_cost import CostPacerRegistry
from app.core.errors import AuthError, ConfigError, InvalidResponse, RemoteError
from app.core.models import OrderStatus, Platform, StockUpdate, Store
from tests.connectors.test_shopify_schema import VERSIONS, problems

TOKEN = "shpat_unit_test_token_0123456789"
URL = "https://demo-shop.myshopify.com/admin/api/2026-04/graphql.json"
LOC1, LOC2 = "gid://shopify/Location/1", "gid://shopify/Location/2"

Reply = Callable[[dict[str, Any]], httpx.Response]


def cost(
    requested: int = 10, actual: int | None = 10, available: float = 1000, rate: float = 100
) -> dict[str, Any]:
    return {
        "cost": {
            "requestedQueryCost": requested,
            "actualQueryCost": actual,
            "throttleStatus": {
                "maximumAvailable": 1000.0,
                "currentlyAvailable": available,
                "restoreRate": rate,
            },
        }
    }


def ok(data: dict[str, Any], **cost_args: Any) -> httpx.Response:
    return httpx.Response(200, json={"data": data, "extensions": cost(**cost_args)})


def gql_error(code: str, message: str = "error", **cost_args: Any) -> httpx.Response:
    body = {"errors": [{"message": message, "extensions": {"code": code}}], "extensions": cost(**cost_args)}
    return httpx.Response(200, json=body)


class FakeShop:
    """Answers by operation name from queued replies, and keeps every request for checks."""

    def __init__(self) -> None:
        self.replies: dict[str, list[httpx.Response | Reply]] = {}
        self.requests: list[dict[str, Any]] = []
        self.headers: list[httpx.Headers] = []

    def on(self, operation: str, *replies: httpx.Response | Reply) -> None:
        self.replies.setdefault(operation, []).extend(replies)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        self.requests.append(body)
        self.headers.append(request.headers)
        queue = self.replies.get(body["operationName"])
        assert queue, f"unexpected {body['operationName']}"
        reply = queue.pop(0) if len(queue) > 1 else queue[0]
        return reply(body) if callable(reply) else reply

    def sent(self, operation: str) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["operationName"] == operation]


@pytest.fixture(autouse=True)
def fresh_buckets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shopify_module, "COST_PACERS", CostPacerRegistry())


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def shop(sleeps: list[float]) -> Iterator[FakeShop]:
    fake = FakeShop()
    with respx.mock(assert_all_called=False) as router:
        router.post(URL).mock(side_effect=fake)
        yield fake
    for body in fake.requests:  # every document sent, with its variables, is valid for Shopify
        for version in VERSIONS:
            assert problems(version, body["query"], body["variables"]) == [], body["operationName"]


def connector(sleeps: list[float], **settings: Any) -> ShopifyConnector:
    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    policy = HttpPolicy(retry=RetryPolicy(attempts=4, sleep=sleep, jitter=lambda: 0.5))
    store = Store("Demo", Platform.SHOPIFY, {"shop_domain": "demo-shop", **settings})
    return ShopifyConnector(store, {"access_token": TOKEN}, policy=policy)


def variant(
    n: int, levels: list[tuple[str, int]] | None, sku: str | None = None, **extra: Any
) -> dict[str, Any]:
    item: dict[str, Any] = {"id": f"gid://shopify/InventoryItem/{n}", "tracked": True}
    nodes = [
        {"location": {"id": loc, "name": loc}, "quantities": [{"name": "available", "quantity": q}]}
        for loc, q in (levels or [])
    ]
    item["inventoryLevels"] = {"pageInfo": {"hasNextPage": False}, "nodes": nodes}
    return {
        "id": f"gid://shopify/ProductVariant/{n}",
        "sku": sku if sku is not None else f"SKU-{n}",
        "displayName": f"Mug {n}",
        "price": "19.99",
        "updatedAt": "2026-03-01T10:00:00Z",
        "inventoryItem": item,
        **extra,
    }


def page(field: str, nodes: list[Any], cursor: str | None) -> dict[str, Any]:
    return {field: {"pageInfo": {"hasNextPage": cursor is not None, "endCursor": cursor}, "nodes": nodes}}


LOCATIONS = page(
    "locations",
    [{"id": LOC1, "name": "Warehouse", "isActive": True}, {"id": LOC2, "name": "Shop", "isActive": True}],
    None,
)


async def collect(pages: Any) -> tuple[list[Any], list[Any], list[str | None]]:
    records, failures, cursors = [], [], []
    async for p in pages:
        records.extend(p.records)
        failures.extend(p.failures)
        cursors.append(p.cursor)
    return records, failures, cursors


# --- connection and settings -------------------------------------------------------------------


async def test_connection_sends_the_token_and_names_the_shop(shop: FakeShop, sleeps: list[float]) -> None:
    shop.on(
        "ShopIdentity", ok({"shop": {"name": "Mugs & More", "myshopifyDomain": "demo-shop.myshopify.com"}})
    )
    message = await connector(sleeps).test_connection()
    assert "Mugs & More" in message and "2026-04" in message
    assert shop.headers[0]["X-Shopify-Access-Token"] == TOKEN
    assert shop.headers[0]["Content-Type"] == "application/json"


async def test_connection_rejects_a_location_the_shop_lacks(shop: FakeShop, sleeps: list[float]) -> None:
    shop.on("ShopIdentity", ok({"shop": {"name": "Mugs", "myshopifyDomain": "demo-shop.myshopify.com"}}))
    shop.on("Locations", ok(LOCATIONS))
    with pytest.raises(ConfigError, match=r"Warehouse \(1\), Shop \(2\)"):
        await connector(sleeps, location_id="99").test_connection()


@pytest.mark.parametrize(
    ("domain", "url"),
    [
        (
            "https://My-Shop.myshopify.com/admin",
            "https://my-shop.myshopify.com/admin/api/2026-04/graphql.json",
        ),
        ("my-shop", "https://my-shop.myshopify.com/admin/api/2026-04/graphql.json"),
        ("127.0.0.1:8123", "http://127.0.0.1:8123/admin/api/2026-04/graphql.json"),
    ],
)
def test_shop_address_forms(domain: str, url: str, sleeps: list[float]) -> None:
    assert str(connector(sleeps, shop_domain=domain).base) == url


@pytest.mark.parametrize(
    ("version", "words"), [("2025-10", "too old"), ("2026-05", "not a Shopify API version")]
)
def test_unusable_api_version_is_a_config_error(version: str, words: str, sleeps: list[float]) -> None:
    with pytest.raises(ConfigError, match=words):
        connector(sleeps, api_version=version)


def test_the_api_version_setting_picks_the_endpoint(sleeps: list[float]) -> None:
    assert "/admin/api/2026-01/graphql.json" in str(connector(sleeps, api_version="2026-01").base)


# --- inventory ----------------------------------------------------------------------------------


async def test_inventory_walks_every_page_and_sums_locations(shop: FakeShop, sleeps: list[float]) -> None:
    shop.on("Locations", ok(LOCATIONS))
    shop.on(
        "InventoryAllLocations",
        ok(page("productVariants", [variant(1, [(LOC1, 3), (LOC2, 4)]), variant(2, [(LOC1, 0)])], "c1")),
        ok(page("productVariants", [variant(3, [(LOC1, 7), (LOC2, 1)])], None)),
    )
    records, failures, _ = await collect(connector(sleeps).fetch_inventory())
    assert [(r.sku, r.quantity) for r in records] == [("SKU-1", 7), ("SKU-2", 0), ("SKU-3", 8)]
    assert records[0].locations == ((LOC1, 3), (LOC2, 4))
    assert records[0].price == Decimal("19.99") and records[0].remote_id == "gid://shopify/InventoryItem/1"
    assert failures == []
    sent = shop.sent("InventoryAllLocations")
    expected_size = docs.inventory_page_size(2)
    assert [(s["variables"]["first"], s["variables"]["after"], s["variables"]["levels"]) for s in sent] == [
        (expected_size, None, 2),
        (expected_size, "c1", 2),
    ]


async def test_one_location_setting_reads_only_that_location(shop: FakeShop, sleeps: list[float]) -> None:
    node = variant(1, None)
    del node["inventoryItem"]["inventoryLevels"]
    level = {"location": {"id": LOC2, "name": "Shop"}, "quantities": [{"name": "available", "quantity": 5}]}
    node["inventoryItem"]["inventoryLevel"] = level
    shop.on("InventoryOneLocation", ok(page("productVariants", [node], None)))
    records, _, _ = await collect(connector(sleeps, location_id="2").fetch_inventory())
    assert [(r.sku, r.quantity) for r in records] == [("SKU-1", 5)]
    assert shop.sent("InventoryOneLocation")[0]["variables"]["locationId"] == LOC2
    assert shop.sent("Locations") == []


async def test_bad_records_fail_alone(shop: FakeShop, sleeps: list[float]) -> None:
    shop.on("Locations", ok(LOCATIONS))
    nodes = [variant(1, [(LOC1, 2)], sku=""), variant(2, [(LOC1, 10**12)]), variant(3, [(LOC1, 4)])]
    shop.on("InventoryAllLocations", ok(page("productVariants", nodes, None)))
    records, failures, _ = await collect(connector(sleeps).fetch_inventory())
    assert [r.sku for r in records] == ["SKU-3"]
    assert [(f.key, f.code) for f in failures] == [
        ("gid://shopify/ProductVariant/1", "NO_SKU"),
        ("SKU-2", "invalid_record"),
    ]


async def test_more_pages_without_a_cursor_is_reported(shop: FakeShop, sleeps: list[float]) -> None:
    shop.on("Locations", ok(LOCATIONS))
    broken = {"productVariants": {"pageInfo": {"hasNextPage": True, "endCursor": None}, "nodes": []}}
    shop.on("InventoryAllLocations", ok(broken))
    with pytest.raises(InvalidResponse, match="no cursor"):
        await collect(connector(sleeps).fetch_inventory())


async def test_a_page_that_fails_after_a_good_one_still_hands_the_good_one_on(
    shop: FakeShop, sleeps: list[float]
) -> None:
    shop.on("Locations", ok(LOCATIONS))
    shop.on(
        "InventoryAllLocations",
        ok(page("productVariants", [variant(1, [(LOC1, 3)])], "c1")),
        gql_error("ACCESS_DENIED", "no read_inventory"),
    )
    pages = connector(sleeps).fetch_inventory()
    first = await anext(pages)
    assert [(r.sku, r.quantity) for r in first.records] == [("SKU-1", 3)]
    with pytest.raises(AuthError):
        await anext(pages)


async def test_a_stream_closed_early_leaves_no_request_running(shop: FakeShop, sleeps: list[float]) -> None:
    shop.on("Locations", ok(LOCATIONS))
    shop.on(
        "InventoryAllLocations",
        ok(page("productVariants", [variant(1, [(LOC1, 3)])], "c1")),
        ok(page("productVariants", [variant(2, [(LOC1, 4)])], "c2")),
    )
    pages = connector(sleeps).fetch_inventory()
    await anext(pages)
    await pages.aclose()
    assert {task for task in asyncio.all_tasks() if not task.done()} == {asyncio.current_task()}
    assert len(shop.sent("InventoryAllLocations")) <= 2  # the page asked ahead, never more


async def test_too_expensive_query_is_asked_again_with_smaller_pages(
    shop: FakeShop, sleeps: list[float]
) -> None:
    shop.on("Locations", ok(LOCATIONS))
    shop.on(
        "InventoryAllLocations",
        gql_error(
            "MAX_COST_EXCEEDED", "Query cost is 1502, which exceeds the single query max cost limit (1000)."
        ),
        ok(page("productVariants", [variant(1, [(LOC1, 1)])], None)),
    )
    records, _, _ = await collect(connector(sleeps).fetch_inventory())
    assert len(records) == 1
    firsts = [s["variables"]["first"] for s in shop.sent("InventoryAllLocations")]
    assert firsts == [docs.inventory_page_size(2), docs.inventory_page_size(2) // 2]


# --- throttling ---------------------------------------------------------------------------------


async def test_throttled_in_a_200_waits_for_the_bucket_then_retries(
    shop: FakeShop, sleeps: list[float]
) -> None:
    throttled = gql_error("THROTTLED", "Throttled", requested=500, actual=None, available=100, rate=50)
    shop.on("ShopIdentity", throttled, ok({"shop": {"name": "Mugs", "myshopifyDomain": "d"}}))
    await connector(sleeps).test_connection()
    assert len(shop.sent("ShopIdentity")) == 2
    assert sleeps[-1] == pytest.approx((500 - 100) / 50, abs=0.2)


async def test_next_query_waits_when_the_bucket_is_low(shop: FakeShop, sleeps: list[float]) -> None:
    shop.on("Locations", ok(LOCATIONS, available=20, rate=100))
    shop.on("InventoryAllLocations", ok(page("productVariants", [], None)))
    await collect(connector(sleeps).fetch_inventory())
    needed = docs.inventory_query_cost(docs.inventory_page_size(2), 2)
    assert sleeps and sleeps[0] == pytest.approx((needed - 20) / 100, abs=0.2)


async def test_http_429_is_retried_after_retry_after(shop: FakeShop, sleeps: list[float]) -> None:
    shop.on(
        "ShopIdentity",
        httpx.Response(429, json={"errors": "Throttled"}, headers={"Retry-After": "2.0"}),
        ok({"shop": {"name": "Mugs", "myshopifyDomain": "d"}}),
    )
    await connector(sleeps).test_connection()
    assert sleeps == [2.0]


async def test_server_error_is_retried(shop: FakeShop, sleeps: list[float]) -> None:
    gateway = httpx.Response(502, text="<html>Bad gateway</html>", headers={"Content-Type": "text/html"})
    shop.on(
        "ShopIdentity",
        gateway,
        gql_error("INTERNAL_SERVER_ERROR"),
        ok({"shop": {"name": "Mugs", "myshopifyDomain": "d"}}),
    )
    assert "Mugs" in await connector(sleeps).test_connection()
    assert len(shop.requests) == 3


# --- errors that are not retried ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "error", "words"),
    [
        (gql_error("ACCESS_DENIED", "Access denied for shop field."), AuthError, "permission"),
        (gql_error("SHOP_INACTIVE", "Shop is inactive"), ConfigError, "inactive"),
        (gql_error("SOMETHING_NEW", "Odd"), RemoteError, "Odd"),
        (httpx.Response(401, json={"errors": "[API] Invalid API key or access token"}), AuthError, "shpat_"),
        (httpx.Response(402, json={"errors": "Unavailable Shop"}), ConfigError, "frozen"),
        (httpx.Response(423, json={"errors": "Locked"}), ConfigError, "locked"),
        (httpx.Response(404, json={"errors": "Not Found"}), ConfigError, "shop address"),
        (
            httpx.Response(
                200, text="<!DOCTYPE html><html>Log in</html>", headers={"Content-Type": "text/html"}
            ),
            InvalidResponse,
            "web page",
        ),
    ],
)
async def test_errors_reach_the_merchant_in_plain_words(
    shop: FakeShop, sleeps: list[float], reply: httpx.Response, error: type[Exception], words: str
) -> None:
    shop.on("ShopIdentity", reply)
    with pytest.raises(error, match=words) as raised:
        await connector(sleeps).test_connection()
    assert len(shop.requests) == 1
    assert TOKEN not in str(raised.value)


# --- orders -------------------------------------------------------------------------------------


def order(
    n: int, updated: str, financial: str = "PAID", fulfillment: str = "UNFULFILLED", **extra: Any
) -> dict[str, Any]:
    return {
        "id": f"gid://shopify/Order/{n}",
        "name": f"#{1000 + n}",
        "displayFinancialStatus": financial,
        "displayFulfillmentStatus": fulfillment,
        "cancelledAt": None,
        "closed": False,
        "createdAt": "2026-03-01T09:00:00Z",
        "updatedAt": updated,
        "totalPriceSet": {"shopMoney": {"amount": "42.50", "currencyCode": "EUR"}},
        **extra,
    }


async def test_orders_since_the_cursor_oldest_first(shop: FakeShop, sleeps: list[float]) -> None:
    shop.on(
        "OrdersUpdatedSince",
        ok(
            page(
                "orders",
                [order(1, "2026-03-02T10:00:00Z"), order(2, "2026-03-02T11:00:00Z", fulfillment="FULFILLED")],
                "o1",
            )
        ),
        ok(
            page(
                "orders",
                [order(3, "2026-03-02T12:00:00Z", cancelledAt="2026-03-02T12:00:00Z", financial="VOIDED")],
                None,
            )
        ),
    )
    records, _, cursors = await collect(connector(sleeps).fetch_orders("2026-03-01T00:00:00Z"))
    assert [(r.number, r.status) for r in records] == [
        ("#1001", OrderStatus.PAID),
        ("#1002", OrderStatus.SHIPPED),
        ("#1003", OrderStatus.CANCELLED),
    ]
    assert records[0].total == Decimal("42.50") and records[0].currency == "EUR"
    assert cursors == ["2026-03-02T11:00:00Z", "2026-03-02T12:00:00Z"]
    sent = shop.sent("OrdersUpdatedSince")
    assert sent[0]["variables"] == {
        "first": 250,
        "after": None,
        "query": "updated_at:>='2026-03-01T00:00:00Z'",
    }
    assert sent[1]["variables"]["after"] == "o1"
    assert "sortKey: UPDATED_AT" in sent[0]["query"]


async def test_first_orders_run_reads_everything(shop: FakeShop, sleeps: list[float]) -> None:
    shop.on("OrdersUpdatedSince", ok(page("orders", [], None)))
    records, _, cursors = await collect(connector(sleeps).fetch_orders(None))
    assert records == [] and cursors == [None]
    assert shop.sent("OrdersUpdatedSince")[0]["variables"]["query"] is None


# --- stock writes -------------------------------------------------------------------------------


def mutation_reply(errors: list[dict[str, Any]] | None = None) -> httpx.Response:
    group = None if errors else {"id": "gid://shopify/InventoryAdjustmentGroup/1"}
    return ok({"inventorySetQuantities": {"inventoryAdjustmentGroup": group, "userErrors": errors or []}})


async def test_push_sends_compare_and_swap_with_an_idempotency_key(
    shop: FakeShop, sleeps: list[float]
) -> None:
    shop.on("SetAvailableQuantities", mutation_reply())
    updates = [
        StockUpdate("SKU-1", 5, "gid://shopify/InventoryItem/1", expected_quantity=3),
        StockUpdate("SKU-2", 0, "gid://shopify/InventoryItem/2"),
    ]
    result = await connector(sleeps, location_id="1").push_stock(updates)
    assert result.written == 2 and list(result.failures) == []
    (sent,) = shop.sent("SetAvailableQuantities")
    assert "@idempotent(key: $idempotencyKey)" in sent["query"]
    assert sent["variables"]["idempotencyKey"]
    given = sent["variables"]["input"]
    assert given["name"] == "available" and given["reason"] == "correction"
    assert given["quantities"] == [
        {
            "inventoryItemId": "gid://shopify/InventoryItem/1",
            "locationId": LOC1,
            "quantity": 5,
            "changeFromQuantity": 3,
        },
        {
            "inventoryItemId": "gid://shopify/InventoryItem/2",
            "locationId": LOC1,
            "quantity": 0,
            "changeFromQuantity": None,
        },
    ]


async def test_push_retry_after_a_server_error_reuses_the_key(shop: FakeShop, sleeps: list[float]) -> None:
    shop.on("SetAvailableQuantities", httpx.Response(503, json={"errors": "busy"}), mutation_reply())
    await connector(sleeps, location_id="1").push_stock(
        [StockUpdate("SKU-1", 5, "gid://shopify/InventoryItem/1")]
    )
    keys = [s["variables"]["idempotencyKey"] for s in shop.sent("SetAvailableQuantities")]
    assert len(keys) == 2 and keys[0] == keys[1]


async def test_stale_items_fail_and_the_rest_are_sent_again(shop: FakeShop, sleeps: list[float]) -> None:
    stale = {
        "field": ["input", "quantities", "1", "changeFromQuantity"],
        "code": "CHANGE_FROM_QUANTITY_STALE",
        "message": "The specified compare quantity does not match the current quantity.",
    }
    shop.on("SetAvailableQuantities", mutation_reply([stale]), mutation_reply())
    updates = [
        StockUpdate(f"SKU-{n}", n, f"gid://shopify/InventoryItem/{n}", expected_quantity=0) for n in (1, 2, 3)
    ]
    result = await connector(sleeps, location_id="1").push_stock(updates)
    assert result.written == 2
    assert [(f.key, f.code) for f in result.failures] == [("SKU-2", "CHANGE_FROM_QUANTITY_STALE")]
    first, second = shop.sent("SetAvailableQuantities")
    assert [q["inventoryItemId"][-1] for q in second["variables"]["input"]["quantities"]] == ["1", "3"]
    assert first["variables"]["idempotencyKey"] != second["variables"]["idempotencyKey"]


async def test_push_looks_up_skus_without_a_remote_id(shop: FakeShop, sleeps: list[float]) -> None:
    found = {
        "productVariants": {
            "nodes": [{"sku": "SKU-1", "inventoryItem": {"id": "gid://shopify/InventoryItem/1"}}]
        }
    }
    shop.on("VariantsBySku", ok(found))
    shop.on("SetAvailableQuantities", mutation_reply())
    result = await connector(sleeps, location_id="1").push_stock(
        [StockUpdate("SKU-1", 4), StockUpdate("GONE", 1)]
    )
    assert result.written == 1
    assert [(f.key, f.code) for f in result.failures] == [("GONE", "NOT_FOUND")]
    assert shop.sent("VariantsBySku")[0]["variables"]["query"] == "sku:'SKU-1' OR sku:'GONE'"


async def test_push_needs_a_location(sleeps: list[float]) -> None:
    with pytest.raises(ConfigError, match="location"):
        await connector(sleeps).push_stock([StockUpdate("SKU-1", 1, "gid://shopify/InventoryItem/1")])


async def test_push_splits_into_calls_of_250(shop: FakeShop, sleeps: list[float]) -> None:
    shop.on("SetAvailableQuantities", mutation_reply())
    updates = [StockUpdate(f"SKU-{n}", 1, f"gid://shopify/InventoryItem/{n}") for n in range(1, 502)]
    result = await connector(sleeps, location_id="1").push_stock(updates)
    assert result.written == 501
    sizes = [len(s["variables"]["input"]["quantities"]) for s in shop.sent("SetAvailableQuantities")]
    assert sizes == [250, 250, 1]
