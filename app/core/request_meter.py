"""Requests sent, 429s met and time spent waiting on rate limits during one run, per time bucket: what
the store detail's "request rate and throttling" chart draws.

The engine puts a RequestMeter in a context variable for the run's task; the HTTP policy and the
pacing code find it there, so no connector signature carries it. Counting is a few additions per
request, and the buckets stay bounded: past `max_buckets` they double in width, pairs merged."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TypeVar

MAX_BUCKETS = 120
FIRST_BUCKET_SECONDS = 1.0

N = TypeVar("N", int, float)


@dataclass(frozen=True, slots=True)
class RequestBucket:
    """One bucket of a run: it starts `start` seconds after the run started."""

    start: float
    requests: int
    throttled: int
    waited: float


@dataclass(frozen=True, slots=True)
class RequestProfile:
    """Per bucket of `bucket_seconds`, from the run's start: requests sent, answers that said "slow
    down" (429, THROTTLED), and seconds spent waiting on a rate limit."""

    bucket_seconds: float
    requests: tuple[int, ...]
    throttled: tuple[int, ...]
    waited: tuple[float, ...]

    def buckets(self) -> list[RequestBucket]:
        return [
            RequestBucket(index * self.bucket_seconds, requests, throttled, waited)
            for index, (requests, throttled, waited) in enumerate(
                zip(self.requests, self.throttled, self.waited, strict=True)
            )
        ]

    @property
    def total_requests(self) -> int:
        return sum(self.requests)

    @property
    def total_throttled(self) -> int:
        return sum(self.throttled)

    @property
    def total_waited(self) -> float:
        return sum(self.waited)

    def to_json(self) -> str:
        """The compact text stored with the run."""
        return json.dumps(
            {
                "bucket_seconds": self.bucket_seconds,
                "requests": list(self.requests),
                "throttled": list(self.throttled),
                "waited": list(self.waited),
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> RequestProfile:
        """Raises ValueError for text that is not a profile."""
        try:
            data = json.loads(text)
            profile = cls(
                bucket_seconds=float(data["bucket_seconds"]),
                requests=tuple(int(value) for value in data["requests"]),
                throttled=tuple(int(value) for value in data["throttled"]),
                waited=tuple(float(value) for value in data["waited"]),
            )
        except (TypeError, KeyError, ValueError) as error:
            raise ValueError(f"not a request profile: {error}") from None
        if not (len(profile.requests) == len(profile.throttled) == len(profile.waited)):
            raise ValueError("not a request profile: series of different lengths")
        if not (math.isfinite(profile.bucket_seconds) and profile.bucket_seconds > 0):
            raise ValueError("not a request profile: bad bucket width")
        return profile


class RequestMeter:
    """Counts for one run. Not thread-safe: the run's coroutines all run on one event loop."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, max_buckets: int = MAX_BUCKETS) -> None:
        self._clock = clock
        self._start = clock()
        self._max_buckets = max_buckets
        self._width = FIRST_BUCKET_SECONDS
        self._requests: list[int] = []
        self._throttled: list[int] = []
        self._waited: list[float] = []

    def request(self) -> None:
        """A request is going out now."""
        index = self._bucket(self._clock())  # first: finding the bucket may replace the lists (widening)
        self._requests[index] += 1

    def throttled(self) -> None:
        """The store just said to slow down."""
        index = self._bucket(self._clock())
        self._throttled[index] += 1

    def waited(self, started: float) -> None:
        """A wait on a rate limit that began at `started` (this meter's clock) ended now; its seconds
        are spread over the buckets it spanned."""
        ended = self._clock()
        if ended <= started:
            return
        self._bucket(ended)  # widen first, so both ends index the same buckets
        at = max(started, self._start)
        while at < ended:
            index = int((at - self._start) // self._width)
            bucket_end = self._start + (index + 1) * self._width
            part_end = min(bucket_end, ended)
            self._waited[index] += part_end - at
            at = part_end

    @contextmanager
    def waiting(self) -> Iterator[None]:
        """Count the time spent inside the block as waiting on a rate limit."""
        started = self._clock()
        try:
            yield
        finally:
            self.waited(started)

    def profile(self) -> RequestProfile:
        self._bucket(self._clock())
        return RequestProfile(
            bucket_seconds=self._width,
            requests=tuple(self._requests),
            throttled=tuple(self._throttled),
            waited=tuple(round(value, 3) for value in self._waited),
        )

    def _bucket(self, moment: float) -> int:
        """The index of the bucket holding `moment`, adding buckets (and widening them) as needed."""
        index = int(max(0.0, moment - self._start) // self._width)
        while index >= self._max_buckets:
            self._widen()
            index = int(max(0.0, moment - self._start) // self._width)
        missing = index + 1 - len(self._requests)
        if missing > 0:
            self._requests.extend([0] * missing)
            self._throttled.extend([0] * missing)
            self._waited.extend([0.0] * missing)
        return index

    def _widen(self) -> None:
        self._width *= 2
        self._requests = _pairs(self._requests)
        self._throttled = _pairs(self._throttled)
        self._waited = _pairs(self._waited)


def _pairs(values: list[N]) -> list[N]:
    return [values[i] + values[i + 1] if i + 1 < len(values) else values[i] for i in range(0, len(values), 2)]


CURRENT_METER: ContextVar[RequestMeter | None] = ContextVar("storesync_request_meter", default=None)


def current_meter() -> RequestMeter | None:
    """The meter of the run this code runs for, if any (a connection test has none)."""
    return CURRENT_METER.get()


@contextmanager
def metering(meter: RequestMeter) -> Iterator[RequestMeter]:
    """Within the block (and the tasks it starts), requests and waits count toward `meter`."""
    token = CURRENT_METER.set(meter)
    try:
        yield meter
    finally:
        CURRENT_METER.reset(token)


@contextmanager
def rate_limit_wait() -> Iterator[None]:
    """Wrap a wait on a rate limit, so the current run's meter (if any) counts it."""
    meter = current_meter()
    if meter is None:
        yield
        return
    with meter.waiting():
        yield
