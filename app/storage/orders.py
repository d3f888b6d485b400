"""Orders (implements ports.OrderRepository): one row per (store, external_id), so a re-import updates
the order instead of duplicating it; only changed orders are written, and each change of status is a
row of the order's history.

A courier store may move an order's status on (see app.storage.shipments); the order's own store does
not move it back until the store itself reports a new status for it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from app.core.models import OrderRecord, RunCounts, ShipmentRecord
from app.core.ports import CursorUpdate, ShipmentOutcome
from app.storage import dialect, timestamps
from app.storage.cursors import save_cursor
from app.storage.database import Database
from app.storage.order_queries import OrderReader
from app.storage.shipments import apply_shipments

LOOKUP_CHUNK = 500
UPSERT_ORDER = (
    "INSERT INTO orders (store_id, external_id, number, status, remote_status, total, currency, created_at, "
    "updated_at, raw, customer_country, tracking, last_run, imported_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (store_id, external_id) DO UPDATE SET number = excluded.number, status = excluded.status, "
    "remote_status = excluded.remote_status, total = excluded.total, currency = excluded.currency, "
    "created_at = excluded.created_at, updated_at = excluded.updated_at, raw = excluded.raw, "
    "customer_country = excluded.customer_country, tracking = excluded.tracking, last_run = excluded.last_run"
)
RECORD_STATUS = (
    "INSERT INTO order_status_change (order_id, run_id, time, old_status, new_status, remote_status, source, "
    "tracking) SELECT o.id, ?, ?, ?, ?, ?, (SELECT name FROM store WHERE store.id = o.store_id), ? "
    "FROM orders AS o WHERE o.store_id = ? AND o.external_id = ?"
)
STORED_COLUMNS = (
    "number, status, remote_status, total, currency, created_at, updated_at, raw, customer_country, tracking"
)
STATUS, REMOTE_STATUS, TRACKING = 1, 2, 9  # positions in STORED_COLUMNS

Values = tuple[Any, ...]


def stored_values(order: OrderRecord, before: Values | None = None) -> Values:
    """The columns that make an order 'changed' when they differ, in STORED_COLUMNS order. While the
    store reports the status it reported before, the stored status (a courier's news) stays; a
    tracking number the store does not report is kept."""
    status = order.status.value
    tracking = order.tracking
    if before is not None:
        if before[REMOTE_STATUS] == order.remote_status:
            status = before[STATUS]
        tracking = tracking or before[TRACKING]
    return (
        order.number,
        status,
        order.remote_status,
        str(order.total),
        order.currency,
        timestamps.to_db(order.created_at),
        timestamps.to_db(order.updated_at),
        json.dumps(order.raw, sort_keys=True, default=str),
        order.customer_country,
        tracking,
    )


class SqliteOrderRepository(OrderReader):
    def __init__(self, database: Database) -> None:
        super().__init__(database)
        self._db = database

    def _existing(self, store_id: int, external_ids: list[str]) -> dict[str, Values]:
        found: dict[str, Values] = {}
        connection = self._db.connection()
        for start in range(0, len(external_ids), LOOKUP_CHUNK):
            chunk = external_ids[start : start + LOOKUP_CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = connection.execute(
                f"SELECT external_id, {STORED_COLUMNS} FROM orders "
                f"WHERE store_id = ? AND external_id IN ({marks})",
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
            history: list[Values] = []
            connection = self._db.connection()
            with self._db.transaction():
                existing = self._existing(store_id, list(latest))
                for external_id, order in latest.items():
                    before = existing.get(external_id)
                    values = stored_values(order, before)
                    if before == values:
                        counts.unchanged += 1
                        continue
                    if before is None:
                        counts.created += 1
                    else:
                        counts.updated += 1
                    rows.append((store_id, external_id, *values, run_id, now))
                    if before is None or before[STATUS] != values[STATUS]:
                        previous = None if before is None else before[STATUS]
                        step = (values[STATUS], values[REMOTE_STATUS], values[TRACKING])
                        history.append((run_id, now, previous, *step, store_id, external_id))
                connection.executemany(UPSERT_ORDER, rows)
                connection.executemany(RECORD_STATUS, history)
                if cursor is not None:
                    connection.execute(
                        *dialect.statement(save_cursor(cursor, timestamps.required(now)), dialect.SQLITE)
                    )
            return counts

        return await self._db.write(work)

    async def apply_shipments(
        self,
        store_id: int,
        run_id: int,
        source: str,
        match_by: str,
        shipments: Sequence[ShipmentRecord],
        cursor: CursorUpdate | None,
    ) -> ShipmentOutcome:
        def work() -> ShipmentOutcome:
            with self._db.transaction():
                connection = self._db.connection()
                outcome = apply_shipments(connection, store_id, run_id, source, match_by, shipments)
                if cursor is not None:
                    now = timestamps.now_db()
                    connection.execute(
                        *dialect.statement(save_cursor(cursor, timestamps.required(now)), dialect.SQLITE)
                    )
            return outcome

        return await self._db.write(work)

    def count_orders(self, store_id: int | None = None) -> int:
        if store_id is None:
            return int(self._db.read_value("SELECT COUNT(*) FROM orders"))
        return int(self._db.read_value("SELECT COUNT(*) FROM orders WHERE store_id = ?", (store_id,)))
