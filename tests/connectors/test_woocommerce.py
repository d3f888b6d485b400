"""The WooCommerce connector's requests and its answers to WooCommerce's own error shapes, with
payloads shaped as the REST API v3 documents them."""

from __future__ import annotations

import base64
import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
import respx

from app.connectors.http import HttpPolicy
from app.connectors.woocommerce import WooCommerceConnector
from app.core.errors import AuthError, ConfigError, InvalidResponse, RemoteError
from app.core.models import InventoryRecord, ItemFailure, OrderStatus, Platform, StockUpdate, Store
from app.core.redaction import REDACTOR

from .conftest import RecordedSleeps

SITE = "https://shop.example.com"
API = f"{SITE}/wp-json/wc/v3"
KEY, SECRET = "ck_TESTKEY1234567890", "cs_TESTSECRET1234567890"


def woo(policy: HttpPolicy, **settings: Any) -> WooCommerceConnector:
    store = Store("Woo", Platform.WOOCOMMERCE, {"site_url": SITE, **settings})
    return WooCommerceConnector(store, {"consumer_key": KEY, "consumer_secret": SECRET}, policy=policy)


def product(pid: int, sku: str, qty: int | None = 5, **extra: Any) -> dict[str, Any]:
    return {
        "id": pid,
        "name": f"Product {pid}",
        "type": "simple",
        "sku": sku,
        "price": "19.99",
        "manage_stock": qty is not None,
        "stock_quantity": qty,
        "stock_status": "instock",
        "date_modified_gmt": "2026-03-01T10:00:00",
        **extra,
    }


def listed(items: list[dict[str, Any]], pages: int = 1) -> httpx.Response:
    return httpx.Response(
        200, json=items, headers={"X-WP-Total": str(len(items)), "X-WP-TotalPages": str(pages)}
    )


def wc_error(status: int, code: str, message: str) -> httpx.Response:
    """An error answer shaped as WooCommerce sends it: {"code", "message", "data": {"status"}}."""
    return httpx.Response(status, json={"code": code, "message": message, "data": {"status": status}})


async def inventory(conn: WooCommerceConnector) -> tuple[list[InventoryRecord], list[ItemFailure]]:
    records: list[InventoryRecord] = []
    failures: list[ItemFailure] = []
    async for page in conn.fetch_inventory():
        records.extend(page.records)
        failures.extend(page.failures)
    await conn.aclose()
    return records, failures


@respx.mock
async def test_products_are_read_100_per_page_with_basic_auth_until_x_wp_totalpages(
    policy: HttpPolicy,
) -> None:
    route = respx.get(f"{API}/products").mock(
        side_effect=[listed([product(1, "A")], pages=2), listed([product(2, "B", 0)], pages=2)]
    )
    records, failures = await inventory(woo(policy))
    assert [(r.sku, r.quantity, r.price, r.remote_id) for r in records] == [
        ("A", 5, Decimal("19.99"), "1"),
        ("B", 0, Decimal("19.99"), "2"),
    ]
    assert failures == []
    assert [dict(c.request.url.params) for c in route.calls] == [
        {"page": "1", "per_page": "100"},
        {"page": "2", "per_page": "100"},
    ]
    expected = "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    assert route.calls[0].request.headers["Authorization"] == expected
    assert "consumer_secret" not in str(route.calls[0].request.url)


@respx.mock
async def test_variable_products_take_stock_from_their_variations(policy: HttpPolicy) -> None:
    parent = product(10, "SHIRT", None, type="variable", variations=[11, 12])
    respx.get(f"{API}/products").mock(return_value=listed([parent, product(1, "A")]))
    variations = respx.get(f"{API}/products/10/variations").mock(
        return_value=listed(
            [
                {
                    "id": 11,
                    "sku": "SHIRT-S",
                    "price": "10.00",
                    "manage_stock": True,
                    "stock_quantity": 2,
                    "attributes": [{"name": "Size", "option": "S"}],
                },
                {
                    "id": 12,
                    "sku": "SHIRT-M",
                    "price": "10.00",
                    "manage_stock": True,
                    "stock_quantity": 7,
                    "attributes": [{"name": "Size", "option": "M"}],
                },
            ]
        )
    )
    records, _ = await inventory(woo(policy))
    assert {(r.sku, r.quantity, r.name, r.remote_id) for r in records} == {
        ("A", 5, "Product 1", "1"),
        ("SHIRT-S", 2, "Product 10 — S", "10/11"),
        ("SHIRT-M", 7, "Product 10 — M", "10/12"),
    }
    assert variations.calls.last.request.url.params["per_page"] == "100"


@respx.mock
async def test_unmanaged_stock_is_skipped_and_a_product_without_sku_fails_alone(policy: HttpPolicy) -> None:
    respx.get(f"{API}/products").mock(
        return_value=listed(
            [product(1, "A"), product(2, "DIGITAL", None), product(3, ""), product(4, "X", 10**12)]
        )
    )
    records, failures = await inventory(woo(policy))
    assert [r.sku for r in records] == ["A"]
    assert [f.key for f in failures] == ["product 3", "X"]
    assert "no SKU" in failures[0].message


@respx.mock
async def test_query_string_auth_sends_the_key_in_the_url_and_the_redactor_knows_it(
    policy: HttpPolicy,
) -> None:
    route = respx.get(f"{API}/products").mock(return_value=listed([]))
    await inventory(woo(policy, auth_mode="query"))
    sent = route.calls.last.request
    assert sent.url.params["consumer_key"] == KEY
    assert sent.url.params["consumer_secret"] == SECRET
    assert "Authorization" not in sent.headers
    logged = REDACTOR.redact(f"HTTP Request: GET {sent.url}")
    assert SECRET not in logged and KEY not in logged


@respx.mock
async def test_key_without_read_permission_is_an_auth_error(policy: HttpPolicy) -> None:
    respx.get(f"{API}/products").mock(
        return_value=wc_error(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.")
    )
    with pytest.raises(AuthError, match="refused the credentials"):
        await inventory(woo(policy))


@respx.mock
async def test_a_stripped_login_header_points_to_the_query_setting(policy: HttpPolicy) -> None:
    respx.get(f"{API}/products").mock(
        return_value=wc_error(401, "woocommerce_rest_authentication_error", "Consumer key is missing.")
    )
    with pytest.raises(AuthError, match="'query'"):
        await woo(policy).test_connection()


@respx.mock
async def test_plain_permalinks_are_explained(policy: HttpPolicy) -> None:
    respx.get(f"{API}/products").mock(return_value=wc_error(404, "rest_no_route", "No route was found"))
    with pytest.raises(ConfigError, match="pretty permalinks"):
        await inventory(woo(policy))


@respx.mock
async def test_a_404_web_page_is_explained_the_same_way(policy: HttpPolicy) -> None:
    respx.get(f"{API}/products").mock(return_value=httpx.Response(404, html="<html>Not found</html>"))
    with pytest.raises(ConfigError, match="permalinks"):
        await inventory(woo(policy))


@respx.mock
async def test_a_security_plugin_page_is_named(policy: HttpPolicy) -> None:
    respx.get(f"{API}/products").mock(
        return_value=httpx.Response(200, html="<html>Checking your browser</html>")
    )
    with pytest.raises(InvalidResponse, match="security plugin, firewall or login page"):
        await inventory(woo(policy))


@respx.mock
async def test_429_with_retry_after_then_success(policy: HttpPolicy, sleeps: RecordedSleeps) -> None:
    route = respx.get(f"{API}/products").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "3"}), listed([product(1, "A")])]
    )
    records, _ = await inventory(woo(policy))
    assert [r.sku for r in records] == ["A"]
    assert route.call_count == 2
    assert sleeps == [3.0]


@respx.mock
async def test_orders_are_read_by_modified_after_oldest_first(policy: HttpPolicy) -> None:
    route = respx.get(f"{API}/orders").mock(
        return_value=listed(
            [
                {
                    "id": 501,
                    "number": "501",
                    "status": "completed",
                    "currency": "EUR",
                    "total": "42.50",
                    "date_created_gmt": "2026-03-01T09:00:00",
                    "date_modified_gmt": "2026-03-02T08:00:00",
                },
                {
                    "id": 502,
                    "number": "502",
                    "status": "on-hold",
                    "currency": "EUR",
                    "total": "1.00",
                    "date_created_gmt": "2026-03-01T09:30:00",
                    "date_modified_gmt": "2026-03-02T09:00:00",
                },
            ]
        )
    )
    pages = [page async for page in woo(policy).fetch_orders("2026-03-01T00:00:00+00:00")]
    params = route.calls.last.request.url.params
    assert (params["modified_after"], params["orderby"], params["order"]) == (
        "2026-03-01T00:00:00+00:00",
        "modified",
        "asc",
    )
    orders = pages[0].records
    assert [(o.external_id, o.status, o.total) for o in orders] == [
        ("501", OrderStatus.SHIPPED, Decimal("42.50")),
        ("502", OrderStatus.ON_HOLD, Decimal("1.00")),
    ]
    assert pages[-1].cursor == "2026-03-02T09:00:00+00:00"


@respx.mock
async def test_stock_writes_go_through_batch_endpoints_100_at_a_time(policy: HttpPolicy) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        return httpx.Response(
            200,
            json={"update": [{"id": i["id"], "stock_quantity": i["stock_quantity"]} for i in body["update"]]},
        )

    products = respx.post(f"{API}/products/batch").mock(side_effect=answer)
    variations = respx.post(f"{API}/products/10/variations/batch").mock(side_effect=answer)
    updates = [StockUpdate(f"S{i}", i, remote_id=str(i + 1)) for i in range(150)]
    updates.append(StockUpdate("SHIRT-S", 4, remote_id="10/11"))
    result = await woo(policy).push_stock(updates)
    assert result.written == 151
    assert result.failures == []
    sizes = [len(json.loads(c.request.content)["update"]) for c in products.calls]
    assert sizes == [100, 50]
    assert json.loads(variations.calls.last.request.content) == {
        "update": [{"id": 11, "stock_quantity": 4, "manage_stock": True}]
    }


@respx.mock
async def test_a_refused_batch_item_is_a_failed_item_not_a_failed_run(policy: HttpPolicy) -> None:
    respx.post(f"{API}/products/batch").mock(
        return_value=httpx.Response(
            200,
            json={
                "update": [
                    {"id": 1, "stock_quantity": 3},
                    {
                        "id": 2,
                        "error": {
                            "code": "woocommerce_rest_product_invalid_id",
                            "message": "Invalid ID.",
                            "data": {"status": 400},
                        },
                    },
                ]
            },
        )
    )
    result = await woo(policy).push_stock(
        [StockUpdate("A", 3, remote_id="1"), StockUpdate("B", 1, remote_id="2")]
    )
    assert result.written == 1
    assert result.failures == [ItemFailure("B", "Invalid ID.", "woocommerce_rest_product_invalid_id")]


@respx.mock
async def test_writing_a_sku_without_a_known_id_looks_it_up_once(policy: HttpPolicy) -> None:
    listing = respx.get(f"{API}/products").mock(return_value=listed([product(7, "A"), product(8, "B")]))
    batch = respx.post(f"{API}/products/batch").mock(
        return_value=httpx.Response(200, json={"update": [{"id": 7}, {"id": 8}]})
    )
    result = await woo(policy).push_stock([StockUpdate("A", 1), StockUpdate("B", 2), StockUpdate("Z", 3)])
    assert listing.call_count == 1
    assert [i["id"] for i in json.loads(batch.calls.last.request.content)["update"]] == [7, 8]
    assert result.written == 2
    assert [f.key for f in result.failures] == ["Z"]


@respx.mock
async def test_a_too_large_batch_is_a_remote_error_with_the_platform_code(policy: HttpPolicy) -> None:
    respx.post(f"{API}/products/batch").mock(
        return_value=wc_error(
            413,
            "woocommerce_rest_request_entity_too_large",
            "Unable to accept more than 100 items for this request.",
        )
    )
    with pytest.raises(RemoteError) as caught:
        await woo(policy).push_stock([StockUpdate("A", 1, remote_id="1")])
    assert caught.value.code == "woocommerce_rest_request_entity_too_large"


def test_plain_http_to_a_real_shop_is_refused(policy: HttpPolicy) -> None:
    store = Store("Woo", Platform.WOOCOMMERCE, {"site_url": "http://shop.example.com"})
    with pytest.raises(ConfigError, match="https"):
        WooCommerceConnector(store, {"consumer_key": KEY, "consumer_secret": SECRET}, policy=policy)


@respx.mock
async def test_connection_test_names_the_shop_and_its_size(policy: HttpPolicy) -> None:
    route = respx.get(f"{API}/products").mock(
        return_value=httpx.Response(200, json=[product(1, "A")], headers={"X-WP-Total": "1234"})
    )
    assert (
        await woo(policy).test_connection()
        == "Connected to the WooCommerce shop at shop.example.com with 1234 products."
    )
    assert route.calls.last.request.url.params["per_page"] == "1"


def order(oid: int, modified: str) -> dict[str, Any]:
    return {
        "id": oid,
        "number": str(oid),
        "status": "processing",
        "currency": "EUR",
        "total": "5.00",
        "date_created_gmt": "2026-03-01T00:00:00",
        "date_modified_gmt": modified,
    }


@respx.mock
async def test_orders_walk_by_modification_time_so_changes_during_the_walk_cannot_skip_any(
    policy: HttpPolicy,
) -> None:
    first = [order(i, f"2026-03-01T10:{i // 60:02d}:{i % 60:02d}") for i in range(100)]
    # While page one was read, order 5 changed (it moves to the end) and order 100 arrived at the
    # same second as the newest one seen: a page-2 walk would now skip order 100's neighbour.
    second = [
        order(99, "2026-03-01T10:01:39"),
        order(100, "2026-03-01T10:01:39"),
        order(5, "2026-03-01T11:00:00"),
    ]
    route = respx.get(f"{API}/orders").mock(side_effect=[listed(first), listed(second)])
    pages = [page async for page in woo(policy).fetch_orders(None)]
    later = route.calls[1].request.url.params
    assert (later["modified_after"], later["page"]) == ("2026-03-01T10:01:38+00:00", "1")
    ids = [o.external_id for page in pages for o in page.records]
    assert ids == [str(i) for i in range(100)] + ["100", "5"]  # order 99 read twice, passed on once
    assert pages[-1].cursor == "2026-03-01T11:00:00+00:00"


@respx.mock
async def test_a_full_page_within_one_second_moves_on_by_page_number(policy: HttpPolicy) -> None:
    same = [order(i, "2026-03-01T10:00:00") for i in range(100)]
    route = respx.get(f"{API}/orders").mock(
        side_effect=[listed(same), listed(same), listed([order(100, "2026-03-01T10:00:00")])]
    )
    pages = [page async for page in woo(policy).fetch_orders("2026-03-01T00:00:00+00:00")]
    assert [c.request.url.params["page"] for c in route.calls] == ["1", "1", "2"]
    assert route.calls[2].request.url.params["modified_after"] == "2026-03-01T09:59:59+00:00"
    assert sum(len(p.records) for p in pages) == 101


@respx.mock
async def test_a_failing_variation_read_fails_the_page_and_stops_the_others(policy: HttpPolicy) -> None:
    parents = [product(10 + i, f"P{i}", None, type="variable") for i in range(3)]
    respx.get(f"{API}/products").mock(return_value=listed(parents))
    respx.get(f"{API}/products/10/variations").mock(
        return_value=wc_error(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.")
    )
    respx.get(url__regex=rf"{API}/products/1[12]/variations").mock(return_value=listed([]))
    with pytest.raises(AuthError):
        await inventory(woo(policy))
