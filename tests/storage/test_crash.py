"""A sync killed mid-write (kill -9, power cut) leaves the rows and the stream cursor in step."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from app.storage import open_storage

ROOT = Path(__file__).resolve().parents[2]

# Writes batches of 20,000 rows, each with cursor = total rows written; says when each one committed.
WRITER = textwrap.dedent(
    """
    import asyncio, sys
    from datetime import UTC, datetime
    from pathlib import Path
    from app.core.models import InventoryRecord, Job, JobKind, Platform, Store, SyncRun, Trigger
    from app.core.ports import CursorUpdate, InventoryBatch
    from app.core.schedule import ScheduleSpec
    from app.storage import open_storage

    async def main() -> None:
        storage = open_storage(Path(sys.argv[1]))
        store = await storage.stores.save_store(Store(name="Shop", platform=Platform.SHOPIFY))
        job = await storage.stores.save_job(
            Job(kind=JobKind.INVENTORY_PULL, schedule=ScheduleSpec.every(minutes=5), store_id=store.id)
        )
        run = await storage.runs.start_run(
            SyncRun(job_id=job.id, trigger=Trigger.MANUAL, started_at=datetime.now(UTC))
        )
        total = 0
        for batch in range(1000):
            records = [InventoryRecord(f"SKU-{batch}-{n}", n, "x" * 40) for n in range(20_000)]
            total += len(records)
            cursor = CursorUpdate(job.id, "inventory", str(total))
            await storage.inventory.merge_inventory(
                InventoryBatch(store.id, run.id, records=records, cursor=cursor)
            )
            print("committed", total, flush=True)

    asyncio.run(main())
    """
)


def test_killing_the_process_mid_write_keeps_rows_and_cursor_consistent(data_dir: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline and not line.startswith("committed 40000"):
            line = child.stdout.readline()
            assert line, "the writer process ended before writing two batches"
        child.send_signal(signal.SIGKILL)  # the third batch is being written now
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL

    storage = open_storage(data_dir)
    try:
        assert storage.replaced is None
        assert storage.database.read_value("PRAGMA quick_check") == "ok"
        [job] = storage.stores.list_jobs()
        cursor = storage.cursors.get_cursor(job.id or 0, "inventory")
        assert cursor is not None and int(cursor) >= 40_000
        assert storage.inventory.count_items() == int(cursor)
        assert int(cursor) % 20_000 == 0
        assert asyncio.run(storage.runs.interrupt_orphaned_runs()) == 1
    finally:
        storage.close()
