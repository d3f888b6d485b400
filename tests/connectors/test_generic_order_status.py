"""Order status writes of the generic JSON store (respx-mocked): the request each order's new status
makes from the store's write template, and which answers count as written, refused or unconfirmed."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from app.connectors.generic_json import GenericJsonConnector
from app.connectors.http import HttpPolicy
from app.core.errors import ConfigError
from app.core.models import OrderStatus, OrderStatusUpdate, Platform, Store
from app.core.ports import PushResult

BASE = "https://shop.example.com/api"
SHIPPED = OrderStatusUpdate("A/7", "#1007", OrderStatus.SHIPPED, "3SABC0001")
DELIVERED = OrderStatusUpdate("8", "#1008", OrderStatus.DELIVERED, "3SABC0002")


def connector(policy: HttpPolicy, **settings: Any) -> GenericJsonConnector:
    values: dict[str, Any] = {
        "base_url": BASE,
        "endpoint": "products",
        "auth": "bearer",
        "order_status_endpoint": "orders/{id}/status",
    }
    values.update(settings)
    return GenericJsonConnector(
        Store("Shop", Platform.GENERIC_JSON, values), {"secret": "shop-SECRET-1"}, policy=policy
    )


async def write(conn: GenericJsonConnector, *updates: OrderStatusUpdate) -> PushResult:
    try:
        return await conn.write_order_status(updates)
    finally:
        await conn.aclose()


@respx.mock
async def test_each_order_sends_the_template_with_the_stores_own_status_name(policy: HttpPolicy) -> None:
    first = respx.patch(f"{BASE}/orders/A%2F7/status").mock(return_value=httpx.Response(200, json={}))
    second = respx.patch(f"{BASE}/orders/8/status").mock(return_value=httpx.Response(204))
    conn = connector(
        policy,
        order_status_method="PATCH",
        order_status_body={"order": {"state": "{status}", "note": "Parcel {tracking}"}, "ref": "{number}"},
        status_map={"Sent": "shipped", "Received": "delivered"},
    )

    result = await write(conn, SHIPPED, DELIVERED)

    assert (result.written, list(result.failures)) == (2, [])
    sent = [(call.request, json.loads(call.request.content)) for call in (*first.calls, *second.calls)]
    assert [body for _, body in sent] == [
        {"order": {"state": "Sent", "note": "Parcel 3SABC0001"}, "ref": "#1007"},
        {"order": {"state": "Received", "note": "Parcel 3SABC0002"}, "ref": "#1008"},
    ]
    assert all(request.headers["Authorization"] == "Bearer shop-SECRET-1" for request, _ in sent)


@respx.mock
async def test_the_default_write_puts_status_and_tracking_at_the_order_number(policy: HttpPolicy) -> None:
    route = respx.put(f"{BASE}/orders/%231007").mock(return_value=httpx.Response(200, json={"ok": True}))
    conn = connector(policy, order_status_endpoint="orders/{number}")

    result = await write(conn, SHIPPED)

    assert result.written == 1
    assert json.loads(route.calls.last.request.content) == {
        "status": "shipped",
        "tracking_number": "3SABC0001",
    }


@respx.mock
async def test_an_answer_that_shows_another_status_or_none_is_not_written(policy: HttpPolicy) -> None:
    respx.put(f"{BASE}/orders/A%2F7/status").mock(
        return_value=httpx.Response(200, json={"order": {"status": "processing"}})
    )
    respx.put(f"{BASE}/orders/8/status").mock(return_value=httpx.Response(200, json={"id": 8}))
    respx.put(f"{BASE}/orders/9/status").mock(
        return_value=httpx.Response(200, json={"order": {"status": "delivered"}})
    )
    conn = connector(policy, order_status_result_path="order.status")
    third = OrderStatusUpdate("9", "#1009", OrderStatus.DELIVERED)

    result = await write(conn, SHIPPED, DELIVERED, third)

    assert result.written == 1
    assert [(f.key, f.message) for f in result.failures] == [
        (
            "#1007",
            "the status “shipped” was not written back: the store shows “processing” after “shipped” "
            "was written",
        ),
        (
            "#1008",
            "the status “delivered” was not written back: the store's answer does not show the "
            "order's status",
        ),
    ]


@respx.mock
async def test_a_status_code_the_settings_do_not_accept_is_a_refusal(policy: HttpPolicy) -> None:
    respx.put(f"{BASE}/orders/A%2F7/status").mock(return_value=httpx.Response(202, json={}))
    conn = connector(policy, order_status_ok_status="200, 204")

    result = await write(conn, SHIPPED)

    assert result.written == 0
    assert [f.message for f in result.failures] == [
        "the status “shipped” was not written back: the store answered 202, which its settings do not "
        "count as written"
    ]


@respx.mock
async def test_one_refused_order_does_not_stop_the_next(policy: HttpPolicy) -> None:
    refused = respx.put(f"{BASE}/orders/A%2F7/status").mock(
        return_value=httpx.Response(422, json={"error": "order is cancelled"})
    )
    accepted = respx.put(f"{BASE}/orders/8/status").mock(return_value=httpx.Response(200, json={}))

    result = await write(connector(policy), SHIPPED, DELIVERED)

    assert (refused.call_count, accepted.call_count, result.written) == (1, 1, 1)
    [failure] = result.failures
    assert failure.key == "#1007"
    assert failure.message.startswith(
        "the status “shipped” was not written back: The store answered HTTP 422"
    )


@respx.mock
async def test_refused_credentials_stop_the_writes_and_every_order_says_why(policy: HttpPolicy) -> None:
    first = respx.put(f"{BASE}/orders/A%2F7/status").mock(return_value=httpx.Response(401, json={}))
    second = respx.put(f"{BASE}/orders/8/status").mock(return_value=httpx.Response(200, json={}))

    result = await write(connector(policy), SHIPPED, DELIVERED)

    assert (first.call_count, second.call_count, result.written) == (1, 0, 0)
    assert [f.key for f in result.failures] == ["#1007", "#1008"]
    assert all("The store refused the credentials" in f.message for f in result.failures)
    assert all("shop-SECRET-1" not in f.message for f in result.failures)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"order_status_endpoint": ""}, "This store has no order status write endpoint set"),
        (
            {"order_status_method": "DELETE"},
            "Order statuses are written with POST, PUT or PATCH, not DELETE.",
        ),
        ({"order_status_ok_status": "ok"}, "The accepted status codes must be numbers like 200,201"),
    ],
)
async def test_a_write_setting_that_cannot_work_is_named(
    policy: HttpPolicy, settings: dict[str, Any], message: str
) -> None:
    with pytest.raises(ConfigError, match=message.replace(".", r"\.")):
        await write(connector(policy, **settings), SHIPPED)
