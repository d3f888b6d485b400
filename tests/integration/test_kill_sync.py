"""A sync killed with SIGKILL mid-way (a crash, a power cut) leaves whole pages only, never a cursor
ahead of its orders, and shows as interrupted at the next start; the next sync completes the data."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

import pytest

from app.core.models import JobKind, RunStatus, Trigger
from app.sandbox.faults import Fault
from app.storage.paths import database_file
from tests.sync.harness import build_harness, poll, start_simulator

ROOT = Path(__file__).resolve().parents[2]
PAGE = 50

CHILD = """
import asyncio, sys
from pathlib import Path
from app.core.models import Trigger
from tests.sync.harness import build_harness

async def main() -> None:
    harness = build_harness(Path(sys.argv[1]))
    jobs = [harness.storage.stores.get_job(int(job_id)) for job_id in sys.argv[2:]]
    for job in jobs:
        harness.credentials.demo_secrets[job.store_id] = {}
    print("syncing", flush=True)
    await asyncio.gather(*(harness.engine.run(job, Trigger.MANUAL) for job in jobs))

asyncio.run(main())
"""


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as connection:
        return int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


@pytest.mark.timeout(60)
async def test_sigkill_mid_sync_leaves_consistent_data_and_an_interrupted_run(tmp_path: Path) -> None:
    simulator = start_simulator(300, orders=200)
    simulator.faults.randomly(1.0, Fault.latency(0.25))
    harness = build_harness(tmp_path)
    child: asyncio.subprocess.Process | None = None
    try:
        store = await harness.add_store("Shop", simulator, page_size=PAGE)
        store.settings["since_param"] = "updated_since"
        await harness.storage.stores.save_store(store)
        inventory = await harness.add_job(store)
        orders = await harness.add_job(store, JobKind.ORDERS_PULL)
        harness.storage.close()

        database = database_file(tmp_path / "data")
        child = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            CHILD,
            str(tmp_path),
            str(inventory.id),
            str(orders.id),
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        await poll(
            lambda: _count(database, "inventory_item") >= PAGE and _count(database, "orders") >= PAGE,
            seconds=30,
            what="a page of stock and of orders stored by the child",
        )
        child.send_signal(signal.SIGKILL)
        await asyncio.wait_for(child.wait(), 10)
        assert child.returncode == -signal.SIGKILL
        items_at_kill = _count(database, "inventory_item")
        assert 0 < items_at_kill < 300
        assert items_at_kill % PAGE == 0, "a page is stored whole or not at all"

        after = build_harness(tmp_path)
        harness = after
        after.credentials.demo_secrets[store.id or 0] = {}
        assert await after.storage.runs.interrupt_orphaned_runs() == 2
        for job in (inventory, orders):
            last = after.storage.runs.last_run(job.id or 0)
            assert last is not None and last.status is RunStatus.INTERRUPTED

        cursor = after.storage.cursors.get_cursor(orders.id or 0, "orders")
        assert cursor is not None
        stored = {row[0] for row in sqlite3.connect(database).execute("SELECT external_id FROM orders")}
        due = {
            str(order.id)
            for order in simulator.catalog.all_orders()
            if order.updated_at <= datetime.fromisoformat(cursor)
        }
        assert due <= stored, "every order up to the cursor is stored: the cursor is never ahead"

        simulator.faults.clear()
        finished = await asyncio.gather(
            after.engine.run(inventory, Trigger.MANUAL), after.engine.run(orders, Trigger.MANUAL)
        )
        assert [run.status for run in finished] == [RunStatus.SUCCEEDED, RunStatus.SUCCEEDED]
        assert after.storage.inventory.count_items() == 300
        assert after.storage.orders.count_orders(store.id) == len(simulator.catalog.all_orders())
    finally:
        if child is not None and child.returncode is None:
            child.kill()
            await child.wait()
        harness.storage.close()
        simulator.stop()
