"""Orders (implements ports.OrderRepository): one row per (store, external_id), so a re-import updates
the order instead of duplicating it; only changed orders are written."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from app.core.models import OrderRecord, RunCounts
from app.core.ports import CursorUpdate
from app.storage import dialect, timestamps
from app.storage.cursors import save_cursor
from app.storage.database import Database

LOOKUP_CHUNK = 500
UPSERT_ORDER = (
    "INSERT INTO orders (store_id, external_id, number, status, remote_status, total, currency, created_at, "
    "updated_at, raw, last_run, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (store_id, external_id) DO UPDATE SET number = excluded.number, status = excluded.status, "
    "remote_status = excluded.remote_status, total = excluded.total, currency = excluded.currency, "
    "created_at = excluded.created_at, updated_at = excluded.updated_at, raw = excluded.raw, "
    "last_run = excluded.last_run"
)

Values = tuple[Any, ...]


def stored_values(order: OrderRecord) -> Values:
    """The columns that make an order 'changed' when they differ, in table order."""
    return (
        order.number,
        order.status.value,
        order.remote_status,
        str(order.total),
        order.currency,
        timestamps.to_db(order.created_at),
        timestamps.to_db(order.updated_at),
        json.dumps(order.raw, sort_keys=True, default=str),
    )


class SqliteOrderRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def _existing(self, store_id: int, external_ids: list[str]) -> dict[str, Values]:
        found: dict[str, Values] = {}
        connection = self._db.connection()
        for start in range(0, len(external_ids), LOOKUP_CHUNK):
            chunk = external_ids[start : start + LOOKUP_CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = connection.execute(
                "SELECT external_id, number, status, remote_status, total, currency, created_at, updated_at, "
                f"raw FROM orders WHERE store_id = ? AND external_id IN ({marks})",
                (store_id, *chunk),
            ).fetchall()
            found.update((row[0], tuple(row[1:])) for row in rows)
        return found

    async def upsert_orders(
        self, store_id: int, run_id: int, orders: Sequence[OrderRecord], cursor: CursorUpdate | None
    ) -> RunCounts:
        """Counts created / updated / unchanged (fetched is left to the caller, who counts pages)."""
        latest = {order.external_id: order for order in orders}  # a repeated id within a page: last wins

        def work() -> RunCounts:
            now = timestamps.now_db()
            counts = RunCounts()
            rows: list[Values] = []
            connection = self._db.connection()
            with self._db.transaction():
                existing = self._existing(store_id, list(latest))
                for external_id, order in latest.items():
                    values = stored_values(order)
                    before = existing.get(external_id)
                    if before == values:
                        counts.unchanged += 1
                        continue
                    if before is None:
                        counts.created += 1
                    else:
                        counts.updated += 1
                    rows.append((store_id, external_id, *values, run_id, now))
                connection.executemany(UPSERT_ORDER, rows)
                if cursor is not None:
                    connection.execute(
                        *dialect.statement(save_cursor(cursor, timestamps.required(now)), dialect.SQLITE)
                    )
            return counts

        return await self._db.write(work)

    def count_orders(self, store_id: int | None = None) -> int:
        if store_id is None:
            return int(self._db.read_value("SELECT COUNT(*) FROM orders"))
        return int(self._db.read_value("SELECT COUNT(*) FROM orders WHERE store_id = ?", (store_id,)))
