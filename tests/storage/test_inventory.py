"""The hot path: merged batches with the cursor, vanished SKUs at the end of a complete run, and what the
panels read."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.core.errors import StorageError
from app.core.models import InventoryChange, InventoryRecord, Job, Store, SyncRun, Trigger
from app.core.ports import CursorUpdate, InventoryBatch, MergeResult
from app.storage import Storage
from app.storage.inventory import LEVELS_PER_STEP
from tests.storage.conftest import add_store_and_job


async def _start(storage: Storage, job: Job) -> int:
    """A run of the store in its own copy of `job`: a job never has two runs at once, and these tests
    overlap runs of one store."""
    copy = await storage.stores.save_job(replace(job, id=None))
    run = await storage.runs.start_run(
        SyncRun(job_id=copy.id or 0, trigger=Trigger.SCHEDULED, started_at=datetime.now(UTC))
    )
    assert run.id is not None
    return run.id


async def _merge(
    storage: Storage,
    store: Store,
    run_id: int,
    records: Sequence[InventoryRecord],
    cursor: CursorUpdate | None = None,
) -> MergeResult:
    return await storage.inventory.merge_inventory(
        InventoryBatch(store.id or 0, run_id, records=list(records), cursor=cursor)
    )


async def _sync(storage: Storage, store: Store, job: Job, records: Sequence[InventoryRecord]) -> int:
    """One complete inventory run that lists `records`; returns the run's id."""
    run_id = await _start(storage, job)
    await _merge(storage, store, run_id, records)
    await storage.inventory.finish_inventory_run(store.id or 0, run_id, complete=True)
    return run_id


def _stock(storage: Storage) -> list[tuple[str, int, str, Decimal | None, bool]]:
    return [
        (item.sku, item.quantity, item.name, item.price, item.deleted)
        for item in storage.inventory.search_items()
    ]


@pytest.fixture
async def shop(storage: Storage) -> tuple[Store, Job]:
    return await add_store_and_job(storage)


async def test_merged_rows_come_back_with_their_changes_and_cursor(
    storage: Storage, shop: tuple[Store, Job]
) -> None:
    store, job = shop
    run_id = await _start(storage, job)
    result = await _merge(
        storage,
        store,
        run_id,
        [
            InventoryRecord(
                "MUG-1", 5, "Mug", Decimal("9.90"), remote_id="gid://1", locations=(("A", 2), ("B", 3))
            ),
            InventoryRecord("CAP-1", 0, "Cap", None),
        ],
        cursor=CursorUpdate(job.id or 0, "inventory", "page-1"),
    )
    assert result == MergeResult(created=2) and result.taken == 2
    assert _stock(storage) == [("CAP-1", 0, "Cap", None, False), ("MUG-1", 5, "Mug", Decimal("9.90"), False)]
    assert storage.cursors.get_cursor(job.id or 0, "inventory") == "page-1"
    assert storage.inventory.changes_for_run(run_id) == [
        InventoryChange(run_id, store.id or 0, "MUG-1", None, 5),
        InventoryChange(run_id, store.id or 0, "CAP-1", None, 0),
    ]
    [mug] = storage.inventory.search_items("mug")
    assert mug.last_seen_run == run_id
    assert await storage.inventory.stock_levels(store.id or 0) == {"MUG-1": 5, "CAP-1": 0}


async def test_prices_keep_every_decimal_place(storage: Storage, shop: tuple[Store, Job]) -> None:
    store, job = shop
    price = Decimal("1234567890.1234567890")
    await _merge(storage, store, await _start(storage, job), [InventoryRecord("X", 1, "x", price)])
    [item] = storage.inventory.search_items()
    assert item.price == price and str(item.price) == "1234567890.1234567890"


async def test_an_update_replaces_the_stored_values(storage: Storage, shop: tuple[Store, Job]) -> None:
    store, job = shop
    await _sync(storage, store, job, [InventoryRecord("A", 5, "Old", Decimal("1.00"))])
    second = await _start(storage, job)
    result = await _merge(storage, store, second, [InventoryRecord("A", 2, "New", None)])
    assert result == MergeResult(updated=1)
    assert _stock(storage) == [("A", 2, "New", None, False)]
    assert storage.inventory.changes_for_run(second) == [InventoryChange(second, store.id or 0, "A", 5, 2)]


async def test_a_batch_of_new_and_changed_skus_records_each_stock_change(
    storage: Storage, shop: tuple[Store, Job]
) -> None:
    store, job = shop
    store_id = store.id or 0
    first = await _sync(storage, store, job, [InventoryRecord("A", 5), InventoryRecord("R", 1, "Lamp")])
    second = await _start(storage, job)
    result = await _merge(
        storage,
        store,
        second,
        [
            InventoryRecord("B", 1),
            InventoryRecord("A", 3),
            InventoryRecord("R", 1, "Desk lamp"),
            InventoryRecord("C", 7),
        ],
    )
    assert result == MergeResult(created=2, updated=2)
    assert storage.inventory.changes_for_run(second) == [
        InventoryChange(second, store_id, "B", None, 1),
        InventoryChange(second, store_id, "A", 5, 3),
        InventoryChange(second, store_id, "C", None, 7),
    ], "a renamed SKU is updated, but its stock did not change"
    assert storage.inventory.changes_for_run(first) == [
        InventoryChange(first, store_id, "A", None, 5),
        InventoryChange(first, store_id, "R", None, 1),
    ]


async def test_a_resync_of_equal_rows_writes_nothing_and_adds_nothing_to_the_history(
    storage: Storage, shop: tuple[Store, Job]
) -> None:
    store, job = shop
    records = [InventoryRecord("A", 5, "Mug", Decimal("9.90")), InventoryRecord("B", 2)]
    first = await _sync(storage, store, job, records)
    second = await _start(storage, job)
    assert await _merge(storage, store, second, records) == MergeResult(unchanged=2)
    assert await storage.inventory.finish_inventory_run(store.id or 0, second, complete=True) == 0
    assert storage.inventory.changes_for_run(second) == []
    assert [item.last_seen_run for item in storage.inventory.search_items()] == [first, first]
    assert storage.inventory.count_items() == 2


async def test_any_text_and_number_comes_back_as_written(storage: Storage, shop: tuple[Store, Job]) -> None:
    store, job = shop
    run_id = await _start(storage, job)
    name = 'Café "Ø" \\ back\\slash,\nnew line ☕ \u00e9\t'
    when = datetime(2026, 3, 1, 10, 30, 15, 250, tzinfo=UTC)
    result = await _merge(
        storage,
        store,
        run_id,
        [
            InventoryRecord('Ü-1 "q"', -5, name, Decimal("-0.0100"), "7", (("Lager ✓", -5),), when),
            InventoryRecord("BIG", 1_000_000_000, "", None, None, (), None),
        ],
    )
    assert result == MergeResult(created=2)
    [big, first] = storage.inventory.search_items()
    assert (big.sku, big.quantity, big.name, big.price) == ("BIG", 1_000_000_000, "", None)
    assert (first.sku, first.quantity, first.name) == ('Ü-1 "q"', -5, name)
    assert first.updated_at == when and str(first.price) == "-0.0100"
    assert [(c.sku, c.old_quantity, c.new_quantity) for c in storage.inventory.changes_for_run(run_id)] == [
        ('Ü-1 "q"', None, -5),
        ("BIG", None, 1_000_000_000),
    ]
    with sqlite3.connect(storage.path) as connection:
        raw = connection.execute(
            "SELECT remote_id, locations FROM inventory_item WHERE sku = ?", ('Ü-1 "q"',)
        ).fetchone()
    assert raw[0] == "7" and json.loads(raw[1]) == [["Lager ✓", -5]]


async def test_vanished_skus_are_marked_deleted_and_come_back_when_seen_again(
    storage: Storage, shop: tuple[Store, Job]
) -> None:
    store, job = shop
    store_id = store.id or 0
    await _sync(storage, store, job, [InventoryRecord("A", 4), InventoryRecord("B", 1)])

    later = await _start(storage, job)
    await _merge(storage, store, later, [InventoryRecord("B", 1)])
    assert await storage.inventory.finish_inventory_run(store_id, later, complete=True) == 1
    assert _stock(storage) == [("A", 4, "", None, True), ("B", 1, "", None, False)]
    assert storage.inventory.changes_for_run(later) == [InventoryChange(later, store_id, "A", 4, None)]
    assert [item.sku for item in storage.inventory.low_stock(store_id, 5)] == ["B"]
    assert await storage.inventory.stock_levels(store_id) == {"B": 1}

    again = await _start(storage, job)
    assert await _merge(storage, store, again, [InventoryRecord("A", 3), InventoryRecord("B", 1)]) == (
        MergeResult(updated=1, unchanged=1)
    )
    assert await storage.inventory.finish_inventory_run(store_id, again, complete=True) == 0
    assert _stock(storage) == [("A", 3, "", None, False), ("B", 1, "", None, False)]
    assert storage.inventory.changes_for_run(again) == [InventoryChange(again, store_id, "A", None, 3)]


async def test_stock_is_kept_per_store(storage: Storage, shop: tuple[Store, Job]) -> None:
    store, job = shop
    other, other_job = await add_store_and_job(storage, name="Other")
    await _sync(storage, store, job, [InventoryRecord("SAME", 1), InventoryRecord("ONLY-HERE", 2)])
    await _sync(storage, other, other_job, [InventoryRecord("SAME", 9)])
    assert await storage.inventory.stock_levels(store.id or 0) == {"SAME": 1, "ONLY-HERE": 2}
    assert await storage.inventory.stock_levels(other.id or 0) == {"SAME": 9}
    assert storage.inventory.count_items("SAME") == 2


async def test_search_pages_and_matches_sku_or_name_literally(
    storage: Storage, shop: tuple[Store, Job]
) -> None:
    store, job = shop
    records = [InventoryRecord(f"SKU-{n:03d}", n, f"Item {n}") for n in range(250)]
    records.append(InventoryRecord("100%_COTTON", 1, "Shirt"))
    await _sync(storage, store, job, records)
    assert storage.inventory.count_items() == 251
    page = storage.inventory.search_items(offset=200, limit=100)
    assert len(page) == 51
    assert storage.inventory.count_items("Item 1") == 111  # 1, 10-19, 100-199
    assert [item.sku for item in storage.inventory.search_items("0%_")] == ["100%_COTTON"]
    assert storage.inventory.count_items("%") == 1


async def test_search_pages_by_sku_with_every_store_of_a_sku_together(
    storage: Storage, shop: tuple[Store, Job]
) -> None:
    store, job = shop
    other, other_job = await add_store_and_job(storage, name="Other")
    skus = [f"SKU-{n:03d}" for n in range(10)]
    for owner, owner_job in ((store, job), (other, other_job)):
        await _sync(storage, owner, owner_job, [InventoryRecord(s, 1) for s in skus])
    pages = [storage.inventory.search_items(offset=offset, limit=4) for offset in range(0, 20, 4)]
    read = [(item.sku, item.store_id) for page in pages for item in page]
    assert read == [(sku, owner.id) for sku in skus for owner in (store, other)]
    assert [(i.sku, i.store_id) for i in pages[0]] == [
        ("SKU-000", store.id),
        ("SKU-000", other.id),
        ("SKU-001", store.id),
        ("SKU-001", other.id),
    ], "a page carries both stores of each SKU it reaches"
    searched = [storage.inventory.search_items("SKU-00", offset=offset, limit=4) for offset in (0, 4)]
    assert [(i.sku, i.store_id) for page in searched for i in page] == read[:8], "searches page alike"


async def test_low_stock_lists_lowest_first(storage: Storage, shop: tuple[Store, Job]) -> None:
    store, job = shop
    records = [
        InventoryRecord("A", 5),
        InventoryRecord("B", 0),
        InventoryRecord("C", 6),
        InventoryRecord("D", 2),
    ]
    await _sync(storage, store, job, records)
    assert [item.sku for item in storage.inventory.low_stock(store.id or 0, 5)] == ["B", "D", "A"]


async def test_a_failed_batch_leaves_neither_rows_nor_cursor(
    storage: Storage, shop: tuple[Store, Job]
) -> None:
    """A failure inside the transaction (here: a change row for a run that does not exist) rolls back the
    rows and the cursor together, so the next run refetches that page."""
    store, job = shop
    good = await _start(storage, job)
    await _merge(storage, store, good, [InventoryRecord("A", 1)], CursorUpdate(job.id or 0, "s", "1"))
    with pytest.raises(StorageError, match="FOREIGN KEY"):
        await _merge(
            storage,
            store,
            999_999,
            [InventoryRecord("B", 2), InventoryRecord("A", 7)],
            CursorUpdate(job.id or 0, "s", "2"),
        )
    assert _stock(storage) == [("A", 1, "", None, False)]
    assert storage.cursors.get_cursor(job.id or 0, "s") == "1"

    retry = await _start(storage, job)
    result = await _merge(
        storage,
        store,
        retry,
        [InventoryRecord("B", 2), InventoryRecord("A", 7)],
        CursorUpdate(job.id or 0, "s", "2"),
    )
    assert result == MergeResult(created=1, updated=1), "the failed batch left nothing half-merged behind"
    assert _stock(storage) == [("A", 7, "", None, False), ("B", 2, "", None, False)]
    assert storage.cursors.get_cursor(job.id or 0, "s") == "2"


async def test_stock_levels_of_a_large_catalogue_come_back_whole(
    storage: Storage, shop: tuple[Store, Job]
) -> None:
    """A push reads its source's levels a step of SKUs at a time: every SKU comes back once, at every
    step boundary, with a vanished SKU left out and the chosen locations summed."""
    store, job = shop
    count = 2 * LEVELS_PER_STEP + 1
    records = [
        InventoryRecord(f"SKU-{index:06d}", index % 7, locations=(("A", 1), ("B", 2)))
        for index in range(count)
    ]
    await _sync(storage, store, job, records)
    later = await _start(storage, job)
    await _merge(storage, store, later, records[1:])  # SKU-000000 vanished
    await storage.inventory.finish_inventory_run(store.id or 0, later, complete=True)

    levels = await storage.inventory.stock_levels(store.id or 0)
    assert levels == {record.sku: record.quantity for record in records[1:]}
    at_b = await storage.inventory.stock_levels_at(store.id or 0, ["B"])
    assert at_b == {record.sku: 2 for record in records[1:]}
