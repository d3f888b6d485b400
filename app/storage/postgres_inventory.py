"""Inventory on PostgreSQL, the write side a sync uses (ports.InventoryRepository's merge_inventory,
finish_inventory_run, stock_levels): each batch merged by app.storage.postgres_merge together with
its stream cursor in one transaction on the writer connection, so the cursor never runs ahead of
the stock it describes, as on SQLite."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from app.core.ports import InventoryBatch, MergeResult
from app.storage import dialect, postgres_merge, timestamps
from app.storage.cursors import save_cursor
from app.storage.models import InventoryItemRow
from app.storage.postgres import Connection
from app.storage.postgres_database import PostgresDatabase


class PostgresInventoryRepository:
    def __init__(self, database: PostgresDatabase) -> None:
        self._db = database
        # SKUs stored so far by each unfinished inventory run.
        self._met: dict[int, int] = {}

    async def merge_inventory(self, batch: InventoryBatch) -> MergeResult:
        def work(connection: Connection) -> MergeResult:
            result = postgres_merge.merge(connection, batch, timestamps.now_db())
            if batch.cursor is not None:
                connection.execute(*_postgresql(save_cursor(batch.cursor, datetime.now(UTC))))
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
        sql, params = _postgresql(query)
        return await self._db.write(lambda connection: dict(connection.execute(sql, params).fetchall()))


def _postgresql(query: Any) -> tuple[bytes, list[Any]]:
    sql, params = dialect.statement(query, dialect.POSTGRESQL)
    return sql.encode(), params
