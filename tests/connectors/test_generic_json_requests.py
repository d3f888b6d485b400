"""The generic JSON connector's request shapes beyond GET + one key (respx-mocked): POST bodies that
receive the paging values, extra headers, a key in the body, the request rate setting, the next page
number in the answer, and settings that are not what they should be."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from app.connectors.generic_json import GenericJsonConnector
from app.connectors.generic_records import SkipRule
from app.connectors.http import HttpPolicy
from app.core.errors import ConfigError, InvalidResponse
from app.core.models import InventoryRecord, Platform, Store
from app.core.presets import PresetError, make_preset, read_preset

BASE = "https://erp.example.com/api"
STOCK = f"{BASE}/stock"


def connector(
    policy: HttpPolicy, secrets: dict[str, str] | None = None, **settings: Any
) -> GenericJsonConnector:
    values: dict[str, Any] = {"base_url": BASE, "endpoint": "stock", "paginator": "none", "auth": "none"}
    values.update(settings)
    return GenericJsonConnector(Store("ERP", Platform.GENERIC_JSON, values), secrets or {}, policy=policy)


async def read_all(conn: GenericJsonConnector) -> list[InventoryRecord]:
    records: list[InventoryRecord] = []
    async for page in conn.fetch_inventory():
        records.extend(page.records)
    await conn.aclose()
    return records


@respx.mock
async def test_a_post_read_places_page_values_in_the_body_with_the_key_and_headers(
    policy: HttpPolicy,
) -> None:
    pages = [
        httpx.Response(200, json={"rows": [{"sku": "A", "quantity": 1}], "next_page": 2}),
        httpx.Response(200, json={"rows": [{"sku": "B", "quantity": 2}], "next_page": None}),
    ]
    route = respx.post(STOCK).mock(side_effect=pages)
    conn = connector(
        policy,
        {"secret": "key-SECRET-77"},
        auth="body",
        auth_body_field="auth.key",
        method="POST",
        request_body={"filter": {"warehouse": 3}},
        paginator="next_page_body",
        page_param="paging.page",
        page_size_param="paging.size",
        page_size=1,
        record_path="rows",
        headers={"Accept-Language": "lt"},
    )
    assert [r.sku for r in await read_all(conn)] == ["A", "B"]
    bodies = [json.loads(call.request.content) for call in route.calls]
    assert bodies == [
        {"filter": {"warehouse": 3}, "auth": {"key": "key-SECRET-77"}, "paging": {"page": 1, "size": 1}},
        {"filter": {"warehouse": 3}, "auth": {"key": "key-SECRET-77"}, "paging": {"page": 2, "size": 1}},
    ]
    assert all(call.request.headers["Accept-Language"] == "lt" for call in route.calls)
    assert all(not call.request.url.query for call in route.calls)


@respx.mock
async def test_a_next_page_number_that_does_not_move_forward_is_refused(policy: HttpPolicy) -> None:
    respx.get(STOCK).mock(
        return_value=httpx.Response(200, json={"rows": [{"sku": "A", "quantity": 1}], "next_page": 1})
    )
    conn = connector(policy, paginator="next_page_body", record_path="rows")
    with pytest.raises(InvalidResponse, match="the list would never end"):
        await read_all(conn)


def test_a_key_in_the_body_needs_post(policy: HttpPolicy) -> None:
    with pytest.raises(ConfigError, match="needs the POST request method"):
        connector(policy, {"secret": "key-SECRET-77"}, auth="body").inventory_stream()


@pytest.mark.parametrize(("text", "rate"), [("5/s", (5.0, 1)), ("120 / min", (2.0, 1)), ("", None)])
def test_the_request_rate_reads_per_second_or_per_minute(
    policy: HttpPolicy, text: str, rate: tuple[float, int] | None
) -> None:
    assert connector(policy, rate_limit=text).request_rate() == rate


def test_a_request_rate_that_is_not_a_rate_says_how_to_write_it(policy: HttpPolicy) -> None:
    with pytest.raises(ConfigError, match="should read like 5/s or 100/min"):
        connector(policy, rate_limit="fast").request_rate()


def test_a_json_setting_that_is_not_an_object_is_named(policy: HttpPolicy) -> None:
    with pytest.raises(ConfigError, match="Records to skip"):
        connector(policy, skip_if=["sku"])


def test_skip_rules_read_empty_equal_and_anything_but() -> None:
    assert SkipRule("sku", "").matches({"sku": ""}) and SkipRule("sku", "").matches({})
    assert not SkipRule("sku", "").matches({"sku": "A"})
    assert SkipRule("type", "bundle").matches({"type": "bundle"})
    assert SkipRule("type", "!product").matches({"type": "bundle"})
    assert not SkipRule("type", "!product").matches({"type": "product"})


def test_presets_carry_json_settings_and_refuse_a_body_that_is_not_an_object() -> None:
    settings = {"method": "POST", "request_body": {"page": 1}, "skip_if": {"sku": ""}, "auth": "login"}
    assert read_preset(make_preset("ERP", settings)).settings == settings
    broken = make_preset("ERP", {"request_body": {"x": 1}})
    broken["settings"]["request_body"] = "page=1"
    with pytest.raises(PresetError, match="request_body"):
        read_preset(broken)
