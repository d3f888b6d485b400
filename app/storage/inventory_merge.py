"""The hot path of every inventory sync: a run's pages folded into inventory_item by SQLite itself.

Each piece of a batch (bulk rows, or records built in Python) goes into a temporary inbox table as
one JSON text; a trigger on the inbox stages its rows, drops SKUs already met in the run, compares
the rest with the stored rows, writes the new and changed ones with a change row per quantity
change, and tallies new / changed / equal. Every SKU met is kept in a per-run temporary table, so
a SKU listed twice counts once and the run's end can mark the SKUs the store no longer lists as
deleted. A run whose store holds no stock yet (a first sync) skips all of that: its rows go straight
into inventory_item.

Why this shape (measured on 100k SKUs beside a busy event loop): the earlier design read every
stored row into a Python dict (0.35 s holding the GIL while the first pages arrived) and compared
each record in Python. Here SQLite does the work with the GIL released, so the writer thread works
while the loop fetches the next pages. One statement per piece matters too: between two statements
this thread needs the GIL back, and beside a busy loop thread each time can cost a switch interval
(5 ms); `executemany` would pay that once per row.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Final

from app.core.models import ItemFailure
from app.core.ports import InventoryBatch, MergeResult
from app.core.stock_rows import encode_rows, records_as_bulk


class _Listing:
    """The stored columns read from one row's JSON text, [sku, quantity, name, price, updated_at,
    remote_id, locations] (see BulkRows): a null name is empty and a null time means now.
    json_extract rather than `->>`, which needs SQLite 3.38 (Ubuntu 22.04 has 3.37); all this needs
    3.35 (RETURNING)."""

    def __init__(self, row: str) -> None:
        def value(index: int) -> str:
            return f"json_extract({row}, '$[{index}]')"

        self.sku = value(0)
        self.quantity = value(1)
        self.name = f"COALESCE({value(2)}, '')"
        self.price = value(3)
        self.updated_at = f"COALESCE({value(4)}, NEW.now)"
        self.remote_id = f"CAST({value(5)} AS TEXT)"
        self.locations = value(6)

    def item_values(self) -> str:
        """The values of _ITEM_COLUMNS for a row the trigger writes."""
        return (
            f"NEW.store_id, {self.sku}, {self.name}, {self.quantity}, {self.price}, {self.remote_id}, "
            f"{self.locations}, 0, NEW.run_id, {self.updated_at}"
        )


_ITEM_COLUMNS = (
    "store_id, sku, name, quantity, price, remote_id, locations, deleted, last_seen_run, updated_at"
)
_LISTED_ROW = _Listing("value")  # json_each's element
_STAGED_ROW = _Listing("row")  # inventory_stage's copy of it

# A run is fresh when its store held no stock at its first batch: there is nothing to compare with
# and every SKU is new, so its rows go straight into inventory_item, where the (store_id, sku) key
# keeps a SKU's first listing. On a first sync this halves the writer's work.
_FRESH = "EXISTS (SELECT 1 FROM inventory_fresh WHERE run_id = NEW.run_id)"

_TABLES: Final = (
    # A batch's rows keyed by SKU (the first listing wins), each with its JSON text, and what the
    # stored row says: state NULL new, 1 changed, 2 equal (name, quantity, price, still listed).
    """CREATE TEMP TABLE IF NOT EXISTS inventory_stage (
        sku TEXT PRIMARY KEY, pos INTEGER NOT NULL, row TEXT NOT NULL, item_id INTEGER,
        old_quantity INTEGER, state INTEGER) WITHOUT ROWID""",
    """CREATE TEMP TABLE IF NOT EXISTS inventory_seen (
        run_id INTEGER NOT NULL, sku TEXT NOT NULL, PRIMARY KEY (run_id, sku)) WITHOUT ROWID""",
    # SKUs of records the run refused: still listed by the store, so not deleted, yet not met either
    # (a valid listing later in the run is taken).
    """CREATE TEMP TABLE IF NOT EXISTS inventory_refused (
        run_id INTEGER NOT NULL, sku TEXT NOT NULL, PRIMARY KEY (run_id, sku)) WITHOUT ROWID""",
    "CREATE TEMP TABLE IF NOT EXISTS inventory_fresh (run_id INTEGER PRIMARY KEY)",
    # The largest item id before a fresh batch: the batch's rows are the ones above it.
    "CREATE TEMP TABLE IF NOT EXISTS inventory_mark (last_id INTEGER NOT NULL)",
    """CREATE TEMP TABLE IF NOT EXISTS inventory_inbox (
        run_id INTEGER NOT NULL, store_id INTEGER NOT NULL, now TEXT NOT NULL, rows TEXT NOT NULL)""",
    """CREATE TEMP TABLE IF NOT EXISTS inventory_tally (
        created INTEGER NOT NULL, updated INTEGER NOT NULL, unchanged INTEGER NOT NULL)""",
    """CREATE TEMP TRIGGER IF NOT EXISTS inventory_notice_fresh BEFORE INSERT ON inventory_inbox BEGIN
        INSERT OR IGNORE INTO inventory_fresh (run_id) SELECT NEW.run_id
        WHERE NOT EXISTS (SELECT 1 FROM inventory_item WHERE store_id = NEW.store_id)
            AND NOT EXISTS (SELECT 1 FROM inventory_seen WHERE run_id = NEW.run_id);
    END""",
    f"""CREATE TEMP TRIGGER IF NOT EXISTS inventory_fold_fresh AFTER INSERT ON inventory_inbox
    WHEN {_FRESH} BEGIN
        INSERT INTO inventory_mark (last_id) SELECT COALESCE(MAX(id), 0) FROM inventory_item;

        INSERT OR IGNORE INTO inventory_item ({_ITEM_COLUMNS})
        SELECT {_LISTED_ROW.item_values()}
        FROM json_each(NEW.rows);

        INSERT INTO inventory_change (run_id, store_id, sku, old_quantity, new_quantity)
        SELECT NEW.run_id, NEW.store_id, sku, NULL, quantity FROM inventory_item
        WHERE id > (SELECT last_id FROM inventory_mark) ORDER BY id;

        INSERT INTO inventory_tally (created, updated, unchanged)
        SELECT COUNT(*), 0, 0 FROM inventory_item WHERE id > (SELECT last_id FROM inventory_mark);

        DELETE FROM inventory_mark;
        DELETE FROM inventory_inbox;
    END""",
    # Rows are compared while they are staged, so only the few that differ have their other columns
    # read; the join walks the (store_id, sku) index per row, where UPDATE ... FROM scanned the store.
    f"""CREATE TEMP TRIGGER IF NOT EXISTS inventory_fold AFTER INSERT ON inventory_inbox
    WHEN NOT {_FRESH} BEGIN
        INSERT OR IGNORE INTO inventory_stage (sku, pos, row, item_id, old_quantity, state)
        SELECT {_LISTED_ROW.sku}, key, value, i.id, CASE WHEN i.deleted THEN NULL ELSE i.quantity END,
            CASE WHEN i.id IS NULL THEN NULL
                WHEN i.deleted OR i.quantity IS NOT {_LISTED_ROW.quantity}
                    OR i.name IS NOT {_LISTED_ROW.name} OR i.price IS NOT {_LISTED_ROW.price} THEN 1
                ELSE 2 END
        FROM json_each(NEW.rows)
        LEFT JOIN inventory_item AS i ON i.store_id = NEW.store_id AND i.sku = {_LISTED_ROW.sku};

        DELETE FROM inventory_stage
        WHERE EXISTS (SELECT 1 FROM inventory_seen AS s
                      WHERE s.run_id = NEW.run_id AND s.sku = inventory_stage.sku);

        INSERT INTO inventory_seen (run_id, sku) SELECT NEW.run_id, sku FROM inventory_stage;

        INSERT INTO inventory_tally (created, updated, unchanged)
        SELECT COUNT(*) FILTER (WHERE state IS NULL), COUNT(*) FILTER (WHERE state = 1),
            COUNT(*) FILTER (WHERE state = 2)
        FROM inventory_stage;

        INSERT INTO inventory_change (run_id, store_id, sku, old_quantity, new_quantity)
        SELECT NEW.run_id, NEW.store_id, sku, old_quantity, {_STAGED_ROW.quantity} FROM inventory_stage
        WHERE state IS NULL OR (state = 1 AND old_quantity IS NOT {_STAGED_ROW.quantity}) ORDER BY pos;

        INSERT INTO inventory_item ({_ITEM_COLUMNS})
        SELECT {_STAGED_ROW.item_values()} FROM inventory_stage WHERE state IS NOT 2 ORDER BY pos
        ON CONFLICT (store_id, sku) DO UPDATE SET name = excluded.name, quantity = excluded.quantity,
            price = excluded.price, remote_id = excluded.remote_id, locations = excluded.locations,
            deleted = 0, last_seen_run = excluded.last_seen_run, updated_at = excluded.updated_at;

        DELETE FROM inventory_stage;
        DELETE FROM inventory_inbox;
    END""",
)
_POST = "INSERT INTO temp.inventory_inbox (run_id, store_id, now, rows) VALUES (?, ?, ?, ?)"
_TAKE_TALLY = "DELETE FROM temp.inventory_tally RETURNING created, updated, unchanged"
_REMEMBER_REFUSED = (
    "INSERT OR IGNORE INTO temp.inventory_refused (run_id, sku) SELECT ?, value FROM json_each(?)"
)

_WAS_FRESH = "SELECT EXISTS (SELECT 1 FROM temp.inventory_fresh WHERE run_id = ?)"
# Every item of the store, listed or deleted, counted off the (store_id, sku) index alone; _LISTED
# reads each row for its flag (30 ms for 100k SKUs), so it is asked only when this does not settle it.
_HELD = "SELECT COUNT(*) FROM inventory_item WHERE store_id = ?"
_LISTED = "SELECT COUNT(*) FROM inventory_item WHERE store_id = ? AND deleted = 0"
# Listed items the run did not meet. One this run wrote was met (a fresh run keeps no list of its
# SKUs); one a later run of the store wrote meanwhile is not this run's to judge (it was listed after
# this run read that part of the store).
_UNSEEN = (
    "FROM inventory_item AS i WHERE i.store_id = ? AND i.deleted = 0 AND COALESCE(i.last_seen_run, 0) < ? "
    "AND NOT EXISTS (SELECT 1 FROM temp.inventory_seen AS s WHERE s.run_id = ? AND s.sku = i.sku) "
    "AND NOT EXISTS (SELECT 1 FROM temp.inventory_refused AS r WHERE r.run_id = ? AND r.sku = i.sku)"
)
_LOG_VANISHED = (
    "INSERT INTO inventory_change (run_id, store_id, sku, old_quantity, new_quantity) "
    f"SELECT ?, i.store_id, i.sku, i.quantity, NULL {_UNSEEN} ORDER BY i.sku"
)
_MARK_VANISHED = (
    "UPDATE inventory_item SET deleted = 1, last_seen_run = ?, updated_at = ? WHERE id IN "
    f"(SELECT i.id {_UNSEEN})"
)
# Mostly a run is the only one in the table: then it is emptied at once (SQLite drops its pages)
# instead of row by row (15 ms for 100k SKUs).
_OTHER_RUNS = (
    "SELECT EXISTS (SELECT 1 FROM temp.{table} WHERE run_id < ?)"
    " OR EXISTS (SELECT 1 FROM temp.{table} WHERE run_id > ?)"
)
_RUN_TABLES = ("inventory_fresh", "inventory_seen", "inventory_refused")


def prepare(connection: sqlite3.Connection) -> None:
    """The temporary tables and trigger live as long as the writer's connection."""
    for statement in _TABLES:
        connection.execute(statement)


def merge(connection: sqlite3.Connection, batch: InventoryBatch, now: str) -> MergeResult:
    """Fold the batch into inventory_item; call on the writer thread inside a transaction.

    Its pieces are joined into one JSON text in order (bulk rows, then built records), so the whole
    batch is one statement and a SKU listed twice keeps its first listing."""
    pieces = [bulk for bulk in batch.bulk if bulk.count]
    failures: list[ItemFailure] = []
    if batch.records:
        built, failures = records_as_bulk(batch.records)
        pieces.append(built)
    refused = [*batch.refused, *(failure.key for failure in failures)]
    if refused:
        _execute(connection, _REMEMBER_REFUSED, (batch.run_id, encode_rows(refused)))
    if not any(piece.count for piece in pieces):
        return MergeResult(failures=tuple(failures))
    rows = _joined([piece.text for piece in pieces if piece.count])
    _execute(connection, _POST, (batch.run_id, batch.store_id, now, rows))
    tallies = connection.execute(_TAKE_TALLY).fetchall()
    return MergeResult(
        created=sum(row[0] for row in tallies),
        updated=sum(row[1] for row in tallies),
        unchanged=sum(row[2] for row in tallies),
        failures=tuple(failures),
    )


def finish(
    connection: sqlite3.Connection, store_id: int, run_id: int, complete: bool, met: int, now: str
) -> int:
    """After a complete fetch, mark the SKUs the run did not meet as deleted; forget the run's SKUs.
    `met` is the number of SKUs the run stored: when the store lists exactly that many, none vanished
    and the scan for them is skipped."""
    deleted = 0
    if complete and _may_have_vanished(connection, store_id, run_id, met):
        _execute(connection, _LOG_VANISHED, (run_id, store_id, run_id, run_id, run_id))
        deleted = connection.execute(_MARK_VANISHED, (run_id, now, store_id, run_id, run_id, run_id)).rowcount
    for table in _RUN_TABLES:
        if _value(connection, _OTHER_RUNS.format(table=table), (run_id, run_id)):
            _execute(connection, f"DELETE FROM temp.{table} WHERE run_id = ?", (run_id,))
        else:
            _execute(connection, f"DELETE FROM temp.{table}", ())
    return deleted


def _may_have_vanished(connection: sqlite3.Connection, store_id: int, run_id: int, met: int) -> bool:
    """False when no SKU the store listed before can be missing from this run: after a fresh run (the
    store held nothing before it), or when the store lists exactly the SKUs the run met."""
    if _value(connection, _WAS_FRESH, (run_id,)):
        return False
    if _value(connection, _HELD, (store_id,)) == met:
        return False
    return bool(_value(connection, _LISTED, (store_id,)) != met)


def _value(connection: sqlite3.Connection, sql: str, values: tuple[Any, ...]) -> Any:
    return _execute(connection, sql, values).fetchone()[0]


def _execute(connection: sqlite3.Connection, sql: str, values: tuple[Any, ...]) -> sqlite3.Cursor:
    """Run `sql`, creating the temporary tables first when this connection has none yet (checking
    each time would cost a statement, and so a GIL handover, per piece)."""
    try:
        return connection.execute(sql, values)
    except sqlite3.OperationalError as error:
        if "no such table" not in str(error):
            raise
        prepare(connection)
        return connection.execute(sql, values)


def _joined(arrays: list[str]) -> str:
    """Non-empty JSON array texts as one array text, in order."""
    return arrays[0] if len(arrays) == 1 else "[" + ",".join(array[1:-1] for array in arrays) + "]"
