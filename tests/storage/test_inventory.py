"""The hot path: snapshot, batched writes with the cursor, deletions, and what the panels read."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.core.errors import StorageError
from app.core.models import InventoryChange, InventoryRecord, Job, Store, SyncRun, Trigger
from app.core.ports import CursorUpdate, InventoryBatch, SnapshotRow
from app.storage import Storage
from app.storage import inventory as inventory_module
from tests.storage.conftest import add_store_and_job


async def _start(storage: Storage, job: Job) -> int:
    run = await storage.runs.start_run(
        SyncRun(job_id=job.id or 0, trigger=Trigger.SCHEDULED, started_at=datetime.now(UTC))
    )
    assert run.id is not None
    return run.id


@pytest.fixture
async def shop(storage: Storage) -> tuple[Store, Job]:
    return await add_store_and_job(storage)


async def test_written_rows_come_back_in_the_snapshot(storage: Storage, shop: tuple[Store, Job]) -> None:
    store, job = shop
    run_id = await _start(storage, job)
    await storage.inventory.write_inventory(
        InventoryBatch(
            store_id=store.id or 0,
            run_id=run_id,
            created=[
                InventoryRecord(
                    "MUG-1", 5, "Mug", Decimal("9.90"), remote_id="gid://1", locations=(("A", 2), ("B", 3))
                ),
                InventoryRecord("CAP-1", 0, "Cap", None),
            ],
            changes=[("MUG-1", None, 5), ("CAP-1", None, 0)],
            cursor=CursorUpdate(job.id or 0, "inventory", "page-1"),
        )
    )
    snapshot = await storage.inventory.load_snapshot(store.id or 0)
    assert snapshot == {
        "MUG-1": SnapshotRow("Mug", 5, "9.90", False),
        "CAP-1": SnapshotRow("Cap", 0, None, False),
    }
    assert storage.cursors.get_cursor(job.id or 0, "inventory") == "page-1"
    assert storage.inventory.changes_for_run(run_id) == [
        InventoryChange(run_id, store.id or 0, "MUG-1", None, 5),
        InventoryChange(run_id, store.id or 0, "CAP-1", None, 0),
    ]
    [mug] = storage.inventory.search_items("mug")
    assert mug.price == Decimal("9.90") and mug.last_seen_run == run_id and not mug.deleted


async def test_prices_keep_every_decimal_place(storage: Storage, shop: tuple[Store, Job]) -> None:
    store, job = shop
    run_id = await _start(storage, job)
    price = Decimal("1234567890.1234567890")
    await storage.inventory.write_inventory(
        InventoryBatch(store.id or 0, run_id, created=[InventoryRecord("X", 1, "x", price)])
    )
    assert storage.inventory.search_items()[0].price == price


async def test_an_update_replaces_the_stored_values(storage: Storage, shop: tuple[Store, Job]) -> None:
    store, job = shop
    first = await _start(storage, job)
    await storage.inventory.write_inventory(
        InventoryBatch(store.id or 0, first, created=[InventoryRecord("A", 5, "Old")])
    )
    second = await _start(storage, job)
    await storage.inventory.write_inventory(
        InventoryBatch(store.id or 0, second, updated=[InventoryRecord("A", 2, "New")], changes=[("A", 5, 2)])
    )
    assert (await storage.inventory.load_snapshot(store.id or 0))["A"] == SnapshotRow("New", 2, None, False)
    assert storage.inventory.changes_for_run(second) == [InventoryChange(second, store.id or 0, "A", 5, 2)]


async def test_a_batch_of_new_and_changed_skus_records_each_stock_change(
    storage: Storage, shop: tuple[Store, Job]
) -> None:
    store, job = shop
    store_id = store.id or 0
    first = await _start(storage, job)
    await storage.inventory.write_inventory(
        InventoryBatch(store_id, first, created=[InventoryRecord("A", 5)], changes=[("A", None, 5)])
    )
    second = await _start(storage, job)
    await storage.inventory.write_inventory(
        InventoryBatch(
            store_id,
            second,
            created=[InventoryRecord("B", 1), InventoryRecord("C", 7)],
            updated=[InventoryRecord("A", 3)],
            changes=[("B", None, 1), ("A", 5, 3), ("C", None, 7)],
        )
    )
    assert sorted(storage.inventory.changes_for_run(second), key=lambda change: change.sku) == [
        InventoryChange(second, store_id, "A", 5, 3),
        InventoryChange(second, store_id, "B", None, 1),
        InventoryChange(second, store_id, "C", None, 7),
    ]
    assert storage.inventory.changes_for_run(first) == [InventoryChange(first, store_id, "A", None, 5)]


async def test_new_skus_written_without_changes_add_none_to_the_history(
    storage: Storage, shop: tuple[Store, Job]
) -> None:
    store, job = shop
    run_id = await _start(storage, job)
    await storage.inventory.write_inventory(
        InventoryBatch(store.id or 0, run_id, created=[InventoryRecord("A", 5), InventoryRecord("B", 2)])
    )
    assert storage.inventory.changes_for_run(run_id) == []
    assert storage.inventory.count_items() == 2


@pytest.mark.parametrize("json_batches", [True, False], ids=["json-batch", "row-by-row"])
async def test_any_text_and_number_comes_back_as_written(
    storage: Storage, shop: tuple[Store, Job], monkeypatch: pytest.MonkeyPatch, json_batches: bool
) -> None:
    monkeypatch.setattr(inventory_module, "JSON_BATCHES", json_batches)
    store, job = shop
    run_id = await _start(storage, job)
    name = 'Café "Ø" \\ back\\slash,\nnew line ☕ \u00e9\t'
    when = datetime(2026, 3, 1, 10, 30, 15, 250, tzinfo=UTC)
    await storage.inventory.write_inventory(
        InventoryBatch(
            store.id or 0,
            run_id,
            created=[
                InventoryRecord('Ü-1 "q"', -5, name, Decimal("-0.0100"), "7", (("Lager ✓", -5),), when),
                InventoryRecord("BIG", 1_000_000_000, "", None, None, (), None),
            ],
            changes=[('Ü-1 "q"', None, -5), ("BIG", None, 1_000_000_000)],
        )
    )
    snapshot = await storage.inventory.load_snapshot(store.id or 0)
    assert snapshot == {
        'Ü-1 "q"': SnapshotRow(name, -5, "-0.0100", False),
        "BIG": SnapshotRow("", 1_000_000_000, None, False),
    }
    [big, first] = storage.inventory.search_items()
    assert big.quantity == 1_000_000_000 and big.price is None
    assert first.updated_at == when and first.price == Decimal("-0.0100")
    assert [(c.sku, c.old_quantity, c.new_quantity) for c in storage.inventory.changes_for_run(run_id)] == [
        ('Ü-1 "q"', None, -5),
        ("BIG", None, 1_000_000_000),
    ]


async def test_vanished_skus_are_marked_deleted_and_come_back_when_seen_again(
    storage: Storage, shop: tuple[Store, Job]
) -> None:
    store, job = shop
    run_id = await _start(storage, job)
    await storage.inventory.write_inventory(
        InventoryBatch(store.id or 0, run_id, created=[InventoryRecord("A", 4), InventoryRecord("B", 1)])
    )
    later = await _start(storage, job)
    assert await storage.inventory.mark_deleted(store.id or 0, later, ["A", "unknown"]) == 1
    assert await storage.inventory.mark_deleted(store.id or 0, later, ["A"]) == 0
    snapshot = await storage.inventory.load_snapshot(store.id or 0)
    assert snapshot["A"].deleted and not snapshot["B"].deleted
    assert storage.inventory.changes_for_run(later) == [InventoryChange(later, store.id or 0, "A", 4, None)]
    assert [item.sku for item in storage.inventory.low_stock(store.id or 0, 5)] == ["B"]

    await storage.inventory.write_inventory(
        InventoryBatch(store.id or 0, later, updated=[InventoryRecord("A", 3)])
    )
    assert not (await storage.inventory.load_snapshot(store.id or 0))["A"].deleted


async def test_snapshots_are_per_store(storage: Storage, shop: tuple[Store, Job]) -> None:
    store, job = shop
    other, other_job = await add_store_and_job(storage, name="Other")
    await storage.inventory.write_inventory(
        InventoryBatch(store.id or 0, await _start(storage, job), created=[InventoryRecord("SAME", 1)])
    )
    await storage.inventory.write_inventory(
        InventoryBatch(other.id or 0, await _start(storage, other_job), created=[InventoryRecord("SAME", 9)])
    )
    assert (await storage.inventory.load_snapshot(store.id or 0))["SAME"].quantity == 1
    assert (await storage.inventory.load_snapshot(other.id or 0))["SAME"].quantity == 9
    assert storage.inventory.count_items("SAME") == 2


async def test_search_pages_and_matches_sku_or_name_literally(
    storage: Storage, shop: tuple[Store, Job]
) -> None:
    store, job = shop
    records = [InventoryRecord(f"SKU-{n:03d}", n, f"Item {n}") for n in range(250)]
    records.append(InventoryRecord("100%_COTTON", 1, "Shirt"))
    await storage.inventory.write_inventory(
        InventoryBatch(store.id or 0, await _start(storage, job), created=records)
    )
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
        await storage.inventory.write_inventory(
            InventoryBatch(
                owner.id or 0, await _start(storage, owner_job), created=[InventoryRecord(s, 1) for s in skus]
            )
        )
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
    await storage.inventory.write_inventory(
        InventoryBatch(store.id or 0, await _start(storage, job), created=records)
    )
    assert [item.sku for item in storage.inventory.low_stock(store.id or 0, 5)] == ["B", "D", "A"]


async def test_a_failed_batch_leaves_neither_rows_nor_cursor(
    storage: Storage, shop: tuple[Store, Job]
) -> None:
    """A failure inside the transaction (here: a change row for a run that does not exist) rolls back the
    rows and the cursor together, so the next run refetches that page."""
    store, job = shop
    good = await _start(storage, job)
    await storage.inventory.write_inventory(
        InventoryBatch(
            store.id or 0, good, created=[InventoryRecord("A", 1)], cursor=CursorUpdate(job.id or 0, "s", "1")
        )
    )
    with pytest.raises(StorageError, match="FOREIGN KEY"):
        await storage.inventory.write_inventory(
            InventoryBatch(
                store.id or 0,
                999_999,
                created=[InventoryRecord("B", 2)],
                updated=[InventoryRecord("A", 7)],
                changes=[("A", 1, 7)],
                cursor=CursorUpdate(job.id or 0, "s", "2"),
            )
        )
    assert await storage.inventory.load_snapshot(store.id or 0) == {"A": SnapshotRow("", 1, None, False)}
    assert storage.cursors.get_cursor(job.id or 0, "s") == "1"
