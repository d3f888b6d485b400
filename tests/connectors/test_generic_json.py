"""The generic JSON connector: every request shape it sends, the page styles and where they stop,
the field mapping, and the failures a merchant would see, against respx-mocked APIs."""

from __future__ import annotations

import asyncio
import base64
import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
import respx

from app.connectors.generic_json import GenericJsonConnector, export_preset, import_preset
from app.connectors.http import HttpPolicy
from app.core.errors import ConfigError, InvalidResponse, TransientError
from app.core.models import InventoryRecord, ItemFailure, JobKind, OrderStatus, Platform, StockUpdate, Store
from app.core.ports import BulkInventory
from app.core.redaction import REDACTOR

from .conftest import RecordedSleeps

BASE = "https://erp.example.com/api"
STOCK = f"{BASE}/stock"


def store(**settings: Any) -> Store:
    values: dict[str, Any] = {"base_url": BASE, "endpoint": "stock", "paginator": "none", "auth": "none"}
    values.update(settings)
    return Store("ERP", Platform.GENERIC_JSON, values)


def connector(
    policy: HttpPolicy, secrets: dict[str, str] | None = None, **settings: Any
) -> GenericJsonConnector:
    return GenericJsonConnector(store(**settings), secrets or {}, policy=policy)


async def read_all(conn: GenericJsonConnector) -> tuple[list[InventoryRecord], list[ItemFailure]]:
    records: list[InventoryRecord] = []
    failures: list[ItemFailure] = []
    async for page in conn.fetch_inventory():
        records.extend(page.records)
        failures.extend(page.failures)
    await conn.aclose()
    return records, failures


def items(*skus: str) -> list[dict[str, Any]]:
    return [{"sku": sku, "name": f"Item {sku}", "quantity": 3, "price": "9.50"} for sku in skus]


@pytest.mark.parametrize(
    ("auth", "extra", "header", "value"),
    [
        ("bearer", {}, "Authorization", "Bearer key-SECRET-1"),
        ("header", {"auth_header_name": "X-Api-Key"}, "X-Api-Key", "key-SECRET-1"),
        (
            "basic",
            {"username": "shop"},
            "Authorization",
            "Basic " + base64.b64encode(b"shop:key-SECRET-1").decode(),
        ),
    ],
)
@respx.mock
async def test_login_methods_send_the_secret_in_a_header(
    policy: HttpPolicy, auth: str, extra: dict[str, str], header: str, value: str
) -> None:
    route = respx.get(STOCK).mock(return_value=httpx.Response(200, json=items("A")))
    records, _ = await read_all(connector(policy, {"secret": "key-SECRET-1"}, auth=auth, **extra))
    assert route.calls.last.request.headers[header] == value
    assert [r.sku for r in records] == ["A"]


@respx.mock
async def test_query_key_login_puts_the_key_in_the_url_and_registers_it_for_redaction(
    policy: HttpPolicy,
) -> None:
    route = respx.get(STOCK).mock(return_value=httpx.Response(200, json=[]))
    await read_all(connector(policy, {"secret": "qk-SECRET-77"}, auth="query", auth_query_name="apikey"))
    assert route.calls.last.request.url.params["apikey"] == "qk-SECRET-77"
    assert "qk-SECRET-77" not in REDACTOR.redact("GET https://erp.example.com/api/stock?apikey=qk-SECRET-77")


async def test_a_missing_secret_is_a_settings_problem(policy: HttpPolicy) -> None:
    with pytest.raises(ConfigError, match="missing"):
        connector(policy, {}, auth="bearer")


@respx.mock
async def test_record_path_and_dotted_field_mapping(policy: HttpPolicy) -> None:
    respx.get(STOCK).mock(
        return_value=httpx.Response(
            200,
            json={
                "data": {"rows": [{"code": "K-1", "desc": "Kettle", "stock": {"free": "4"}, "gross": 12.5}]}
            },
        )
    )
    field_map = {"sku": "code", "name": "desc", "quantity": "stock.free", "price": "gross", "updated_at": ""}
    records, failures = await read_all(connector(policy, record_path="data.rows", field_map=field_map))
    assert records == [InventoryRecord("K-1", 4, "Kettle", Decimal("12.5"), None)]
    assert failures == []


@respx.mock
async def test_an_absurd_quantity_fails_only_its_record(policy: HttpPolicy) -> None:
    rows = [
        *items("A"),
        {"sku": "B", "quantity": 5e12},
        {"sku": "C", "quantity": 1.5},
        *items("D"),
        {"name": "?"},
    ]
    respx.get(STOCK).mock(return_value=httpx.Response(200, json=rows))
    records, failures = await read_all(connector(policy))
    assert [r.sku for r in records] == ["A", "D"]
    assert [(f.key, f.code) for f in failures] == [
        ("B", "invalid_record"),
        ("C", "invalid_record"),
        ("record 5", "invalid_record"),
    ]
    assert "beyond any real stock level" in failures[0].message


@respx.mock
async def test_a_large_page_keeps_order_and_names_a_keyless_record_by_place(policy: HttpPolicy) -> None:
    rows = items(*(f"S{n:04d}" for n in range(1, 600)))
    rows.insert(530, {"name": "no sku", "quantity": 1})
    respx.get(STOCK).mock(return_value=httpx.Response(200, json=rows))
    records, failures = await read_all(connector(policy))
    assert [r.sku for r in records] == [f"S{n:04d}" for n in range(1, 600)]
    assert [(f.key, f.code) for f in failures] == [("record 531", "invalid_record")]


@respx.mock
async def test_page_numbers_stop_at_the_total_pages_header(policy: HttpPolicy) -> None:
    route = respx.get(STOCK).mock(
        side_effect=[
            httpx.Response(200, json=items("A", "B"), headers={"X-Total-Pages": "2"}),
            httpx.Response(200, json=items("C"), headers={"X-Total-Pages": "2"}),
        ]
    )
    records, _ = await read_all(connector(policy, paginator="page", page_size=2))
    assert [r.sku for r in records] == ["A", "B", "C"]
    assert [dict(c.request.url.params) for c in route.calls] == [
        {"page": "1", "per_page": "2"},
        {"page": "2", "per_page": "2"},
    ]


@respx.mock
async def test_page_numbers_without_a_header_stop_at_an_empty_page(policy: HttpPolicy) -> None:
    route = respx.get(STOCK).mock(
        side_effect=[
            httpx.Response(200, json=items("A")),
            httpx.Response(200, json=items("B")),
            httpx.Response(200, json=[]),
        ]
    )
    records, _ = await read_all(
        connector(policy, paginator="page", page_size_param="", total_pages_header="")
    )
    assert [r.sku for r in records] == ["A", "B"]
    assert [c.request.url.params["page"] for c in route.calls] == ["1", "2", "3"]
    assert "per_page" not in route.calls.last.request.url.params


@respx.mock
async def test_offset_pages(policy: HttpPolicy) -> None:
    route = respx.get(STOCK).mock(
        side_effect=[
            httpx.Response(200, json=items("A", "B")),
            httpx.Response(200, json=items("C")),
            httpx.Response(200, json=[]),
        ]
    )
    records, _ = await read_all(
        connector(policy, paginator="offset", page_size=2, offset_param="skip", limit_param="take")
    )
    assert len(records) == 3
    assert [dict(c.request.url.params) for c in route.calls] == [
        {"skip": "0", "take": "2"},
        {"skip": "2", "take": "2"},
        {"skip": "3", "take": "2"},
    ]


@respx.mock
async def test_cursor_in_the_body(policy: HttpPolicy) -> None:
    route = respx.get(STOCK).mock(
        side_effect=[
            httpx.Response(200, json={"items": items("A"), "meta": {"next": "abc"}}),
            httpx.Response(200, json={"items": items("B"), "meta": {"next": None}}),
        ]
    )
    conn = connector(
        policy, paginator="cursor_body", record_path="items", cursor_path="meta.next", cursor_param="after"
    )
    records, _ = await read_all(conn)
    assert [r.sku for r in records] == ["A", "B"]
    assert "after" not in route.calls[0].request.url.params
    assert route.calls[1].request.url.params["after"] == "abc"


@respx.mock
async def test_a_cursor_that_repeats_is_reported_instead_of_looping(policy: HttpPolicy) -> None:
    respx.get(STOCK).mock(return_value=httpx.Response(200, json={"items": items("A"), "next_cursor": "same"}))
    with pytest.raises(InvalidResponse, match="same page cursor twice"):
        await read_all(connector(policy, paginator="cursor_body", record_path="items"))


@respx.mock
async def test_next_url_in_the_body_is_followed_on_the_same_host(policy: HttpPolicy) -> None:
    route = respx.get(STOCK).mock(
        side_effect=[
            httpx.Response(200, json={"items": items("A"), "next": "/api/stock?p=2"}),
            httpx.Response(200, json={"items": items("B"), "next": None}),
        ]
    )
    records, _ = await read_all(connector(policy, paginator="next_url_body", record_path="items"))
    assert [r.sku for r in records] == ["A", "B"]
    assert str(route.calls.last.request.url) == f"{STOCK}?p=2"


@respx.mock
async def test_next_url_on_another_host_is_refused_so_credentials_stay_home(policy: HttpPolicy) -> None:
    respx.get(STOCK).mock(
        return_value=httpx.Response(200, json={"items": items("A"), "next": "https://collector.evil.test/p2"})
    )
    elsewhere = respx.get("https://collector.evil.test/p2").mock(return_value=httpx.Response(200, json={}))
    conn = connector(
        policy, {"secret": "tok-SECRET"}, auth="bearer", paginator="next_url_body", record_path="items"
    )
    with pytest.raises(InvalidResponse, match=r"collector\.evil\.test"):
        await read_all(conn)
    assert not elsewhere.called


@respx.mock
async def test_link_header_next(policy: HttpPolicy) -> None:
    route = respx.get(STOCK).mock(
        side_effect=[
            httpx.Response(200, json=items("A"), headers={"Link": f'<{STOCK}?page=2>; rel="next"'}),
            httpx.Response(200, json=items("B"), headers={"Link": f'<{STOCK}?page=1>; rel="prev"'}),
        ]
    )
    records, _ = await read_all(connector(policy, paginator="link_header"))
    assert [r.sku for r in records] == ["A", "B"]
    assert route.calls.last.request.url.params["page"] == "2"


@respx.mock
async def test_a_server_error_in_mid_pagination_is_retried_without_losing_or_repeating_pages(
    policy: HttpPolicy, sleeps: RecordedSleeps
) -> None:
    route = respx.get(STOCK).mock(
        side_effect=[
            httpx.Response(200, json=items("A"), headers={"X-Total-Pages": "2"}),
            httpx.Response(503, text="busy"),
            httpx.Response(500, json={"error": "db"}),
            httpx.Response(200, json=items("B"), headers={"X-Total-Pages": "2"}),
        ]
    )
    records, _ = await read_all(connector(policy, paginator="page"))
    assert [r.sku for r in records] == ["A", "B"]
    assert [c.request.url.params["page"] for c in route.calls] == ["1", "2", "2", "2"]
    assert len(sleeps) == 2


@respx.mock
async def test_persistent_server_errors_fail_the_run_with_a_retryable_error(policy: HttpPolicy) -> None:
    respx.get(STOCK).mock(return_value=httpx.Response(500, json={}))
    with pytest.raises(TransientError):
        await read_all(connector(policy))


@respx.mock
async def test_connection_test_explains_a_field_mapping_that_does_not_fit(policy: HttpPolicy) -> None:
    respx.get(STOCK).mock(return_value=httpx.Response(200, json=[{"code": "A", "qty": 1}]))
    with pytest.raises(ConfigError, match="field mapping"):
        await connector(policy).test_connection()
    assert (
        "first page has 1 product: 1 item to store"
        in await connector(
            policy, field_map={"sku": "code", "quantity": "qty", "name": "", "price": "", "updated_at": ""}
        ).test_connection()
    )


@respx.mock
async def test_record_path_that_is_not_a_list(policy: HttpPolicy) -> None:
    respx.get(STOCK).mock(return_value=httpx.Response(200, json={"data": {"count": 0}}))
    with pytest.raises(InvalidResponse, match=r"no list at “data\.items”"):
        await read_all(connector(policy, record_path="data.items"))


@respx.mock
async def test_orders_since_parameter_cursor_and_status_mapping(policy: HttpPolicy) -> None:
    route = respx.get(f"{BASE}/orders").mock(
        return_value=httpx.Response(
            200,
            json=[
                {
                    "id": 7,
                    "number": "A-7",
                    "status": "shipped",
                    "total": "10.00",
                    "currency": "EUR",
                    "updated_at": "2026-02-01T10:00:00Z",
                },
                {"id": 8, "status": "wrapped", "total": 5, "updated_at": "2026-02-01T11:00:00Z"},
            ],
        )
    )
    conn = connector(
        policy, orders_endpoint="orders", since_param="changed_after", status_map={"wrapped": "processing"}
    )
    assert JobKind.ORDERS_PULL in conn.supported_jobs
    pages = [page async for page in conn.fetch_orders("2026-01-31T00:00:00+00:00")]
    assert route.calls.last.request.url.params["changed_after"] == "2026-01-31T00:00:00+00:00"
    orders = pages[0].records
    assert [(o.external_id, o.number, o.status) for o in orders] == [
        ("7", "A-7", OrderStatus.SHIPPED),
        ("8", "8", OrderStatus.PROCESSING),
    ]
    assert orders[0].total == Decimal("10.00")
    assert pages[-1].cursor == "2026-02-01T11:00:00+00:00"


@respx.mock
async def test_stock_push_reports_refused_items(policy: HttpPolicy) -> None:
    route = respx.post(f"{BASE}/stock/set").mock(
        return_value=httpx.Response(
            200,
            json={"results": [{"sku": "A", "ok": True}, {"sku": "B", "ok": False, "error": "unknown sku"}]},
        )
    )
    conn = connector(policy, stock_endpoint="stock/set")
    result = await conn.push_stock([StockUpdate("A", 4), StockUpdate("B", 2)])
    assert result.written == 1
    assert result.failures == [ItemFailure("B", "unknown sku", "refused")]
    assert route.calls.last.request.read() == b'{"items":[{"sku":"A","quantity":4},{"sku":"B","quantity":2}]}'


def test_presets_travel_without_secrets() -> None:
    original = store(
        auth="bearer", record_path="data", field_map={"sku": "code"}, secret="oops-SECRET", token="t"
    )
    preset = export_preset(original)
    assert "oops-SECRET" not in repr(preset)
    assert preset["settings"]["record_path"] == "data"
    assert import_preset(preset) == {
        k: v for k, v in original.settings.items() if k not in ("secret", "token")
    }
    with pytest.raises(ConfigError, match="not a StoreSync"):
        import_preset({"format": "something-else"})
    tampered = {**preset, "settings": {**preset["settings"], "secret": "x", "evil": 1}}
    assert "secret" not in import_preset(tampered)
    assert "evil" not in import_preset(tampered)


def test_a_store_offers_only_the_jobs_its_settings_make_possible(policy: HttpPolicy) -> None:
    assert connector(policy).supported_jobs == {JobKind.INVENTORY_PULL}
    full = connector(policy, orders_endpoint="orders", stock_endpoint="stock/set")
    assert full.supported_jobs == {JobKind.INVENTORY_PULL, JobKind.ORDERS_PULL, JobKind.STOCK_PUSH}


@pytest.mark.parametrize(
    ("style", "sent"),
    [("unix", "1772359200"), ("unix_ms", "1772359200000"), ("datetime", "2026-03-01 10:00:00")],
)
@respx.mock
async def test_the_changed_since_time_goes_in_the_form_the_api_wants(
    policy: HttpPolicy, style: str, sent: str
) -> None:
    route = respx.get(f"{BASE}/orders").mock(return_value=httpx.Response(200, json=[]))
    conn = connector(policy, orders_endpoint="orders", since_param="since", since_format=style)
    _ = [page async for page in conn.fetch_orders("2026-03-01T10:00:00+00:00")]
    assert route.calls.last.request.url.params["since"] == sent


@respx.mock
async def test_an_empty_answer_where_a_list_belongs_is_reported(policy: HttpPolicy) -> None:
    respx.get(STOCK).mock(return_value=httpx.Response(200))
    with pytest.raises(InvalidResponse, match="does not hold a list"):
        await read_all(connector(policy))


async def read_bulk(
    conn: GenericJsonConnector,
) -> tuple[list[list[Any]], list[InventoryRecord], list[ItemFailure], list[int]]:
    """fetch_inventory_bulk: the bulk rows, built records and failures of every page, and each page's
    bulk count."""
    rows: list[list[Any]] = []
    records: list[InventoryRecord] = []
    failures: list[ItemFailure] = []
    counts: list[int] = []
    async for page in conn.fetch_inventory_bulk():
        assert page.bulk is not None
        page_rows = json.loads(page.bulk.text)
        assert len(page_rows) == page.bulk.count
        rows.extend(page_rows)
        counts.append(page.bulk.count)
        records.extend(page.records)
        failures.extend(page.failures)
    await conn.aclose()
    return rows, records, failures, counts


@respx.mock
async def test_every_record_arrives_as_a_row_in_the_order_listed_the_others_built_first(
    policy: HttpPolicy,
) -> None:
    body: list[Any] = items("A", "B", "C", "D", "E")
    body[0].update(updated_at="2026-01-31T08:00:00Z", id=7)
    body[1]["price"] = " 9.50"  # same amount, other text: built, stored as Decimal writes it
    body[2]["price"] = 9.5  # a JSON number is a plain amount too
    body[3]["quantity"] = 3.0  # a whole number written as a fraction: built
    body[4]["updated_at"] = "2026-01-31T10:00:00+02:00"  # another zone: built, stored in UTC
    respx.get(STOCK).mock(return_value=httpx.Response(200, json=body))
    conn = connector(policy)
    assert isinstance(conn, BulkInventory)
    rows, records, failures, _counts = await read_bulk(conn)
    assert rows == [
        ["A", 3, "Item A", "9.50", "2026-01-31 08:00:00.000000", 7],
        ["B", 3, "Item B", "9.50", None, None, None],
        ["C", 3, "Item C", "9.5", None, None],
        ["D", 3, "Item D", "9.50", None, None, None],
        ["E", 3, "Item E", "9.50", "2026-01-31 08:00:00.000000", None, None],
    ]
    assert records == [] and failures == []


@respx.mock
async def test_the_bulk_route_rejects_the_records_fetch_inventory_rejects_with_the_same_messages(
    policy: HttpPolicy,
) -> None:
    body: list[Any] = items("A", "B", "C", "D", "E", "F")
    body[0]["updated_at"] = "yesterday"
    body[1]["price"] = "NaN"
    body[2]["quantity"] = 10**15
    body[3]["price"] = "Infinity"
    body[5]["name"] = {"en": "nested"}
    body.insert(4, ["not", "an", "object"])
    body.append({"name": "no sku", "quantity": 1})
    respx.get(STOCK).mock(return_value=httpx.Response(200, json=body))
    _, expected_failures = await read_all(connector(policy))
    rows, records, failures, _counts = await read_bulk(connector(policy))
    assert [row[0] for row in rows] == ["E"] and records == []
    assert failures == expected_failures
    assert [(f.key, f.code) for f in failures] == [
        ("A", "invalid_record"),
        ("B", "invalid_record"),
        ("C", "invalid_record"),
        ("D", "invalid_record"),
        ("record 5", "invalid_record"),
        ("F", "invalid_record"),
        ("record 8", "invalid_record"),
    ]
    assert "beyond any real stock level" in failures[2].message


@respx.mock
async def test_every_page_hands_over_its_own_bulk_rows(policy: HttpPolicy) -> None:
    second = items("C", "D")
    second[1]["quantity"] = "4"
    respx.get(STOCK).mock(
        side_effect=[
            httpx.Response(200, json=items("A", "B"), headers={"X-Total-Pages": "3"}),
            httpx.Response(200, json=second, headers={"X-Total-Pages": "3"}),
            httpx.Response(200, json=[], headers={"X-Total-Pages": "3"}),
        ]
    )
    rows, records, failures, counts = await read_bulk(connector(policy, paginator="page", page_size=2))
    assert counts == [2, 2, 0]
    assert [row[0] for row in rows] == ["A", "B", "C", "D"] and rows[3][1] == 4, "D built, then a row"
    assert records == [] and failures == []


@respx.mock
async def test_a_mapped_record_path_and_fields_go_in_bulk_too(policy: HttpPolicy) -> None:
    respx.get(STOCK).mock(
        return_value=httpx.Response(
            200,
            json={
                "data": {"rows": [{"code": "K-1", "desc": "Kettle", "stock": {"free": 4}, "gross": "12.5"}]}
            },
        )
    )
    field_map = {"sku": "code", "name": "desc", "quantity": "stock.free", "price": "gross", "updated_at": ""}
    rows, records, _, _ = await read_bulk(connector(policy, record_path="data.rows", field_map=field_map))
    assert rows == [["K-1", 4, "Kettle", "12.5", None, None]] and records == []


@respx.mock
async def test_a_stock_read_asks_for_the_next_page_before_handing_this_one_on(policy: HttpPolicy) -> None:
    """The store prepares the next page while this one is checked and stored; a read closed early
    leaves no request running and asks for no page beyond the next."""
    route = respx.get(STOCK).mock(
        side_effect=[
            httpx.Response(200, json=items("A", "B"), headers={"X-Total-Pages": "3"}),
            httpx.Response(200, json=items("C", "D"), headers={"X-Total-Pages": "3"}),
            httpx.Response(200, json=items("E"), headers={"X-Total-Pages": "3"}),
        ]
    )
    conn = connector(policy, paginator="page", page_size=2)
    pages = conn.fetch_inventory_bulk()
    first = await anext(pages)
    assert first.bulk is not None and first.bulk.count == 2
    assert [c.request.url.params["page"] for c in route.calls] == ["1", "2"]
    await pages.aclose()
    await conn.aclose()
    assert {task for task in asyncio.all_tasks() if not task.done()} == {asyncio.current_task()}
    assert route.call_count == 2


@respx.mock
async def test_a_batch_answer_without_results_confirms_nothing(policy: HttpPolicy) -> None:
    respx.post(f"{BASE}/stock/set").mock(return_value=httpx.Response(200, json={"status": "ok"}))
    conn = connector(policy, stock_endpoint="stock/set")
    result = await conn.push_stock([StockUpdate("A", 4), StockUpdate("B", 2)])
    assert (result.written, list(result.unconfirmed)) == (0, ["A", "B"])


@respx.mock
async def test_per_item_templates_fill_the_url_and_body_and_check_the_answer(policy: HttpPolicy) -> None:
    stored = {"7": 1, "8": 1}

    def answer(request: httpx.Request) -> httpx.Response:
        item_id = request.url.path.split("/")[-2]
        wanted = json.loads(request.content)["stock"]["level"]
        if item_id == "7":
            stored[item_id] = wanted
        return httpx.Response(200, json={"product": {"id": item_id, "stock": stored[item_id]}})

    respx.put(url__regex=rf"{BASE}/products/\d+/stock").mock(side_effect=answer)
    conn = connector(
        policy,
        stock_endpoint="products/{id}/stock",
        stock_write_mode="per_item",
        stock_method="PUT",
        stock_body='{"stock": {"level": "{quantity}", "ref": "{sku}"}}',
        stock_result_path="product.stock",
    )
    result = await conn.push_stock(
        [StockUpdate("A", 4, remote_id="7"), StockUpdate("B", 5, remote_id="8"), StockUpdate("C", 1)]
    )
    assert result.written == 1 and stored["7"] == 4
    assert [(f.key, f.message) for f in result.failures] == [
        ("B", "the store answered 1 after 5 was written"),
        ("C", "The store listed no id for this SKU."),
    ]


def test_a_batch_body_without_a_place_for_the_items_is_refused(policy: HttpPolicy) -> None:
    conn = connector(policy, stock_endpoint="stock/set", stock_body='{"items": []}')
    with pytest.raises(ConfigError, match="items"):
        asyncio.run(conn.push_stock([StockUpdate("A", 1)]))
