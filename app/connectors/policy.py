"""Retry and rate-limit rules shared by every connector: which failures are worth another attempt,
how long to wait, and the client-side request budgets some platforms impose."""

from __future__ import annotations

import asyncio
import hashlib
import random
import time
import weakref
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from app.core.errors import ConnectorError, RateLimited, TransientError
from app.core.settings import DEFAULTS

Sleep = Callable[[float], Awaitable[None]]


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP-date; None when absent/garbled."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Bounded retries of transient failures only, with exponential backoff and full jitter.

    A server's own wait (Retry-After, RateLimited.until) is honoured when it is at most
    `max_server_wait` seconds; a longer wait is not slept through: the error goes to the engine,
    which can reschedule and show a countdown. `sleep` and `jitter` are injectable so tests run fast.
    """

    attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 30.0
    max_server_wait: float = 120.0
    sleep: Sleep = asyncio.sleep
    jitter: Callable[[], float] = random.random

    def should_retry(self, error: ConnectorError, attempt: int) -> bool:
        """`attempt` counts from 1; auth, config and other non-transient errors are never retried."""
        if attempt >= self.attempts or not error.retryable:
            return False
        wait = self.server_wait(error)
        return wait is None or wait <= self.max_server_wait

    def server_wait(self, error: ConnectorError) -> float | None:
        """How long the server asked us to wait, in seconds, if it said."""
        if isinstance(error, RateLimited):
            until = (error.until - datetime.now(UTC)).total_seconds()
            return max(until, error.retry_after or 0.0, 0.0)
        if isinstance(error, TransientError):
            return error.retry_after
        return None

    def delay(self, error: ConnectorError, attempt: int) -> float:
        """Wait before attempt `attempt + 1`: the server's wait when given, else full-jitter backoff."""
        asked = self.server_wait(error)
        if asked is not None:
            return asked
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return float(ceiling * self.jitter())

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any], **overrides: Any) -> RetryPolicy:
        attempts = int(settings.get("retry_attempts", DEFAULTS["retry_attempts"]))
        return cls(attempts=max(1, attempts), **overrides)


class RateLimiter:
    """An async token bucket: `rate` requests per second on average, at most `burst` at once."""

    def __init__(self, rate: float, burst: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be positive and burst at least 1")
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._tokens = float(burst)
        self._stamp = clock()
        self._lock = asyncio.Lock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(float(self.burst), self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now

    async def acquire(self, sleep: Sleep = asyncio.sleep) -> None:
        """Wait until a request may be sent; callers queue fairly behind the lock.

        The token a caller waited for is granted once its wait is over, even if the clock says less
        time passed, so an injected `sleep` that does not really wait paces tests without spinning."""
        async with self._lock:
            self._refill()
            if self._tokens < 1.0:
                await sleep((1.0 - self._tokens) / self.rate)
                self._refill()
                self._tokens = max(self._tokens, 1.0)
            self._tokens -= 1.0


class RateLimiterRegistry:
    """Process-wide buckets so every connector using one credential shares its budget.

    Keyed by a namespace (e.g. "baselinker") and a SHA-256 digest of the credential, never the
    credential itself. A bucket belongs to the event loop that made it (asyncio locks do), so a
    new loop gets a fresh bucket. Call `limiter` from inside the running loop.
    """

    def __init__(self) -> None:
        self._buckets: dict[tuple[str, str], tuple[weakref.ref[asyncio.AbstractEventLoop], RateLimiter]] = {}

    def limiter(self, namespace: str, credential: str, rate: float, burst: int) -> RateLimiter:
        loop = asyncio.get_running_loop()
        key = (namespace, hashlib.sha256(credential.encode("utf-8")).hexdigest())
        found = self._buckets.get(key)
        if found is not None and found[0]() is loop:
            return found[1]
        bucket = RateLimiter(rate, burst)
        self._buckets[key] = (weakref.ref(loop), bucket)
        return bucket


RATE_LIMITERS = RateLimiterRegistry()


class ConcurrencyGates:
    """Process-wide caps on requests in flight, one per store (keyed like RATE_LIMITERS), so the
    jobs of a store share its `concurrency` however many of them run at once. A gate belongs to the
    event loop that made it, as the rate buckets do."""

    def __init__(self) -> None:
        self._gates: dict[
            tuple[str, str, int], tuple[weakref.ref[asyncio.AbstractEventLoop], asyncio.Semaphore]
        ] = {}

    def gate(self, namespace: str, credential: str, limit: int) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        key = (namespace, hashlib.sha256(credential.encode("utf-8")).hexdigest(), limit)
        found = self._gates.get(key)
        if found is not None and found[0]() is loop:
            return found[1]
        gate = asyncio.Semaphore(limit)
        self._gates[key] = (weakref.ref(loop), gate)
        return gate


CONCURRENCY_GATES = ConcurrencyGates()
