"""Answers that must not hang or fool a connector, in the shapes the wire gives them: retries logged
without secrets, a retry that would pass the request deadline not made, compressed bodies inflated
under the cap, a repeated page or an endless list stopped, an absurdly long number failing one
record, redirects and next pages named and compared with their port."""

from __future__ import annotations

import gzip
import logging
import zlib
from typing import Any

import httpx
import pytest
import respx

from app.connectors.answer_body import inflater_for, parse_json_body
from app.connectors.generic_json import GenericJsonConnector
from app.connectors.http import Credentials, HttpPolicy, HttpSession
from app.connectors.policy import RetryPolicy
from app.core.errors import ConfigError, InvalidResponse, TransientError
from app.core.models import Platform, Store

from .conftest import RecordedSleeps

URL = "https://shop.example.com/api/items"
BASE = "https://erp.example.com/api"


def generic(policy: HttpPolicy, **settings: Any) -> GenericJsonConnector:
    values = {"base_url": BASE, "auth": "none", "endpoint": "/stock", "paginator": "page", "page_size": 2}
    return GenericJsonConnector(
        Store("ERP", Platform.GENERIC_JSON, {**values, **settings}), {}, policy=policy
    )


@respx.mock
async def test_each_retry_is_logged_with_attempt_reason_and_wait_and_no_secret(
    policy: HttpPolicy, caplog: pytest.LogCaptureFixture
) -> None:
    session = HttpSession(policy, credentials=Credentials.query(consumer_secret="cs_SECRET_42"))
    respx.get(URL).mock(side_effect=[httpx.Response(503), httpx.Response(502), httpx.Response(200, json=[])])
    with caplog.at_level(logging.INFO, logger="app.connectors.http"):
        await session.request("GET", URL)
    ours = [record for record in caplog.records if record.name == "app.connectors.http"]
    assert [(r.levelno, r.getMessage()) for r in ours] == [
        (
            logging.INFO,
            "GET shop.example.com/api/items: attempt 1 of 4 failed (The store had a server error (HTTP 503) "
            "at shop.example.com/api/items.); trying again in 0.5 s",
        ),
        (
            logging.INFO,
            "GET shop.example.com/api/items: attempt 2 of 4 failed (The store had a server error (HTTP 502) "
            "at shop.example.com/api/items.); trying again in 1.0 s",
        ),
    ]
    assert not any("cs_SECRET_42" in record.getMessage() for record in ours)


@respx.mock
async def test_a_retry_that_would_pass_the_request_deadline_is_not_made(
    sleeps: RecordedSleeps, caplog: pytest.LogCaptureFixture
) -> None:
    policy = HttpPolicy(request_timeout=10, retry=RetryPolicy(attempts=4, sleep=sleeps))
    route = respx.get(URL).mock(return_value=httpx.Response(503, headers={"Retry-After": "30"}))
    with caplog.at_level(logging.INFO, logger="app.connectors.http"), pytest.raises(TransientError):
        await HttpSession(policy).request("GET", URL)
    assert route.call_count == 1 and sleeps == []
    assert [record.getMessage() for record in caplog.records if record.name == "app.connectors.http"] == [
        "GET shop.example.com/api/items: attempt 1 of 4 failed (The store asked us to slow down "
        "(HTTP 503).); no time is left for another before the 10 s deadline"
    ]


@pytest.mark.parametrize(
    ("encoding", "pack"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, as some servers send it
    ],
)
@respx.mock
async def test_compressed_answers_are_read(policy: HttpPolicy, encoding: str, pack: Any) -> None:
    body = b'[{"sku": "A", "quantity": 3}]' * 1
    respx.get(URL).mock(
        return_value=httpx.Response(
            200,
            content=pack(body),
            headers={"Content-Type": "application/json", "Content-Encoding": encoding},
        )
    )
    assert (await HttpSession(policy).request("GET", URL)).body == [{"sku": "A", "quantity": 3}]


@respx.mock
async def test_a_compressed_answer_is_capped_by_what_it_inflates_to(sleeps: RecordedSleeps) -> None:
    policy = HttpPolicy(max_body_bytes=4 * 1024 * 1024, retry=RetryPolicy(sleep=sleeps))
    packed = gzip.compress(b"[" + b" " * (6 * 1024 * 1024) + b"]")
    assert len(packed) < 64 * 1024
    respx.get(URL).mock(
        return_value=httpx.Response(
            200, content=packed, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}
        )
    )
    with pytest.raises(
        InvalidResponse, match=r"^The answer from shop.example.com/api/items is larger than 4 MB"
    ):
        await HttpSession(policy).request("GET", URL)


@respx.mock
async def test_an_unknown_compression_is_named(policy: HttpPolicy) -> None:
    respx.get(URL).mock(return_value=httpx.Response(200, content=b"...", headers={"Content-Encoding": "br"}))
    with pytest.raises(InvalidResponse, match=r"compressed in a way StoreSync cannot read \(br\)"):
        await HttpSession(policy).request("GET", URL)


def test_a_damaged_compressed_body_is_named() -> None:
    inflater = inflater_for("gzip", "shop.example.com/api/items")
    assert inflater is not None
    with pytest.raises(InvalidResponse, match=r"^The answer from shop.example.com/api/items is damaged"):
        list(inflater.inflate(b"not gzip at all"))


@respx.mock
async def test_every_request_asks_only_for_compressions_it_reads(policy: HttpPolicy) -> None:
    route = respx.get(URL).mock(return_value=httpx.Response(200, json=[]))
    await HttpSession(policy).request("GET", URL)
    assert route.calls.last.request.headers["Accept-Encoding"] == "gzip, deflate"


@respx.mock
async def test_a_redirect_names_the_port_it_points_to(policy: HttpPolicy) -> None:
    respx.get(URL).mock(
        return_value=httpx.Response(301, headers={"Location": "https://shop.example.com:8443/x"})
    )
    with pytest.raises(
        ConfigError, match=r"^The store redirected to shop\.example\.com:8443 — check the URL\.$"
    ):
        await HttpSession(policy).request("GET", URL)


@respx.mock
async def test_a_next_page_on_another_port_of_the_host_is_refused(policy: HttpPolicy) -> None:
    respx.get(f"{BASE}/stock").mock(
        return_value=httpx.Response(
            200,
            json={"items": [{"sku": "A", "quantity": 1}], "next": "https://erp.example.com:9000/stock?p=2"},
        )
    )
    shop = generic(policy, paginator="next_url_body", record_path="items")
    with pytest.raises(InvalidResponse) as refused:
        [page async for page in shop.fetch_inventory()]
    assert str(refused.value) == (
        "erp.example.com/api/stock pointed the next page to erp.example.com:9000; credentials are only "
        "sent to erp.example.com."
    )


@respx.mock
async def test_a_repeated_page_ends_the_walk_even_when_the_rest_of_the_answer_changes(
    policy: HttpPolicy,
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        rows = [{"sku": f"S{i}", "quantity": i} for i in range(min(page, 2) * 2 - 2, min(page, 2) * 2)]
        return httpx.Response(200, json={"page": page, "items": rows})

    route = respx.get(f"{BASE}/stock").mock(side_effect=answer)
    shop = generic(policy, record_path="items")
    pages = []
    with pytest.raises(InvalidResponse, match=r"answered page 3 with the same records as page 2"):
        async for page in shop.fetch_inventory():
            pages.append(page)
    assert [[r.sku for r in page.records] for page in pages] == [["S0", "S1"], ["S2", "S3"]]
    assert route.call_count == 3


@respx.mock
async def test_equal_empty_pages_are_not_taken_for_a_loop(policy: HttpPolicy) -> None:
    respx.get(f"{BASE}/stock").mock(
        side_effect=[
            httpx.Response(200, json={"items": [], "next_cursor": "b"}),
            httpx.Response(200, json={"items": [], "next_cursor": "c"}),
            httpx.Response(200, json={"items": [{"sku": "A", "quantity": 1}], "next_cursor": None}),
        ]
    )
    shop = generic(policy, paginator="cursor_body", record_path="items")
    assert [len(page.records) async for page in shop.fetch_inventory()] == [0, 0, 1]


def test_a_whole_number_too_long_for_python_is_read_as_a_decimal() -> None:
    long_number = "9" * 5000
    body = f'{{"items": [{{"sku": "A", "quantity": {long_number}}}, {{"sku": "B", "quantity": 2}}]}}'.encode()
    document = parse_json_body(body, "application/json", "erp.example.com/api/stock")
    assert str(document["items"][0]["quantity"]) == long_number
    assert document["items"][1] == {"sku": "B", "quantity": 2}


@respx.mock
async def test_a_quantity_thousands_of_digits_long_fails_its_record_alone_on_both_paths(
    policy: HttpPolicy,
) -> None:
    rows = (
        '[{"sku": "A", "quantity": 1}, {"sku": "B", "quantity": '
        + "8" * 4400
        + '}, {"sku": "C", "quantity": 3}]'
    )
    respx.get(f"{BASE}/stock").mock(
        return_value=httpx.Response(200, content=rows.encode(), headers={"Content-Type": "application/json"})
    )
    shop = generic(policy, paginator="none")
    [built] = [page async for page in shop.fetch_inventory()]
    [bulk] = [page async for page in shop.fetch_inventory_bulk()]
    assert [record.sku for record in built.records] == ["A", "C"]
    assert [record.sku for record in bulk.records] == [] and bulk.bulk is not None and bulk.bulk.count == 2
    for page in (built, bulk):
        assert [(f.key, f.message) for f in page.failures] == [
            ("B", "quantity 88888888888888888888... (4400 digits) is beyond any real stock level")
        ]
