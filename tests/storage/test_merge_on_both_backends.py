"""The inventory merge keeps one contract on SQLite (app.storage.inventory_merge) and on PostgreSQL
(app.storage.postgres_merge): only new and changed SKUs are written, a change row per quantity change,
each SKU once per run, and a complete fetch marks what the store no longer lists as gone. Every test
runs on both backends, each a real database (a SQLite file, a PostgreSQL server)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

import pytest

from app.core.models import InventoryRecord
from app.core.ports import BulkRows, InventoryBatch, MergeResult
from app.storage import inventory_merge, postgres, postgres_merge, schema, timestamps
from app.storage.database import Database

_SETUP = (
    "INSERT INTO store (id, name, platform, created_at) VALUES (1, 'Shop', 'shopify', '2026-01-01')",
    "INSERT INTO job (id, store_id, kind, schedule) VALUES (1, 1, 'inventory_pull', '{}')",
)
_NEW_RUN = (
    "INSERT INTO sync_run (job_id, store_id, kind, trigger, started_at, status) "
    "VALUES (1, 1, 'inventory_pull', 'manual', '2026-01-01', 'running') RETURNING id"
)
_ROWS = "SELECT sku, quantity, name, price, deleted, remote_id, locations FROM inventory_item ORDER BY sku"
_CHANGES = "SELECT sku, old_quantity, new_quantity FROM inventory_change WHERE run_id = {} ORDER BY id"


class Backend(Protocol):
    def run(self) -> int: ...
    def merge(self, batch: InventoryBatch) -> MergeResult: ...
    def finish(self, run_id: int, complete: bool, met: int) -> int: ...
    def query(self, sql: str) -> list[tuple[Any, ...]]: ...


class SqliteBackend:
    def __init__(self, path: Path) -> None:
        self.database = Database(path)
        self.connection = self.database.connection()
        schema.migrate(self.connection)
        for statement in _SETUP:
            self.connection.execute(statement)

    def run(self) -> int:
        return int(self.connection.execute(_NEW_RUN).fetchone()[0])

    def merge(self, batch: InventoryBatch) -> MergeResult:
        with self.database.transaction():
            return inventory_merge.merge(self.connection, batch, timestamps.now_db())

    def finish(self, run_id: int, complete: bool, met: int) -> int:
        with self.database.transaction():
            return inventory_merge.finish(self.connection, 1, run_id, complete, met, timestamps.now_db())

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self.connection.execute(sql.replace("%s", "?")).fetchall()]


class PostgresBackend:
    def __init__(self, url: str) -> None:
        self.connection = postgres.connect(url, autocommit=True)
        postgres.migrate(self.connection)
        for statement in _SETUP:
            self.connection.execute(statement.encode())

    def run(self) -> int:
        row = self.connection.execute(_NEW_RUN.encode()).fetchone()
        assert row is not None
        return int(row[0])

    def merge(self, batch: InventoryBatch) -> MergeResult:
        with self.connection.transaction():
            return postgres_merge.merge(self.connection, batch, timestamps.now_db())

    def finish(self, run_id: int, complete: bool, met: int) -> int:
        with self.connection.transaction():
            return postgres_merge.finish(self.connection, 1, run_id, complete, met, timestamps.now_db())

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self.connection.execute(sql.encode()).fetchall()]


class Shop:
    """One store on one backend, and the calls a run makes (counting the SKUs it stored, as the
    repository does for the run's end)."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.met: dict[int, int] = {}

    def start(self) -> int:
        return self.backend.run()

    def merge(
        self,
        run_id: int,
        *records: InventoryRecord,
        bulk: Sequence[BulkRows] = (),
        refused: Sequence[str] = (),
    ) -> MergeResult:
        result = self.backend.merge(InventoryBatch(1, run_id, list(records), list(bulk), list(refused)))
        self.met[run_id] = self.met.get(run_id, 0) + result.taken
        return result

    def finish(self, run_id: int, *, complete: bool = True) -> int:
        return self.backend.finish(run_id, complete, self.met.pop(run_id, 0))

    def sync(self, *records: InventoryRecord) -> int:
        run_id = self.start()
        self.merge(run_id, *records)
        self.finish(run_id)
        return run_id

    def rows(self) -> dict[str, tuple[int, str, Decimal | None, bool]]:
        return {
            sku: (quantity, name, None if price is None else Decimal(price), bool(deleted))
            for sku, quantity, name, price, deleted, _remote_id, _locations in self.backend.query(_ROWS)
        }

    def changes(self, run_id: int) -> list[tuple[Any, ...]]:
        return self.backend.query(_CHANGES.format(int(run_id)))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shop(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Shop]:
    if request.param == "sqlite":
        backend = SqliteBackend(tmp_path / "storesync.sqlite3")
        yield Shop(backend)
        backend.database.close()
    else:
        backend_pg = PostgresBackend(request.getfixturevalue("postgres_url"))
        yield Shop(backend_pg)
        backend_pg.connection.close()


def _bulk(*rows: Sequence[Any]) -> BulkRows:
    return BulkRows(json.dumps([list(row) for row in rows]), len(rows))


def test_a_first_sync_stores_every_sku_with_a_change_row_each(shop: Shop) -> None:
    run_id = shop.start()
    assert shop.merge(
        run_id, InventoryRecord("A", 3, "Mug", Decimal("9.90")), InventoryRecord("B", 1, "Lamp")
    ) == (MergeResult(created=2))
    shop.finish(run_id)
    assert shop.rows() == {"A": (3, "Mug", Decimal("9.90"), False), "B": (1, "Lamp", None, False)}
    assert shop.changes(run_id) == [("A", None, 3), ("B", None, 1)]


def test_a_resync_writes_only_new_and_changed_skus(shop: Shop) -> None:
    shop.sync(InventoryRecord("A", 3, "Mug", Decimal("9.90")), InventoryRecord("B", 1, "Lamp"))
    run_id = shop.start()
    result = shop.merge(
        run_id,
        InventoryRecord("A", 5, "Mug", Decimal("9.90")),
        InventoryRecord("B", 1, "Desk lamp"),
        InventoryRecord("C", 7, "Scarf", Decimal("12")),
        InventoryRecord("D", 0, "Unchanged?"),
    )
    assert result == MergeResult(created=2, updated=2)
    again = shop.start()
    assert shop.merge(again, InventoryRecord("A", 5, "Mug", Decimal("9.90"))) == MergeResult(unchanged=1)
    assert shop.rows()["B"] == (1, "Desk lamp", None, False)
    assert shop.changes(run_id) == [("A", 3, 5), ("C", None, 7), ("D", None, 0)], (
        "a rename is no stock change"
    )
    assert shop.changes(again) == []


def test_a_sku_listed_twice_counts_once_and_keeps_its_first_listing(shop: Shop) -> None:
    run_id = shop.start()
    first = shop.merge(
        run_id, bulk=[_bulk(["A", 1, "First", None, None, None], ["A", 9, "Second", None, None, None])]
    )
    later = shop.merge(run_id, InventoryRecord("A", 4, "Later batch"))
    assert (first, later) == (MergeResult(created=1), MergeResult())
    assert shop.rows() == {"A": (1, "First", None, False)}


def test_a_first_syncs_page_repeating_an_earlier_one_stores_only_its_new_skus(shop: Shop) -> None:
    """A platform that repeats a page within a first sync, a new SKU beside the repeated one."""
    run_id = shop.start()
    first = shop.merge(run_id, InventoryRecord("A", 1, "First"), InventoryRecord("B", 2, "Lamp"))
    repeated = shop.merge(run_id, InventoryRecord("B", 8, "Repeated"), InventoryRecord("C", 3, "Cup"))
    assert (first, repeated) == (MergeResult(created=2), MergeResult(created=1))
    assert shop.finish(run_id) == 0
    assert shop.rows() == {
        "A": (1, "First", None, False),
        "B": (2, "Lamp", None, False),
        "C": (3, "Cup", None, False),
    }
    assert shop.changes(run_id) == [("A", None, 1), ("B", None, 2), ("C", None, 3)]


def test_skus_not_listed_are_gone_only_after_a_complete_fetch(shop: Shop) -> None:
    shop.sync(InventoryRecord("A", 3, "Mug"), InventoryRecord("B", 1, "Lamp"), InventoryRecord("C", 2, "Cup"))
    partial = shop.start()
    shop.merge(partial, InventoryRecord("A", 3, "Mug"))
    assert shop.finish(partial, complete=False) == 0
    assert not any(deleted for *_rest, deleted in shop.rows().values())
    complete = shop.start()
    shop.merge(complete, InventoryRecord("A", 3, "Mug"), refused=["C"])
    assert shop.finish(complete) == 1
    assert shop.rows()["B"] == (1, "Lamp", None, True)
    assert shop.rows()["C"][3] is False, "a refused record is still listed by the store"
    assert shop.changes(complete) == [("B", 1, None)]


def test_a_gone_sku_that_comes_back_is_listed_again_with_a_change_row(shop: Shop) -> None:
    shop.sync(InventoryRecord("A", 3, "Mug"), InventoryRecord("B", 1, "Lamp"))
    shop.sync(InventoryRecord("A", 3, "Mug"))
    run_id = shop.start()
    assert shop.merge(run_id, InventoryRecord("B", 1, "Lamp")) == MergeResult(updated=1)
    assert shop.rows()["B"] == (1, "Lamp", None, False)
    assert shop.changes(run_id) == [("B", None, 1)]


def test_ids_locations_and_times_are_stored_as_listed(shop: Shop) -> None:
    run_id = shop.start()
    shop.merge(run_id, bulk=[_bulk(["A", 2, None, 5, "2026-01-02 03:04:05.000000", 123, [["WH-1", 2]]])])
    [(sku, quantity, name, price, _deleted, remote_id, locations)] = shop.backend.query(_ROWS)
    assert (sku, quantity, name, price, remote_id) == ("A", 2, "", "5", "123")
    assert json.loads(locations) == [["WH-1", 2]]
    [(updated_at,)] = shop.backend.query("SELECT updated_at FROM inventory_item")
    assert updated_at == "2026-01-02 03:04:05.000000"
