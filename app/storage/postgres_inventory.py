"""Inventory on PostgreSQL, the write side a sync uses (ports.InventoryRepository's merge_inventory,
finish_inventory_run, stock_levels): each batch merged by app.storage.postgres_merge together with
its stream cursor in one transaction on the writer connection, so the cursor never runs ahead of
the stock it describes, as on SQLite."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import peewee

from app.core.ports import CursorUpdate, InventoryBatch, MergeResult
from app.storage import postgres_merge, timestamps
from app.storage.models import InventoryItemRow, SyncStateRow
from app.storage.postgres import Connection
from app.storage.postgres_database import PostgresDatabase

# peewee writes these statements in PostgreSQL's words; they run on the writer's own connection.
_DIALECT = peewee.PostgresqlDatabase(None)


def _sql(query: Any) -> tuple[str, list[Any]]:
    sql, params = query.bind(_DIALECT).sql()
    return sql, list(params)


def save_cursor(connection: Connection, cursor: CursorUpdate, now: datetime) -> None:
    query = SyncStateRow.insert(
        job_id=cursor.job_id, stream=cursor.stream, value=cursor.value, updated_at=now
    ).on_conflict(
        conflict_target=[SyncStateRow.job_id, SyncStateRow.stream],
        update={SyncStateRow.value: cursor.value, SyncStateRow.updated_at: now},
    )
    sql, params = _sql(query)
    connection.execute(sql.encode(), params)


class PostgresInventoryRepository:
    def __init__(self, database: PostgresDatabase) -> None:
        self._db = database
        # SKUs stored so far by each unfinished inventory run.
        self._met: dict[int, int] = {}

    async def merge_inventory(self, batch: InventoryBatch) -> MergeResult:
        def work(connection: Connection) -> MergeResult:
            result = postgres_merge.merge(connection, batch, timestamps.now_db())
            if batch.cursor is not None:
                save_cursor(connection, batch.cursor, datetime.now(UTC))
            return result

        result = await self._db.write(work)
        self._met[batch.run_id] = self._met.get(batch.run_id, 0) + result.taken
        return result

    async def finish_inventory_run(self, store_id: int, run_id: int, *, complete: bool) -> int:
        met = self._met.pop(run_id, 0)
        return await self._db.write(
            lambda connection: postgres_merge.finish(
                connection, store_id, run_id, complete, met, timestamps.now_db()
            )
        )

    async def stock_levels(self, store_id: int) -> dict[str, int]:
        query = InventoryItemRow.select(InventoryItemRow.sku, InventoryItemRow.quantity).where(
            (InventoryItemRow.store_id == store_id) & ~InventoryItemRow.deleted
        )
        sql, params = _sql(query)
        return await self._db.write(
            lambda connection: dict(connection.execute(sql.encode(), params).fetchall())
        )
