"""`python -m bench fleet --database postgresql://... --workers 1,2,3`: the same fleet of simulated stores
(bench.fleet), all due at once, synced by 1, 2, 3 `storesync worker` processes sharing one PostgreSQL
database (server mode). For each worker count: a fresh database on that server, the stores and their
secrets (a credentials directory), the workers started, the time until every store's run ended; runs
per minute and how they scale."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg

from app.core.models import Job, JobKind, Platform, Store
from app.core.schedule import ScheduleSpec
from app.storage.credentials_directory import file_name
from app.storage.postgres_storage import open_postgres_storage
from bench.fleet import RUN_DEADLINE_SECONDS_PER_STORE, start_simulators, store_specs
from bench.fresh_database import fresh_database, migrate_for_server
from bench.loop import run
from bench.simulator_process import ROOT


async def _add_stores(
    url: str, specs: list[dict[str, Any]], endpoints: list[dict[str, Any]], secrets: Path
) -> None:
    """The fleet's stores, each with a stock job that never ran and was added a day ago: its daily slot
    went by since, so every job is due at once (caught up) when the workers start."""
    storage = open_postgres_storage(url)
    added = datetime.now(UTC) - timedelta(days=1)
    at = (datetime.now(UTC) + timedelta(hours=12)).strftime("%H:%M")
    try:
        for index, (spec, endpoint) in enumerate(zip(specs, endpoints, strict=True)):
            store = await storage.stores.save_store(
                Store(f"Fleet {index:04}", Platform(spec["store_platform"]), endpoint["settings"])
            )
            assert store.id is not None
            await storage.stores.save_job(
                Job(
                    JobKind.INVENTORY_PULL,
                    ScheduleSpec.daily(at, timezone="UTC"),
                    store_id=store.id,
                    created_at=added,
                )
            )
            keychain_id = storage.stores.keychain_id(store.id)
            assert keychain_id is not None
            for field, value in endpoint["secrets"].items():
                path = secrets / file_name(keychain_id, field)
                path.write_text(value, encoding="utf-8")
                path.chmod(0o600)
    finally:
        storage.close()


def _ended(url: str) -> tuple[int, int]:
    """(runs ended, of which failed)."""
    with psycopg.connect(url) as connection:
        row = connection.execute(
            "SELECT count(*) FILTER (WHERE status <> 'running'), count(*) FILTER (WHERE status = 'failed') "
            "FROM sync_run"
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def _one_count(server: str, workers: int, stores: int, skus: int, processes: int) -> dict[str, Any]:
    with fresh_database(server) as url:
        migrate_for_server(url)
        specs = store_specs(stores, skus)
        with ExitStack() as stack, tempfile.TemporaryDirectory() as folder:
            secrets = Path(folder) / "credentials"
            secrets.mkdir(mode=0o700)
            endpoints = start_simulators(stack, specs, processes)
            run(lambda: _add_stores(url, specs, endpoints, secrets), "asyncio")
            started = time.monotonic()
            children = [
                subprocess.Popen(
                    [
                        sys.executable,
                        "main.py",
                        "worker",
                        "--database",
                        url,
                        "--credentials-dir",
                        str(secrets),
                        "--tick-seconds",
                        "1",
                    ],
                    cwd=ROOT,
                    env={**os.environ, "PYTHONPATH": str(ROOT)},
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                for _ in range(workers)
            ]
            try:
                deadline = started + RUN_DEADLINE_SECONDS_PER_STORE * stores
                ended, failed = _ended(url)
                while ended < stores and time.monotonic() < deadline:
                    time.sleep(0.2)
                    ended, failed = _ended(url)
                seconds = time.monotonic() - started
            finally:
                for child in children:
                    child.terminate()
                for child in children:
                    child.wait(timeout=60)
        return {
            "workers": workers,
            "runs_ended": ended,
            "runs_failed": failed,
            "total_seconds": round(seconds, 2),
            "runs_per_minute": round(ended / seconds * 60, 1),
        }


def measure_fleet_workers(
    server: str, stores: int, skus: int, workers: list[int], processes: int = 4
) -> dict[str, Any]:
    """`server`: a URL whose user may create databases (each count gets its own, dropped after)."""
    counts = [_one_count(server, count, stores, skus, processes) for count in workers]
    first = counts[0]["runs_per_minute"] or 1.0
    return {
        "database": "postgresql",
        "stores": stores,
        "skus": skus,
        "by_workers": counts,
        "scaling": {str(c["workers"]): round(c["runs_per_minute"] / first, 2) for c in counts},
        "load_average_1m_end": round(os.getloadavg()[0], 2),
    }
