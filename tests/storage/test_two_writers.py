"""Two StoreSync processes on one database (a `sync` command beside the window): a write that finds
the file locked by the other waits for it and succeeds; it never fails a run with "database is locked"."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from app.core.models import JobKind, SyncRun, Trigger
from app.storage import Storage
from app.storage.paths import database_file
from tests.storage.conftest import add_store_and_job
from tests.storage.test_orders import _order


async def test_an_import_waits_for_another_process_that_holds_the_write_lock(
    storage: Storage, data_dir: Path
) -> None:
    store, job = await add_store_and_job(storage, kind=JobKind.ORDERS_PULL)
    run = await storage.runs.start_run(SyncRun(job.id or 0, Trigger.CLI, datetime.now(UTC)))
    other_process = sqlite3.connect(database_file(data_dir), isolation_level=None, timeout=5)
    try:
        other_process.execute("BEGIN IMMEDIATE")
        other_process.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('other', '1')")
        orders = [_order(str(n)) for n in range(200)]
        upsert = asyncio.ensure_future(storage.orders.upsert_orders(store.id or 0, run.id or 0, orders, None))
        # The import looks up the stored orders, then waits for the lock the other process holds.
        done, _ = await asyncio.wait([upsert], timeout=0.5)
        assert not done, "the import cannot commit while the other process holds the write lock"
        other_process.execute("COMMIT")
        counts = await asyncio.wait_for(upsert, 30)
    finally:
        other_process.close()
    assert counts.created == 200
    assert storage.orders.count_orders(store.id) == 200
