"""The engine against real storage and a real simulator over loopback: what a merchant sees in the
history after a sync, a re-sync, a failing store, a rate limit, bad credentials, and a removed SKU."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from app.core.events import (
    AttentionCleared,
    NeedsAttention,
    RateLimitedUntil,
    SyncFailed,
    SyncFinished,
    SyncProgress,
    SyncSkipped,
    SyncStarted,
)
from app.core.models import JobKind, RunStatus, Trigger
from app.core.ports import RunQuery
from app.sandbox.faults import Fault, FaultKind
from app.sandbox.simple import SimpleSimulator
from tests.sync.harness import Harness, poll, start_simulator


@pytest.fixture
def http_attempts() -> int:
    """One try per request, so every injected fault reaches the engine."""
    return 1


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    server = start_simulator(300)
    yield server
    server.stop()


async def test_first_sync_and_resync_write_only_what_changed(
    harness: Harness, simulator: SimpleSimulator
) -> None:
    store = await harness.add_store("Shop", simulator)
    job = await harness.add_job(store)

    first = await harness.engine.run(job, Trigger.MANUAL)
    assert first.status is RunStatus.SUCCEEDED
    c = first.counts
    assert (c.fetched, c.created, c.updated, c.unchanged, c.deleted, c.failed) == (300, 300, 0, 0, 0, 0)
    assert harness.storage.inventory.count_items() == 300

    changed = simulator.catalog.mutate(0.01)
    second = await harness.engine.run(job, Trigger.SCHEDULED)
    c = second.counts
    assert (c.fetched, c.created, c.updated, c.unchanged) == (300, 0, len(changed), 300 - len(changed))
    assert second.id is not None
    written = harness.storage.inventory.changes_for_run(second.id)
    assert sorted(change.sku for change in written) == sorted(changed)

    recorded = harness.storage.runs.list_runs(RunQuery(job_id=job.id))
    assert {run.status for run in recorded} == {RunStatus.SUCCEEDED}
    assert len(recorded) == 2
    assert len(harness.of_type(SyncStarted)) == 2
    assert len(harness.of_type(SyncFinished)) == 2
    progress = [e for e in harness.of_type(SyncProgress) if e.run_id == first.id]
    assert [e.pages for e in progress] == [1, 2, 3]


async def test_a_second_run_of_a_running_job_is_skipped_and_recorded(
    harness: Harness, simulator: SimpleSimulator
) -> None:
    store = await harness.add_store("Shop", simulator)
    job = await harness.add_job(store)
    simulator.faults.next_requests(3, Fault.latency(0.3))

    first = asyncio.create_task(harness.engine.run(job, Trigger.SCHEDULED))
    await poll(lambda: harness.engine.is_running(job.id or 0), what="first run started")
    assert harness.engine.running_job_ids() == frozenset({job.id})
    skipped = await harness.engine.run(job, Trigger.SCHEDULED)
    done = await first

    assert done.status is RunStatus.SUCCEEDED
    assert skipped.status is RunStatus.SKIPPED
    assert skipped.error_message == "already running"
    assert harness.storage.runs.count_runs(RunQuery(job_id=job.id, status=RunStatus.SKIPPED)) == 1
    assert [e.reason for e in harness.of_type(SyncSkipped)] == ["already running"]
    assert not harness.engine.is_running(job.id or 0)


async def test_one_failing_store_does_not_affect_another(
    harness: Harness, simulator: SimpleSimulator
) -> None:
    broken = start_simulator(100, seed=2)
    try:
        broken.faults.randomly(1.0, Fault(FaultKind.SERVER_ERROR))
        good_job = await harness.add_job(await harness.add_store("Good", simulator))
        bad_job = await harness.add_job(await harness.add_store("Broken", broken))

        good, bad = await asyncio.gather(
            harness.engine.run(good_job, Trigger.MANUAL), harness.engine.run(bad_job, Trigger.MANUAL)
        )
    finally:
        broken.stop()
    assert good.status is RunStatus.SUCCEEDED and good.counts.created == 300
    assert bad.status is RunStatus.FAILED
    assert bad.error_kind == "transient"
    assert bad.error_message
    failed = harness.of_type(SyncFailed)
    assert [event.run.id for event in failed] == [bad.id]


async def test_a_429_is_waited_out_and_the_sync_completes(
    harness: Harness, simulator: SimpleSimulator
) -> None:
    job = await harness.add_job(await harness.add_store("Shop", simulator))
    simulator.faults.at_request(2, Fault.rate_limit(0.2))

    run = await harness.engine.run(job, Trigger.MANUAL)

    assert run.status is RunStatus.SUCCEEDED
    assert run.counts.created == 300 and run.counts.fetched == 300
    assert simulator.faults.injected == 1


async def test_a_long_rate_limit_skips_the_store_until_it_lifts(
    harness: Harness, simulator: SimpleSimulator
) -> None:
    store = await harness.add_store("Shop", simulator)
    inventory = await harness.add_job(store)
    orders = await harness.add_job(store, JobKind.ORDERS_PULL)
    simulator.faults.next_requests(1, Fault.rate_limit(3600))

    blocked = await harness.engine.run(inventory, Trigger.SCHEDULED)
    assert blocked.status is RunStatus.FAILED
    assert blocked.error_kind == "rate_limited"
    assert store.id is not None
    assert harness.engine.blocked_until(store.id) is not None
    assert [e.store_id for e in harness.of_type(RateLimitedUntil)] == [store.id]

    later = await harness.engine.run(orders, Trigger.SCHEDULED)
    assert later.status is RunStatus.SKIPPED
    assert later.error_message and "rate limited until" in later.error_message
    assert harness.storage.runs.count_runs(RunQuery(job_id=orders.id, status=RunStatus.SKIPPED)) == 1


async def test_refused_credentials_need_attention_until_a_sync_succeeds(
    harness: Harness, simulator: SimpleSimulator
) -> None:
    store = await harness.add_store("Shop", simulator)
    job = await harness.add_job(store)
    simulator.faults.next_requests(1, Fault(FaultKind.UNAUTHORIZED))

    refused = await harness.engine.run(job, Trigger.SCHEDULED)
    assert refused.status is RunStatus.FAILED
    assert refused.error_kind == "auth"
    attention = harness.of_type(NeedsAttention)
    assert [e.store_id for e in attention] == [store.id]
    assert attention[0].reason == refused.error_message

    fixed = await harness.engine.run(job, Trigger.MANUAL)
    assert fixed.status is RunStatus.SUCCEEDED
    assert [e.store_id for e in harness.of_type(AttentionCleared)] == [store.id]


async def test_skus_are_marked_deleted_only_after_a_complete_fetch(
    harness: Harness, simulator: SimpleSimulator
) -> None:
    store = await harness.add_store("Shop", simulator)
    job = await harness.add_job(store)
    await harness.engine.run(job, Trigger.MANUAL)

    smaller = start_simulator(250)  # same seed: the same first 250 SKUs, the last 50 are gone
    try:
        assert store.id is not None
        store.settings["base_url"] = smaller.url
        await harness.storage.stores.save_store(store)
        smaller.faults.randomly(1.0, Fault(FaultKind.SERVER_ERROR), path="/products")
        smaller.faults.at_request(1, Fault(FaultKind.LATENCY, delay=0.0))  # page 1 answers normally
        cut_short = await harness.engine.run(job, Trigger.MANUAL)
        assert cut_short.status is RunStatus.FAILED
        assert cut_short.counts.deleted == 0
        assert harness.storage.inventory.count_items() == 300
        assert not [item for item in harness.storage.inventory.search_items(limit=400) if item.deleted]

        smaller.faults.clear()
        complete = await harness.engine.run(job, Trigger.MANUAL)
    finally:
        smaller.stop()
    assert complete.status is RunStatus.SUCCEEDED
    assert complete.counts.deleted == 50
    deleted = [item.sku for item in harness.storage.inventory.search_items(limit=400) if item.deleted]
    assert len(deleted) == 50


async def test_orders_resume_from_the_stored_cursor(harness: Harness, simulator: SimpleSimulator) -> None:
    store = await harness.add_store("Shop", simulator)
    store.settings["since_param"] = "updated_since"
    await harness.storage.stores.save_store(store)
    job = await harness.add_job(store, JobKind.ORDERS_PULL)

    first = await harness.engine.run(job, Trigger.MANUAL)
    assert first.status is RunStatus.SUCCEEDED
    total = len(simulator.catalog.all_orders())
    assert first.counts.created == total
    assert harness.storage.cursors.get_cursor(job.id or 0, "orders") is not None

    again = await harness.engine.run(job, Trigger.MANUAL)
    assert again.counts.created == 0
    assert harness.storage.orders.count_orders(store.id) == total


async def test_a_run_longer_than_the_limit_fails_with_a_plain_reason(
    harness: Harness, simulator: SimpleSimulator
) -> None:
    job = await harness.add_job(await harness.add_store("Shop", simulator))
    await harness.set("run_timeout_seconds", 0.3)
    simulator.faults.next_requests(1, Fault.latency(2.0))

    run = await harness.engine.run(job, Trigger.SCHEDULED)

    assert run.status is RunStatus.FAILED
    assert run.error_kind == "timeout"
    assert run.error_message and "took longer than" in run.error_message


async def test_drain_stops_runs_at_a_page_boundary_without_half_pages(
    harness: Harness, simulator: SimpleSimulator, caplog: pytest.LogCaptureFixture
) -> None:
    job = await harness.add_job(await harness.add_store("Shop", simulator))
    simulator.faults.randomly(1.0, Fault.latency(0.15), path="/products")

    running = asyncio.create_task(harness.engine.run(job, Trigger.SCHEDULED))
    await poll(lambda: bool(harness.of_type(SyncProgress)), what="first page stored")
    await harness.engine.drain(5)
    run = await running

    assert run.status is RunStatus.INTERRUPTED
    assert harness.storage.inventory.count_items() % 100 == 0
    assert 0 < harness.storage.inventory.count_items() < 300
    assert harness.storage.runs.last_run(job.id or 0) == run
    refused = await harness.engine.run(job, Trigger.MANUAL)
    assert refused.status is RunStatus.SKIPPED
    assert not [record for record in caplog.records if record.exc_info], "no traceback in the log"


async def test_drain_cancels_a_run_stuck_in_a_request(
    harness: Harness, simulator: SimpleSimulator, caplog: pytest.LogCaptureFixture
) -> None:
    job = await harness.add_job(await harness.add_store("Shop", simulator))
    simulator.faults.next_requests(1, Fault.latency(3.0))

    running = asyncio.create_task(harness.engine.run(job, Trigger.SCHEDULED))
    await poll(lambda: bool(harness.of_type(SyncStarted)), what="run started")
    await harness.engine.drain(0.2)
    run = await running

    assert run.status is RunStatus.INTERRUPTED
    stored = harness.storage.runs.last_run(job.id or 0)
    assert stored is not None and stored.status is RunStatus.INTERRUPTED
    assert not [record for record in caplog.records if record.exc_info], "no traceback in the log"


async def test_a_cancelled_caller_leaves_the_run_recorded_as_interrupted(
    harness: Harness, simulator: SimpleSimulator
) -> None:
    job = await harness.add_job(await harness.add_store("Shop", simulator))
    simulator.faults.next_requests(1, Fault.latency(3.0))

    caller = asyncio.create_task(harness.engine.run(job, Trigger.MANUAL))
    await poll(lambda: bool(harness.of_type(SyncStarted)), what="run started")
    caller.cancel()
    with pytest.raises(asyncio.CancelledError):
        await caller

    stored = harness.storage.runs.last_run(job.id or 0)
    assert stored is not None and stored.status is RunStatus.INTERRUPTED
    assert not harness.engine.is_running(job.id or 0)
    assert [event.run.status for event in harness.of_type(SyncFinished)] == [RunStatus.INTERRUPTED]
