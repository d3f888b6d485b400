"""Inventory (implements ports.InventoryRepository). The hot path of every sync, merging a run's
pages, is app.storage.inventory_merge; this module runs it on the writer thread and answers the
window's reads."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Final

from app.core.models import LowStockLine, WriteState
from app.core.ports import InventoryBatch, MergeResult, PushedChange
from app.storage import dialect, inventory_merge, timestamps
from app.storage.cursors import save_cursor
from app.storage.database import Database
from app.storage.inventory_reads import InventoryReader, write_sku_thresholds

# SKUs per step of a stock levels read: each step holds the GIL a few milliseconds.
LEVELS_PER_STEP: Final = 10_000


class SqliteInventoryRepository(InventoryReader):
    def __init__(self, database: Database) -> None:
        super().__init__(database, first_search_page_order="+sku, +store_id")
        self._db = database
        # SKUs stored so far by each unfinished inventory run (writer thread only).
        self._met: dict[int, int] = {}

    def merge_batch(self, batch: InventoryBatch) -> MergeResult:
        """Rows, change records and cursor in one transaction; call on the writer thread."""
        connection = self._db.connection()
        with self._db.transaction():
            result = inventory_merge.merge(connection, batch, timestamps.now_db())
            if batch.cursor is not None:
                connection.execute(
                    *dialect.statement(save_cursor(batch.cursor, datetime.now(UTC)), dialect.SQLITE)
                )
        self._met[batch.run_id] = self._met.get(batch.run_id, 0) + result.taken
        return result

    async def merge_inventory(self, batch: InventoryBatch) -> MergeResult:
        return await self._db.write(lambda: self.merge_batch(batch))

    async def stock_levels(self, store_id: int) -> dict[str, int]:
        """Read on the writer thread, so it includes every merge queued before it."""

        def work() -> dict[str, int]:
            return _levels(
                self._db.connection(),
                "SELECT sku, quantity FROM inventory_item "
                "WHERE store_id = ? AND deleted = 0 AND sku {after} ? ORDER BY sku LIMIT ?",
                (store_id,),
            )

        return await self._db.write(work)

    async def stock_levels_at(self, store_id: int, locations: Sequence[str]) -> dict[str, int]:
        """SKU -> the sum of its quantities at `locations` (0 where it has none of them)."""

        def work() -> dict[str, int]:
            marks = ", ".join("?" for _ in locations)
            return _levels(
                self._db.connection(),
                "SELECT item.sku AS sku, COALESCE(SUM(json_extract(place.value, '$[1]')), 0) AS quantity "
                "FROM inventory_item AS item "
                "LEFT JOIN json_each(item.locations) AS place "
                f"ON json_extract(place.value, '$[0]') IN ({marks}) "
                "WHERE item.store_id = ? AND item.deleted = 0 AND item.sku {after} ? "
                "GROUP BY item.sku ORDER BY item.sku LIMIT ?",
                (*locations, store_id),
            )

        return await self._db.write(work)

    async def record_push(self, store_id: int, run_id: int, changes: Sequence[PushedChange]) -> None:
        """A push's writes as change rows; a confirmed write also becomes the stored quantity."""

        def work() -> None:
            connection = self._db.connection()
            with self._db.transaction():
                connection.executemany(
                    "INSERT INTO inventory_change "
                    "(run_id, store_id, sku, old_quantity, new_quantity, rule, write_state) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        (run_id, store_id, c.sku, c.old_quantity, c.new_quantity, c.rule, c.state.value)
                        for c in changes
                    ],
                )
                connection.executemany(
                    "UPDATE inventory_item SET quantity = ?, updated_at = ? WHERE store_id = ? AND sku = ?",
                    [
                        (c.new_quantity, now, store_id, c.sku)
                        for c in changes
                        if c.state is WriteState.CONFIRMED
                    ],
                )

        now = timestamps.now_db()
        await self._db.write(work)

    async def finish_inventory_run(self, store_id: int, run_id: int, *, complete: bool) -> int:
        def work() -> int:
            connection = self._db.connection()
            with self._db.transaction():
                met, now = self._met.pop(run_id, 0), timestamps.now_db()
                return inventory_merge.finish(connection, store_id, run_id, complete, met, now)

        return await self._db.write(work)

    def low_stock(self, store_id: int | None, threshold: int) -> list[LowStockLine]:
        """Items still listed at or below their SKU's threshold (else `threshold`), lowest first; with
        `store_id` None, each SKU's quantities summed over every store."""
        if store_id is not None:
            rows = self._db.read(
                "SELECT item.sku, item.quantity, COALESCE(limits.threshold, ?) "
                "FROM inventory_item AS item LEFT JOIN sku_threshold AS limits ON limits.sku = item.sku "
                "WHERE item.store_id = ? AND item.deleted = 0 "
                "AND item.quantity <= COALESCE(limits.threshold, ?) "
                "ORDER BY item.quantity, item.sku",
                (threshold, store_id, threshold),
            )
        else:
            rows = self._db.read(
                "SELECT item.sku, SUM(item.quantity), COALESCE(MAX(limits.threshold), ?) "
                "FROM inventory_item AS item LEFT JOIN sku_threshold AS limits ON limits.sku = item.sku "
                "WHERE item.deleted = 0 GROUP BY item.sku "
                "HAVING SUM(item.quantity) <= COALESCE(MAX(limits.threshold), ?) "
                "ORDER BY SUM(item.quantity), item.sku",
                (threshold, threshold),
            )
        return [LowStockLine(row[0], int(row[1]), int(row[2]), store_id) for row in rows]

    async def set_sku_thresholds(self, values: Mapping[str, int | None], *, replace: bool = False) -> None:
        def work() -> None:
            with self._db.transaction():
                write_sku_thresholds(self._db.connection(), values, replace=replace)

        await self._db.write(work)


def _levels(connection: sqlite3.Connection, rows: str, params: Sequence[Any]) -> dict[str, int]:
    """SKU -> quantity of the (sku, quantity) `rows` query, read in SKU order a step at a time, each
    step one JSON object built inside SQLite (with the GIL released) and parsed in C. A row per SKU
    takes the GIL back 100k times and took 3x as long beside a busy event loop (a push reads the
    target while its source's levels are read); one object for all of them held the GIL 30 ms."""
    levels: dict[str, int] = {}
    after, last = ">=", ""
    while True:
        text, last, count = connection.execute(
            f"SELECT json_group_object(sku, quantity), max(sku), count(*) FROM ({rows.format(after=after)})",
            (*params, last, LEVELS_PER_STEP),
        ).fetchone()
        levels.update(json.loads(text))
        if count < LEVELS_PER_STEP:
            return levels
        after = ">"
