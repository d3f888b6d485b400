"""A run's counts equal what it committed, however it ends (issue 10, item 5): a store error mid-way,
the run time limit, or a stop. Merges commit on storage's thread while the next pages are read, so
a run that ends early still has commits under way; each one that commits is counted."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from app.core.models import JobKind, RunStatus, SyncRun, Trigger
from app.sandbox.faults import Fault, FaultKind
from app.sandbox.simple import SimpleSimulator
from tests.sync.harness import Harness, poll, start_simulator

PRODUCTS = 4000
PAGE = 50


@pytest.fixture
def http_attempts() -> int:
    """One try per request, so the injected error reaches the engine."""
    return 1


@pytest.fixture
def simulator() -> Iterator[SimpleSimulator]:
    server = start_simulator(PRODUCTS, orders=2000)
    yield server
    server.stop()


def _recorded(harness: Harness, run: SyncRun) -> SyncRun:
    recorded = harness.storage.runs.last_run(run.job_id)
    assert recorded is not None and recorded.id == run.id
    return recorded


@pytest.mark.parametrize("failing_request", [21, 42])
async def test_a_run_failing_mid_way_counts_every_item_it_stored(
    harness: Harness, simulator: SimpleSimulator, failing_request: int
) -> None:
    job = await harness.add_job(await harness.add_store("Shop", simulator, page_size=PAGE))
    simulator.faults.at_request(failing_request, Fault(FaultKind.UNAUTHORIZED))

    run = await harness.engine.run(job, Trigger.MANUAL)

    stored = harness.storage.inventory.count_items()
    assert run.status is RunStatus.FAILED
    assert 0 < stored < PRODUCTS
    assert run.counts.created == stored
    assert _recorded(harness, run).counts.created == stored


async def test_a_run_cut_by_the_time_limit_counts_every_item_it_stored(
    harness: Harness, simulator: SimpleSimulator
) -> None:
    job = await harness.add_job(await harness.add_store("Shop", simulator, page_size=PAGE))
    await harness.set("run_timeout_seconds", 1.0)
    simulator.faults.randomly(1.0, Fault.latency(0.02))

    run = await harness.engine.run(job, Trigger.MANUAL)

    stored = harness.storage.inventory.count_items()
    assert run.error_kind == "timeout"
    assert 0 < stored < PRODUCTS
    assert _recorded(harness, run).counts.created == stored


@pytest.mark.parametrize("kind", [JobKind.INVENTORY_PULL, JobKind.ORDERS_PULL])
async def test_a_stopped_run_counts_every_item_it_stored(
    harness: Harness, simulator: SimpleSimulator, kind: JobKind
) -> None:
    store = await harness.add_store("Shop", simulator, page_size=PAGE)
    store.settings["since_param"] = "updated_since"
    await harness.storage.stores.save_store(store)
    job = await harness.add_job(store, kind)
    simulator.faults.randomly(1.0, Fault.latency(0.02))

    def stored() -> int:
        if kind is JobKind.ORDERS_PULL:
            return harness.storage.orders.count_orders(store.id)
        return harness.storage.inventory.count_items()

    task = asyncio.ensure_future(harness.engine.run(job, Trigger.MANUAL))
    await poll(lambda: stored() >= 10 * PAGE, seconds=30, what="ten pages stored")
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    run = harness.storage.runs.last_run(job.id or 0)
    assert run is not None and run.status is RunStatus.INTERRUPTED
    assert run.counts.created == stored()
