"""A page fetch that fails transiently is retried by reopening the stream; a lasting failure ends it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from app.core.errors import RateLimited, TransientError
from app.core.ports import Page
from app.sync.retry import RetryPolicy, resilient_pages

FAST = RetryPolicy(attempts=3, base_delay=0.001, max_delay=0.01)


def _flaky(failures_before_success: int) -> tuple[list[int], object]:
    opened: list[int] = []

    def open_stream() -> AsyncIterator[Page[int]]:
        async def pages() -> AsyncIterator[Page[int]]:
            opened.append(1)
            yield Page([1, 2])
            if len(opened) <= failures_before_success:
                raise TransientError("the store answered 503", retry_after=0.0)
            yield Page([3])

        return pages()

    return opened, open_stream


async def test_transient_failure_reopens_the_stream_and_finishes() -> None:
    opened, open_stream = _flaky(2)
    retries: list[int] = []
    pages = [p.records async for p in resilient_pages(open_stream, FAST, lambda n, e, w: retries.append(n))]  # type: ignore[arg-type]
    assert len(opened) == 3
    assert retries == [1, 2]
    assert pages[-1] == [3]


async def test_failure_outlasting_the_attempts_is_raised() -> None:
    _, open_stream = _flaky(5)
    with pytest.raises(TransientError, match="503"):
        async for _ in resilient_pages(open_stream, FAST):  # type: ignore[arg-type]
            pass


def test_delay_honours_retry_after_and_rate_limit_time() -> None:
    policy = RetryPolicy(base_delay=0.1, max_delay=1.0)
    assert policy.delay(1, TransientError("busy", retry_after=7.0)) >= 7.0
    until = datetime.now(UTC) + timedelta(seconds=20)
    assert policy.delay(1, RateLimited("slow down", until)) > 19.0


def test_a_long_rate_limit_is_not_waited_out() -> None:
    policy = RetryPolicy(attempts=5, max_rate_limit_wait=60)
    blocked = RateLimited("token blocked", datetime.now(UTC) + timedelta(hours=1))
    assert not policy.should_retry(1, blocked)
    assert policy.should_retry(1, RateLimited("slow down", datetime.now(UTC) + timedelta(seconds=5)))


async def test_a_resuming_stream_resets_the_count_on_every_page() -> None:
    calls = 0

    def open_stream() -> AsyncIterator[Page[int]]:
        async def pages() -> AsyncIterator[Page[int]]:
            nonlocal calls
            calls += 1
            yield Page([calls])
            if calls < 6:
                raise TransientError("timeout")

        return pages()

    got = [p.records[0] async for p in resilient_pages(open_stream, FAST, resumes=True)]
    assert got == [1, 2, 3, 4, 5, 6], "every reopening made progress, so five failures are allowed"
