"""The hot path of every inventory sync on PostgreSQL: the same contract as inventory_merge (SQLite's),
in PostgreSQL's own terms.

A batch's rows go into a temporary table by COPY; then one statement keeps each SKU's first listing
that the run has not met before, remembers it as met, inserts the new SKUs and updates only the rows
that differ (INSERT ... ON CONFLICT ... DO UPDATE ... WHERE), and writes a change row per quantity
change from the rows that statement returned. The tallies come back from the same statement.

A first sync (the store held no stock) has nothing to compare with: its rows and their change rows go
by COPY straight into inventory_item and inventory_change, a third less time than through the
temporary table. A SKU the run stored in an earlier batch (a platform repeating a page) breaks the
(store_id, sku) key; the batch then goes the temporary table's way, which keeps the first listing.

The SKUs a run met and refused live in temporary tables of the writer's session, as on SQLite. A run
whose connection was lost midway (its merges failed with it) cannot tell vanished SKUs from met ones:
its end marks nothing deleted unless the SKUs remembered are exactly the ones it stored."""

from __future__ import annotations

import json
import logging
import weakref
from collections.abc import Iterable
from typing import Any, Final

import psycopg

from app.core.errors import StorageError
from app.core.models import ItemFailure
from app.core.ports import BulkRows, InventoryBatch, MergeResult
from app.core.stock_rows import records_as_bulk
from app.storage.postgres import Connection

log = logging.getLogger(__name__)

_TABLES: Final = (
    """CREATE TEMP TABLE IF NOT EXISTS inventory_incoming (
        pos BIGINT NOT NULL, sku TEXT COLLATE "C" NOT NULL, quantity BIGINT NOT NULL, name TEXT NOT NULL,
        price TEXT, updated_at TEXT NOT NULL, remote_id TEXT, locations TEXT) ON COMMIT DELETE ROWS""",
    """CREATE TEMP TABLE IF NOT EXISTS inventory_seen (
        run_id BIGINT NOT NULL, sku TEXT COLLATE "C" NOT NULL, PRIMARY KEY (run_id, sku))""",
    """CREATE TEMP TABLE IF NOT EXISTS inventory_refused (
        run_id BIGINT NOT NULL, sku TEXT COLLATE "C" NOT NULL, PRIMARY KEY (run_id, sku))""",
    "CREATE TEMP TABLE IF NOT EXISTS inventory_fresh (run_id BIGINT PRIMARY KEY)",
)
_COPY = (
    "COPY inventory_incoming (pos, sku, quantity, name, price, updated_at, remote_id, locations) FROM STDIN"
)
# `stored` reads the rows as they were before this statement (every part of it sees one snapshot).
# Both lookups probe an index once per incoming row (OFFSET 0 keeps each a per-row subquery): the
# temporary tables are never analysed and a store's statistics lag a first sync, and with them the
# planner hashed the whole store and the run's SKUs for every batch, quadratic over a run.
_FOLD = """
WITH incoming AS (
    SELECT DISTINCT ON (sku) pos, sku, quantity, name, price, updated_at, remote_id, locations
    FROM inventory_incoming AS i
    WHERE NOT EXISTS (SELECT 1 FROM inventory_seen AS s WHERE s.run_id = %(run)s AND s.sku = i.sku OFFSET 0)
    ORDER BY sku, pos
),
seen AS (
    INSERT INTO inventory_seen (run_id, sku) SELECT %(run)s, sku FROM incoming
),
stored AS (
    SELECT incoming.pos, incoming.sku, item.id IS NOT NULL AS known,
        CASE WHEN item.deleted THEN NULL ELSE item.quantity END AS old_quantity
    FROM incoming
    LEFT JOIN LATERAL (
        SELECT id, deleted, quantity FROM inventory_item
        WHERE inventory_item.store_id = %(store)s AND inventory_item.sku = incoming.sku OFFSET 0
    ) AS item ON TRUE
),
written AS (
    INSERT INTO inventory_item AS item
        (store_id, sku, name, quantity, price, remote_id, locations, deleted, last_seen_run, updated_at)
    SELECT %(store)s, sku, name, quantity, price, remote_id, locations, FALSE, %(run)s, updated_at
    FROM incoming ORDER BY pos
    ON CONFLICT (store_id, sku) DO UPDATE SET name = excluded.name, quantity = excluded.quantity,
        price = excluded.price, remote_id = excluded.remote_id, locations = excluded.locations,
        deleted = FALSE, last_seen_run = excluded.last_seen_run, updated_at = excluded.updated_at
    WHERE item.deleted OR item.quantity IS DISTINCT FROM excluded.quantity
        OR item.name IS DISTINCT FROM excluded.name OR item.price IS DISTINCT FROM excluded.price
    RETURNING item.sku, item.quantity
),
changes AS (
    INSERT INTO inventory_change (run_id, store_id, sku, old_quantity, new_quantity)
    SELECT %(run)s, %(store)s, written.sku, stored.old_quantity, written.quantity
    FROM written JOIN stored ON stored.sku = written.sku
    WHERE NOT stored.known OR stored.old_quantity IS DISTINCT FROM written.quantity
    ORDER BY stored.pos
)
SELECT (SELECT count(*) FROM incoming), (SELECT count(*) FROM stored WHERE NOT known),
    (SELECT count(*) FROM written)
"""
# A run is fresh when its store held no stock at its first batch (as on SQLite): every SKU is new, so
# its rows go straight in, the (store_id, sku) key keeping a SKU's first listing, and nothing is kept
# to compare with or to find vanished SKUs by.
_IS_FRESH = """
WITH noticed AS (
    INSERT INTO inventory_fresh (run_id) SELECT %(run)s
    WHERE NOT EXISTS (SELECT 1 FROM inventory_item WHERE store_id = %(store)s)
        AND NOT EXISTS (SELECT 1 FROM inventory_seen WHERE run_id = %(run)s)
    ON CONFLICT DO NOTHING RETURNING run_id
)
SELECT EXISTS (SELECT 1 FROM noticed) OR EXISTS (SELECT 1 FROM inventory_fresh WHERE run_id = %(run)s)
"""
_FOLD_FRESH = """
WITH written AS (
    INSERT INTO inventory_item AS item
        (store_id, sku, name, quantity, price, remote_id, locations, deleted, last_seen_run, updated_at)
    SELECT %(store)s, sku, name, quantity, price, remote_id, locations, FALSE, %(run)s, updated_at
    FROM inventory_incoming ORDER BY pos
    ON CONFLICT (store_id, sku) DO NOTHING
    RETURNING item.id, item.sku, item.quantity
),
changes AS (
    INSERT INTO inventory_change (run_id, store_id, sku, old_quantity, new_quantity)
    SELECT %(run)s, %(store)s, sku, NULL, quantity FROM written ORDER BY id
)
SELECT count(*), count(*), count(*) FROM written
"""
_COPY_ITEMS = (
    "COPY inventory_item (store_id, sku, name, quantity, price, remote_id, locations, last_seen_run, "
    "updated_at) FROM STDIN"
)
_COPY_CHANGES = "COPY inventory_change (run_id, store_id, sku, new_quantity) FROM STDIN"
# The lock a key check would take per row, once per batch: a store being removed waits for the batch,
# and a batch after its removal finds no row (inventory_item has no foreign key, see schema).
_STORE_KEPT = "SELECT 1 FROM store WHERE id = %s FOR KEY SHARE"
_REMEMBER_REFUSED = (
    "INSERT INTO inventory_refused (run_id, sku) SELECT %s, unnest(%s::text[]) ON CONFLICT DO NOTHING"
)
_LISTED = "SELECT count(*) FROM inventory_item WHERE store_id = %s AND NOT deleted"
_REMEMBERED = "SELECT count(*) FROM inventory_seen WHERE run_id = %s"
# Listed items the run did not meet; one a later run of the store wrote meanwhile is not this run's to
# judge (see inventory_merge).
_VANISH = """
WITH gone AS (
    UPDATE inventory_item AS i SET deleted = TRUE, last_seen_run = %(run)s, updated_at = %(now)s
    WHERE i.store_id = %(store)s AND NOT i.deleted AND COALESCE(i.last_seen_run, 0) < %(run)s
        AND NOT EXISTS (SELECT 1 FROM inventory_seen AS s WHERE s.run_id = %(run)s AND s.sku = i.sku)
        AND NOT EXISTS (SELECT 1 FROM inventory_refused AS r WHERE r.run_id = %(run)s AND r.sku = i.sku)
    RETURNING i.sku, i.quantity
),
logged AS (
    INSERT INTO inventory_change (run_id, store_id, sku, old_quantity, new_quantity)
    SELECT %(run)s, %(store)s, sku, quantity, NULL FROM gone ORDER BY sku
)
SELECT count(*) FROM gone
"""


# Connections whose session has the temporary tables (made once per session, not per batch).
_prepared: weakref.WeakSet[Connection] = weakref.WeakSet()


def prepare(connection: Connection) -> None:
    """The temporary tables live as long as the writer's session."""
    if connection in _prepared:
        return
    for statement in _TABLES:
        connection.execute(statement)
    _prepared.add(connection)


def merge(connection: Connection, batch: InventoryBatch, now: str) -> MergeResult:
    """Fold the batch into inventory_item; call on the writer's connection inside a transaction.
    Its pieces are taken in order (bulk rows, then built records): a SKU listed twice keeps its first
    listing."""
    prepare(connection)
    pieces = [bulk for bulk in batch.bulk if bulk.count]
    failures: list[ItemFailure] = []
    if batch.records:
        built, failures = records_as_bulk(batch.records)
        pieces.append(built)
    refused = [*batch.refused, *(failure.key for failure in failures)]
    if refused:
        connection.execute(_REMEMBER_REFUSED, (batch.run_id, refused))
    if not any(piece.count for piece in pieces):
        return MergeResult(failures=tuple(failures))
    if connection.execute(_STORE_KEPT, (batch.store_id,)).fetchone() is None:
        raise StorageError("The store was removed during the run, so its stock was not stored.")
    keys = {"run": batch.run_id, "store": batch.store_id}
    fresh = _value(connection, _IS_FRESH, keys)
    if fresh:
        stored = _copy_fresh(connection, batch, _rows(pieces, now))
        if stored is not None:
            return MergeResult(created=stored, failures=tuple(failures))
    with connection.cursor() as cursor:
        with cursor.copy(_COPY) as copy:
            for pos, row in enumerate(_rows(pieces, now)):
                copy.write_row((pos, *row))
        cursor.execute(_FOLD_FRESH if fresh else _FOLD, keys)
        met, created, written = _three(cursor.fetchone())
    return MergeResult(
        created=created, updated=written - created, unchanged=met - written, failures=tuple(failures)
    )


def finish(connection: Connection, store_id: int, run_id: int, complete: bool, met: int, now: str) -> int:
    """After a complete fetch, mark the SKUs the run did not meet as deleted; forget the run's SKUs.
    `met` is the number of SKUs the run stored."""
    prepare(connection)
    deleted = 0
    fresh = _value(connection, "DELETE FROM inventory_fresh WHERE run_id = %s RETURNING 1", (run_id,))
    if complete and not fresh and _value(connection, _LISTED, (store_id,)) != met:
        remembered = _value(connection, _REMEMBERED, (run_id,))
        if remembered == met:
            deleted = _value(connection, _VANISH, {"run": run_id, "store": store_id, "now": now})
        else:
            log.warning(
                "Run %d: this connection remembers %d of the %d SKUs the run stored (it was reconnected "
                "midway), so no SKU is marked as gone this time",
                run_id,
                remembered,
                met,
            )
    connection.execute("DELETE FROM inventory_seen WHERE run_id = %s", (run_id,))
    connection.execute("DELETE FROM inventory_refused WHERE run_id = %s", (run_id,))
    return deleted


def _copy_fresh(connection: Connection, batch: InventoryBatch, rows: Iterable[tuple[Any, ...]]) -> int | None:
    """A first sync's batch by COPY into the tables themselves, each SKU's first listing in the batch;
    the number of SKUs stored, or None (nothing stored) when one of them is already in the store."""
    first_listings: dict[str, tuple[Any, ...]] = {}
    for row in rows:
        first_listings.setdefault(row[0], row)
    store, run = batch.store_id, batch.run_id
    try:
        with connection.transaction(), connection.cursor() as cursor:
            with cursor.copy(_COPY_ITEMS) as copy:
                for sku, quantity, name, price, updated_at, remote_id, locations in first_listings.values():
                    copy.write_row((store, sku, name, quantity, price, remote_id, locations, run, updated_at))
            with cursor.copy(_COPY_CHANGES) as copy:
                for sku, quantity, *_ in first_listings.values():
                    copy.write_row((run, store, sku, quantity))
    except psycopg.errors.UniqueViolation:
        return None
    return len(first_listings)


def _rows(pieces: list[BulkRows], now: str) -> Any:
    """Each row of the pieces as the inbox's columns after pos: name null is empty, a null time is
    now, a numeric id or price is its text, locations are JSON text."""
    for piece in pieces:
        for row in json.loads(piece.text):
            sku, quantity, name, price, updated_at, remote_id = row[:6]
            locations = row[6] if len(row) > 6 else None
            yield (
                sku,
                quantity,
                "" if name is None else name,
                None if price is None else str(price),
                now if updated_at is None else updated_at,
                None if remote_id is None else str(remote_id),
                None
                if locations is None
                else json.dumps(locations, ensure_ascii=False, separators=(",", ":")),
            )


def _three(row: Any) -> tuple[int, int, int]:
    return int(row[0]), int(row[1]), int(row[2])


def _value(connection: Connection, sql: str, values: Any) -> int:
    row = connection.execute(sql, values).fetchone()
    return 0 if row is None else int(row[0])
