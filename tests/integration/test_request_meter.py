"""What a run records about its requests (the store detail's request chart) against a simulator that
rate-limits over loopback: the requests the store saw, the 429s it sent and the waits they caused, read
back from the run's row in a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from app.core.models import RunStatus, Trigger
from app.sandbox.faults import Fault
from app.sandbox.simple import SimpleSimulator
from tests.sync.harness import Harness, start_simulator

RETRY_AFTER = 0.3


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    server = start_simulator(300)
    yield server
    server.stop()


# 1: each 429 reaches the engine, which waits and reopens the stream; 3: the HTTP policy waits and retries.
@pytest.mark.parametrize("http_attempts", [1, 3])
async def test_the_run_records_the_requests_429s_and_waits_the_store_saw(
    harness: Harness, simulator: SimpleSimulator
) -> None:
    job = await harness.add_job(await harness.add_store("Shop", simulator))
    simulator.faults.at_request(2, Fault.rate_limit(RETRY_AFTER))
    simulator.faults.at_request(3, Fault.rate_limit(RETRY_AFTER))

    run = await harness.engine.run(job, Trigger.MANUAL)

    assert run.status is RunStatus.SUCCEEDED and run.counts.created == 300
    assert run.id is not None
    profile = harness.storage.runs.request_profile(run.id)
    assert profile is not None
    assert profile.total_requests == simulator.faults.requests_seen
    assert profile.total_throttled == simulator.faults.injected == 2
    assert profile.total_waited >= 2 * RETRY_AFTER - 0.01
    assert run.duration_seconds is not None and profile.total_waited <= run.duration_seconds
    assert len(profile.buckets()) * profile.bucket_seconds >= profile.total_waited


async def test_a_run_without_rate_limits_records_requests_and_no_throttling(
    harness: Harness, simulator: SimpleSimulator
) -> None:
    job = await harness.add_job(await harness.add_store("Shop", simulator))

    run = await harness.engine.run(job, Trigger.MANUAL)

    assert run.id is not None
    profile = harness.storage.runs.request_profile(run.id)
    assert profile is not None
    assert profile.total_requests == simulator.faults.requests_seen >= 3
    assert profile.total_throttled == 0 and profile.total_waited == 0


async def test_a_run_that_made_no_request_records_none(harness: Harness, simulator: SimpleSimulator) -> None:
    store = await harness.add_store("Shop", simulator)
    job = await harness.add_job(store)
    await harness.storage.stores.save_store(
        replace(store, settings={**store.settings, "base_url": "ftp://127.0.0.1/"})
    )

    run = await harness.engine.run(job, Trigger.MANUAL)

    assert run.status is RunStatus.FAILED
    assert run.id is not None
    assert harness.storage.runs.request_profile(run.id) is None
    assert simulator.faults.requests_seen == 0
