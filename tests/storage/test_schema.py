"""Schema versions: a database made by an older StoreSync is upgraded in place without losing rows."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.core.errors import StorageError
from app.core.ports import LogQuery
from app.storage import Storage, open_storage
from app.storage.models import ALL_MODELS
from app.storage.paths import database_file
from app.storage.schema import SCHEMA_VERSION, V1_INITIAL


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
        assert storage.runs.last_run(1) is not None
        assert storage.runs.last_run(1).counts.fetched == 42  # type: ignore[union-attr]
        [item] = storage.inventory.search_items("Mug")
        assert (item.sku, item.quantity, str(item.price)) == ("SKU-1", 7, "9.90")
        assert storage.logs.count_logs(LogQuery(min_level="WARNING")) == 1
        assert storage.settings.get_setting("schema_version") == SCHEMA_VERSION
    finally:
        storage.close()
    with closing(sqlite3.connect(database_file(data_dir))) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


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
