"""Inventory on PostgreSQL (ports.InventoryRepository): each batch a sync reads merged by
app.storage.postgres_merge together with its stream cursor in one transaction on the writer connection,
so the cursor never runs ahead of the stock it describes, as on SQLite; the panel's and the API's reads
in the same SQL as on SQLite (app.storage.inventory_reads)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

import peewee

from app.core.models import LowStockLine, WriteState
from app.core.ports import InventoryBatch, MergeResult, PushedChange
from app.storage import dialect, postgres_merge, timestamps
from app.storage.cursors import save_cursor
from app.storage.inventory_reads import InventoryReader, write_sku_thresholds
from app.storage.models import InventoryChangeRow, InventoryItemRow, SkuThresholdRow
from app.storage.postgres import Connection
from app.storage.postgres_database import PostgresDatabase
from app.storage.postgres_qmark import QmarkConnection, QmarkReader
from app.storage.text_search import POSTGRESQL_SEARCH


class PostgresInventoryRepository(InventoryReader):
    def __init__(self, database: PostgresDatabase) -> None:
        super().__init__(QmarkReader(database), search=POSTGRESQL_SEARCH)
        self._db = database
        # SKUs stored so far by each unfinished inventory run.
        self._met: dict[int, int] = {}

    async def merge_inventory(self, batch: InventoryBatch) -> MergeResult:
        def work(connection: Connection) -> MergeResult:
            result = postgres_merge.merge(connection, batch, timestamps.now_db())
            if batch.cursor is not None:
                connection.execute(*dialect.postgresql(save_cursor(batch.cursor, datetime.now(UTC))))
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
        sql, params = dialect.postgresql(query)
        return await self._db.write(lambda connection: dict(connection.execute(sql, params).fetchall()))

    async def stock_levels_at(self, store_id: int, locations: Sequence[str]) -> dict[str, int]:
        """SKU -> the sum of its quantities at `locations` (0 where it has none of them); `locations`
        holds [[location, quantity], ...] as JSON text."""
        sql = (
            b"SELECT item.sku, COALESCE(SUM((place.value ->> 1)::bigint), 0) FROM inventory_item AS item "
            b"LEFT JOIN LATERAL jsonb_array_elements(COALESCE(item.locations, '[]')::jsonb) AS place (value) "
            b"ON place.value ->> 0 = ANY(%s) WHERE item.store_id = %s AND NOT item.deleted GROUP BY item.sku"
        )
        params = [list(locations), store_id]
        return await self._db.write(lambda connection: dict(connection.execute(sql, params).fetchall()))

    async def record_push(self, store_id: int, run_id: int, changes: Sequence[PushedChange]) -> None:
        """A push's writes as change rows; a confirmed write also becomes the stored quantity."""
        if not changes:
            return
        now = timestamps.now_db()
        insert = dialect.postgresql(
            InventoryChangeRow.insert_many(
                [
                    {
                        InventoryChangeRow.run_id: run_id,
                        InventoryChangeRow.store_id: store_id,
                        InventoryChangeRow.sku: change.sku,
                        InventoryChangeRow.old_quantity: change.old_quantity,
                        InventoryChangeRow.new_quantity: change.new_quantity,
                        InventoryChangeRow.rule: change.rule,
                        InventoryChangeRow.write_state: change.state.value,
                    }
                    for change in changes
                ]
            )
        )
        confirmed = [
            (change.new_quantity, now, store_id, change.sku)
            for change in changes
            if change.state is WriteState.CONFIRMED
        ]

        def work(connection: Connection) -> None:
            connection.execute(*insert)
            if confirmed:
                with connection.cursor() as cursor:
                    cursor.executemany(
                        b"UPDATE inventory_item SET quantity = %s, updated_at = %s "
                        b"WHERE store_id = %s AND sku = %s",
                        confirmed,
                    )

        await self._db.write(work)

    def low_stock(self, store_id: int | None, threshold: int) -> list[LowStockLine]:
        """Items still listed at or below their SKU's threshold (else `threshold`), lowest first; with
        `store_id` None, each SKU's quantities summed over every store."""
        item, limits = InventoryItemRow, SkuThresholdRow
        if store_id is not None:
            limit = peewee.fn.COALESCE(limits.threshold, threshold)
            query = (
                item.select(item.sku, item.quantity, limit)
                .join(limits, peewee.JOIN.LEFT_OUTER, on=limits.sku == item.sku)
                .where((item.store_id == store_id) & ~item.deleted & (item.quantity <= limit))
                .order_by(item.quantity, item.sku)
            )
        else:
            total = peewee.fn.SUM(item.quantity)
            limit = peewee.fn.COALESCE(peewee.fn.MAX(limits.threshold), threshold)
            query = (
                item.select(item.sku, total, limit)
                .join(limits, peewee.JOIN.LEFT_OUTER, on=limits.sku == item.sku)
                .where(~item.deleted)
                .group_by(item.sku)
                .having(total <= limit)
                .order_by(total, item.sku)
            )
        rows = self._db.read(dialect.postgresql(query))
        return [LowStockLine(row[0], int(row[1]), int(row[2]), store_id) for row in rows]

    async def set_sku_thresholds(self, values: Mapping[str, int | None], *, replace: bool = False) -> None:
        await self._db.write(
            lambda connection: write_sku_thresholds(QmarkConnection(connection), values, replace=replace)
        )
