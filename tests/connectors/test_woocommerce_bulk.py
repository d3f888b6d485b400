"""WooCommerce's stock route (simple products read a column at a time, their times written without an
offset, variations built after them) against every product built one by one by the connector's
mapping: both store the same rows and reject the same records with the same words."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import respx

from app.connectors.http import HttpPolicy
from app.connectors.woocommerce import WooCommerceConnector
from app.core.models import InventoryRecord
from app.core.ports import Page
from app.storage import Storage, open_storage
from tests.connectors.test_bulk import MISSING, Route, _assert_both_routes_store_alike, collect_route
from tests.connectors.test_woocommerce import API, listed, product, woo

VARIATIONS = f"{API}/products/9/variations"
CASES: list[tuple[str, Any]] = [
    ("date_modified_gmt", "2026-03-01T10:00:00"),
    ("date_modified_gmt", "2026-03-01T10:00:00Z"),
    ("date_modified_gmt", "2026-03-01T10:00:00+00:00"),
    ("date_modified_gmt", "2026-03-01T10:00:00.5"),
    ("date_modified_gmt", "2024-02-29T12:00:00"),
    ("date_modified_gmt", "2023-02-29T12:00:00"),
    ("date_modified_gmt", "2026-03-01T10:00:00\n"),
    ("date_modified_gmt", "2026-03-01 10:00:00"),
    ("date_modified_gmt", ""),
    ("date_modified_gmt", None),
    ("date_modified_gmt", MISSING),
    ("price", "19.99"),
    ("price", "19.990"),
    ("price", ""),
    ("price", None),
    ("price", "abc"),
    ("price", 5),
    ("price", MISSING),
    ("stock_quantity", 0),
    ("stock_quantity", -4),
    ("stock_quantity", "3"),
    ("stock_quantity", 10**12),
    ("stock_quantity", MISSING),
    ("sku", ""),
    ("sku", None),
    ("sku", 7),
    ("sku", MISSING),
    ("name", None),
    ("name", ""),
    ("name", MISSING),
    ("id", "77"),
    ("id", None),
    ("type", "grouped"),
    ("type", MISSING),
    ("manage_stock", False),
]


def _product(field: str, value: Any, pid: int = 1, sku: str = "A") -> dict[str, Any]:
    raw = product(pid, sku)
    if value is MISSING:
        del raw[field]
    else:
        raw[field] = value
    return raw


@pytest.fixture
def storage(tmp_path: Path) -> Iterator[Storage]:
    opened = open_storage(tmp_path / "data")
    yield opened
    opened.close()


async def _built_one_by_one(conn: WooCommerceConnector) -> AsyncIterator[Page[InventoryRecord]]:
    """Every product and variation of each page built by the connector's mapping (to_inventory)."""
    async for simple, variations in conn._stocked_items():
        records, failures = conn.map_records(simple, conn.to_inventory)
        conn._map_variations(variations, records, failures)
        yield Page(records, failures)


async def _routes(policy: HttpPolicy) -> tuple[Route, Route]:
    """(ordinary, bulk): what each route of one store hands to storage."""
    routes = []
    for bulk in (False, True):
        conn = woo(policy)
        try:
            pages = conn.fetch_inventory_bulk() if bulk else _built_one_by_one(conn)
            routes.append(await collect_route(pages))
        finally:
            await conn.aclose()
    return routes[0], routes[1]


@pytest.mark.parametrize(("field", "value"), CASES, ids=[f"{f}={v!r:.30}" for f, v in CASES])
@respx.mock
async def test_both_routes_store_a_product_alike(
    policy: HttpPolicy, storage: Storage, field: str, value: Any
) -> None:
    respx.get(f"{API}/products").mock(return_value=listed([_product(field, value), product(2, "B")]))
    ordinary, bulk = await _routes(policy)
    await _assert_both_routes_store_alike(storage, ordinary, bulk)


@respx.mock
async def test_a_page_of_every_shape_with_a_variable_product_stores_alike(
    policy: HttpPolicy, storage: Storage
) -> None:
    page = [_product(field, value, pid=10 + n, sku=f"P{n}") for n, (field, value) in enumerate(CASES)]
    page += [product(9, "PARENT", None, type="variable"), product(3, "P0")]  # P0 listed twice
    respx.get(f"{API}/products").mock(return_value=listed(page))
    respx.get(VARIATIONS).mock(return_value=listed([product(91, "V1", 4), product(92, "V2", None)]))
    ordinary, bulk = await _routes(policy)
    variations = [row[0] for page in bulk.bulk for row in json.loads(page.text) if row[0].startswith("V")]
    assert variations == ["V1"], "variations are built, then handed over as rows after the products"
    await _assert_both_routes_store_alike(storage, ordinary, bulk)


@respx.mock
async def test_a_page_of_plain_products_goes_in_bulk_with_its_times_in_storage_form(
    policy: HttpPolicy, storage: Storage
) -> None:
    respx.get(f"{API}/products").mock(return_value=listed([product(n, f"S{n}") for n in range(1, 51)]))
    ordinary, bulk = await _routes(policy)
    assert [piece.count for piece in bulk.bulk] == [50] and bulk.batch_records == []
    assert '"2026-03-01 10:00:00.000000"' in bulk.bulk[0].text
    await _assert_both_routes_store_alike(storage, ordinary, bulk)
