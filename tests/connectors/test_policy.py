"""Retry timing and client-side rate limits, with an injected clock instead of real waiting."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from app.connectors.policy import RATE_LIMITERS, RateLimiter, RetryPolicy, retry_after_seconds
from app.core.errors import AuthError, RateLimited, TransientError


def test_backoff_is_exponential_with_full_jitter_and_capped() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=5.0, jitter=lambda: 1.0)
    error = TransientError("down")
    assert [policy.delay(error, n) for n in (1, 2, 3, 4, 5)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    assert RetryPolicy(base_delay=1.0, jitter=lambda: 0.25).delay(error, 3) == 1.0


def test_only_transient_errors_are_retried_and_attempts_are_bounded() -> None:
    policy = RetryPolicy(attempts=3)
    assert policy.should_retry(TransientError("x"), 1)
    assert policy.should_retry(TransientError("x"), 2)
    assert not policy.should_retry(TransientError("x"), 3)
    assert not policy.should_retry(AuthError("no"), 1)


def test_rate_limited_until_is_honoured_but_a_long_block_is_handed_back() -> None:
    policy = RetryPolicy(max_server_wait=60)
    soon = RateLimited("slow", datetime.now(UTC) + timedelta(seconds=30))
    assert 28 < policy.delay(soon, 1) <= 30
    assert policy.should_retry(soon, 1)
    blocked = RateLimited("blocked", datetime.now(UTC) + timedelta(hours=1))
    assert not policy.should_retry(blocked, 1)


def test_retry_after_header_forms() -> None:
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert retry_after_seconds("120", now) == 120.0
    assert retry_after_seconds("Thu, 01 Jan 2026 12:00:30 GMT", now) == 30.0
    assert retry_after_seconds("soon", now) is None
    assert retry_after_seconds(None, now) is None


def test_attempts_come_from_the_app_settings() -> None:
    assert RetryPolicy.from_settings({"retry_attempts": 7}).attempts == 7
    assert RetryPolicy.from_settings({}).attempts == 4


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


async def test_token_bucket_allows_a_burst_then_paces() -> None:
    clock = FakeClock()
    bucket = RateLimiter(rate=2.0, burst=2, clock=clock)
    for _ in range(5):
        await bucket.acquire(clock.sleep)
    assert clock.slept == [0.5, 0.5, 0.5]
    assert clock.now == 1.5


async def test_a_sleep_that_does_not_really_wait_still_paces_without_spinning() -> None:
    slept: list[float] = []

    async def no_wait(seconds: float) -> None:
        slept.append(seconds)

    bucket = RateLimiter(rate=2.0, burst=2)
    for _ in range(4):
        await bucket.acquire(no_wait)
    assert len(slept) == 2
    assert all(0.4 < s <= 0.5 for s in slept)


async def test_one_token_shares_one_budget_and_the_key_is_a_digest() -> None:
    first = RATE_LIMITERS.limiter("baselinker", "token-AAA", 100 / 60, 100)
    again = RATE_LIMITERS.limiter("baselinker", "token-AAA", 100 / 60, 100)
    other = RATE_LIMITERS.limiter("baselinker", "token-BBB", 100 / 60, 100)
    assert first is again
    assert other is not first
    keys = [key for key in RATE_LIMITERS._buckets if key[0] == "baselinker"]
    assert ("baselinker", hashlib.sha256(b"token-AAA").hexdigest()) in keys
    assert all("token-AAA" not in part for key in keys for part in key)
