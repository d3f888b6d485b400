"""Restarting a page stream after a transient failure, with exponential backoff and jitter.

The connectors' HTTP policy already retries single requests; this is the second line: when a page
still fails, the stream is reopened (from the last stored cursor for incremental streams) after a
pause that honours the store's Retry-After.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from app.core.errors import RateLimited, TransientError
from app.core.ports import Page
from app.core.request_meter import rate_limit_wait

T = TypeVar("T")

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """`attempts` counts tries of one page (1 = no retry); delays grow from `base_delay` to `max_delay`.
    A rate limit that lifts within `max_rate_limit_wait` seconds is waited out; a longer one ends the run."""

    attempts: int = 4
    base_delay: float = 1.0
    max_delay: float = 60.0
    max_rate_limit_wait: float = 60.0

    def delay(self, failure: int, error: TransientError) -> float:
        """Full jitter on the exponential step, but never sooner than the store asked."""
        step = min(self.max_delay, self.base_delay * 2 ** (failure - 1))
        wait = random.uniform(step / 2, step)
        if isinstance(error, RateLimited):
            wait = max(wait, (error.until - datetime.now(UTC)).total_seconds())
        if error.retry_after is not None:
            wait = max(wait, error.retry_after)
        return wait

    def should_retry(self, failure: int, error: TransientError) -> bool:
        if failure >= self.attempts:
            return False
        if isinstance(error, RateLimited):
            return (error.until - datetime.now(UTC)).total_seconds() <= self.max_rate_limit_wait
        return error.retry_after is None or error.retry_after <= self.max_rate_limit_wait


async def resilient_pages(
    open_stream: Callable[[], AsyncIterator[Page[T]]],
    policy: RetryPolicy,
    on_retry: Callable[[int, TransientError, float], None] | None = None,
    *,
    resumes: bool = False,
) -> AsyncIterator[Page[T]]:
    """Yield the pages of `open_stream()`; on TransientError reopen it after a pause.

    A stream that `resumes` continues after the last stored page, so any page it yields is progress
    and resets the failure count; otherwise a reopened stream starts over (the caller skips what it
    has seen) and only pages beyond the furthest point reached count as progress."""
    failures = 0
    furthest = 0
    while True:
        stream = open_stream()
        reached = 0
        try:
            async for page in stream:
                reached += 1
                if resumes or reached > furthest:
                    failures = 0
                yield page
            return
        except TransientError as error:
            furthest = max(furthest, reached)
            failures += 1
            if not policy.should_retry(failures, error):
                raise
            wait = policy.delay(failures, error)
            if on_retry is not None:
                on_retry(failures, error, wait)
            with rate_limit_wait() if error.throttled else contextlib.nullcontext():
                await asyncio.sleep(wait)
        finally:
            closer = getattr(stream, "aclose", None)
            if closer is not None:
                await closer()
