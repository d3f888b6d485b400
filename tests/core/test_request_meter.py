"""The request meter behind the store detail's request chart: a long run keeps every request in a bounded
number of buckets, a wait is spread over the seconds it lasted, and stored text that is not a profile is
refused rather than charted wrong."""

from __future__ import annotations

import pytest

from app.core.request_meter import MAX_BUCKETS, RequestMeter, RequestProfile, metering, rate_limit_wait


class Clock:
    """Time that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_run_longer_than_the_buckets_keeps_every_request_in_wider_buckets() -> None:
    clock = Clock()
    meter = RequestMeter(clock)
    for _ in range(3 * MAX_BUCKETS):  # one request a second for three times as many seconds as buckets
        meter.request()
        clock.now += 1.0
    meter.throttled()

    profile = meter.profile()

    assert len(profile.requests) <= MAX_BUCKETS
    assert profile.bucket_seconds == 4.0
    assert profile.total_requests == 3 * MAX_BUCKETS
    assert profile.total_throttled == 1
    assert profile.requests[0] == 4 and profile.throttled[-1] == 1


def test_a_wait_counts_in_each_bucket_it_spans() -> None:
    clock = Clock()
    meter = RequestMeter(clock)
    clock.now += 0.5
    with metering(meter), rate_limit_wait():
        clock.now += 2.0  # from 0.5 s to 2.5 s after the start

    profile = meter.profile()

    assert profile.waited == (0.5, 1.0, 0.5)
    assert profile.total_waited == 2.0


def test_outside_a_run_waits_and_requests_count_nowhere() -> None:
    clock = Clock()
    meter = RequestMeter(clock)
    with rate_limit_wait():
        clock.now += 1.0
    assert meter.profile().total_waited == 0


def test_a_profile_reads_back_from_its_text_and_other_text_is_refused() -> None:
    profile = RequestProfile(2.0, (1, 2), (0, 1), (0.0, 1.5))
    assert RequestProfile.from_json(profile.to_json()) == profile
    for text in (
        "",
        "[]",
        '{"bucket_seconds": 1}',
        '{"bucket_seconds": 0, "requests": [], "throttled": [], "waited": []}',
        '{"bucket_seconds": 1, "requests": [1], "throttled": [], "waited": []}',
    ):
        with pytest.raises(ValueError, match="not a request profile"):
            RequestProfile.from_json(text)
