"""`python -m bench api --database postgresql://... --jobs 50,200 --json`: GET /api/v1/status of the API
server (`storesync serve`, app.api_server) over a PostgreSQL database holding N jobs.

For each N: a fresh database on that server, migrated as `storesync migrate` does, N stores with one
stock job each in a mix of states (never run, succeeded, failed, partly failed, running, paused; each
that ran has a few runs of history), and the API server started in this process on a free loopback
port. Each status request comes after the server's status cache has expired (it keeps an answer 1 s),
so every one is built anew. Figures per N: `status_ms` (median and slowest of the samples) and, when the
server loads pg_stat_statements (.ci/postgres.sh does), `statements_per_status`: the statements one
status answer ran (the database follower of the event stream is slowed down so that it adds none; the
log table's writes and transaction brackets are left out, as they come whenever a log line does)."""

from __future__ import annotations

import asyncio
import functools
import os
import socket
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg

from app.core.models import Job, JobKind, Platform, RunCounts, RunStatus, Store, SyncRun, Trigger
from app.core.schedule import ScheduleSpec
from app.storage.postgres_storage import PostgresStorage, open_postgres_storage
from bench.fresh_database import fresh_database, migrate_for_server
from bench.loop import run

SAMPLES = 7
CACHE_SECONDS = 1.0  # app.control.status_cache.StatusCache's max_age
HISTORY = 4  # ended runs of each job that ran
STATES = ("never", "succeeded", "failed", "partial", "running", "paused")
_THIS_DATABASE = "SELECT oid FROM pg_database WHERE datname = current_database()"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _add_jobs(storage: PostgresStorage, count: int) -> None:
    """`count` stores with a stock job each, in the states of STATES in turn."""
    now = datetime.now(UTC)
    for index in range(count):
        state = STATES[index % len(STATES)]
        store = await storage.stores.save_store(
            Store(f"Bench {index:04}", Platform.GENERIC_JSON, {"base_url": "https://example.invalid"})
        )
        job = await storage.stores.save_job(
            Job(
                JobKind.INVENTORY_PULL,
                ScheduleSpec.every(minutes=30),
                store_id=store.id,
                paused=state == "paused",
            )
        )
        assert job.id is not None
        if state == "never":
            continue
        for number in range(HISTORY):
            started = now - timedelta(hours=HISTORY - number)
            status = RunStatus.SUCCEEDED
            if number == HISTORY - 1 and state in ("failed", "partial"):
                status = RunStatus(state)
            run_ = await storage.runs.start_run(SyncRun(job.id, Trigger.SCHEDULED, started))
            await storage.runs.finish_run(
                SyncRun(
                    job.id,
                    Trigger.SCHEDULED,
                    started,
                    status=status,
                    finished_at=started + timedelta(seconds=20),
                    counts=RunCounts(fetched=100, updated=3),
                    error_message=None if status is RunStatus.SUCCEEDED else "the store answered 502",
                    id=run_.id,
                )
            )
        if state == "running":  # held by this process's session until the storage closes
            await storage.runs.start_run(SyncRun(job.id, Trigger.SCHEDULED, now))


def _counting(url: str) -> bool:
    with psycopg.connect(url, autocommit=True) as connection:
        loaded = connection.execute("SHOW shared_preload_libraries").fetchone()
        if loaded is None or "pg_stat_statements" not in str(loaded[0]):
            return False
        connection.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
    return True


def _reset(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"SELECT pg_stat_statements_reset(0, ({_THIS_DATABASE}))")


def _statements(url: str) -> int:
    with psycopg.connect(url, autocommit=True) as connection:
        row = connection.execute(
            "SELECT COALESCE(SUM(calls), 0) FROM pg_stat_statements "
            f"WHERE dbid = ({_THIS_DATABASE}) AND strpos(query, 'pg_stat_statements') = 0 "
            "AND strpos(query, 'log_record') = 0 AND query NOT IN ('BEGIN', 'COMMIT')"
        ).fetchone()
    return 0 if row is None else int(row[0])


async def _one_count(server: str, jobs: int) -> dict[str, Any]:
    from app.api_server import ApiServer, ServeOptions
    from app.control.client import ControlClient

    with fresh_database(server) as url:
        migrate_for_server(url)
        storage = open_postgres_storage(url)
        try:
            await _add_jobs(storage, jobs)
            counting = _counting(url)
            with tempfile.TemporaryDirectory(prefix="storesync-serve-") as folder:
                options = ServeOptions(
                    url=url,
                    data_dir=Path(folder),
                    port=_free_port(),
                    follow_seconds=3600.0,
                    alerting_check_seconds=3600.0,
                )
                api = ApiServer(options)
                endpoint = await api.start()
                try:
                    async with ControlClient(endpoint, timeout=60) as client:
                        answer = await client.status()  # warm: connections open, modules loaded
                        shown = sum(len(store["jobs"]) for store in answer["stores"])
                        samples: list[float] = []
                        statements: list[int] = []
                        for _ in range(SAMPLES):
                            await asyncio.sleep(CACHE_SECONDS + 0.1)
                            if counting:
                                _reset(url)
                            started = time.perf_counter()
                            await client.status()
                            samples.append(time.perf_counter() - started)
                            if counting:
                                statements.append(_statements(url))
                finally:
                    await api.stop()
        finally:
            storage.close()
    return {
        "jobs": jobs,
        "jobs_shown": shown,
        "status_ms_median": round(statistics.median(samples) * 1000, 1),
        "status_ms_max": round(max(samples) * 1000, 1),
        "statements_per_status": max(statements) if statements else None,
    }


def measure_api_server(server: str, counts: list[int]) -> dict[str, Any]:
    figures: dict[str, Any] = {"load_average_1m": round(os.getloadavg()[0], 2), "samples": SAMPLES}
    figures["by_jobs"] = [run(functools.partial(_one_count, server, count), "asyncio") for count in counts]
    figures["load_average_1m_after"] = round(os.getloadavg()[0], 2)
    return figures
