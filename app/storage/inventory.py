"""Inventory (implements ports.InventoryRepository), including the hot path of every sync.

Measured on this stack (DESIGN.md §4): a table scan into a dict is the fastest way to diff, and the
sqlite3 connection's `executemany` inside one transaction is 5-9x faster than peewee's insert_many.
Rows and their stream cursor commit together, so a crash loses both or neither.

A batch goes to SQLite as one JSON array read with json_each: `executemany` hands the GIL back and
forth once per row, and while the event loop thread is busy each handover waits for Python's switch
interval, so the writer crawled exactly when a sync kept the loop busy (100k rows: 0.33 s alone,
minutes beside a busy thread); one statement per batch takes it once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterator, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from app.core.models import InventoryChange, InventoryItem
from app.core.ports import InventoryBatch, SnapshotRow
from app.storage import timestamps
from app.storage.cursors import UPSERT_CURSOR
from app.storage.database import Database

UPSERT_ITEM = (
    "INSERT INTO inventory_item (store_id, sku, name, quantity, price, remote_id, locations, deleted, "
    "last_seen_run, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?) "
    "ON CONFLICT (store_id, sku) DO UPDATE SET name = excluded.name, quantity = excluded.quantity, "
    "price = excluded.price, remote_id = excluded.remote_id, locations = excluded.locations, deleted = 0, "
    "last_seen_run = excluded.last_seen_run, updated_at = excluded.updated_at"
)
INSERT_CHANGE = (
    "INSERT INTO inventory_change (run_id, store_id, sku, old_quantity, new_quantity) VALUES (?, ?, ?, ?, ?)"
)
_ITEM_UPDATE = (
    "ON CONFLICT (store_id, sku) DO UPDATE SET name = excluded.name, quantity = excluded.quantity, "
    "price = excluded.price, remote_id = excluded.remote_id, locations = excluded.locations, deleted = 0, "
    "last_seen_run = excluded.last_seen_run, updated_at = excluded.updated_at"
)
# `->>` needs SQLite 3.38 (2022); older libraries take the row-by-row statements above.
JSON_BATCHES = sqlite3.sqlite_version_info >= (3, 38, 0)
UPSERT_ITEMS_JSON = (
    "INSERT INTO inventory_item (store_id, sku, name, quantity, price, remote_id, locations, deleted, "
    "last_seen_run, updated_at) SELECT ?, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, "
    "value ->> 5, 0, ?, value ->> 6 FROM json_each(?) WHERE true " + _ITEM_UPDATE
)
INSERT_CHANGES_JSON = (
    "INSERT INTO inventory_change (run_id, store_id, sku, old_quantity, new_quantity) "
    "SELECT ?, ?, value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)"
)
# Rows per JSON statement: encoding 2,000 takes a few ms, during which the event loop cannot run.
JSON_SLICE = 2_000
_to_json = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
# Distinct names (and prices) a snapshot shares; values first met past this are kept as read.
MAX_SHARED = 200_000
NEXT_ITEM_ID = "SELECT COALESCE(MAX(id), 0) + 1 FROM inventory_item"
INSERT_CREATED_CHANGES = (
    "INSERT INTO inventory_change (run_id, store_id, sku, old_quantity, new_quantity) "
    "SELECT ?, store_id, sku, NULL, quantity FROM inventory_item WHERE id >= ? ORDER BY id"
)
ITEM_COLUMNS = "store_id, sku, name, quantity, price, last_seen_run, updated_at, deleted"
_new_row = tuple.__new__


def _db_time(moment: datetime) -> str:
    """timestamps.to_db for one row; a UTC time (what connectors hand over) skips strftime, which
    costs several times more and runs for every written row."""
    if moment.tzinfo is UTC:
        return moment.isoformat(" ", "microseconds")[:26]
    return str(timestamps.to_db(moment))


def _item_values(batch: InventoryBatch, now: str) -> Iterator[tuple[Any, ...]]:
    """sku, name, quantity, price, remote_id, locations, updated_at of every row to write."""
    for records in (batch.created, batch.updated):
        for record in records:
            price, updated_at = record.price, record.updated_at
            yield (
                record.sku,
                record.name,
                record.quantity,
                None if price is None else str(price),
                record.remote_id,
                json.dumps(record.locations) if record.locations else None,
                now if updated_at is None else _db_time(updated_at),
            )


def _item_rows(batch: InventoryBatch, now: str) -> Iterator[tuple[Any, ...]]:
    """The parameters of UPSERT_ITEM, row by row."""
    store_id, run_id = batch.store_id, batch.run_id
    for sku, name, quantity, price, remote_id, locations, updated_at in _item_values(batch, now):
        yield store_id, sku, name, quantity, price, remote_id, locations, run_id, updated_at


def _slices(rows: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """Rows in parts of JSON_SLICE: encoding holds the GIL throughout, so a part is kept short."""
    for start in range(0, len(rows), JSON_SLICE):
        yield rows[start : start + JSON_SLICE]


def _split_changes(batch: InventoryBatch) -> tuple[Sequence[tuple[str, int | None, int | None]], bool]:
    """The changes to insert one by one, and whether those of the new SKUs (none -> quantity, one
    per created record, as the diff makes them) are instead copied inside SQLite from the rows just
    inserted: a first sync of a large store writes as many changes as rows, and this halves its cost."""
    if not batch.created:
        return batch.changes, False
    new = {record.sku: record.quantity for record in batch.created}
    others = [change for change in batch.changes if change[0] not in new]
    logged = {sku: (old, quantity) for sku, old, quantity in batch.changes if sku in new}
    if len(logged) != len(new) or any(logged[sku] != (None, quantity) for sku, quantity in new.items()):
        return batch.changes, False
    return others, True


def _item(row: Any) -> InventoryItem:
    return InventoryItem(
        store_id=row[0],
        sku=row[1],
        name=row[2],
        quantity=row[3],
        price=None if row[4] is None else Decimal(row[4]),
        last_seen_run=row[5],
        updated_at=timestamps.required(row[6]),
        deleted=bool(row[7]),
    )


def _text_filter(text: str) -> tuple[str, list[Any]]:
    if not text:
        return "", []
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return " WHERE (sku LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')", [pattern, pattern]


class SqliteInventoryRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def snapshot(self, store_id: int) -> dict[str, SnapshotRow]:
        """One table scan (`+store_id` keeps SQLite off the index, which is 2-3x slower here), read
        row by row into the dict: a list of every row first would double the memory of a large store."""
        rows = self._db.connection().execute(
            "SELECT sku, name, quantity, price, deleted FROM inventory_item WHERE +store_id = ?", (store_id,)
        )
        # Names and prices repeat across SKUs (sizes and colours of one product, common price points):
        # one shared copy of each is a third less memory for a large store.
        names: dict[str, str] = {}
        prices: dict[str | None, str | None] = {None: None}
        shared_name, shared_price = names.setdefault, prices.setdefault
        # Each row is made as the tuple it is: the named tuple's own constructor is a Python call per
        # row, and this read holds the GIL the event loop needs while the first pages arrive.
        try:
            return {
                sku: _new_row(
                    SnapshotRow,
                    (
                        shared_name(name, name) if len(names) < MAX_SHARED else names.get(name, name),
                        quantity,
                        shared_price(price, price) if len(prices) < MAX_SHARED else prices.get(price, price),
                        deleted != 0,
                    ),
                )
                for sku, name, quantity, price, deleted in rows
            }
        finally:
            rows.close()

    async def load_snapshot(self, store_id: int) -> dict[str, SnapshotRow]:
        """Read on the writer thread, so it includes every write queued before it."""
        return await self._db.write(lambda: self.snapshot(store_id))

    def write_batch(self, batch: InventoryBatch) -> None:
        """Rows, change records and cursor in one transaction; call on the writer thread."""
        connection = self._db.connection()
        changes, copied = _split_changes(batch)
        run_id, store_id, now = batch.run_id, batch.store_id, timestamps.now_db()
        with self._db.transaction():
            first_new_id = connection.execute(NEXT_ITEM_ID).fetchone()[0] if copied else None
            if JSON_BATCHES:
                for rows in _slices(list(_item_values(batch, now))):
                    connection.execute(UPSERT_ITEMS_JSON, (store_id, run_id, _to_json(rows)))
            else:
                connection.executemany(UPSERT_ITEM, _item_rows(batch, now))
            if first_new_id is not None:
                connection.execute(INSERT_CREATED_CHANGES, (run_id, first_new_id))
            if changes and JSON_BATCHES:
                for part in _slices(changes):
                    connection.execute(INSERT_CHANGES_JSON, (run_id, store_id, _to_json(part)))
            elif changes:
                connection.executemany(
                    INSERT_CHANGE, ((run_id, store_id, sku, old, new) for sku, old, new in changes)
                )
            if batch.cursor is not None:
                cursor = batch.cursor
                connection.execute(
                    UPSERT_CURSOR, (cursor.job_id, cursor.stream, cursor.value, timestamps.now_db())
                )

    async def write_inventory(self, batch: InventoryBatch) -> None:
        await self._db.write(lambda: self.write_batch(batch))

    async def mark_deleted(self, store_id: int, run_id: int, skus: Collection[str]) -> int:
        """Marks SKUs that vanished from the store (after a complete fetch) and records old -> None."""
        keys = [(store_id, sku) for sku in skus]

        def work() -> int:
            connection = self._db.connection()
            now = timestamps.now_db()
            with self._db.transaction():
                connection.executemany(
                    "INSERT INTO inventory_change (run_id, store_id, sku, old_quantity, new_quantity) "
                    "SELECT ?, store_id, sku, quantity, NULL FROM inventory_item "
                    "WHERE store_id = ? AND sku = ? AND deleted = 0",
                    ((run_id, store, sku) for store, sku in keys),
                )
                cursor = connection.executemany(
                    "UPDATE inventory_item SET deleted = 1, last_seen_run = ?, updated_at = ? "
                    "WHERE store_id = ? AND sku = ? AND deleted = 0",
                    ((run_id, now, store, sku) for store, sku in keys),
                )
                return cursor.rowcount

        return await self._db.write(work)

    def count_items(self, text: str = "") -> int:
        where, params = _text_filter(text)
        return int(self._db.read_value(f"SELECT COUNT(*) FROM inventory_item{where}", params))

    def search_items(self, text: str = "", offset: int = 0, limit: int = 200) -> list[InventoryItem]:
        """Items by SKU, then store (index inventory_item_sku_store): the stores of one SKU arrive
        together, so the inventory panel fills a SKU's row from one page.

        The first page of a text search sorts the matches of one table scan instead (`+sku`): walking
        the index would look up every row's name, which on 1M items costs 340 ms when few match, the
        sort 140 ms whatever matches. Later pages, reached only when many match, walk the index."""
        where, params = _text_filter(text)
        order = "+sku, +store_id" if where and offset == 0 else "sku, store_id"
        rows = self._db.read(
            f"SELECT {ITEM_COLUMNS} FROM inventory_item{where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [_item(row) for row in rows]

    def changes_for_run(self, run_id: int) -> list[InventoryChange]:
        """The run's stock changes; store_id is 0 once the store was removed (the history keeps them)."""
        rows = self._db.read(
            "SELECT run_id, COALESCE(store_id, 0), sku, old_quantity, new_quantity FROM inventory_change "
            "WHERE run_id = ? ORDER BY id",
            (run_id,),
        )
        return [InventoryChange(*row) for row in rows]

    def low_stock(self, store_id: int, threshold: int) -> list[InventoryItem]:
        """Items still listed whose quantity is at or below `threshold`, lowest first."""
        rows = self._db.read(
            f"SELECT {ITEM_COLUMNS} FROM inventory_item WHERE store_id = ? AND deleted = 0 AND quantity <= ? "
            "ORDER BY quantity, sku",
            (store_id, threshold),
        )
        return [_item(row) for row in rows]
