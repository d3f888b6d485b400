"""A worker killed mid-run leaves its run marked interrupted for whoever looks next, at once, while a
live worker's run is never touched (PostgreSQL's session locks tell the two apart)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.core.errors import WORKER_STOPPED
from app.storage import postgres, timestamps
from app.storage.postgres_run_owners import WORKER_STOPPED_MESSAGE, interrupt_orphans

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
DEADLINE_SECONDS = 30

# A worker in its own process: records a run as running under its lock, says so, and keeps working.
_WORKER = textwrap.dedent(
    """
    import sys, time
    from app.storage import postgres
    from app.storage.postgres_run_owners import PostgresRunOwners

    url = sys.argv[1]
    owners = PostgresRunOwners(url)
    with postgres.connect(url, autocommit=True) as connection:
        run_id = connection.execute(
            "INSERT INTO sync_run (job_id, store_id, kind, trigger, started_at, status) "
            "VALUES (1, 1, 'inventory_pull', 'scheduled', 'x', 'running') RETURNING id"
        ).fetchone()[0]
        owners.claim(run_id)
        print(run_id, flush=True)
        time.sleep(600)
    """
)


def _interrupt(url: str) -> list[int]:
    with postgres.connect(url) as connection, connection.transaction():
        return interrupt_orphans(connection, timestamps.now_db())


def test_a_killed_workers_run_is_interrupted_and_a_live_ones_is_not(postgres_url: str) -> None:
    with postgres.connect(postgres_url, autocommit=True) as setup:
        postgres.migrate(setup)
        setup.execute("INSERT INTO store (id, name, platform, created_at) VALUES (1, 'Shop', 'shopify', 'x')")
        setup.execute("INSERT INTO job (id, store_id, kind, schedule) VALUES (1, 1, 'inventory_pull', '{}')")
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, postgres_url],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        for _ in range(2)
    ]
    try:
        killed_run, live_run = (int(worker.stdout.readline()) for worker in workers if worker.stdout)
        assert _interrupt(postgres_url) == [], "both owners are alive"
        workers[0].send_signal(signal.SIGKILL)
        workers[0].wait(timeout=DEADLINE_SECONDS)
        deadline = time.monotonic() + DEADLINE_SECONDS
        interrupted: list[int] = []
        while not interrupted and time.monotonic() < deadline:
            interrupted = _interrupt(postgres_url)
            time.sleep(0.2)
        assert interrupted == [killed_run]
        with postgres.connect(postgres_url) as check:
            rows = dict(check.execute("SELECT id, status FROM sync_run").fetchall())
            error = check.execute(
                "SELECT error_kind, error_message FROM sync_run WHERE id = %s", (killed_run,)
            ).fetchone()
        assert rows == {killed_run: "interrupted", live_run: "running"}
        assert error == (WORKER_STOPPED, WORKER_STOPPED_MESSAGE)
        assert _interrupt(postgres_url) == []
    finally:
        for worker in workers:
            worker.kill()
            worker.wait(timeout=DEADLINE_SECONDS)
