"""Schema versions: a database made by an older StoreSync is upgraded in place without losing rows."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.core.errors import StorageError
from app.core.models import InventoryChange, JobKind
from app.core.ports import LogQuery, RunQuery
from app.storage import Storage, open_storage
from app.storage.models import ALL_MODELS
from app.storage.paths import database_file
from app.storage.schema import SCHEMA_VERSION, V1_INITIAL, V2_LOCATIONS_AND_FILTERS, V3_HISTORY_OUTLIVES_STORE
from tests.storage.old_databases import make_version_4_database


def _build_v1_database(data_dir: Path) -> None:
    """What StoreSync with schema 1 left behind: its tables, a store, a job, a run and a log line."""
    data_dir.mkdir(parents=True)
    with closing(sqlite3.connect(database_file(data_dir))) as connection:
        connection.executescript(V1_INITIAL)
        connection.executescript(
            """
            INSERT INTO store (id, name, platform, settings, enabled, created_at)
                VALUES (1, 'Old shop', 'woocommerce', '{"url": "https://old.example"}', 1,
                        '2025-01-02 03:04:05.000000');
            INSERT INTO job (id, store_id, kind, schedule, paused, catch_up, options)
                VALUES (1, 1, 'inventory_pull', '{"kind": "interval", "every_minutes": 30}', 0, 1, '{}');
            INSERT INTO sync_run (id, job_id, store_id, kind, trigger, started_at, status, fetched)
                VALUES (1, 1, 1, 'inventory_pull', 'scheduled', '2025-01-02 04:00:00.000000',
                        'succeeded', 42);
            INSERT INTO inventory_item (store_id, sku, name, quantity, price, updated_at)
                VALUES (1, 'SKU-1', 'Mug', 7, '9.90', '2025-01-02 04:00:01.000000');
            INSERT INTO log_record (time, level, logger, message)
                VALUES ('2025-01-02 04:00:02.000000', 'WARNING', 'app.sync', 'Store answered slowly');
            PRAGMA user_version = 1;
            """
        )


def test_a_version_1_database_is_upgraded_without_losing_rows(data_dir: Path) -> None:
    _build_v1_database(data_dir)
    storage = open_storage(data_dir)
    try:
        assert storage.replaced is None
        assert [store.name for store in storage.stores.list_stores()] == ["Old shop"]
        assert storage.stores.list_jobs()[0].schedule.every_minutes == 30
        run = storage.runs.last_run(1)
        assert run is not None
        assert (run.counts.fetched, run.store_name, run.kind) == (42, "Old shop", JobKind.INVENTORY_PULL)
        [item] = storage.inventory.search_items("Mug")
        assert (item.sku, item.quantity, str(item.price)) == ("SKU-1", 7, "9.90")
        assert storage.logs.count_logs(LogQuery(min_level="WARNING")) == 1
        assert storage.settings.get_setting("schema_version") == SCHEMA_VERSION
    finally:
        storage.close()
    with closing(sqlite3.connect(database_file(data_dir))) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def _build_v2_database(data_dir: Path) -> None:
    """What StoreSync with schema 2 left behind: two stores with runs, stock changes and log lines."""
    data_dir.mkdir(parents=True)
    with closing(sqlite3.connect(database_file(data_dir))) as connection:
        connection.executescript(V1_INITIAL + V2_LOCATIONS_AND_FILTERS)
        connection.executescript(
            """
            INSERT INTO store (id, name, platform, created_at) VALUES
                (1, 'Shop one', 'shopify', '2025-01-02 03:04:05.000000'),
                (2, 'Shop two', 'amazon', '2025-01-02 03:04:05.000000');
            INSERT INTO job (id, store_id, kind, schedule) VALUES
                (1, 1, 'inventory_pull', '{"kind": "interval", "every_minutes": 30}'),
                (2, 2, 'orders_pull', '{"kind": "interval", "every_minutes": 60}'),
                (3, NULL, 'cleanup', '{"kind": "interval", "every_minutes": 1440}');
            INSERT INTO sync_run (id, job_id, store_id, kind, trigger, started_at, status, fetched, updated)
            VALUES
                (1, 1, 1, 'inventory_pull', 'scheduled', '2025-02-01 04:00:00.000000', 'succeeded', 10, 2),
                (2, 2, 2, 'orders_pull', 'manual', '2025-02-01 05:00:00.000000', 'failed', 0, 0),
                (3, 3, NULL, 'cleanup', 'scheduled', '2025-02-01 06:00:00.000000', 'succeeded', 0, 0);
            INSERT INTO inventory_item (store_id, sku, quantity, updated_at, remote_id, locations)
                VALUES (1, 'SKU-1', 5, '2025-02-01 04:00:01.000000', 'gid://1', '[["Main", 5]]');
            INSERT INTO inventory_change (run_id, store_id, sku, old_quantity, new_quantity) VALUES
                (1, 1, 'SKU-1', 3, 5), (1, 1, 'SKU-2', 1, NULL);
            INSERT INTO orders (store_id, external_id, number, status, remote_status, total, currency,
                                imported_at)
                VALUES (2, 'A-1', '#1', 'paid', 'Unshipped', '9.00', 'EUR', '2025-02-01 05:00:01.000000');
            INSERT INTO sync_state (job_id, stream, value, updated_at)
                VALUES (2, 'orders', '2025-02-01', '2025-02-01 05:00:01.000000');
            INSERT INTO log_record (time, level, levelno, logger, store_id, run_id, message)
                VALUES ('2025-02-01 05:00:02.000000', 'ERROR', 40, 'app.sync', 2, 2, 'Token refused');
            PRAGMA user_version = 2;
            """
        )


async def test_a_version_2_database_keeps_every_row_and_then_keeps_history_of_a_removed_store(
    data_dir: Path,
) -> None:
    _build_v2_database(data_dir)
    storage = open_storage(data_dir)
    try:
        runs = storage.runs.list_runs(RunQuery())
        assert [(run.id, run.store_name, run.kind, run.counts.fetched) for run in runs] == [
            (3, None, JobKind.CLEANUP, 0),
            (2, "Shop two", JobKind.ORDERS_PULL, 0),
            (1, "Shop one", JobKind.INVENTORY_PULL, 10),
        ]
        assert storage.inventory.changes_for_run(1) == [
            InventoryChange(1, 1, "SKU-1", 3, 5),
            InventoryChange(1, 1, "SKU-2", 1, None),
        ]
        [item] = storage.inventory.search_items("SKU-1")
        assert item.quantity == 5
        assert storage.orders.count_orders(2) == 1
        assert storage.cursors.get_cursor(2, "orders") == "2025-02-01"
        assert storage.logs.count_logs(LogQuery(run_id=2, store_id=2)) == 1

        await storage.stores.delete_store(2)

        assert [run.store_name for run in storage.runs.list_runs(RunQuery(kind=JobKind.ORDERS_PULL))] == [
            "Shop two"
        ]
        assert storage.runs.count_runs(RunQuery()) == 3
        assert storage.orders.count_orders() == 0
        assert storage.cursors.get_cursor(2, "orders") is None
        assert storage.logs.count_logs(LogQuery(run_id=2)) == 1
        assert storage.inventory.count_items() == 1
    finally:
        storage.close()
    with closing(sqlite3.connect(database_file(data_dir))) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_an_upgrade_that_would_break_a_foreign_key_leaves_the_database_as_it_was(data_dir: Path) -> None:
    _build_v2_database(data_dir)
    with closing(sqlite3.connect(database_file(data_dir))) as connection, connection:
        # Only possible if something wrote with foreign keys off: stock of a store that is not there.
        connection.execute(
            "INSERT INTO inventory_item (store_id, sku, quantity, updated_at) "
            "VALUES (99, 'GHOST', 1, '2025-02-01 04:00:01.000000')"
        )
    with pytest.raises(StorageError, match="inventory_item"):
        open_storage(data_dir)
    with closing(sqlite3.connect(database_file(data_dir))) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 2
        assert connection.execute("SELECT COUNT(*) FROM inventory_change").fetchone()[0] == 2
        assert connection.execute("SELECT COUNT(*) FROM sync_run").fetchone()[0] == 3


def test_a_version_3_database_gets_the_index_the_inventory_pages_by(data_dir: Path) -> None:
    _build_v2_database(data_dir)
    with closing(sqlite3.connect(database_file(data_dir))) as connection:
        connection.executescript(V3_HISTORY_OUTLIVES_STORE + "PRAGMA user_version = 3;")
    storage = open_storage(data_dir)
    try:
        [item] = storage.inventory.search_items()
        assert (item.sku, item.quantity) == ("SKU-1", 5)
        plan = " ".join(
            str(row[-1])
            for row in storage.database.connection().execute(
                "EXPLAIN QUERY PLAN SELECT sku FROM inventory_item ORDER BY sku, store_id LIMIT 10 OFFSET 10"
            )
        )
    finally:
        storage.close()
    assert "inventory_item_sku_store" in plan
    assert "TEMP B-TREE" not in plan, "pages come off the index, not from sorting the table"
    with closing(sqlite3.connect(database_file(data_dir))) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_one_skus_history_is_found_by_its_index_not_a_scan_of_every_change(storage: Storage) -> None:
    """The per-SKU history window and `storesync sku` stay instant on a long history."""
    plan = " ".join(
        str(row[-1])
        for row in storage.database.connection().execute(
            "EXPLAIN QUERY PLAN SELECT change.run_id FROM inventory_change AS change "
            "JOIN sync_run AS run ON run.id = change.run_id WHERE change.sku = ? ORDER BY run.started_at",
            ("SKU-1",),
        )
    )
    assert "USING INDEX inventory_change_sku" in plan


def test_models_match_the_migrated_tables(storage: Storage, data_dir: Path) -> None:
    with closing(sqlite3.connect(database_file(data_dir))) as connection:
        for model in ALL_MODELS:
            table = model._meta.table_name
            columns = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
            declared = {field.column_name for field in model._meta.sorted_fields}
            assert declared == columns, table


def test_a_database_from_a_newer_version_is_refused_with_a_reason(data_dir: Path) -> None:
    open_storage(data_dir).close()
    with closing(sqlite3.connect(database_file(data_dir))) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StorageError, match="newer StoreSync"):
        open_storage(data_dir)
    assert database_file(data_dir).exists()


def test_journal_and_safety_settings_are_on(storage: Storage) -> None:
    connection = storage.database.connection()
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 1
    assert connection.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_stores_of_a_version_4_database_get_keychain_ids_and_are_marked_for_copying(data_dir: Path) -> None:
    make_version_4_database(data_dir, [("One", "shopify", {}), ("Two", "generic_json", {})])
    storage = open_storage(data_dir)
    try:
        stores = storage.stores.list_stores()
        ids = {storage.stores.keychain_id(store.id) for store in stores if store.id is not None}
        assert len(ids) == 2 and None not in ids
        assert [store.name for store in storage.stores.legacy_keychain_stores()] == ["One", "Two"]
    finally:
        storage.close()
