"""The database schema as one list of forward migrations, each in SQLite's and PostgreSQL's words; on
SQLite PRAGMA user_version says how many have run, on PostgreSQL the setting `schema_version`.

Each migration is plain SQL frozen at the version that introduced it, so a database made by any
earlier StoreSync is upgraded step by step, inside one transaction, without losing rows. PostgreSQL
support began at schema 6: its first step makes that schema whole and steps 2-6 have nothing to add;
every later migration gives both texts.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from app.core.errors import StorageError

V1_INITIAL = """
CREATE TABLE store (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    platform TEXT NOT NULL,
    settings TEXT NOT NULL DEFAULT '{}',
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE TABLE job (
    id INTEGER PRIMARY KEY,
    store_id INTEGER REFERENCES store (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    schedule TEXT NOT NULL,
    timezone TEXT,
    paused INTEGER NOT NULL DEFAULT 0,
    catch_up INTEGER NOT NULL DEFAULT 1,
    options TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX job_store ON job (store_id);
CREATE TABLE sync_run (
    id INTEGER PRIMARY KEY,
    job_id INTEGER NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    store_id INTEGER,
    kind TEXT NOT NULL,
    trigger TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    fetched INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    duration_seconds REAL,
    error_kind TEXT,
    error_message TEXT,
    attempt INTEGER NOT NULL DEFAULT 1,
    late_by_seconds REAL
);
CREATE INDEX sync_run_job_started ON sync_run (job_id, started_at);
CREATE INDEX sync_run_started ON sync_run (started_at);
CREATE TABLE inventory_item (
    id INTEGER PRIMARY KEY,
    store_id INTEGER NOT NULL REFERENCES store (id) ON DELETE CASCADE,
    sku TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL,
    price TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    last_seen_run INTEGER,
    updated_at TEXT NOT NULL,
    UNIQUE (store_id, sku)
);
CREATE TABLE inventory_change (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES sync_run (id) ON DELETE CASCADE,
    store_id INTEGER NOT NULL,
    sku TEXT NOT NULL,
    old_quantity INTEGER,
    new_quantity INTEGER
);
CREATE INDEX inventory_change_run ON inventory_change (run_id);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    store_id INTEGER NOT NULL REFERENCES store (id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    number TEXT NOT NULL,
    status TEXT NOT NULL,
    remote_status TEXT NOT NULL,
    total TEXT NOT NULL,
    currency TEXT NOT NULL,
    created_at TEXT,
    updated_at TEXT,
    raw TEXT NOT NULL DEFAULT '{}',
    last_run INTEGER,
    imported_at TEXT NOT NULL,
    UNIQUE (store_id, external_id)
);
CREATE TABLE sync_state (
    job_id INTEGER NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    stream TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (job_id, stream)
);
CREATE TABLE log_record (
    id INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    level TEXT NOT NULL,
    logger TEXT NOT NULL DEFAULT '',
    store_id INTEGER,
    run_id INTEGER,
    message TEXT NOT NULL
);
CREATE INDEX log_record_time ON log_record (time);
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# Multi-location stock and the platform's own ids (for stock_push), and indexes that keep the history
# and log filters fast with 100k runs and 1M log lines.
V2_LOCATIONS_AND_FILTERS = """
ALTER TABLE inventory_item ADD COLUMN remote_id TEXT;
ALTER TABLE inventory_item ADD COLUMN locations TEXT;
ALTER TABLE log_record ADD COLUMN levelno INTEGER NOT NULL DEFAULT 20;
UPDATE log_record SET levelno = CASE level
    WHEN 'DEBUG' THEN 10 WHEN 'INFO' THEN 20 WHEN 'WARNING' THEN 30
    WHEN 'ERROR' THEN 40 WHEN 'CRITICAL' THEN 50 ELSE 20 END;
CREATE INDEX log_record_levelno ON log_record (levelno);
CREATE INDEX log_record_store ON log_record (store_id);
CREATE INDEX log_record_run ON log_record (run_id);
CREATE INDEX sync_run_store_started ON sync_run (store_id, started_at);
CREATE INDEX sync_run_kind_started ON sync_run (kind, started_at);
CREATE INDEX sync_run_status_started ON sync_run (status, started_at);
"""

# A removed store or job keeps its history until retention removes it: runs and stock changes lose the link
# (SET NULL) but keep the store's name and the job's kind; the store's stock, orders and cursors go.
# SQLite cannot alter a foreign key, so sync_run and inventory_change are rebuilt; migrate() runs this with
# foreign keys off (a DROP would otherwise cascade) and checks them before it commits.
V3_HISTORY_OUTLIVES_STORE = """
CREATE TABLE sync_run_v3 (
    id INTEGER PRIMARY KEY,
    job_id INTEGER REFERENCES job (id) ON DELETE SET NULL,
    store_id INTEGER REFERENCES store (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    trigger TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    fetched INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    duration_seconds REAL,
    error_kind TEXT,
    error_message TEXT,
    attempt INTEGER NOT NULL DEFAULT 1,
    late_by_seconds REAL,
    store_name TEXT
);
INSERT INTO sync_run_v3 (id, job_id, store_id, kind, trigger, started_at, finished_at, status, fetched,
        created, updated, unchanged, deleted, failed, duration_seconds, error_kind, error_message, attempt,
        late_by_seconds, store_name)
    SELECT run.id, (SELECT job.id FROM job WHERE job.id = run.job_id),
        (SELECT store.id FROM store WHERE store.id = run.store_id), run.kind, run.trigger, run.started_at,
        run.finished_at, run.status, run.fetched, run.created, run.updated, run.unchanged, run.deleted,
        run.failed, run.duration_seconds, run.error_kind, run.error_message, run.attempt,
        run.late_by_seconds, (SELECT store.name FROM store WHERE store.id = run.store_id)
    FROM sync_run AS run;
CREATE TABLE inventory_change_v3 (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES sync_run (id) ON DELETE CASCADE,
    store_id INTEGER REFERENCES store (id) ON DELETE SET NULL,
    sku TEXT NOT NULL,
    old_quantity INTEGER,
    new_quantity INTEGER
);
INSERT INTO inventory_change_v3 (id, run_id, store_id, sku, old_quantity, new_quantity)
    SELECT change.id, change.run_id, (SELECT store.id FROM store WHERE store.id = change.store_id),
        change.sku, change.old_quantity, change.new_quantity
    FROM inventory_change AS change
    WHERE change.run_id IN (SELECT id FROM sync_run);
DROP TABLE inventory_change;
DROP TABLE sync_run;
ALTER TABLE sync_run_v3 RENAME TO sync_run;
ALTER TABLE inventory_change_v3 RENAME TO inventory_change;
CREATE INDEX sync_run_job_started ON sync_run (job_id, started_at);
CREATE INDEX sync_run_started ON sync_run (started_at);
CREATE INDEX sync_run_store_started ON sync_run (store_id, started_at);
CREATE INDEX sync_run_kind_started ON sync_run (kind, started_at);
CREATE INDEX sync_run_status_started ON sync_run (status, started_at);
CREATE INDEX inventory_change_run ON inventory_change (run_id);
CREATE INDEX inventory_change_store ON inventory_change (store_id);
CREATE TRIGGER log_record_forgets_removed_store AFTER DELETE ON store
BEGIN
    UPDATE log_record SET store_id = NULL WHERE store_id = OLD.id;
END;
"""

# The inventory panel shows a row per SKU with a column per store: it pages items by SKU, then store,
# straight off this index instead of sorting the whole table for every page.
V4_INVENTORY_BY_SKU = """
CREATE INDEX inventory_item_sku_store ON inventory_item (sku, store_id);
"""

# Keychain entries are named after a random id of each store (store.keychain_id), never after the row
# id: two data folders, or a database recreated after a damaged one was moved aside, both have a store 1.
# Stores that existed before keep `keychain_legacy` set until their entries under the old name
# `store-<id>:<field>` have been copied to the new one (app/storage/keychain_upgrade.py).
V5_KEYCHAIN_IDS = """
ALTER TABLE store ADD COLUMN keychain_id TEXT;
ALTER TABLE store ADD COLUMN keychain_legacy INTEGER NOT NULL DEFAULT 0;
UPDATE store SET keychain_id = lower(hex(randomblob(16))), keychain_legacy = 1;
CREATE UNIQUE INDEX store_keychain_id ON store (keychain_id);
CREATE TRIGGER store_gets_keychain_id AFTER INSERT ON store WHEN NEW.keychain_id IS NULL
BEGIN
    UPDATE store SET keychain_id = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;
"""

# A stock push records what it wrote as change rows beside the reads' (DESIGN.md §3): the rule that
# produced the quantity and whether the store confirmed the item ("confirmed") or the write went out
# unconfirmed ("pushed"). A read's change has neither.
V6_PUSH_AUDIT = """
ALTER TABLE inventory_change ADD COLUMN rule TEXT;
ALTER TABLE inventory_change ADD COLUMN write_state TEXT;
"""

# Records a store's filter sets aside as not stock are counted apart from failures, so the history
# shows them without calling the run partial.
V7_SKIPPED_COUNT = """
ALTER TABLE sync_run ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;
"""

# A job that failed too often in a row pauses itself and says why until the merchant resumes it.
V8_JOB_PAUSED_REASON = """
ALTER TABLE job ADD COLUMN paused_reason TEXT;
"""

# Low-stock thresholds per SKU (the same in every store); a SKU without one uses the global setting.
V9_SKU_THRESHOLDS = """
CREATE TABLE sku_threshold (
    sku TEXT PRIMARY KEY,
    threshold INTEGER NOT NULL CHECK (threshold >= 0)
);
"""
POSTGRESQL_V9_SKU_THRESHOLDS = """
CREATE TABLE sku_threshold (
    sku TEXT PRIMARY KEY,
    threshold BIGINT NOT NULL CHECK (threshold >= 0)
);
"""

# One SKU's history (every store, reads and pushes) is read by SKU: without this index each look-up
# scans the whole change table (1M changes: 115 ms -> 0.04 ms; writing 100k changes in random SKU order
# 0.48 s -> 1.2 s on the writer thread, and building it on 1.1M rows once took 1.2 s).
V10_CHANGES_BY_SKU = """
CREATE INDEX inventory_change_sku ON inventory_change (sku);
"""

# Orders you can see: the customer's country and the tracking number, a history of status changes per
# order (who reported each: the order's store or a courier store), and indexes for the Orders panel's
# filters and for matching a courier's shipment to an order by number. Orders imported before get one
# history row, their status as first imported.
V11_ORDER_STATUS_HISTORY = """
ALTER TABLE orders ADD COLUMN customer_country TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN tracking TEXT NOT NULL DEFAULT '';
CREATE INDEX orders_created ON orders (created_at);
CREATE INDEX orders_status_created ON orders (status, created_at);
CREATE INDEX orders_store_number ON orders (store_id, number);
CREATE TABLE order_status_change (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    run_id INTEGER REFERENCES sync_run (id) ON DELETE SET NULL,
    time TEXT NOT NULL,
    old_status TEXT,
    new_status TEXT NOT NULL,
    remote_status TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    tracking TEXT NOT NULL DEFAULT ''
);
CREATE INDEX order_status_change_order ON order_status_change (order_id, time);
INSERT INTO order_status_change (order_id, time, old_status, new_status, remote_status, source)
    SELECT orders.id, orders.imported_at, NULL, orders.status, orders.remote_status,
        COALESCE((SELECT store.name FROM store WHERE store.id = orders.store_id), '')
    FROM orders;
"""
POSTGRESQL_V11_ORDER_STATUS_HISTORY = """
ALTER TABLE orders ADD COLUMN customer_country TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN tracking TEXT NOT NULL DEFAULT '';
CREATE INDEX orders_created ON orders (created_at);
CREATE INDEX orders_status_created ON orders (status, created_at);
CREATE INDEX orders_store_number ON orders (store_id, number);
CREATE TABLE order_status_change (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    order_id BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    run_id BIGINT REFERENCES sync_run (id) ON DELETE SET NULL,
    time TEXT NOT NULL,
    old_status TEXT,
    new_status TEXT NOT NULL,
    remote_status TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    tracking TEXT NOT NULL DEFAULT ''
);
CREATE INDEX order_status_change_order ON order_status_change (order_id, time);
INSERT INTO order_status_change (order_id, time, old_status, new_status, remote_status, source)
    SELECT orders.id, orders.imported_at, NULL, orders.status, orders.remote_status,
        COALESCE((SELECT store.name FROM store WHERE store.id = orders.store_id), '')
    FROM orders;
"""

# Requests, 429s and rate-limit waits of a run per time bucket (app.core.request_meter): one compact
# JSON text written with the run's end, read only when the store detail charts that run.
V12_RUN_REQUESTS = """
ALTER TABLE sync_run ADD COLUMN requests TEXT;
"""

# When a job was added: a server's workers count a job's schedule from then until it first runs (a job
# made before this step has none, and runs at once as before).
V14_JOB_ADDED_AT = """
ALTER TABLE job ADD COLUMN created_at TEXT;
"""

# When a job was last resumed: the failed runs before a resume no longer count toward a warning or a
# pause, so a job the merchant resumed gets as many tries as a new one.
V15_JOB_RESUMED_AT = """
ALTER TABLE job ADD COLUMN resumed_at TEXT;
"""

# PostgreSQL: the indexes a sync writes, made cheaper to keep. A first sync of 100,000 SKUs writes an
# item and a change row per SKU, ten index entries each time; measured through `bench sync --database`,
# these changes took it from 0.94-0.98 s to 0.69-0.75 s against 0.58-0.73 s for a raw COPY + upsert.
# - SKUs compare byte by byte (COLLATE "C"), as on SQLite: lists sort the same on a desktop and on a
#   server, and no index entry pays for a locale's comparison.
# - An item is found by (sku, store_id), unique; a store's items by store_id alone. The index on
#   (store_id, sku) kept a second text key per item for what store_id finds.
# - A run's change rows are written together, so a block-range index finds them (BRIN, a few pages per
#   range summarised as they fill) instead of a B-tree entry per row.
# - No index on a change row's store: only a store's removal looks for them, reading the table once.
# - No index on a change row's id: nothing looks one up by it (its sequence keeps it unique; the
#   retention purge deletes by row address), and keeping one took a tenth of a first sync. REPLICA
#   IDENTITY FULL lets a logical replica of the database still follow the purge.
POSTGRESQL_V16_CHEAPER_SYNC_INDEXES = """
ALTER TABLE inventory_item ALTER COLUMN sku TYPE TEXT COLLATE "C";
ALTER TABLE inventory_change ALTER COLUMN sku TYPE TEXT COLLATE "C";
ALTER TABLE sku_threshold ALTER COLUMN sku TYPE TEXT COLLATE "C";
ALTER TABLE inventory_item DROP CONSTRAINT inventory_item_store_id_sku_key;
DROP INDEX inventory_item_sku_store;
ALTER TABLE inventory_item ADD CONSTRAINT inventory_item_sku_store UNIQUE (sku, store_id);
CREATE INDEX inventory_item_store ON inventory_item (store_id);
DROP INDEX inventory_change_run;
CREATE INDEX inventory_change_run ON inventory_change USING brin (run_id) WITH (autosummarize = on);
DROP INDEX inventory_change_store;
ALTER TABLE inventory_change DROP CONSTRAINT inventory_change_pkey;
ALTER TABLE inventory_change REPLICA IDENTITY FULL;
"""

# PostgreSQL: inventory_item loses its foreign key for the reason inventory_change never had one (a
# check per row: a first sync of 100,000 SKUs spent about a fifth of its time in them). A statement
# trigger removes a removed store's items, as ON DELETE CASCADE did, and the merge locks its store's row
# once per batch (FOR KEY SHARE, the lock the key check took per row), so a store removed during a sync
# waits for the batch, or the batch finds it gone and stores nothing.
POSTGRESQL_V13_ITEMS_WITHOUT_ROW_CHECKS = """
ALTER TABLE inventory_item DROP CONSTRAINT inventory_item_store_id_fkey;
CREATE FUNCTION inventory_item_goes_with_its_store() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM inventory_item WHERE store_id IN (SELECT id FROM removed);
    RETURN NULL;
END
$$;
CREATE TRIGGER inventory_item_goes_with_its_store AFTER DELETE ON store
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
    EXECUTE FUNCTION inventory_item_goes_with_its_store();
"""

# Schema 6 on PostgreSQL. Flags are booleans, ids identities (BY DEFAULT, so `storesync migrate --from`
# keeps a desktop's ids), times the same fixed-width UTC text as on SQLite (app.storage.timestamps).
# inventory_change, the table a sync writes most, has no foreign keys: PostgreSQL checks one per row
# (a first sync of 1,000 SKUs spent 43 of its 115 ms in them); statement triggers do what ON DELETE
# CASCADE / SET NULL do on SQLite, once per delete, and only StoreSync's merge writes its run ids.
POSTGRESQL_V6_SCHEMA = """
CREATE TABLE store (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    platform TEXT NOT NULL,
    settings TEXT NOT NULL DEFAULT '{}',
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TEXT NOT NULL,
    keychain_id TEXT NOT NULL UNIQUE DEFAULT replace(gen_random_uuid()::text, '-', ''),
    keychain_legacy BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE TABLE job (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    store_id BIGINT REFERENCES store (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    schedule TEXT NOT NULL,
    timezone TEXT,
    paused BOOLEAN NOT NULL DEFAULT FALSE,
    catch_up BOOLEAN NOT NULL DEFAULT TRUE,
    options TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX job_store ON job (store_id);
CREATE TABLE sync_run (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    job_id BIGINT REFERENCES job (id) ON DELETE SET NULL,
    store_id BIGINT REFERENCES store (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    trigger TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    fetched BIGINT NOT NULL DEFAULT 0,
    created BIGINT NOT NULL DEFAULT 0,
    updated BIGINT NOT NULL DEFAULT 0,
    unchanged BIGINT NOT NULL DEFAULT 0,
    deleted BIGINT NOT NULL DEFAULT 0,
    failed BIGINT NOT NULL DEFAULT 0,
    duration_seconds DOUBLE PRECISION,
    error_kind TEXT,
    error_message TEXT,
    attempt INTEGER NOT NULL DEFAULT 1,
    late_by_seconds DOUBLE PRECISION,
    store_name TEXT
);
CREATE INDEX sync_run_job_started ON sync_run (job_id, started_at);
CREATE INDEX sync_run_started ON sync_run (started_at);
CREATE INDEX sync_run_store_started ON sync_run (store_id, started_at);
CREATE INDEX sync_run_kind_started ON sync_run (kind, started_at);
CREATE INDEX sync_run_status_started ON sync_run (status, started_at);
CREATE TABLE inventory_item (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    store_id BIGINT NOT NULL REFERENCES store (id) ON DELETE CASCADE,
    sku TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    quantity BIGINT NOT NULL,
    price TEXT,
    deleted BOOLEAN NOT NULL DEFAULT FALSE,
    last_seen_run BIGINT,
    updated_at TEXT NOT NULL,
    remote_id TEXT,
    locations TEXT,
    UNIQUE (store_id, sku)
);
CREATE INDEX inventory_item_sku_store ON inventory_item (sku, store_id);
CREATE TABLE inventory_change (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    run_id BIGINT NOT NULL,
    store_id BIGINT,
    sku TEXT NOT NULL,
    old_quantity BIGINT,
    new_quantity BIGINT,
    rule TEXT,
    write_state TEXT
);
CREATE INDEX inventory_change_run ON inventory_change (run_id);
CREATE INDEX inventory_change_store ON inventory_change (store_id);
CREATE TABLE orders (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    store_id BIGINT NOT NULL REFERENCES store (id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    number TEXT NOT NULL,
    status TEXT NOT NULL,
    remote_status TEXT NOT NULL,
    total TEXT NOT NULL,
    currency TEXT NOT NULL,
    created_at TEXT,
    updated_at TEXT,
    raw TEXT NOT NULL DEFAULT '{}',
    last_run BIGINT,
    imported_at TEXT NOT NULL,
    UNIQUE (store_id, external_id)
);
CREATE TABLE sync_state (
    job_id BIGINT NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    stream TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (job_id, stream)
);
CREATE TABLE log_record (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    time TEXT NOT NULL,
    level TEXT NOT NULL,
    logger TEXT NOT NULL DEFAULT '',
    store_id BIGINT,
    run_id BIGINT,
    message TEXT NOT NULL,
    levelno INTEGER NOT NULL DEFAULT 20
);
CREATE INDEX log_record_time ON log_record (time);
CREATE INDEX log_record_levelno ON log_record (levelno);
CREATE INDEX log_record_store ON log_record (store_id);
CREATE INDEX log_record_run ON log_record (run_id);
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE FUNCTION log_record_forgets_removed_store() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE log_record SET store_id = NULL WHERE store_id = OLD.id;
    RETURN OLD;
END
$$;
CREATE TRIGGER log_record_forgets_removed_store AFTER DELETE ON store
    FOR EACH ROW EXECUTE FUNCTION log_record_forgets_removed_store();
CREATE FUNCTION inventory_change_forgets_removed_store() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE inventory_change SET store_id = NULL WHERE store_id IN (SELECT id FROM removed);
    RETURN NULL;
END
$$;
CREATE TRIGGER inventory_change_forgets_removed_store AFTER DELETE ON store
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
    EXECUTE FUNCTION inventory_change_forgets_removed_store();
CREATE FUNCTION inventory_change_goes_with_its_run() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM inventory_change WHERE run_id IN (SELECT id FROM removed);
    RETURN NULL;
END
$$;
CREATE TRIGGER inventory_change_goes_with_its_run AFTER DELETE ON sync_run
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
    EXECUTE FUNCTION inventory_change_goes_with_its_run();
"""


@dataclass(frozen=True)
class Migration:
    """One schema step in both dialects; an empty text is a step that backend has nothing to do for."""

    sqlite: str
    postgresql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(V1_INITIAL, postgresql=POSTGRESQL_V6_SCHEMA),
    Migration(V2_LOCATIONS_AND_FILTERS, postgresql=""),
    Migration(V3_HISTORY_OUTLIVES_STORE, postgresql=""),
    Migration(V4_INVENTORY_BY_SKU, postgresql=""),
    Migration(V5_KEYCHAIN_IDS, postgresql=""),
    Migration(V6_PUSH_AUDIT, postgresql=""),
    Migration(
        V7_SKIPPED_COUNT, postgresql="ALTER TABLE sync_run ADD COLUMN skipped BIGINT NOT NULL DEFAULT 0;"
    ),
    Migration(V8_JOB_PAUSED_REASON, postgresql=V8_JOB_PAUSED_REASON),
    Migration(V9_SKU_THRESHOLDS, postgresql=POSTGRESQL_V9_SKU_THRESHOLDS),
    Migration(V10_CHANGES_BY_SKU, postgresql=V10_CHANGES_BY_SKU),
    Migration(V11_ORDER_STATUS_HISTORY, postgresql=POSTGRESQL_V11_ORDER_STATUS_HISTORY),
    Migration(V12_RUN_REQUESTS, postgresql=V12_RUN_REQUESTS),
    Migration(sqlite="", postgresql=POSTGRESQL_V13_ITEMS_WITHOUT_ROW_CHECKS),
    Migration(V14_JOB_ADDED_AT, postgresql=V14_JOB_ADDED_AT),
    Migration(V15_JOB_RESUMED_AT, postgresql=V15_JOB_RESUMED_AT),
    Migration(sqlite="", postgresql=POSTGRESQL_V16_CHEAPER_SYNC_INDEXES),
)
SCHEMA_VERSION = len(MIGRATIONS)
OUR_TABLES = frozenset(
    {
        "store",
        "job",
        "sync_run",
        "inventory_item",
        "inventory_change",
        "orders",
        "sync_state",
        "log_record",
        "setting",
    }
)


def user_version(connection: sqlite3.Connection) -> int:
    version: int = connection.execute("PRAGMA user_version").fetchone()[0]
    return version


def table_names(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {name for (name,) in rows if not name.startswith("sqlite_")}


def migrate(connection: sqlite3.Connection) -> int:
    """Run the missing migrations in one transaction; returns the version the database was at.

    `connection` must be in autocommit mode (isolation_level None), as peewee's connections are.
    """
    start = user_version(connection)
    if start > SCHEMA_VERSION:
        raise StorageError(
            f"The database was made by a newer StoreSync (schema {start}; this one knows {SCHEMA_VERSION}). "
            "Update StoreSync, or start with another data folder."
        )
    if start == SCHEMA_VERSION:
        return start
    # A migration that rebuilds a table must not fire the foreign key actions of its DROP, and the pragma
    # is ignored inside a transaction, so it is switched off here and the keys are checked before COMMIT.
    foreign_keys = int(connection.execute("PRAGMA foreign_keys").fetchone()[0])
    connection.execute("PRAGMA foreign_keys = OFF")
    try:
        _run_migrations(connection, start)
    finally:
        connection.execute(f"PRAGMA foreign_keys = {foreign_keys}")
    return start


def _run_migrations(connection: sqlite3.Connection, start: int) -> None:
    connection.execute("BEGIN IMMEDIATE")
    try:
        for number, migration in enumerate(MIGRATIONS[start:], start=start + 1):
            for statement in _statements(migration.sqlite):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number}")
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            tables = ", ".join(sorted({str(row[0]) for row in broken}))
            raise StorageError(
                f"Upgrading the database would leave {len(broken)} rows of {tables} pointing at rows "
                "that do not exist; the database was left as it was."
            )
        connection.execute(
            "INSERT INTO setting (key, value) VALUES ('schema_version', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(SCHEMA_VERSION),),
        )
        connection.execute(
            "INSERT INTO setting (key, value) VALUES ('schema_migrated_at', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            ('"' + datetime.now(UTC).isoformat(timespec="seconds") + '"',),
        )
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit our transaction)."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements
