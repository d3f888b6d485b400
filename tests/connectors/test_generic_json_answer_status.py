"""APIs that answer HTTP 200 whatever happened and say in the body whether the call worked (respx):
the generic JSON store's ok_path / ok_value / error_message_path / auth_error_values settings on
reads, the login step and writes, and the settings refused when only half set."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from app.connectors.generic_json import GenericJsonConnector
from app.connectors.generic_login import TOKENS
from app.connectors.http import HttpPolicy
from app.core.errors import AuthError, ConfigError, InvalidResponse, RemoteError
from app.core.models import InventoryRecord, Platform, StockUpdate, Store
from app.core.presets import make_preset, read_preset

BASE = "https://market.example.com/api"
STOCK = f"{BASE}/stock"
LOGIN = f"{BASE}/login"
WRITE = f"{BASE}/stock/update"
PASSWORD = "pw-Qz81-secret"
USER_TOKEN = "ut-Vb42-secret"
OVOKO_STYLE = {
    "ok_path": "status_code",
    "ok_value": "R200",
    "error_message_path": "msg",
    "auth_error_values": "R401, R403",
}


@pytest.fixture(autouse=True)
def no_shared_tokens() -> Iterator[None]:
    TOKENS._tokens.clear()
    yield
    TOKENS._tokens.clear()


def connector(
    policy: HttpPolicy, secrets: dict[str, str] | None = None, **settings: Any
) -> GenericJsonConnector:
    values: dict[str, Any] = {
        "base_url": BASE,
        "endpoint": "stock",
        "record_path": "list",
        "paginator": "none",
        "auth": "none",
        **OVOKO_STYLE,
    }
    values.update(settings)
    return GenericJsonConnector(Store("Ovoko", Platform.GENERIC_JSON, values), secrets or {}, policy=policy)


async def read_all(conn: GenericJsonConnector) -> list[InventoryRecord]:
    records: list[InventoryRecord] = []
    try:
        async for page in conn.fetch_inventory():
            records.extend(page.records)
    finally:
        await conn.aclose()
    return records


def answer(status_code: str, msg: str, **extra: Any) -> httpx.Response:
    return httpx.Response(200, json={"msg": msg, "status_code": status_code, **extra})


@respx.mock
async def test_a_read_whose_body_says_success_is_read(policy: HttpPolicy) -> None:
    respx.get(STOCK).mock(return_value=answer("R200", "OK", list=[{"sku": "A-1", "quantity": 4}]))

    assert [(r.sku, r.quantity) for r in await read_all(connector(policy))] == [("A-1", 4)]


@respx.mock
async def test_a_failing_read_inside_a_200_names_the_store_and_gives_the_apis_message(
    policy: HttpPolicy,
) -> None:
    route = respx.get(STOCK).mock(return_value=answer("R500", "Service is\n under maintenance."))

    with pytest.raises(RemoteError) as failed:
        await read_all(connector(policy))

    assert str(failed.value) == "Ovoko reported a failure: Service is under maintenance (status_code R500)."
    assert failed.value.code == "R500"
    assert route.call_count == 1  # the API's own verdict: not retried as a network fault would be


@respx.mock
async def test_a_refused_credentials_value_is_a_credentials_problem_without_the_secret(
    policy: HttpPolicy,
) -> None:
    respx.post(STOCK).mock(return_value=answer("R401", f"Wrong user token {USER_TOKEN}"))
    conn = connector(
        policy,
        {"password": PASSWORD, "user_token": USER_TOKEN},
        auth="form",
        method="POST",
        username="seller",
    )

    with pytest.raises(AuthError) as refused:
        await read_all(conn)

    message = str(refused.value)
    assert message.startswith("Ovoko refused the credentials: Wrong user token ")
    assert message.endswith("(status_code R401); check them in the store's settings.")
    assert USER_TOKEN not in message and PASSWORD not in message and "\n" not in message


@respx.mock
async def test_an_answer_without_the_success_value_is_not_taken_for_success(policy: HttpPolicy) -> None:
    respx.get(STOCK).mock(return_value=httpx.Response(200, json={"list": [{"sku": "A", "quantity": 1}]}))

    with pytest.raises(InvalidResponse, match="Ovoko answered without “status_code”"):
        await read_all(connector(policy))


@respx.mock
async def test_an_is_error_flag_reads_as_json_false_and_a_list_of_messages_joins(policy: HttpPolicy) -> None:
    respx.get(STOCK).mock(
        side_effect=[
            httpx.Response(
                200, json={"isError": False, "messages": [], "results": [{"sku": "B", "quantity": 2}]}
            ),
            httpx.Response(200, json={"isError": True, "messages": ["Invalid page", "Try again later"]}),
        ]
    )
    settings = {"ok_path": "isError", "ok_value": "false", "error_message_path": "messages"}
    conn = connector(policy, record_path="results", **settings)

    assert [r.sku for r in await read_all(conn)] == ["B"]
    with pytest.raises(
        RemoteError, match=r"^Ovoko reported a failure: Invalid page; Try again later \(isError true\)\.$"
    ):
        await read_all(connector(policy, record_path="results", **settings))


@respx.mock
async def test_a_login_refused_inside_a_200_is_a_credentials_problem(policy: HttpPolicy) -> None:
    respx.post(LOGIN).mock(return_value=answer("R100", "Unknown user"))
    stock = respx.get(STOCK).mock(return_value=answer("R200", "OK", list=[]))
    conn = connector(
        policy,
        {"password": PASSWORD},
        auth="login",
        username="seller",
        login_endpoint="login",
        login_token_path="token",
    )

    with pytest.raises(AuthError) as refused:
        await read_all(conn)

    assert str(refused.value) == (
        "Ovoko refused the login: Unknown user (status_code R100); check the credentials in the store's "
        "settings."
    )
    assert not stock.called


@respx.mock
async def test_a_token_refused_inside_a_200_is_renewed_once_then_the_read_goes_on(policy: HttpPolicy) -> None:
    login = respx.post(LOGIN).mock(
        side_effect=[answer("R200", "OK", token="tok-1-abcd"), answer("R200", "OK", token="tok-2-abcd")]
    )
    stock = respx.get(STOCK).mock(
        side_effect=[
            answer("R403", "Session expired"),
            answer("R200", "OK", list=[{"sku": "C", "quantity": 3}]),
        ]
    )
    conn = connector(
        policy,
        {"password": PASSWORD},
        auth="login",
        username="seller",
        login_endpoint="login",
        login_token_path="token",
    )

    assert [r.sku for r in await read_all(conn)] == ["C"]
    assert login.call_count == 2
    assert [call.request.headers["Authorization"] for call in stock.calls] == [
        "Bearer tok-1-abcd",
        "Bearer tok-2-abcd",
    ]


@respx.mock
async def test_a_per_item_write_refused_inside_a_200_fails_that_sku_with_the_apis_message(
    policy: HttpPolicy,
) -> None:
    respx.put(f"{BASE}/stock/A").mock(return_value=answer("R200", "OK", quantity=5))
    respx.put(f"{BASE}/stock/B").mock(return_value=answer("R422", "Quantity above the listing's limit"))
    conn = connector(
        policy,
        stock_endpoint="stock/{sku}",
        stock_write_mode="per_item",
        stock_method="PUT",
        stock_result_path="quantity",
    )

    result = await conn.push_stock([StockUpdate("A", 5), StockUpdate("B", 9000)])
    await conn.aclose()

    assert result.written == 1
    [failure] = result.failures
    assert failure.key == "B"
    assert (
        failure.message == "Ovoko reported a failure: Quantity above the listing's limit (status_code R422)."
    )


@respx.mock
async def test_a_batch_write_refused_inside_a_200_is_not_counted_as_written(policy: HttpPolicy) -> None:
    route = respx.post(WRITE).mock(return_value=answer("R500", "Import queue is full"))
    conn = connector(policy, stock_endpoint="stock/update", stock_result_path="")

    with pytest.raises(
        RemoteError, match=r"^Ovoko reported a failure: Import queue is full \(status_code R500\)\.$"
    ):
        await conn.push_stock([StockUpdate("A", 5)])
    await conn.aclose()
    assert json.loads(route.calls[0].request.content) == {"items": [{"sku": "A", "quantity": 5}]}


@pytest.mark.parametrize(
    ("settings", "complaint"),
    [
        ({"ok_path": "status_code", "ok_value": ""}, "no success value is set"),
        ({"ok_path": "", "ok_value": "R200"}, "not where it is in the answer"),
        ({"ok_path": "", "ok_value": "", "auth_error_values": "R401"}, "not where it is in the answer"),
        ({"ok_value": "R200", "auth_error_values": "R200"}, "both success and refused credentials"),
    ],
)
def test_half_a_success_setting_says_what_is_missing(
    policy: HttpPolicy, settings: dict[str, str], complaint: str
) -> None:
    with pytest.raises(ConfigError, match=complaint):
        connector(policy, **settings)


def test_presets_carry_the_success_settings() -> None:
    preset = read_preset(make_preset("Marketplace", {"base_url": BASE, **OVOKO_STYLE}))

    assert {key: preset.settings[key] for key in OVOKO_STYLE} == OVOKO_STYLE
