"""The other job kinds end to end: stock push between two stores, low-stock alerts, the retention
cleanup, a partial run when a store sends a bad record, and the live concurrency setting."""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from app.core.events import ALREADY_QUEUED, LowStock, SyncQueued, SyncSkipped, SyncStarted
from app.core.models import JobKind, RunStatus, SyncRun, Trigger
from app.core.ports import RunQuery
from app.sandbox.faults import Fault
from tests.sync.harness import UNGUARDED, Harness, poll, start_simulator


@pytest.fixture
def http_attempts() -> int:
    """One try per request, so every injected fault reaches the engine."""
    return 1


async def test_stock_push_makes_the_target_match_the_source(harness: Harness) -> None:
    source_sim, target_sim = start_simulator(120, seed=1), start_simulator(120, seed=7)
    try:
        source = await harness.add_store("Warehouse", source_sim)
        target = await harness.add_store("Shop", target_sim)
        await harness.engine.run(await harness.add_job(source), Trigger.MANUAL)
        push = await harness.add_job(target, JobKind.STOCK_PUSH, source_store_id=source.id, guard=UNGUARDED)
        differing = sum(
            1
            for sku, qty in source_sim.catalog.quantities().items()
            if target_sim.catalog.quantities()[sku] != qty
        )
        assert differing > 0

        first = await harness.engine.run(push, Trigger.MANUAL)
        assert first.status is RunStatus.SUCCEEDED
        assert first.counts.updated == differing
        assert target_sim.catalog.quantities() == source_sim.catalog.quantities()

        again = await harness.engine.run(push, Trigger.MANUAL)
        assert (again.counts.updated, again.counts.unchanged) == (0, 120)
    finally:
        source_sim.stop()
        target_sim.stop()


async def test_stock_push_without_a_source_fails_with_what_to_fix(harness: Harness) -> None:
    simulator = start_simulator(10)
    try:
        push = await harness.add_job(await harness.add_store("Shop", simulator), JobKind.STOCK_PUSH)
        run = await harness.engine.run(push, Trigger.MANUAL)
    finally:
        simulator.stop()
    assert run.status is RunStatus.FAILED
    assert run.error_kind == "config"
    assert run.error_message and "source store" in run.error_message


async def test_low_stock_check_names_the_skus_at_or_below_the_threshold(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="app")
    simulator = start_simulator(200)
    try:
        store = await harness.add_store("Shop", simulator)
        await harness.engine.run(await harness.add_job(store), Trigger.MANUAL)
        check = await harness.add_job(store, JobKind.LOW_STOCK_CHECK, threshold=10)
        run = await harness.engine.run(check, Trigger.MANUAL)
        expected = sorted(sku for sku, qty in simulator.catalog.quantities().items() if qty <= 10)
    finally:
        simulator.stop()
    assert run.status is RunStatus.SUCCEEDED
    alerts = harness.of_type(LowStock)
    assert expected, "the seeded catalog has SKUs low on stock"
    assert len(alerts) == 1
    assert sorted(alerts[0].skus) == expected and alerts[0].threshold == 10
    [line] = [r.getMessage() for r in caplog.records if "at or below their threshold" in r.getMessage()]
    assert line.startswith(f"{len(expected)} SKUs at or below their threshold in stock: ")
    named = [sku for sku in expected if f"{sku} (" in line]
    assert len(named) == min(20, len(expected)), "the log names the SKUs (lowest first), not only how many"


async def test_cleanup_removes_history_older_than_the_retention_period(harness: Harness) -> None:
    simulator = start_simulator(20)
    try:
        job = await harness.add_job(await harness.add_store("Shop", simulator))
        old = await harness.storage.runs.start_run(
            SyncRun(job.id or 0, Trigger.SCHEDULED, datetime.now(UTC) - timedelta(days=40))
        )
        old.status, old.finished_at = RunStatus.SUCCEEDED, old.started_at + timedelta(seconds=3)
        await harness.storage.runs.finish_run(old)
        await harness.engine.run(job, Trigger.MANUAL)
    finally:
        simulator.stop()
    cleanup = await harness.add_job(None, JobKind.CLEANUP)

    run = await harness.engine.run(cleanup, Trigger.SCHEDULED)

    assert run.status is RunStatus.SUCCEEDED
    assert run.counts.deleted >= 1
    remaining = harness.storage.runs.list_runs(RunQuery(job_id=job.id))
    assert [r.started_at > datetime.now(UTC) - timedelta(days=1) for r in remaining] == [True]


async def test_a_bad_record_makes_the_run_partial_and_keeps_the_rest(harness: Harness) -> None:
    simulator = start_simulator(10)
    page = {
        "products": [
            {"sku": "A-1", "name": "Mug", "quantity": 4, "price": "9.90"},
            {"sku": "A-2", "name": "Lamp", "quantity": "lots", "price": "19.00"},
            {"sku": "A-3", "name": "Scarf", "quantity": 2, "price": "12.50"},
        ]
    }
    simulator.faults.next_requests(
        1, Fault.custom(200, json.dumps(page).encode(), **{"X-Total-Pages": "1"}), path="/products"
    )
    try:
        job = await harness.add_job(await harness.add_store("Shop", simulator))
        run = await harness.engine.run(job, Trigger.MANUAL)
    finally:
        simulator.stop()
    assert run.status is RunStatus.PARTIAL
    assert (run.counts.fetched, run.counts.created, run.counts.failed) == (2, 2, 1)
    assert run.error_message and "A-2" in run.error_message
    assert harness.storage.inventory.count_items() == 2


async def test_the_concurrency_cap_applies_and_can_be_raised_live(harness: Harness) -> None:
    simulators = [start_simulator(20, seed=n) for n in range(3)]
    try:
        for simulator in simulators:
            simulator.faults.next_requests(1, Fault.latency(0.4))
        jobs = [
            await harness.add_job(await harness.add_store(f"Shop {n}", s)) for n, s in enumerate(simulators)
        ]
        harness.engine.set_max_concurrent(1)
        runs = [asyncio.create_task(harness.engine.run(job, Trigger.SCHEDULED)) for job in jobs]
        await poll(lambda: len(harness.of_type(SyncStarted)) == 1, what="first run started")
        assert len(harness.engine.running_job_ids()) == 3, "waiting runs count as running"
        started = harness.of_type(SyncStarted)[0].job_id
        waiting = {job.id for job in jobs} - {started}
        await poll(lambda: len(harness.of_type(SyncQueued)) == 2, what="the two waiting runs told")
        assert {event.job_id for event in harness.of_type(SyncQueued)} == waiting
        assert harness.engine.queued_job_ids() == waiting
        harness.engine.set_max_concurrent(3)
        await poll(
            lambda: len(harness.of_type(SyncStarted)) == 3, what="all runs started after raising the cap"
        )
        assert harness.engine.queued_job_ids() == frozenset()
        finished = await asyncio.gather(*runs)
    finally:
        for simulator in simulators:
            simulator.stop()
    assert [run.status for run in finished] == [RunStatus.SUCCEEDED] * 3


async def test_a_run_that_waited_for_a_slot_checks_its_job_and_store_again(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    """While runs wait for the one slot, one's store is disabled and another's job removed: when the slot
    comes, the first is skipped as disabled (it synced before) and the second is told as skipped with
    nothing recorded against the gone job (it logged a traceback and left its caller waiting before);
    asking again for a waiting job says it is queued already, not running."""
    simulators = [start_simulator(20, seed=n) for n in range(3)]
    try:
        simulators[0].faults.next_requests(1, Fault.latency(0.5))
        stores = [await harness.add_store(f"Shop {n}", s) for n, s in enumerate(simulators)]
        jobs = [await harness.add_job(store) for store in stores]
        harness.engine.set_max_concurrent(1)
        first = asyncio.create_task(harness.engine.run(jobs[0], Trigger.MANUAL))
        await poll(lambda: len(harness.of_type(SyncStarted)) == 1, what="the slow run started")
        waiting = [asyncio.create_task(harness.engine.run(job, Trigger.MANUAL)) for job in jobs[1:]]
        await poll(lambda: len(harness.engine.queued_job_ids()) == 2, what="both runs waiting")
        again = await harness.engine.run(jobs[1], Trigger.MANUAL)
        await harness.storage.stores.save_store(replace(stores[1], enabled=False))
        await harness.storage.stores.delete_job(jobs[2].id)
        ended = await asyncio.gather(first, *waiting)
    finally:
        for simulator in simulators:
            simulator.stop()
    assert (again.status, again.error_message) == (RunStatus.SKIPPED, ALREADY_QUEUED)
    assert ended[0].status is RunStatus.SUCCEEDED
    assert (ended[1].status, ended[1].error_message) == (RunStatus.SKIPPED, "the store is disabled")
    assert ended[2].status is RunStatus.SKIPPED
    skips = {event.job_id: event.reason for event in harness.of_type(SyncSkipped)}
    assert skips[jobs[2].id] == "the job was removed while the run waited to start"
    assert len(harness.of_type(SyncStarted)) == 1
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
