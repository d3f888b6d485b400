"""The schema on PostgreSQL: made from the same migration list as SQLite's, with the same tables and
columns, once however many workers start together, and refused when a newer StoreSync made it."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import psycopg
import pytest

from app.core.errors import StorageError
from app.core.models import InventoryRecord, Job, JobKind, Platform, Store, SyncRun, Trigger
from app.core.ports import BulkRows, InventoryBatch
from app.core.schedule import ScheduleSpec
from app.core.stock_rows import encode_rows
from app.storage import postgres, postgres_merge
from app.storage.models import ALL_MODELS
from app.storage.schema import OUR_TABLES, SCHEMA_VERSION
from tests.storage.both_backends import postgresql

pytestmark = pytest.mark.postgres


def _columns(connection: postgres.Connection, table: str) -> set[str]:
    rows = connection.execute(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_schema = 'public' AND table_name = %s",
        (table,),
    ).fetchall()
    return {name for (name,) in rows}


def test_an_empty_database_gets_every_table_the_models_declare(postgres_url: str) -> None:
    with postgres.connect(postgres_url) as connection:
        assert postgres.migrate(connection) == 0
        tables = connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
        assert {name for (name,) in tables} == {model._meta.table_name for model in ALL_MODELS}
        assert {name for (name,) in tables} >= OUR_TABLES
        for model in ALL_MODELS:
            declared = {field.column_name for field in model._meta.sorted_fields}
            assert _columns(connection, model._meta.table_name) == declared, model._meta.table_name
        assert postgres.schema_version(connection) == SCHEMA_VERSION


def test_workers_starting_together_migrate_once(postgres_url: str) -> None:
    def start_worker(_: int) -> int:
        with postgres.connect(postgres_url) as connection:
            return postgres.migrate(connection)

    with ThreadPoolExecutor(max_workers=4) as pool:
        found = sorted(pool.map(start_worker, range(4)))
    assert found == [0, SCHEMA_VERSION, SCHEMA_VERSION, SCHEMA_VERSION]


def test_a_removed_store_keeps_its_history_and_log_lines_without_the_link(postgres_url: str) -> None:
    with postgres.connect(postgres_url) as connection:
        postgres.migrate(connection)
        store_id = connection.execute(
            "INSERT INTO store (name, platform, created_at) VALUES ('Shop', 'shopify', 'now') RETURNING id"
        ).fetchone()[0]
        keychain_id = connection.execute("SELECT keychain_id FROM store").fetchone()[0]
        run_id = connection.execute(
            "INSERT INTO sync_run (store_id, kind, trigger, started_at, status, store_name) "
            "VALUES (%s, 'inventory_pull', 'manual', 'now', 'succeeded', 'Shop') RETURNING id",
            (store_id,),
        ).fetchone()[0]
        connection.execute(
            "INSERT INTO log_record (time, level, store_id, run_id, message) "
            "VALUES ('now', 'INFO', %s, %s, 'x')",
            (store_id, run_id),
        )
        connection.execute("DELETE FROM store")
        assert connection.execute("SELECT store_id, store_name FROM sync_run").fetchall() == [(None, "Shop")]
        assert connection.execute("SELECT store_id, run_id FROM log_record").fetchall() == [(None, run_id)]
    assert len(keychain_id) == 32


def test_a_database_from_a_newer_version_is_refused_with_a_reason(postgres_url: str) -> None:
    with postgres.connect(postgres_url) as connection:
        postgres.migrate(connection)
        newer = str(SCHEMA_VERSION + 1)
        connection.execute("UPDATE setting SET value = %s WHERE key = 'schema_version'", (newer,))
        connection.commit()
        with pytest.raises(StorageError, match="newer StoreSync"):
            postgres.migrate(connection)


def test_an_unreachable_server_is_one_sentence_without_the_password() -> None:
    with pytest.raises(StorageError) as caught:
        postgres.connect("postgresql://worker:s3cret-pw@127.0.0.1:9/storesync")
    message = str(caught.value)
    shown = "postgresql://worker@127.0.0.1:9/storesync"
    assert message.startswith(f"StoreSync cannot reach PostgreSQL at {shown}: ")
    assert "s3cret-pw" not in message and "\n" not in message


def test_removing_a_run_removes_its_stock_changes_and_a_store_only_unlinks_them(postgres_url: str) -> None:
    with postgres.connect(postgres_url, autocommit=True) as connection:
        postgres.migrate(connection)
        connection.execute(
            "INSERT INTO store (id, name, platform, created_at) VALUES (1, 'Shop', 'shopify', 'x')"
        )
        for run_id in (1, 2):
            connection.execute(
                "INSERT INTO sync_run (id, store_id, kind, trigger, started_at, status) "
                "VALUES (%s, 1, 'inventory_pull', 'manual', 'x', 'succeeded')",
                (run_id,),
            )
            connection.execute(
                "INSERT INTO inventory_change (run_id, store_id, sku, new_quantity) VALUES (%s, 1, 'A', 1)",
                (run_id,),
            )
        connection.execute("DELETE FROM sync_run WHERE id = 1")
        connection.execute("DELETE FROM store")
        assert connection.execute("SELECT run_id, store_id FROM inventory_change").fetchall() == [(2, None)]


def test_a_removed_stores_stock_goes_with_it_and_a_batch_after_its_removal_stores_nothing(
    postgres_url: str,
) -> None:
    """inventory_item has no per-row key check on PostgreSQL (a fifth of a first sync's time): a
    statement trigger removes a removed store's items, a batch in flight holds the removal back until
    it commits, and a batch after the removal is refused instead of leaving items of no store."""
    with (
        postgres.connect(postgres_url, autocommit=True) as connection,
        postgres.connect(postgres_url, autocommit=True) as other,
    ):
        postgres.migrate(connection)
        for store_id in (1, 2):
            connection.execute(
                "INSERT INTO store (id, name, platform, created_at) VALUES (%s, %s, 'shopify', 'x')",
                (store_id, f"Shop {store_id}"),
            )
        run_ids = [
            connection.execute(
                "INSERT INTO sync_run (store_id, kind, trigger, started_at, status) "
                "VALUES (%s, 'inventory_pull', 'manual', 'x', 'running') RETURNING id",
                (store_id,),
            ).fetchone()[0]
            for store_id in (1, 2)
        ]

        def batch(store_id: int, run_id: int) -> InventoryBatch:
            rows = [(f"SKU-{n}", n, "Item", None, None, None) for n in range(3)]
            return InventoryBatch(store_id, run_id, bulk=[BulkRows(encode_rows(rows), len(rows))])

        for store_id, run_id in zip((1, 2), run_ids, strict=True):
            with connection.transaction():
                assert postgres_merge.merge(connection, batch(store_id, run_id), "now").created == 3

        with connection.transaction():  # a batch in flight: the removal waits for it
            postgres_merge.merge(connection, batch(1, run_ids[0]), "now")
            other.execute("SET lock_timeout = '300ms'")
            with pytest.raises(psycopg.errors.LockNotAvailable):
                other.execute("DELETE FROM store WHERE id = 1")

        other.execute("DELETE FROM store WHERE id = 1")
        stores = connection.execute("SELECT DISTINCT store_id FROM inventory_item").fetchall()
        assert stores == [(2,)]
        refused = pytest.raises(
            StorageError, match=r"^The store was removed during the run, so its stock was not stored\.$"
        )
        with refused, connection.transaction():
            postgres_merge.merge(connection, batch(1, run_ids[0]), "now")
        assert connection.execute("SELECT count(*) FROM inventory_item WHERE store_id = 1").fetchone() == (0,)


@pytest.fixture
def linguistic_database(postgres_url: str) -> Iterator[str]:
    """A database whose default collation sorts as a language does (ICU's en-US: "a" beside "A"), as a
    server set up with en_US.UTF-8 does."""
    server = postgres_url.rsplit("/", 1)[0]
    name = postgres_url.rsplit("/", 1)[1] + "_en"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(
            f"CREATE DATABASE \"{name}\" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' "
            "LOCALE 'C.UTF-8'"
        )
    yield f"{server}/{name}"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def test_skus_are_listed_in_the_desktops_order_whatever_the_servers_language(
    linguistic_database: str,
) -> None:
    """SQLite compares SKUs byte by byte; a server set up in a language would list "a-3" beside "A-10"
    and the window would order the same stock differently against a server."""
    skus = ["b-1", "B-2", "a-3", "A-10", "Z-9", "ä-5"]
    async with postgresql(linguistic_database) as storage:
        store = await storage.stores.save_store(Store("Shop", Platform.SHOPIFY, {}))
        job = await storage.stores.save_job(
            Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(hours=1), store.id)
        )
        run = await storage.runs.start_run(
            SyncRun(job_id=job.id or 0, trigger=Trigger.MANUAL, started_at=datetime.now(UTC))
        )
        records = [InventoryRecord(sku, 1, "Item") for sku in skus]
        await storage.inventory.merge_inventory(InventoryBatch(store.id or 0, run.id or 0, records))
        listed = [item.sku for item in storage.inventory.search_items()]
    assert listed == ["A-10", "B-2", "Z-9", "a-3", "b-1", "ä-5"] == sorted(skus)
