"""Amazon FBA connector: the LWA token exchange and cache, the summaries it asks for, paging and errors."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
import respx

from app.connectors import amazon as amazon_module
from app.connectors.amazon import REGION_HOSTS, SUMMARIES_PATH, TOKEN_URL, AccessTokenCache, AmazonConnector
from app.connectors.http import HttpPolicy
from app.connectors.policy import RetryPolicy
from app.core.errors import AuthError, ConfigError
from app.core.models import Platform, StockUpdate, Store

SUMMARIES = f"{REGION_HOSTS['eu']}{SUMMARIES_PATH}"
MARKETPLACE = "A1PA6795UKMFR9"
SECRET = "amzn1.oa2-cs.v1.unit-test-secret"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(amazon_module, "ACCESS_TOKENS", AccessTokenCache(clock=fake))
    return fake


@pytest.fixture
def refresh_token() -> str:
    return f"Atzr|unit-{uuid.uuid4().hex}"


class FakeAmazon:
    def __init__(self) -> None:
        self.token_forms: list[dict[str, str]] = []
        self.token_replies: list[httpx.Response] = []
        self.summary_requests: list[httpx.Request] = []
        self.summary_replies: list[httpx.Response] = []
        self.issued = 0

    def token(self, request: httpx.Request) -> httpx.Response:
        self.token_forms.append({k: v[0] for k, v in parse_qs(request.content.decode()).items()})
        if self.token_replies:
            return self.token_replies.pop(0)
        self.issued += 1
        return httpx.Response(
            200,
            json={
                "access_token": f"Atza|access-{self.issued}",
                "token_type": "bearer",
                "expires_in": 3600,
                "refresh_token": "ignored",
            },
        )

    def summaries(self, request: httpx.Request) -> httpx.Response:
        self.summary_requests.append(request)
        return self.summary_replies.pop(0) if len(self.summary_replies) > 1 else self.summary_replies[0]


@pytest.fixture
def amazon(clock: Clock) -> Iterator[FakeAmazon]:
    fake = FakeAmazon()
    with respx.mock(assert_all_called=False) as router:
        router.post(TOKEN_URL).mock(side_effect=fake.token)
        router.get(SUMMARIES).mock(side_effect=fake.summaries)
        yield fake


@pytest.fixture
def sleeps() -> list[float]:
    return []


def connector(refresh_token: str, sleeps: list[float], **settings: Any) -> AmazonConnector:
    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        await asyncio.sleep(min(seconds, 0.01))

    policy = HttpPolicy(retry=RetryPolicy(attempts=3, sleep=sleep, jitter=lambda: 0.5))
    values = {
        "region": "eu",
        "marketplace_id": MARKETPLACE,
        "client_id": "amzn1.application-oa2-client.unit",
        **settings,
    }
    secrets = {"client_secret": SECRET, "refresh_token": refresh_token}
    return AmazonConnector(Store("FBA", Platform.AMAZON, values), secrets, policy=policy)


def summary(n: int, fulfillable: int = 5, updated: str = "2026-03-01T10:00:00Z") -> dict[str, Any]:
    return {
        "asin": f"B0{n:08d}",
        "fnSku": f"X00{n:07d}",
        "sellerSku": f"SKU-{n}",
        "condition": "NewItem",
        "lastUpdatedTime": updated,
        "productName": f"Mug {n}",
        "totalQuantity": fulfillable + 3,
        "inventoryDetails": {"fulfillableQuantity": fulfillable, "inboundWorkingQuantity": 3},
    }


def summaries_page(items: list[dict[str, Any]], next_token: str | None = None) -> httpx.Response:
    body: dict[str, Any] = {
        "payload": {
            "granularity": {"granularityType": "Marketplace", "granularityId": MARKETPLACE},
            "inventorySummaries": items,
        }
    }
    if next_token:
        body["pagination"] = {"nextToken": next_token}
    return httpx.Response(200, json=body)


def expired() -> httpx.Response:
    errors = [
        {
            "code": "Unauthorized",
            "message": "Access to requested resource is denied.",
            "details": "The access token you provided has expired.",
        }
    ]
    return httpx.Response(403, json={"errors": errors})


async def collect(pages: Any) -> tuple[list[Any], list[Any], list[str | None]]:
    records, failures, cursors = [], [], []
    async for p in pages:
        records.extend(p.records)
        failures.extend(p.failures)
        cursors.append(p.cursor)
    return records, failures, cursors


async def test_token_exchange_then_summaries(
    amazon: FakeAmazon, refresh_token: str, sleeps: list[float]
) -> None:
    amazon.summary_replies = [summaries_page([summary(1)])]
    message = await connector(refresh_token, sleeps).test_connection()
    assert "1 FBA items" in message
    assert amazon.token_forms == [
        {
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": "amzn1.application-oa2-client.unit",
            "client_secret": SECRET,
        }
    ]
    request = amazon.summary_requests[0]
    assert request.headers["x-amz-access-token"] == "Atza|access-1"
    assert dict(request.url.params) == {
        "details": "true",
        "granularityType": "Marketplace",
        "granularityId": MARKETPLACE,
        "marketplaceIds": MARKETPLACE,
    }


async def test_token_is_reused_until_shortly_before_it_expires(
    amazon: FakeAmazon, clock: Clock, refresh_token: str, sleeps: list[float]
) -> None:
    amazon.summary_replies = [summaries_page([])]
    await connector(refresh_token, sleeps).test_connection()
    clock.now += 3000
    await connector(refresh_token, sleeps).test_connection()  # another job, same account: same token
    assert len(amazon.token_forms) == 1
    clock.now += 500  # within the margin before the hour is up
    await connector(refresh_token, sleeps).test_connection()
    assert len(amazon.token_forms) == 2
    assert amazon.summary_requests[-1].headers["x-amz-access-token"] == "Atza|access-2"


async def test_a_refused_token_is_renewed_once(
    amazon: FakeAmazon, refresh_token: str, sleeps: list[float]
) -> None:
    amazon.summary_replies = [expired(), summaries_page([summary(1)])]
    records, _, _ = await collect(connector(refresh_token, sleeps).fetch_inventory())
    assert [r.sku for r in records] == ["SKU-1"]
    assert len(amazon.token_forms) == 2
    assert [r.headers["x-amz-access-token"] for r in amazon.summary_requests] == [
        "Atza|access-1",
        "Atza|access-2",
    ]


async def test_a_token_refused_twice_needs_attention(
    amazon: FakeAmazon, refresh_token: str, sleeps: list[float]
) -> None:
    amazon.summary_replies = [expired()]
    with pytest.raises(AuthError, match="Fulfillment"):
        await connector(refresh_token, sleeps).test_connection()
    assert len(amazon.token_forms) == 2 and len(amazon.summary_requests) == 2


@pytest.mark.parametrize(
    ("status", "body", "words"),
    [
        (
            400,
            {"error": "invalid_grant", "error_description": "The request has an invalid grant parameter"},
            "refresh token",
        ),
        (
            401,
            {"error": "invalid_client", "error_description": "Client authentication failed"},
            "client secret",
        ),
    ],
)
async def test_login_refusals_say_what_to_fix(
    amazon: FakeAmazon, refresh_token: str, sleeps: list[float], status: int, body: dict[str, str], words: str
) -> None:
    amazon.token_replies = [httpx.Response(status, json=body)]
    with pytest.raises(AuthError, match=words) as raised:
        await connector(refresh_token, sleeps).test_connection()
    assert amazon.summary_requests == []
    assert SECRET not in str(raised.value) and refresh_token not in str(raised.value)


async def test_pages_follow_next_token_and_keep_start_date(
    amazon: FakeAmazon, refresh_token: str, sleeps: list[float]
) -> None:
    amazon.summary_replies = [
        summaries_page([summary(1, updated="2026-03-02T08:00:00Z")], "tok-2"),
        summaries_page([summary(2, updated="2026-03-01T08:00:00Z")]),
    ]
    records, failures, cursors = await collect(
        connector(refresh_token, sleeps).fetch_inventory_changes("2026-03-01T00:00:00Z")
    )
    assert [(r.sku, r.quantity, r.remote_id) for r in records] == [
        ("SKU-1", 5, "B000000001"),
        ("SKU-2", 5, "B000000002"),
    ]
    assert failures == []
    assert cursors == ["2026-03-02T08:00:00Z", "2026-03-02T08:00:00Z"]
    first, second = (dict(r.url.params) for r in amazon.summary_requests)
    assert first["startDateTime"] == second["startDateTime"] == "2026-03-01T00:00:00Z"
    assert "nextToken" not in first and second["nextToken"] == "tok-2"


async def test_full_read_has_no_start_date(
    amazon: FakeAmazon, refresh_token: str, sleeps: list[float]
) -> None:
    amazon.summary_replies = [summaries_page([summary(1), {"sellerSku": "BAD", "totalQuantity": -5_000_000}])]
    records, failures, _ = await collect(connector(refresh_token, sleeps).fetch_inventory())
    assert [r.sku for r in records] == ["SKU-1"] and [f.key for f in failures] == ["BAD"]
    assert "startDateTime" not in amazon.summary_requests[0].url.params


async def test_quota_exceeded_is_retried_at_the_stated_rate(
    amazon: FakeAmazon, refresh_token: str, sleeps: list[float]
) -> None:
    quota = httpx.Response(
        429,
        json={"errors": [{"code": "QuotaExceeded", "message": "You exceeded your quota"}]},
        headers={"x-amzn-RateLimit-Limit": "2.0"},
    )
    amazon.summary_replies = [quota, summaries_page([summary(1)])]
    await connector(refresh_token, sleeps).test_connection()
    assert 0.5 in sleeps and len(amazon.summary_requests) == 2


async def test_two_requests_a_second(amazon: FakeAmazon, refresh_token: str, sleeps: list[float]) -> None:
    amazon.summary_replies = [summaries_page([])]
    source = connector(refresh_token, sleeps)
    for _ in range(3):
        await source.test_connection()
    assert sleeps and all(0 < s <= 0.5 for s in sleeps)  # the third waits for the bucket of 2 a second


async def test_bad_marketplace_is_a_config_error(
    amazon: FakeAmazon, refresh_token: str, sleeps: list[float]
) -> None:
    amazon.summary_replies = [
        httpx.Response(400, json={"errors": [{"code": "InvalidInput", "message": "Invalid marketplaceId"}]})
    ]
    with pytest.raises(ConfigError, match="marketplace"):
        await connector(refresh_token, sleeps).test_connection()


def test_region_picks_the_host(refresh_token: str, sleeps: list[float]) -> None:
    assert connector(refresh_token, sleeps, region="fe").base.host == "sellingpartnerapi-fe.amazon.com"
    with pytest.raises(ConfigError, match="na, eu or fe"):
        connector(refresh_token, sleeps, region="mars")


async def test_stock_cannot_be_written(refresh_token: str, sleeps: list[float]) -> None:
    with pytest.raises(ConfigError, match="only read"):
        await connector(refresh_token, sleeps).push_stock([StockUpdate("SKU-1", 3)])
