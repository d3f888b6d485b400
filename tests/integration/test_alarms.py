"""Alarms through the real engine, scheduler, SQLite file and simulators. Repeated failures: with a
store that refuses the credentials the merchant is warned after N failed runs in a row, the job pauses
itself after M with the reason (kept in the database and shown by `status`), and resuming clears it
and gives the job M tries again.
Stale data: a store whose last good read is older than the stale age says so until it is read again."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from app.cli.report import render_status
from app.core.alert_policy import AlertKind, AlertPolicy, settings_reader
from app.core.events import JobAutoPaused, StoreFresh, StoreStale, SyncFailed
from app.core.models import Job, JobKind, RunStatus, SyncRun, Trigger
from app.core.operations.status import status_report
from app.sandbox.faults import Fault, FaultKind
from app.sandbox.simple import SimpleSimulator
from app.scheduling import SyncScheduler
from app.scheduling.stale_watch import StaleWatch
from tests.sync.harness import Harness, poll, start_simulator


@pytest.fixture
def http_attempts() -> int:
    return 1


@pytest.fixture
async def scheduler(harness: Harness) -> AsyncIterator[SyncScheduler]:
    storage = harness.storage
    built = SyncScheduler(harness.engine, storage.stores, storage.runs, storage.settings, harness.bus)
    await built.start()
    yield built
    await built.shutdown(timeout=5)


@pytest.fixture
def refusing_store() -> AsyncIterator[SimpleSimulator]:
    simulator = start_simulator(20)
    simulator.faults.next_requests(10_000, Fault(FaultKind.UNAUTHORIZED))
    yield simulator
    simulator.stop()


async def _job(harness: Harness, simulator: SimpleSimulator) -> Job:
    store = await harness.add_store("Refusing shop", simulator)
    job = await harness.add_job(store)
    assert job.id is not None
    return job


async def _fail(harness: Harness, job: Job, times: int) -> None:
    for _ in range(times):
        run = await harness.engine.run(job, Trigger.MANUAL)
        assert run.status is RunStatus.FAILED


async def test_warned_once_after_three_failures_then_paused_after_ten_with_the_reason(
    harness: Harness, scheduler: SyncScheduler, refusing_store: SimpleSimulator
) -> None:
    job = await _job(harness, refusing_store)
    assert job.id is not None
    policy = AlertPolicy(settings_reader(harness.storage.settings.get_setting))
    await _fail(harness, job, 10)
    streaks = [event.failed_in_a_row for event in harness.of_type(SyncFailed) if event.run.job_id == job.id]
    assert streaks == list(range(1, 11))
    alerts = [policy.decide(event) for event in harness.of_type(SyncFailed)]
    assert [(a.kind, a.failed_in_a_row) for a in alerts if a is not None] == [(AlertKind.FAILURE, 3)]

    await poll(lambda: bool(harness.of_type(JobAutoPaused)), what="the job pausing itself")
    stored = harness.storage.stores.get_job(job.id)
    assert stored is not None and stored.paused
    assert stored.paused_reason is not None
    assert stored.paused_reason.startswith("paused after 10 failed runs: ")
    assert "refused" in stored.paused_reason
    assert harness.of_type(JobAutoPaused)[0].reason == stored.paused_reason
    assert scheduler.next_run_time(job.id) is None

    report = status_report(harness.storage.stores, harness.storage.runs, scheduler, True)
    (entry,) = [j for s in report["stores"] for j in s["jobs"] if j["id"] == job.id]
    assert entry["paused"] is True and entry["paused_reason"] == stored.paused_reason

    await scheduler.resume_job(job.id)
    resumed = harness.storage.stores.get_job(job.id)
    assert resumed is not None and not resumed.paused and resumed.paused_reason is None


async def test_a_success_resets_the_count(
    harness: Harness, scheduler: SyncScheduler, refusing_store: SimpleSimulator
) -> None:
    job = await _job(harness, refusing_store)
    assert job.id is not None
    await harness.set("pause_after_failures", 4)
    await _fail(harness, job, 3)
    refusing_store.faults.clear()
    assert (await harness.engine.run(job, Trigger.MANUAL)).status is RunStatus.SUCCEEDED
    refusing_store.faults.next_requests(10_000, Fault(FaultKind.UNAUTHORIZED))
    await _fail(harness, job, 3)
    assert harness.of_type(SyncFailed)[-1].failed_in_a_row == 3
    stored = harness.storage.stores.get_job(job.id)
    assert stored is not None and not stored.paused, "three in a row since the success, not six"
    await _fail(harness, job, 1)
    await poll(lambda: bool(harness.of_type(JobAutoPaused)), what="the job pausing itself")


async def test_a_resumed_job_gets_as_many_tries_as_a_new_one(
    harness: Harness, scheduler: SyncScheduler, refusing_store: SimpleSimulator
) -> None:
    """Resumed while its store still refused, it paused again at its next failure ("after 5")."""
    job = await _job(harness, refusing_store)
    assert job.id is not None
    await harness.set("pause_after_failures", 4)
    await _fail(harness, job, 4)
    await poll(lambda: len(harness.of_type(JobAutoPaused)) == 1, what="the job pausing itself")
    await scheduler.resume_job(job.id)
    await _fail(harness, job, 3)
    assert [event.failed_in_a_row for event in harness.of_type(SyncFailed)][-3:] == [1, 2, 3]
    stored = harness.storage.stores.get_job(job.id)
    assert stored is not None and not stored.paused and stored.resumed_at is not None
    await _fail(harness, job, 1)
    await poll(lambda: len(harness.of_type(JobAutoPaused)) == 2, what="the job pausing itself again")
    stored = harness.storage.stores.get_job(job.id)
    assert stored is not None and stored.paused
    assert stored.paused_reason is not None and stored.paused_reason.startswith(
        "paused after 4 failed runs: "
    )


async def test_zero_never_pauses(
    harness: Harness, scheduler: SyncScheduler, refusing_store: SimpleSimulator
) -> None:
    job = await _job(harness, refusing_store)
    assert job.id is not None
    await harness.set("pause_after_failures", 0)
    await _fail(harness, job, 12)
    stored = harness.storage.stores.get_job(job.id)
    assert stored is not None and not stored.paused


async def _read_long_ago(harness: Harness, job: Job, hours: float) -> None:
    """A successful read recorded `hours` ago, as a run of the engine records it."""
    assert job.id is not None
    at = datetime.now(UTC) - timedelta(hours=hours)
    run = await harness.storage.runs.start_run(SyncRun(job.id, Trigger.SCHEDULED, at))
    run.status, run.finished_at = RunStatus.SUCCEEDED, at + timedelta(seconds=5)
    await harness.storage.runs.finish_run(run)


async def test_a_store_not_read_for_longer_than_the_stale_age_is_stale_until_a_good_read(
    harness: Harness,
) -> None:
    simulator = start_simulator(10)
    try:
        store = await harness.add_store("Sleepy shop", simulator)
        job = await harness.add_job(store)
        await _read_long_ago(harness, job, 30)
        storage = harness.storage
        report = status_report(storage.stores, storage.runs, None, False, 24)
        (entry,) = report["stores"]
        assert entry["stale"] == "last successful read 30 hours ago"
        assert "STALE: last successful read 30 hours ago" in render_status(
            {**report, "scheduler": {"running": False, "paused": False}}
        )
        watch = StaleWatch(storage.stores, storage.runs, storage.settings, harness.bus)
        watch.attach()
        assert [e.reason for e in harness.of_type(StoreStale)] == ["last successful read 30 hours ago"]
        watch.check()
        assert len(harness.of_type(StoreStale)) == 1, "told once, not at every heartbeat"

        assert (await harness.engine.run(job, Trigger.MANUAL)).status is RunStatus.SUCCEEDED
        assert [e.store_id for e in harness.of_type(StoreFresh)] == [store.id]
        assert status_report(storage.stores, storage.runs, None, False, 24)["stores"][0]["stale"] is None
        watch.detach()
    finally:
        simulator.stop()


async def test_a_good_read_freshens_its_own_store_and_leaves_another_stale_one_stale(
    harness: Harness,
) -> None:
    simulator = start_simulator(10)
    try:
        first = await harness.add_store("First shop", simulator)
        second = await harness.add_store("Second shop", simulator)
        first_job, second_job = await harness.add_job(first), await harness.add_job(second)
        await _read_long_ago(harness, first_job, 30)
        await _read_long_ago(harness, second_job, 40)
        storage = harness.storage
        watch = StaleWatch(storage.stores, storage.runs, storage.settings, harness.bus)
        watch.attach()
        assert sorted(e.store_id for e in harness.of_type(StoreStale)) == sorted([first.id, second.id])
        assert (await harness.engine.run(first_job, Trigger.MANUAL)).status is RunStatus.SUCCEEDED
        assert [e.store_id for e in harness.of_type(StoreFresh)] == [first.id]
        assert len(harness.of_type(StoreStale)) == 2, "the other store is still stale, and not told again"
        watch.check()
        assert [e.store_id for e in harness.of_type(StoreFresh)] == [first.id]
        assert len(harness.of_type(StoreStale)) == 2
        watch.detach()
    finally:
        simulator.stop()


async def test_a_push_target_without_reads_and_a_recent_store_are_not_stale(harness: Harness) -> None:
    simulator = start_simulator(10)
    try:
        target = await harness.add_store("Push target", simulator)
        await harness.add_job(target, JobKind.STOCK_PUSH, source_store_id=target.id)
        fresh = await harness.add_store("Fresh shop", simulator)
        await _read_long_ago(harness, await harness.add_job(fresh), 2)
        storage = harness.storage
        report = status_report(storage.stores, storage.runs, None, False, 24)
        assert [entry["stale"] for entry in report["stores"]] == [None, None]
    finally:
        simulator.stop()
