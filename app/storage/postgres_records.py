"""The smaller repositories a run uses, on PostgreSQL: settings (ports.SettingsRepository), stream cursors
(ports.CursorRepository), orders (ports.OrderRepository) and the purge of old history (ports.Retention),
each a peewee query in PostgreSQL's words and the same row format as on SQLite."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import peewee

from app.core.models import OrderRecord, RunCounts, RunStatus, ShipmentRecord
from app.core.ports import CursorUpdate, ShipmentOutcome
from app.core.settings import DEFAULTS
from app.storage import dialect, timestamps
from app.storage.cursors import save_cursor
from app.storage.maintenance import PURGE_CHUNK
from app.storage.models import (
    InventoryChangeRow,
    LogRecordRow,
    OrderRow,
    SettingRow,
    SyncRunRow,
    SyncStateRow,
)
from app.storage.order_queries import OrderReader
from app.storage.orders import RECORD_STATUS, REMOTE_STATUS, STATUS, TRACKING, stored_values
from app.storage.postgres import Connection
from app.storage.postgres_database import PostgresDatabase
from app.storage.postgres_qmark import QmarkConnection, QmarkReader
from app.storage.shipments import apply_shipments


class PostgresSettingsRepository:
    """Settings as JSON values; a setting never saved reads as its default from core.settings."""

    def __init__(self, database: PostgresDatabase) -> None:
        self._db = database

    def get_setting(self, key: str, default: Any = None) -> Any:
        stored = self._db.read_value(
            dialect.postgresql(SettingRow.select(SettingRow.value).where(SettingRow.key == key))
        )
        if stored is not None:
            return json.loads(stored)
        return DEFAULTS.get(key) if default is None else default

    async def set_setting(self, key: str, value: Any) -> None:
        encoded = json.dumps(value)
        upsert = SettingRow.insert(key=key, value=encoded).on_conflict(
            conflict_target=[SettingRow.key], update={SettingRow.value: encoded}
        )
        statement = dialect.postgresql(upsert)
        await self._db.write(lambda connection: connection.execute(*statement).rowcount)


class PostgresCursorRepository:
    def __init__(self, database: PostgresDatabase) -> None:
        self._db = database

    def get_cursor(self, job_id: int, stream: str) -> str | None:
        query = SyncStateRow.select(SyncStateRow.value).where(
            (SyncStateRow.job_id == job_id) & (SyncStateRow.stream == stream)
        )
        value = self._db.read_value(dialect.postgresql(query))
        return None if value is None else str(value)


_ORDER_COLUMNS = (
    OrderRow.number,
    OrderRow.status,
    OrderRow.remote_status,
    OrderRow.total,
    OrderRow.currency,
    OrderRow.created_at,
    OrderRow.updated_at,
    OrderRow.raw_json,
    OrderRow.customer_country,
    OrderRow.tracking,
)


class PostgresOrderRepository(OrderReader):
    """One row per (store, external_id); only changed orders are written, with their cursor and each
    change of status in the order's history. Reads and shipments share SQLite's statements."""

    def __init__(self, database: PostgresDatabase) -> None:
        super().__init__(QmarkReader(database))
        self._db = database

    async def upsert_orders(
        self, store_id: int, run_id: int, orders: Sequence[OrderRecord], cursor: CursorUpdate | None
    ) -> RunCounts:
        """Counts created / updated / unchanged (fetched is left to the caller, who counts pages)."""
        latest = {order.external_id: order for order in orders}  # a repeated id within a page: last wins
        existing_query = OrderRow.select(OrderRow.external_id, *_ORDER_COLUMNS).where(
            (OrderRow.store_id == store_id) & OrderRow.external_id.in_(list(latest))
        )

        def work(connection: Connection) -> RunCounts:
            now = timestamps.now_db()
            existing = {
                row[0]: tuple(row[1:]) for row in connection.execute(*dialect.postgresql(existing_query))
            }
            counts = RunCounts()
            rows: list[dict[Any, Any]] = []
            history: list[tuple[Any, ...]] = []
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
                row = {
                    OrderRow.store_id: store_id,
                    OrderRow.external_id: external_id,
                    OrderRow.last_run: run_id,
                    OrderRow.imported_at: peewee.Value(now, converter=False),
                }
                row.update(
                    {
                        column: peewee.Value(value, converter=False)
                        for column, value in zip(_ORDER_COLUMNS, values, strict=True)
                    }
                )
                rows.append(row)
                if before is None or before[STATUS] != values[STATUS]:
                    previous = None if before is None else before[STATUS]
                    step = (values[STATUS], values[REMOTE_STATUS], values[TRACKING])
                    history.append((run_id, now, previous, *step, store_id, external_id))
            if rows:
                upsert = OrderRow.insert_many(rows).on_conflict(
                    conflict_target=[OrderRow.store_id, OrderRow.external_id],
                    preserve=[*_ORDER_COLUMNS, OrderRow.last_run],
                )
                connection.execute(*dialect.postgresql(upsert))
            QmarkConnection(connection).executemany(RECORD_STATUS, history)
            if cursor is not None:
                connection.execute(*dialect.postgresql(save_cursor(cursor, timestamps.required(now))))
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
        def work(connection: Connection) -> ShipmentOutcome:
            rows = QmarkConnection(connection)
            outcome = apply_shipments(rows, store_id, run_id, source, match_by, shipments)
            if cursor is not None:
                now = timestamps.now_db()
                connection.execute(*dialect.postgresql(save_cursor(cursor, timestamps.required(now))))
            return outcome

        return await self._db.write(work)

    def count_orders(self, store_id: int | None = None) -> int:
        query = OrderRow.select(peewee.fn.COUNT(peewee.SQL("*")))
        if store_id is not None:
            query = query.where(OrderRow.store_id == store_id)
        return int(self._db.read_value(dialect.postgresql(query)))


class PostgresRetention:
    """Deletes history older than a cutoff, keeping each job's latest run (catch-up needs it), in chunks
    of separate transactions, as on SQLite."""

    def __init__(self, database: PostgresDatabase) -> None:
        self._db = database

    async def purge_before(self, cutoff: datetime) -> int:
        latest = (
            SyncRunRow.select(peewee.fn.MAX(SyncRunRow.id))
            .where(SyncRunRow.job_id.is_null(False))
            .group_by(SyncRunRow.job_id)
        )
        old_runs = SyncRunRow.select(SyncRunRow.id).where(
            (SyncRunRow.started_at < cutoff)
            & (SyncRunRow.status != RunStatus.RUNNING.value)
            & SyncRunRow.id.not_in(latest)
        )
        old_changes = dialect.postgresql(
            InventoryChangeRow.select(peewee.SQL("ctid"))
            .where(InventoryChangeRow.run_id.in_(old_runs))
            .limit(PURGE_CHUNK)
        )
        old_logs = LogRecordRow.select(LogRecordRow.id).where(LogRecordRow.time < cutoff)
        # inventory_change has no index on id (schema 16): its rows go by their address.
        removed = await self._delete_chunks(
            (b"DELETE FROM inventory_change WHERE ctid = ANY(ARRAY(" + old_changes[0] + b"))", old_changes[1])
        )
        removed += await self._delete_in_chunks(SyncRunRow, old_runs)
        removed += await self._delete_in_chunks(LogRecordRow, old_logs)
        return removed

    async def _delete_in_chunks(self, model: Any, ids: Any) -> int:
        return await self._delete_chunks(
            dialect.postgresql(model.delete().where(model.id.in_(ids.limit(PURGE_CHUNK))))
        )

    async def _delete_chunks(self, statement: tuple[bytes, list[Any]]) -> int:
        """Runs `statement`, which deletes at most PURGE_CHUNK rows, until it deletes fewer."""
        removed = 0
        while True:
            count: int = await self._db.write(lambda connection: connection.execute(*statement).rowcount)
            removed += count
            if count < PURGE_CHUNK:
                return removed
