"""A server that goes away midway through a run (restarted, failed over) is waited for and reconnected
to: the run's later batches are stored, and no SKU is marked gone on the strength of a session that
no longer remembers what the run met."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.core.errors import StorageError
from app.core.models import InventoryRecord, RunStatus, SyncRun, Trigger
from app.core.ports import InventoryBatch, MergeResult
from app.storage import postgres, postgres_merge, timestamps
from app.storage.postgres_database import PostgresDatabase
from app.storage.postgres_storage import open_postgres_storage
from tests.postgres import restart_server

pytestmark = pytest.mark.postgres

_NEW_RUN = (
    "INSERT INTO sync_run (job_id, store_id, kind, trigger, started_at, status) "
    "VALUES (1, 1, 'inventory_pull', 'manual', 'x', 'running') RETURNING id"
)


def _records(*skus: str, quantity: int = 1) -> list[InventoryRecord]:
    return [InventoryRecord(sku, quantity, f"Item {sku}", Decimal("1.00")) for sku in skus]


async def test_a_run_goes_on_after_the_server_restarts_midway(
    postgres_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    with postgres.connect(postgres_url, autocommit=True) as setup:
        postgres.migrate(setup)
        setup.execute("INSERT INTO store (id, name, platform, created_at) VALUES (1, 'Shop', 'shopify', 'x')")
        setup.execute("INSERT INTO job (id, store_id, kind, schedule) VALUES (1, 1, 'inventory_pull', '{}')")
    database = PostgresDatabase(postgres_url)
    now = timestamps.now_db()

    async def merge(run_id: int, records: list[InventoryRecord]) -> MergeResult:
        batch = InventoryBatch(1, run_id, records)
        return await database.write(lambda connection: postgres_merge.merge(connection, batch, now))

    async def finish(run_id: int, met: int) -> int:
        return await database.write(lambda c: postgres_merge.finish(c, 1, run_id, True, met, now))

    async def new_run() -> int:
        return await database.write(lambda connection: int(connection.execute(_NEW_RUN).fetchone()[0]))

    try:
        first = await new_run()
        assert await merge(first, _records("A", "B", "C", "D")) == MergeResult(created=4)
        await finish(first, 4)

        second = await new_run()
        before = await merge(second, _records("A", "B"))
        await asyncio.to_thread(restart_server)
        with caplog.at_level(logging.WARNING):
            after = await merge(second, _records("C", quantity=5))
            gone = await finish(second, before.taken + after.taken)
    finally:
        database.close()

    assert (before, after, gone) == (MergeResult(unchanged=2), MergeResult(updated=1), 0)
    with postgres.connect(postgres_url) as check:
        rows = check.execute("SELECT sku, quantity, deleted FROM inventory_item ORDER BY sku").fetchall()
        changes = check.execute(
            "SELECT sku, old_quantity, new_quantity FROM inventory_change WHERE run_id = %s", (second,)
        ).fetchall()
    assert rows == [("A", 1, False), ("B", 1, False), ("C", 5, False), ("D", 1, False)]
    assert changes == [("C", 1, 5)]
    assert "remembers 1 of the 3 SKUs" in caplog.text


async def test_a_server_that_stays_away_is_one_sentence_without_the_password() -> None:
    database = PostgresDatabase("postgresql://worker:pw-never-shown@127.0.0.1:9/storesync", (0.05, 0.05))
    try:
        with pytest.raises(StorageError) as refused:
            await database.write(lambda connection: connection.execute("SELECT 1"))
    finally:
        database.close()
    message = str(refused.value)
    assert message.startswith("PostgreSQL at postgresql://worker@127.0.0.1:9/storesync cannot be reached: ")
    assert "pw-never-shown" not in message and "\n" not in message


async def test_a_run_starts_after_the_server_ended_every_session_of_this_process(
    postgres_url: str,
) -> None:
    """After a restart a worker's first run was dropped ("Could not record the start of job 1 ... The
    database could not save the change: terminating connection due to administrator command") and a
    `sync` following it waited for ever: the session that holds the runs' locks learned that it was gone
    only at its next statement, inside the writer's transaction, and that was taken for a refused change.
    Ending every session of the database is what a restart does to them."""
    with postgres.connect(postgres_url, autocommit=True) as setup:
        postgres.migrate(setup)
        setup.execute("INSERT INTO store (id, name, platform, created_at) VALUES (1, 'Shop', 'shopify', 'x')")
        setup.execute("INSERT INTO job (id, store_id, kind, schedule) VALUES (1, 1, 'inventory_pull', '{}')")
    storage = open_postgres_storage(postgres_url)
    try:
        first = await storage.runs.start_run(SyncRun(1, Trigger.MANUAL, datetime.now(UTC)))
        await storage.runs.finish_run(
            replace(first, status=RunStatus.SUCCEEDED, finished_at=datetime.now(UTC))
        )
        with postgres.connect(postgres_url, autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        second = await storage.runs.start_run(SyncRun(1, Trigger.MANUAL, datetime.now(UTC)))
        assert second.id is not None and second.id != first.id
        assert storage.runs.get_run(second.id) is not None
    finally:
        storage.close()
