"""A sync's writes on PostgreSQL: each batch and its stream cursor commit together or not at all, and
the stock levels a stock push reads are the listed items' quantities."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest

from app.core.errors import StorageError
from app.core.models import InventoryRecord
from app.core.ports import BulkRows, CursorUpdate, InventoryBatch, MergeResult
from app.storage import postgres
from app.storage.postgres_database import PostgresDatabase
from app.storage.postgres_inventory import PostgresInventoryRepository

pytestmark = pytest.mark.postgres

_NEW_RUN = (
    "INSERT INTO sync_run (job_id, store_id, kind, trigger, started_at, status) "
    "VALUES (1, 1, 'inventory_pull', 'manual', 'x', 'running') RETURNING id"
)


@pytest.fixture
async def inventory(postgres_url: str) -> AsyncIterator[tuple[PostgresInventoryRepository, str]]:
    with postgres.connect(postgres_url, autocommit=True) as setup:
        postgres.migrate(setup)
        setup.execute("INSERT INTO store (id, name, platform, created_at) VALUES (1, 'Shop', 'shopify', 'x')")
        setup.execute("INSERT INTO job (id, store_id, kind, schedule) VALUES (1, 1, 'inventory_pull', '{}')")
    database = PostgresDatabase(postgres_url)
    yield PostgresInventoryRepository(database), postgres_url
    database.close()


def _run(url: str) -> int:
    with postgres.connect(url, autocommit=True) as connection:
        row = connection.execute(_NEW_RUN).fetchone()
    assert row is not None
    return int(row[0])


def _cursor(url: str) -> list[tuple[str, str]]:
    with postgres.connect(url) as connection:
        return [
            (stream, value) for stream, value in connection.execute("SELECT stream, value FROM sync_state")
        ]


async def test_a_batch_and_its_cursor_are_stored_together(
    inventory: tuple[PostgresInventoryRepository, str],
) -> None:
    repository, url = inventory
    run_id = _run(url)
    records = [InventoryRecord("A", 3, "Mug"), InventoryRecord("B", 0, "Lamp")]
    cursor = CursorUpdate(1, "inventory", "page-2")
    assert await repository.merge_inventory(InventoryBatch(1, run_id, records, cursor=cursor)) == MergeResult(
        created=2
    )
    assert _cursor(url) == [("inventory", "page-2")]
    assert await repository.stock_levels(1) == {"A": 3, "B": 0}


async def test_a_batch_that_cannot_be_stored_leaves_the_cursor_where_it_was(
    inventory: tuple[PostgresInventoryRepository, str],
) -> None:
    repository, url = inventory
    run_id = _run(url)
    first = InventoryBatch(
        1, run_id, [InventoryRecord("A", 3, "Mug")], cursor=CursorUpdate(1, "inventory", "1")
    )
    await repository.merge_inventory(first)
    too_large = BulkRows(json.dumps([["B", 10**20, "Lamp", None, None, None]]), 1)
    broken = InventoryBatch(1, run_id, bulk=[too_large], cursor=CursorUpdate(1, "inventory", "2"))
    with pytest.raises(StorageError, match=r"could not save the change: .*out of range"):
        await repository.merge_inventory(broken)
    assert _cursor(url) == [("inventory", "1")]
    assert await repository.stock_levels(1) == {"A": 3}


async def test_a_complete_run_marks_what_the_store_no_longer_lists(
    inventory: tuple[PostgresInventoryRepository, str],
) -> None:
    repository, url = inventory
    first = _run(url)
    await repository.merge_inventory(
        InventoryBatch(1, first, [InventoryRecord("A", 3, "Mug"), InventoryRecord("B", 1, "Lamp")])
    )
    assert await repository.finish_inventory_run(1, first, complete=True) == 0
    second = _run(url)
    await repository.merge_inventory(InventoryBatch(1, second, [InventoryRecord("A", 3, "Mug")]))
    assert await repository.finish_inventory_run(1, second, complete=True) == 1
    assert await repository.stock_levels(1) == {"A": 3}
