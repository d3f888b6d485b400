"""`storesync worker` processes sharing one PostgreSQL database (issue 15): every due job runs exactly once
however many workers take runs from the queue, a worker SIGKILLed mid-run leaves its run interrupted and
the job is run again by another, a worker carries on after PostgreSQL restarts under it, and SIGTERM
ends a worker cleanly."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from app.core.models import Job, JobKind, Platform, Store
from app.core.ports import RunQuery
from app.core.schedule import ScheduleSpec
from app.sandbox.faults import Fault
from app.sandbox.simple import SimpleSimulator
from app.storage import postgres
from app.storage.postgres_storage import open_postgres_storage
from app.worker.queue_schema import migrate_queue
from tests.postgres import restart_server
from tests.sync.harness import start_simulator, store_settings

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(240)]

ROOT = Path(__file__).resolve().parents[2]
DEADLINE = 90.0


@pytest.fixture
def database(postgres_url: str) -> str:
    with postgres.connect(postgres_url) as connection:
        postgres.migrate(connection)
        migrate_queue(connection)
    return postgres_url


@pytest.fixture
def store_server() -> Iterator[SimpleSimulator]:
    server = start_simulator(120)
    yield server
    server.stop()


async def add_stores(url: str, server: SimpleSimulator, count: int, first: int = 0) -> list[int]:
    """`count` stores, each with a stock job due now (it never ran) and next due in about 12 hours."""
    storage = open_postgres_storage(url)
    at = (datetime.now(UTC) + timedelta(hours=12)).strftime("%H:%M")
    job_ids = []
    try:
        for number in range(first, first + count):
            store = await storage.stores.save_store(
                Store(f"Shop {number:02}", Platform.GENERIC_JSON, store_settings(server, 50))
            )
            job = await storage.stores.save_job(
                Job(JobKind.INVENTORY_PULL, ScheduleSpec.daily(at, timezone="UTC"), store_id=store.id)
            )
            assert job.id is not None
            job_ids.append(job.id)
    finally:
        storage.close()
    return job_ids


def runs(url: str) -> list[tuple[int, str, str]]:
    """(job id, trigger, status) of every run, oldest first."""
    with psycopg.connect(url, connect_timeout=10) as connection:
        rows = connection.execute("SELECT job_id, trigger, status FROM sync_run ORDER BY id").fetchall()
    return [(int(job_id), trigger, status) for job_id, trigger, status in rows]


def finished_runs(url: str) -> int:
    """Runs that ended, whatever their result."""
    return sum(1 for _, _, status in runs(url) if status != "running")


def queued_runs(url: str) -> int:
    """Runs waiting in the queue or being run."""
    with psycopg.connect(url, connect_timeout=10) as connection:
        row = connection.execute(
            "SELECT count(*) FROM procrastinate_jobs WHERE task_name = 'storesync.run_job' "
            "AND status IN ('todo', 'doing')"
        ).fetchone()
    return int(row[0]) if row else 0


def last_tick(url: str) -> int:
    """The time (Unix seconds) of the latest tick that looked at the schedules, 0 before the first."""
    with psycopg.connect(url, connect_timeout=10) as connection:
        row = connection.execute(
            "SELECT max(defer_timestamp) FROM procrastinate_periodic_defers "
            "WHERE task_name = 'storesync.queue_due_runs'"
        ).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def start_worker(url: str, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as output:
        return subprocess.Popen(
            [
                sys.executable, "main.py", "worker", "--database", url,
                "--tick-seconds", "1", "--stalled-after", "6", "--graceful-seconds", "20",
            ],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=output,
            stderr=subprocess.STDOUT,
        )  # fmt: skip


@asynccontextmanager
async def workers(url: str, tmp_path: Path, count: int) -> AsyncIterator[list[subprocess.Popen[bytes]]]:
    started = [start_worker(url, tmp_path / f"worker-{n}.log") for n in range(count)]
    try:
        yield started
    finally:
        for process in started:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=30)


async def poll(condition: Callable[[], bool], seconds: float, what: str) -> None:
    """Wait for `condition`, asked five times a second (each ask is a query), with a deadline."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not await asyncio.to_thread(condition):
        if loop.time() > deadline:
            raise AssertionError(f"{what} not reached within {seconds} s")
        await asyncio.sleep(0.2)


async def wait_for_ticks(url: str, more: int) -> None:
    """Until the schedules were looked at for `more` seconds' ticks after the latest (with one-second
    ticks), so a doubled run would have shown."""
    target = last_tick(url) + more
    await poll(lambda: last_tick(url) >= target, seconds=DEADLINE, what=f"{more} more ticks")


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
