"""The stock route (app.connectors.bulk.page_rows) against building every record one by one with the
connector's mapping (to_inventory, as a store without the route is read): a plain record is taken as
it is only when the mapping would store the very same row. Whatever a store sends, both store the
same rows, byte for byte, and reject the same records with the same words; the records the route
gives its readers of records (a push's plan, a preview) are those rows."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from app.connectors.base import HttpConnector
from app.connectors.bulk import page_rows
from app.connectors.generic_json import GenericJsonConnector
from app.connectors.http import HttpPolicy
from app.core.models import (
    InventoryRecord,
    ItemFailure,
    Job,
    JobKind,
    Platform,
    RunStatus,
    Store,
    SyncRun,
    Trigger,
)
from app.core.ports import BulkRows, InventoryBatch, MergeResult, Page
from app.core.schedule import ScheduleSpec
from app.storage import Storage, open_storage

BASE = "https://erp.example.com/api"
STOCK = f"{BASE}/stock"
FIELDS = ("sku", "quantity", "name", "price", "updated_at", "id")
PLAIN: dict[str, Any] = {
    "sku": "MUG-1",
    "quantity": 3,
    "name": "Mug",
    "price": "9.90",
    "updated_at": "2026-01-31T08:00:00Z",
    "id": "gid://1",
}
MISSING = object()


def plain(field: str, value: Any) -> dict[str, Any]:
    """The plain record with one value replaced (MISSING: the key left out)."""
    record = dict(PLAIN)
    if value is MISSING:
        del record[field]
    else:
        record[field] = value
    return record


PRICES: list[Any] = [
    "9.90", "19.070", "0", "0.00", "0.000000", "0.0000000", "0.000001", "0.0000010", "0.0000001",
    "0.00000010", "1e3", "1E+3", " 5", "5 ", "-1", "+1", "-0", "00.5", ".5", "5.", "1_000",
    "999999999999.999999", "1000000000000", "99999999999999999999", "1.123456789012345678901234567890",
    "NaN", "Infinity", "", "abc", "1\u0663.5", "\u0661\u0662", "9.\uff15", "5\n6", "5\n", "\n5",
    5, 0, -3, 10**12 - 1, 10**12, 10**30, True, None, MISSING, [], {},
]  # fmt: skip
# JSON numbers with a fraction or exponent arrive as Decimal: they go in the body as raw JSON text.
PRICE_NUMBERS = ["9.5", "1.10", "1e3", "0.0000001", "-0.0", "1E-400", "999999999999.99", "1e12", "5.0"]
TIMES: list[Any] = [
    "2026-01-31T08:00:00Z", "2026-01-31T08:00:00+00:00", "2026-01-31T10:00:00+02:00",
    "2026-01-31T02:30:00-05:30", "2026-01-31T08:00:00.123456Z", "2026-01-31T08:00:00.5Z",
    "2026-01-31T08:00:00.5+00:00", "2024-02-29T12:00:00Z", "2023-02-29T12:00:00Z", "2000-02-29T12:00:00Z",
    "1900-02-29T12:00:00Z", "2026-02-30T12:00:00Z", "2026-04-31T12:00:00Z", "2026-12-31T23:59:59Z",
    "2026-01-31T24:00:00Z", "2026-01-31T23:59:60Z", "2026-01-31T08:00:00", "2026-01-31 08:00:00Z",
    "2026-01-31t08:00:00z", "2026-01-31T08:00Z", "2026-01-31", "0999-01-01T00:00:00Z",
    "1000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59-01:00",
    "2026-01-3\u0661T08:00:00Z", "2\u06f026-01-31T08:00:00Z", "2026-01-31T08:0\u0661:00Z",
    "2026-01-31T08:00:00Z ", "2026-01-31T08:00:00Z\n2026-01-31T08:00:00Z", "2026-01-31T08:00:00Z\n",
    "2026-01-31T08:00:00+0000", "2026-01-31T08:00:00-00:00", "yesterday", "",
    None, MISSING, 1769846400, True,
]  # fmt: skip
SKUS: list[Any] = [
    7, 0, -7, "", " ", "S" * 200, "S" * 201, "A\u0000B", "ü-ß ✓ \"q\"", None, MISSING, True, [], {"a": 1},
]  # fmt: skip
QUANTITIES: list[Any] = [
    0, -1, 10**9, 10**9 + 1, -(10**6), -(10**6) - 1, 10**20, True, False, "3", " 3 ", "3.0", "1e3",
    "abc", "", None, MISSING, [],
]  # fmt: skip
QUANTITY_NUMBERS = ["3.0", "3.5", "1e3", "-0.0", "1e20"]
NAMES: list[Any] = [
    None, MISSING, "", "N" * 1000, "N" * 1001, 5, True, {"en": "x"}, [], "Café ☕\n\t\\", "x\u0000y",
]  # fmt: skip
REMOTE_IDS: list[Any] = [
    7, -7, 0, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 10**30, "", "abc", "007", None, MISSING, True,
]  # fmt: skip
REMOTE_ID_NUMBERS = ["1.5", "1.0", "1e3"]
NOT_OBJECTS: list[Any] = ["text", 5, None, [1, 2], True]
# A SKU listed twice in a page: the first listing is the one kept, whichever route each one takes.
LISTED_TWICE: list[list[dict[str, Any]]] = [
    [{"sku": 7, "quantity": 1}, {"sku": "7", "quantity": 9}],
    [{"sku": "D", "quantity": 1, "price": " 5"}, {"sku": "D", "quantity": 9, "price": "5"}],
    [{"sku": "S" * 201, "quantity": 1}, {"sku": "S" * 200, "quantity": 9}],
    [{"sku": "P", "quantity": 1}, {"sku": "P", "quantity": 9, "price": " 5"}],
    [{"sku": "R", "quantity": 1.5}, {"sku": "R", "quantity": 9}],
    [{"sku": "T", "quantity": 2, "name": 5}, {"sku": "U", "quantity": 1}, {"sku": "T", "quantity": 3}],
]


def _cases() -> list[Any]:
    cases: list[Any] = []
    for field, values in (
        ("price", PRICES),
        ("updated_at", TIMES),
        ("sku", SKUS),
        ("quantity", QUANTITIES),
        ("name", NAMES),
        ("id", REMOTE_IDS),
    ):
        cases += [pytest.param([plain(field, value)], id=f"{field}={value!r:.40}") for value in values]
    for field, numbers in (
        ("price", PRICE_NUMBERS),
        ("quantity", QUANTITY_NUMBERS),
        ("id", REMOTE_ID_NUMBERS),
    ):
        cases += [pytest.param(_raw_number(field, text), id=f"{field}=number {text}") for text in numbers]
    cases += [pytest.param([value], id=f"not an object {value!r}") for value in NOT_OBJECTS]
    cases += [pytest.param(page, id=f"listed twice {page[0]['sku']!r:.20}") for page in LISTED_TWICE]
    cases += [
        pytest.param([{}], id="empty object"),
        pytest.param([{"sku": "ONLY"}], id="sku only"),
        pytest.param([{"sku": "Q", "quantity": 1}], id="sku and quantity only"),
        pytest.param([{**PLAIN, "extra": {"deep": [1]}}], id="extra keys"),
    ]
    return cases


class _RawJson(str):
    """A JSON document written as text, for numbers json.dumps would not write as the store does."""


def _raw_number(field: str, number: str) -> _RawJson:
    values = ", ".join(f'"{key}": {number if key == field else _json(PLAIN[key])}' for key in FIELDS)
    return _RawJson("[{" + values + "}]")


def _json(value: Any) -> str:
    return json.dumps(value)


@dataclass(frozen=True)
class Route:
    """What one route made of a page: the batch it merges and the records it rejected."""

    batch_records: list[InventoryRecord]
    bulk: list[BulkRows]
    failures: list[ItemFailure]


@pytest.fixture
def storage(tmp_path: Path) -> Iterator[Storage]:
    opened = open_storage(tmp_path / "data")
    yield opened
    opened.close()


def _connector(policy: HttpPolicy) -> GenericJsonConnector:
    settings = {"base_url": BASE, "endpoint": "stock", "paginator": "none", "auth": "none"}
    return GenericJsonConnector(Store("ERP", Platform.GENERIC_JSON, settings), {}, policy=policy)


async def collect_route(pages: AsyncIterator[Page[InventoryRecord]]) -> Route:
    """What a stream of pages hands to storage."""
    route = Route([], [], [])
    async for page in pages:
        route.batch_records.extend(page.records)
        route.failures.extend(page.failures)
        if page.bulk is not None:
            route.bulk.append(page.bulk)
    return route


async def _fetch(policy: HttpPolicy, bulk: bool, *, as_records: bool = False) -> Route:
    """The stock route (`bulk`), its rows as records (`as_records`), or every record built one by one."""
    conn = _connector(policy)
    try:
        if as_records:
            return await collect_route(conn.fetch_inventory())
        return await collect_route(
            conn.fetch_inventory_bulk() if bulk else HttpConnector.fetch_inventory(conn)
        )
    finally:
        await conn.aclose()


class Shops:
    """Stores in one database, each filled by the route it is named after."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self.ids: dict[str, int] = {}
        self.jobs: dict[str, int] = {}

    async def add(self, name: str) -> None:
        store = await self.storage.stores.save_store(Store(name, Platform.GENERIC_JSON, {}))
        job = await self.storage.stores.save_job(
            Job(kind=JobKind.INVENTORY_PULL, schedule=ScheduleSpec.every(minutes=15), store_id=store.id)
        )
        self.ids[name], self.jobs[name] = store.id or 0, job.id or 0

    async def merge(self, name: str, route: Route) -> MergeResult:
        run = await self.storage.runs.start_run(
            SyncRun(job_id=self.jobs[name], trigger=Trigger.MANUAL, started_at=datetime.now(UTC))
        )
        batch = InventoryBatch(
            self.ids[name],
            run.id or 0,
            records=route.batch_records,
            bulk=route.bulk,
            refused=[failure.key for failure in route.failures],
        )
        result = await self.storage.inventory.merge_inventory(batch)
        await self.storage.inventory.finish_inventory_run(self.ids[name], run.id or 0, complete=True)
        finished = replace(run, status=RunStatus.SUCCEEDED, finished_at=datetime.now(UTC))
        await self.storage.runs.finish_run(finished)
        return result

    def seen_by_user(self, name: str) -> list[tuple[Any, ...]]:
        return [
            (item.sku, item.quantity, item.name, item.price, item.deleted)
            for item in self.storage.inventory.search_items(limit=1000)
            if item.store_id == self.ids[name]
        ]

    def stored_text(self, name: str, merged_from: str, merged_until: str) -> list[tuple[Any, ...]]:
        """The raw row text, with a time the merge filled in (the record had none) shown as "now"."""
        with sqlite3.connect(self.storage.path) as connection:
            rows = connection.execute(
                "SELECT sku, name, quantity, typeof(quantity), price, typeof(price), updated_at, remote_id, "
                "typeof(remote_id), locations FROM inventory_item WHERE store_id = ? ORDER BY sku",
                (self.ids[name],),
            ).fetchall()
        return [
            (*row[:6], "now" if merged_from <= row[6] <= merged_until else row[6], *row[7:]) for row in rows
        ]


def _now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


async def _assert_both_routes_store_alike(storage: Storage, ordinary: Route, bulk: Route) -> None:
    assert bulk.failures == ordinary.failures, "the same records are rejected with the same words"
    shops = Shops(storage)
    for name in ("ordinary", "bulk", "bulk after ordinary"):
        await shops.add(name)
    merged_from = _now_text()
    assert await shops.merge("bulk", bulk) == await shops.merge("ordinary", ordinary)
    await shops.merge("bulk after ordinary", ordinary)
    merged_until = _now_text()
    assert shops.seen_by_user("bulk") == shops.seen_by_user("ordinary")
    assert shops.stored_text("bulk", merged_from, merged_until) == shops.stored_text(
        "ordinary", merged_from, merged_until
    )
    stored = len(shops.seen_by_user("ordinary"))
    again = await shops.merge("bulk after ordinary", bulk)
    assert (again.created, again.updated, again.unchanged) == (0, 0, stored), (
        "rows the ordinary route stored are equal, for the merge, to what the bulk route sends"
    )


@pytest.mark.parametrize("body", _cases())
@respx.mock
async def test_both_routes_store_the_same_rows_and_reject_the_same_records(
    policy: HttpPolicy, storage: Storage, body: Any
) -> None:
    content = body if isinstance(body, _RawJson) else _json(body)
    respx.get(STOCK).mock(
        return_value=httpx.Response(200, text=content, headers={"Content-Type": "application/json"})
    )
    ordinary, bulk = await _fetch(policy, bulk=False), await _fetch(policy, bulk=True)
    await _assert_both_routes_store_alike(storage, ordinary, bulk)


def _every_shape_page() -> list[Any]:
    """Every case in one page under its own SKU (where the case is not about the SKU)."""
    page: list[Any] = []
    for number, param in enumerate(_cases()):
        body = param.values[0]
        if isinstance(body, _RawJson):
            continue
        record = body[0]
        if type(record) is dict and "sku" in record and record["sku"] == PLAIN["sku"]:
            record = {**record, "sku": f"CASE-{number:03d}"}
        page.append(record)
    return page


@respx.mock
async def test_a_page_of_every_shape_at_once_stores_alike(policy: HttpPolicy, storage: Storage) -> None:
    """Failures are named by their place in a mixed page, and plain and built records share one batch."""
    respx.get(STOCK).mock(return_value=httpx.Response(200, json=_every_shape_page()))
    ordinary, bulk = await _fetch(policy, bulk=False), await _fetch(policy, bulk=True)
    assert bulk.bulk[0].count > 30, "the plain records of the page take the bulk route"
    await _assert_both_routes_store_alike(storage, ordinary, bulk)


@respx.mock
async def test_readers_of_records_get_the_rows_the_stock_route_stores(
    policy: HttpPolicy, storage: Storage
) -> None:
    """A push's plan and a preview read records: the very rows a stock sync stores, as records."""
    respx.get(STOCK).mock(return_value=httpx.Response(200, json=_every_shape_page()))
    as_records, bulk = await _fetch(policy, bulk=False, as_records=True), await _fetch(policy, bulk=True)
    assert not as_records.bulk and len(as_records.batch_records) == bulk.bulk[0].count
    await _assert_both_routes_store_alike(storage, as_records, bulk)


PYTHON_VALUES: list[tuple[str, Any]] = [
    ("price", 9.5),
    ("price", 1e300),
    ("price", float("nan")),
    ("price", Decimal("9.50")),
    ("price", Decimal("1E+3")),
    ("price", Decimal("-0")),
    ("price", Decimal("NaN")),
    ("price", Decimal("sNaN")),
    ("price", Decimal("Infinity")),
    ("price", Decimal("1E+12")),
    ("quantity", 3.0),
    ("quantity", Decimal("3")),
    ("id", 1.5),
    ("id", Decimal("7")),
    ("name", b"bytes"),
    ("updated_at", datetime(2026, 1, 31, 8, tzinfo=UTC)),
]


@pytest.mark.parametrize(("field", "value"), PYTHON_VALUES, ids=[f"{f}={v!r}" for f, v in PYTHON_VALUES])
async def test_python_values_are_stored_as_the_ordinary_route_stores_them(
    policy: HttpPolicy, storage: Storage, field: str, value: Any
) -> None:
    """page_rows is handed Python values by other connectors too (floats, Decimals, datetimes): each is
    stored, or refused, exactly as to_inventory decides."""
    conn = _connector(policy)
    raws: Sequence[Any] = [plain(field, value), dict(PLAIN, sku="OTHER")]
    records, failures = conn.map_records(raws, conn.to_inventory)
    rows, rejected = page_rows(raws, lambda raw: [raw.get(key) for key in FIELDS], conn.inventory_of)
    await conn.aclose()
    await _assert_both_routes_store_alike(storage, Route(records, [], failures), Route([], [rows], rejected))
