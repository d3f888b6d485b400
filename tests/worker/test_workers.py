"""`storesync worker` processes sharing one PostgreSQL database (issue 15): every due job runs exactly once
however many workers take runs from the queue, a worker SIGKILLed mid-run leaves its run interrupted and
the job is run again by another, a worker carries on after PostgreSQL restarts under it, and SIGTERM
ends a worker cleanly."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import pytest

from app.core.ports import RunQuery
from app.sandbox.faults import Fault
from app.sandbox.simple import SimpleSimulator
from app.storage.postgres_storage import open_postgres_storage
from tests.postgres import restart_server
from tests.worker.harness import (
    DEADLINE,
    add_stores,
    finished_runs,
    poll,
    queued_runs,
    runs,
    wait_for_ticks,
    workers,
)

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(240)]


@pytest.mark.parametrize("worker_count", [2, 3])
async def test_workers_run_each_due_job_exactly_once(
    database: str, store_server: SimpleSimulator, tmp_path: Path, worker_count: int
) -> None:
    job_ids = await add_stores(database, store_server, 50)
    async with workers(database, tmp_path, worker_count) as started:
        await poll(lambda: len(runs(database)) >= 50, seconds=DEADLINE, what="50 runs")
        await poll(lambda: queued_runs(database) == 0, seconds=DEADLINE, what="an empty queue")
        await wait_for_ticks(database, 3)
        assert all(process.poll() is None for process in started)
    recorded = runs(database)
    assert sorted(job_id for job_id, _, _ in recorded) == sorted(job_ids)
    assert {(trigger, status) for _, trigger, status in recorded} == {("initial", "succeeded")}


async def test_a_worker_killed_mid_run_leaves_it_interrupted_and_another_runs_the_job(
    database: str, store_server: SimpleSimulator, tmp_path: Path
) -> None:
    store_server.faults.randomly(1.0, Fault.latency(0.5), path="/products")
    [job_id] = await add_stores(database, store_server, 1)
    async with workers(database, tmp_path, 1) as [first]:
        await poll(lambda: runs(database) == [(job_id, "initial", "running")], seconds=DEADLINE, what="a run")
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    store_server.faults.clear()
    async with workers(database, tmp_path, 1):
        await poll(
            lambda: [status for _, _, status in runs(database)] == ["interrupted", "succeeded"],
            seconds=DEADLINE,
            what="the run interrupted and the job run again",
        )
        await poll(lambda: queued_runs(database) == 0, seconds=DEADLINE, what="an empty queue")
        await wait_for_ticks(database, 3)
    assert [status for _, _, status in runs(database)] == ["interrupted", "succeeded"]


async def test_sigterm_lets_the_running_sync_finish_and_ends_the_worker(
    database: str, store_server: SimpleSimulator, tmp_path: Path
) -> None:
    store_server.faults.randomly(1.0, Fault.latency(0.3), path="/products")
    [job_id] = await add_stores(database, store_server, 1)
    async with workers(database, tmp_path, 1) as [worker]:
        await poll(lambda: runs(database) == [(job_id, "initial", "running")], seconds=DEADLINE, what="a run")
        worker.send_signal(signal.SIGTERM)
        code = await asyncio.to_thread(worker.wait, 60)
    assert code == 0, (tmp_path / "worker-0.log").read_text()
    assert runs(database) == [(job_id, "initial", "succeeded")]
    assert "Traceback" not in (tmp_path / "worker-0.log").read_text()


async def test_a_worker_carries_on_after_postgresql_restarts_during_a_run(
    database: str, store_server: SimpleSimulator, tmp_path: Path
) -> None:
    store_server.faults.randomly(1.0, Fault.latency(1.0), path="/products")
    [first_job] = await add_stores(database, store_server, 1)
    async with workers(database, tmp_path, 1) as [worker]:
        await poll(
            lambda: runs(database) == [(first_job, "initial", "running")], seconds=DEADLINE, what="a run"
        )
        await asyncio.to_thread(restart_server)
        store_server.faults.clear()
        [second_job] = await add_stores(database, store_server, 1, first=1)
        await poll(
            lambda: (
                {job for job, _, status in runs(database) if status == "succeeded"} >= {first_job, second_job}
            ),
            seconds=DEADLINE,
            what="both jobs synced after the restart",
        )
        assert worker.poll() is None
    # Whether the queue's own pool reconnected or the worker connected again after a pause depends on
    # when the server went down; either way no run is left running and nothing crashed.
    assert "running" not in {status for _, _, status in runs(database)}
    assert "Traceback" not in (tmp_path / "worker-0.log").read_text()


async def test_when_a_worker_is_killed_the_others_go_on_queueing_due_runs(
    database: str, store_server: SimpleSimulator, tmp_path: Path
) -> None:
    first_jobs = await add_stores(database, store_server, 5)
    async with workers(database, tmp_path, 2) as [doomed, survivor]:
        # Killed between runs: a run cut off mid-way is interrupted and run again, which is the
        # SIGKILL test's subject, not this one's.
        await poll(lambda: finished_runs(database) >= 5, seconds=DEADLINE, what="the first runs")
        doomed.send_signal(signal.SIGKILL)
        doomed.wait(timeout=30)
        later_jobs = await add_stores(database, store_server, 5, first=5)
        await poll(lambda: len(runs(database)) >= 10, seconds=DEADLINE, what="the later runs")
        await poll(lambda: queued_runs(database) == 0, seconds=DEADLINE, what="an empty queue")
        await wait_for_ticks(database, 3)
        assert survivor.poll() is None
    recorded = runs(database)
    assert sorted(job_id for job_id, _, _ in recorded) == sorted(first_jobs + later_jobs)
    assert {status for _, _, status in recorded} == {"succeeded"}


async def test_a_workers_run_records_the_requests_and_429s_the_store_saw(
    database: str, store_server: SimpleSimulator, tmp_path: Path
) -> None:
    """The store detail's request chart of a server reads what the worker's run stored."""
    store_server.faults.at_request(2, Fault.rate_limit(0.3))
    [job_id] = await add_stores(database, store_server, 1)
    async with workers(database, tmp_path, 1):
        await poll(lambda: finished_runs(database) >= 1, seconds=DEADLINE, what="the run")
    assert runs(database) == [(job_id, "initial", "succeeded")]
    storage = open_postgres_storage(database)
    try:
        [run] = storage.runs.list_runs(RunQuery(job_id=job_id))
        profile = storage.runs.request_profile(run.id or 0)
    finally:
        storage.close()
    assert profile is not None
    assert profile.total_requests == store_server.faults.requests_seen
    assert profile.total_throttled == store_server.faults.injected == 1
    assert profile.total_waited >= 0.29
