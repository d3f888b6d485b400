"""Shopify's two routes into the database, variants handed over as rows (stock sync) or as records
(a push's plan, a preview), both read by shopify_mapping.variant_row: they store the same rows,
locations included, and reject the same variants with the same words."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.storage import Storage, open_storage
from tests.connectors import test_shopify_connector as shopify_tests
from tests.connectors.test_bulk import Route, _assert_both_routes_store_alike, collect_route
from tests.connectors.test_shopify_connector import (
    LOC1,
    LOC2,
    LOCATIONS,
    FakeShop,
    connector,
    cost,
    page,
    variant,
)

# The fake shop (which checks every document sent against Shopify's schema) and its recorded sleeps.
shop, sleeps = shopify_tests.shop, shopify_tests.sleeps

GONE = object()


def _ok(data: dict[str, Any]) -> httpx.Response:
    """An answer written as Shopify writes text it cannot encode otherwise: with \\u escapes."""
    body = json.dumps({"data": data, "extensions": cost()}, ensure_ascii=True)
    return httpx.Response(200, content=body.encode(), headers={"Content-Type": "application/json"})


def _level(location: Any, quantity: Any, name: str = "available") -> dict[str, Any]:
    return {"location": {"id": location, "name": "x"}, "quantities": [{"name": name, "quantity": quantity}]}


def _with(n: int, path: tuple[str, ...], value: Any, sku: str | None = None) -> dict[str, Any]:
    """variant(n) with the value at `path` replaced (GONE: the key left out)."""
    node = variant(n, [(LOC1, 3), (LOC2, 4)], sku)
    target = node
    for key in path[:-1]:
        target = target[key]
    if value is GONE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return node


ITEM_LEVELS = ("inventoryItem", "inventoryLevels")
CASES: list[tuple[tuple[str, ...], Any]] = [
    (("sku",), " padded "),
    (("sku",), ""),
    (("sku",), None),
    (("sku",), 7),
    (("sku",), "\ud800"),
    (("displayName",), None),
    (("displayName",), ""),
    (("displayName",), 5),
    (("displayName",), 'Café ☕ "q"'),
    (("price",), "19.990"),
    (("price",), "0.0000001"),
    (("price",), ""),
    (("price",), None),
    (("price",), 19.99),
    (("price",), "1e3"),
    (("price",), GONE),
    (("updatedAt",), "2026-03-01T10:00:00+00:00"),
    (("updatedAt",), "2026-03-01T10:00:00.123Z"),
    (("updatedAt",), "2026-03-01T12:00:00+02:00"),
    (("updatedAt",), "2024-02-29T10:00:00Z"),
    (("updatedAt",), "2023-02-29T10:00:00Z"),
    (("updatedAt",), ""),
    (("updatedAt",), None),
    (("updatedAt",), GONE),
    (("inventoryItem",), None),
    (("inventoryItem", "id"), None),
    (("inventoryItem", "id"), ""),
    (("inventoryItem", "id"), 42),
    ((*ITEM_LEVELS, "nodes"), []),
    ((*ITEM_LEVELS, "nodes"), None),
    ((*ITEM_LEVELS, "nodes"), [_level(LOC1, -2)]),
    ((*ITEM_LEVELS, "nodes"), [_level(LOC1, "3")]),
    ((*ITEM_LEVELS, "nodes"), [_level(LOC1, 2.0)]),
    ((*ITEM_LEVELS, "nodes"), [_level(LOC1, True)]),
    ((*ITEM_LEVELS, "nodes"), [_level(LOC1, 10**12)]),
    ((*ITEM_LEVELS, "nodes"), [_level(LOC1, 1, "on_hand")]),
    ((*ITEM_LEVELS, "nodes"), [_level(None, 1)]),
    ((*ITEM_LEVELS, "nodes"), [_level("gid://shopify/Location/\ud800", 1)]),
    ((*ITEM_LEVELS, "nodes"), ["not a level"]),
    ((*ITEM_LEVELS, "pageInfo"), {"hasNextPage": True}),
    (ITEM_LEVELS, None),
    (ITEM_LEVELS, GONE),
]


@pytest.fixture
def storage(tmp_path: Path) -> Iterator[Storage]:
    opened = open_storage(tmp_path / "data")
    yield opened
    opened.close()


async def _routes(shop: FakeShop, sleeps: list[float], nodes: list[Any]) -> tuple[Route, Route]:
    """(ordinary, bulk) for one page of `nodes`."""
    routes = []
    for bulk in (False, True):
        shop.on("Locations", _ok(LOCATIONS))
        shop.on("InventoryAllLocations", _ok(page("productVariants", nodes, None)))
        conn = connector(sleeps)
        try:
            routes.append(
                await collect_route(conn.fetch_inventory_bulk() if bulk else conn.fetch_inventory())
            )
        finally:
            await conn.aclose()
    return routes[0], routes[1]


@pytest.mark.parametrize(("path", "value"), CASES, ids=[f"{'.'.join(p)}={v!r:.30}" for p, v in CASES])
async def test_both_routes_store_a_variant_alike(
    shop: FakeShop, sleeps: list[float], storage: Storage, path: tuple[str, ...], value: Any
) -> None:
    ordinary, bulk = await _routes(shop, sleeps, [_with(1, path, value), variant(2, [(LOC1, 5)])])
    await _assert_both_routes_store_alike(storage, ordinary, bulk)


async def test_a_page_of_every_shape_and_repeated_skus_stores_alike(
    shop: FakeShop, sleeps: list[float], storage: Storage
) -> None:
    nodes: list[Any] = [_with(10 + n, path, value) for n, (path, value) in enumerate(CASES)]
    nodes += [
        _with(90, ("price",), "1e3", sku="TWICE"),  # built first, then a plain listing of the same SKU
        variant(91, [(LOC1, 9)], "TWICE"),
        variant(92, [(LOC2, 1)], "ROWS-TWICE"),
        variant(93, [(LOC2, 2)], "ROWS-TWICE"),
        "not a variant",
    ]
    ordinary, bulk = await _routes(shop, sleeps, nodes)
    assert bulk.bulk and bulk.bulk[0].count > 10, "the plain variants of the page go as rows"
    await _assert_both_routes_store_alike(storage, ordinary, bulk)
