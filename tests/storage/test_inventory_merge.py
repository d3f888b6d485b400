"""The merge decides what a re-sync writes: only new and changed SKUs, never unchanged ones, each SKU
once per run, and which SKUs a complete fetch no longer lists."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from app.core.models import InventoryRecord, Job, Store, SyncRun, Trigger
from app.core.ports import BulkRows, InventoryBatch, MergeResult
from app.storage import Storage
from tests.storage.conftest import add_store_and_job

WHEN = datetime(2026, 1, 31, 8, 0, tzinfo=UTC)


async def _start(storage: Storage, job: Job) -> int:
    """A run of the store in its own copy of `job`: a job never has two runs at once, and these tests
    overlap runs of one store."""
    copy = await storage.stores.save_job(replace(job, id=None))
    run = await storage.runs.start_run(
        SyncRun(job_id=copy.id or 0, trigger=Trigger.SCHEDULED, started_at=datetime.now(UTC))
    )
    assert run.id is not None
    return run.id


def _bulk(*rows: Sequence[Any]) -> BulkRows:
    return BulkRows(json.dumps([list(row) for row in rows]), len(rows))


class Shop:
    """One store with its inventory job, and the calls a run makes."""

    def __init__(self, storage: Storage, store: Store, job: Job) -> None:
        self.storage, self.store_id, self.job = storage, store.id or 0, job

    async def start(self) -> int:
        return await _start(self.storage, self.job)

    async def merge(
        self,
        run_id: int,
        *records: InventoryRecord,
        bulk: Sequence[BulkRows] = (),
        refused: Sequence[str] = (),
    ) -> MergeResult:
        batch = InventoryBatch(self.store_id, run_id, list(records), list(bulk), list(refused))
        return await self.storage.inventory.merge_inventory(batch)

    async def finish(self, run_id: int, *, complete: bool = True) -> int:
        return await self.storage.inventory.finish_inventory_run(self.store_id, run_id, complete=complete)

    async def sync(self, *records: InventoryRecord) -> int:
        """A complete run listing `records`."""
        run_id = await self.start()
        await self.merge(run_id, *records)
        await self.finish(run_id)
        return run_id

    def rows(self) -> dict[str, tuple[int, str, Decimal | None, bool, int | None]]:
        return {
            item.sku: (item.quantity, item.name, item.price, item.deleted, item.last_seen_run)
            for item in self.storage.inventory.search_items(limit=10_000)
            if item.store_id == self.store_id
        }

    def changes(self, run_id: int) -> list[tuple[str, int | None, int | None]]:
        return [
            (change.sku, change.old_quantity, change.new_quantity)
            for change in self.storage.inventory.changes_for_run(run_id)
            if change.store_id == self.store_id
        ]


@pytest.fixture
async def shop(storage: Storage) -> Shop:
    return Shop(storage, *await add_store_and_job(storage))


async def test_unchanged_rows_are_not_written(shop: Shop) -> None:
    first = await shop.sync(InventoryRecord("A", 3, "Mug", Decimal("9.90"), updated_at=WHEN))
    [before] = shop.storage.inventory.search_items()
    second = await shop.start()
    later = datetime(2026, 2, 1, tzinfo=UTC)
    assert await shop.merge(second, InventoryRecord("A", 3, "Mug", Decimal("9.90"), updated_at=later)) == (
        MergeResult(unchanged=1)
    )
    [after] = shop.storage.inventory.search_items()
    assert after == before and after.last_seen_run == first and after.updated_at == WHEN
    assert shop.changes(second) == []


async def test_new_and_changed_rows_are_written_with_a_change_row_per_quantity_change(shop: Shop) -> None:
    await shop.sync(InventoryRecord("A", 3, "Mug", Decimal("9.90")), InventoryRecord("B", 1, "Lamp"))
    run_id = await shop.start()
    result = await shop.merge(
        run_id,
        InventoryRecord("A", 5, "Mug", Decimal("9.90")),
        InventoryRecord("B", 1, "Desk lamp"),
        InventoryRecord("C", 7, "Scarf", Decimal("12")),
    )
    assert result == MergeResult(created=1, updated=2)
    assert shop.rows() == {
        "A": (5, "Mug", Decimal("9.90"), False, run_id),
        "B": (1, "Desk lamp", None, False, run_id),
        "C": (7, "Scarf", Decimal("12"), False, run_id),
    }
    assert shop.changes(run_id) == [("A", 3, 5), ("C", None, 7)], "a renamed SKU's stock did not change"


async def test_price_compares_as_decimal_text(shop: Shop) -> None:
    await shop.sync(InventoryRecord("A", 3, "Mug", Decimal("9.90")))
    run_id = await shop.start()
    assert await shop.merge(run_id, InventoryRecord("A", 3, "Mug", Decimal("9.9"))) == MergeResult(updated=1)
    [item] = shop.storage.inventory.search_items()
    assert str(item.price) == "9.9", "9.9 and 9.90 are stored as the store sends them"
    assert shop.changes(run_id) == []


async def test_a_deleted_sku_that_comes_back_is_restored(shop: Shop) -> None:
    await shop.sync(InventoryRecord("A", 3, "Mug"), InventoryRecord("B", 1))
    gone = await shop.sync(InventoryRecord("B", 1))
    assert shop.rows()["A"] == (3, "Mug", None, True, gone)
    back = await shop.start()
    assert await shop.merge(back, InventoryRecord("A", 3, "Mug")) == MergeResult(updated=1)
    assert shop.rows()["A"] == (3, "Mug", None, False, back)
    assert shop.changes(back) == [("A", None, 3)]


async def test_a_sku_listed_twice_in_one_batch_counts_once_and_the_first_listing_is_kept(shop: Shop) -> None:
    run_id = await shop.start()
    result = await shop.merge(run_id, InventoryRecord("A", 3, "Mug"), InventoryRecord("A", 5, "Other"))
    assert result == MergeResult(created=1)
    assert shop.rows() == {"A": (3, "Mug", None, False, run_id)}
    assert shop.changes(run_id) == [("A", None, 3)]


async def test_a_sku_met_in_an_earlier_batch_of_the_run_is_not_counted_or_written_again(shop: Shop) -> None:
    run_id = await shop.start()
    assert await shop.merge(run_id, InventoryRecord("A", 3, "Mug")) == MergeResult(created=1)
    again = await shop.merge(run_id, InventoryRecord("A", 5, "Mug"), InventoryRecord("B", 1, "Lamp"))
    assert again == MergeResult(created=1) and again.taken == 1
    repeated_in_bulk = await shop.merge(run_id, bulk=[_bulk(["A", 9, "Mug", None, None, None])])
    assert repeated_in_bulk == MergeResult()
    assert {sku: row[0] for sku, row in shop.rows().items()} == {"A": 3, "B": 1}
    assert shop.changes(run_id) == [("A", None, 3), ("B", None, 1)]


async def test_skus_not_met_are_deleted_only_after_a_complete_fetch(shop: Shop) -> None:
    await shop.sync(InventoryRecord("A", 3), InventoryRecord("B", 1), InventoryRecord("C", 2))
    partial = await shop.start()
    await shop.merge(partial, InventoryRecord("A", 3))
    assert await shop.finish(partial, complete=False) == 0
    assert not any(row[3] for row in shop.rows().values())
    assert shop.changes(partial) == []

    complete = await shop.start()
    await shop.merge(complete, InventoryRecord("A", 3))
    assert await shop.finish(complete) == 2
    assert {sku: row[3] for sku, row in shop.rows().items()} == {"A": False, "B": True, "C": True}
    assert shop.changes(complete) == [("B", 1, None), ("C", 2, None)]
    assert await shop.storage.inventory.stock_levels(shop.store_id) == {"A": 3}


async def test_an_unfinished_run_forgets_the_skus_it_met(shop: Shop) -> None:
    """After complete=False the run's SKUs are no longer known as met: a later merge of the same run counts
    them again, and a complete finish judges only by what was met since."""
    await shop.sync(InventoryRecord("A", 3), InventoryRecord("B", 1))
    run_id = await shop.start()
    assert await shop.merge(run_id, InventoryRecord("A", 3), InventoryRecord("B", 1)) == MergeResult(
        unchanged=2
    )
    await shop.finish(run_id, complete=False)
    assert await shop.merge(run_id, InventoryRecord("A", 3)) == MergeResult(unchanged=1)
    assert await shop.finish(run_id) == 1
    assert {sku: row[3] for sku, row in shop.rows().items()} == {"A": False, "B": True}


async def test_rejected_records_protect_their_stored_sku_from_deletion(shop: Shop) -> None:
    await shop.sync(InventoryRecord("A", 3), InventoryRecord("B", 1), InventoryRecord("D", 2))
    run_id = await shop.start()
    assert await shop.merge(run_id, InventoryRecord("A", 3), refused=["D"]) == MergeResult(unchanged=1)
    assert await shop.merge(run_id, refused=["record 7"]) == MergeResult()
    assert await shop.finish(run_id) == 1
    assert {sku: row[:2] + row[3:4] for sku, row in shop.rows().items()} == {
        "A": (3, "", False),
        "B": (1, "", True),
        "D": (2, "", False),
    }, "D was listed (malformed): its stored row stays as it was"
    assert shop.changes(run_id) == [("B", 1, None)]


async def test_a_valid_listing_after_a_refused_one_is_taken_whatever_the_batching(shop: Shop) -> None:
    await shop.sync(InventoryRecord("A", 3))
    run_id = await shop.start()
    assert await shop.merge(run_id, refused=["A"]) == MergeResult()
    assert await shop.merge(run_id, InventoryRecord("A", 8)) == MergeResult(updated=1)
    assert await shop.finish(run_id) == 0
    assert shop.rows()["A"][:1] == (8,)


async def test_built_records_of_a_batch_are_merged_after_its_bulk_rows(shop: Shop) -> None:
    """The engine hands each page over as bulk rows in listing order; records given to storage as
    built go last, so a SKU in both keeps its bulk row."""
    run_id = await shop.start()
    result = await shop.merge(run_id, InventoryRecord("A", 1), bulk=[_bulk(["A", 9, "", None, None, None])])
    assert result == MergeResult(created=1)
    assert shop.rows()["A"][:1] == (9,)


async def test_bulk_rows_and_built_records_of_one_batch_merge_alike(storage: Storage) -> None:
    built = Shop(storage, *await add_store_and_job(storage, name="Built"))
    mixed = Shop(storage, *await add_store_and_job(storage, name="Mixed"))
    when = "2026-01-31 08:00:00.000000"
    old = [
        InventoryRecord("KEEP", 1, "Same", updated_at=WHEN),
        InventoryRecord("MOVE", 4, "Moving"),
        InventoryRecord("GONE", 2),
    ]
    for shop in (built, mixed):
        await shop.sync(*old)

    records = [
        InventoryRecord("KEEP", 1, "Same"),
        InventoryRecord("MOVE", 6, "Moving", Decimal("2.50"), "77", updated_at=WHEN),
        InventoryRecord("NEW-1", 5, "Fresh", Decimal("19.070"), "gid://9", updated_at=WHEN),
        InventoryRecord("NEW-2", 0, "", None, None, updated_at=WHEN),
        InventoryRecord("NEW-3", -2, "Loc", Decimal("1"), updated_at=WHEN, locations=(("X", -2),)),
    ]
    built_run = await built.start()
    built_result = await built.merge(built_run, *records)

    mixed_run = await mixed.start()
    mixed_result = await mixed.merge(
        mixed_run,
        records[4],
        records[0],
        bulk=[
            _bulk(["MOVE", 6, "Moving", "2.50", when, 77], ["NEW-1", 5, "Fresh", "19.070", when, "gid://9"]),
            BulkRows("[]", 0),
            _bulk(["NEW-2", 0, None, None, when, None], ["MOVE", 1, "repeated", None, None, None]),
        ],
    )
    assert built_result == mixed_result == MergeResult(created=3, updated=1, unchanged=1)
    assert await built.finish(built_run) == await mixed.finish(mixed_run) == 1

    def seen_by_user(shop: Shop) -> list[tuple[Any, ...]]:
        return [
            (i.sku, i.quantity, i.name, i.price, i.deleted, i.updated_at if i.sku != "GONE" else None)
            for i in storage.inventory.search_items(limit=100)
            if i.store_id == shop.store_id
        ]

    assert seen_by_user(built) == seen_by_user(mixed)
    assert sorted(built.changes(built_run)) == sorted(mixed.changes(mixed_run))
    assert ("MOVE", 6, "Moving", Decimal("2.50"), False, WHEN) in seen_by_user(mixed)
    with sqlite3.connect(storage.path) as connection:
        stored = [
            connection.execute(
                "SELECT sku, price, remote_id, locations, CASE WHEN deleted THEN '' ELSE updated_at END "
                "FROM inventory_item WHERE store_id = ? ORDER BY sku",
                (shop.store_id,),
            ).fetchall()
            for shop in (built, mixed)
        ]
    assert stored[0] == stored[1], "the same text lands in the file either way"
    assert ("MOVE", "2.50", "77", None, "2026-01-31 08:00:00.000000") in stored[1]


async def test_two_runs_of_two_stores_interleaving_batches_do_not_mix(storage: Storage) -> None:
    north = Shop(storage, *await add_store_and_job(storage, name="North"))
    south = Shop(storage, *await add_store_and_job(storage, name="South"))
    await north.sync(InventoryRecord("A", 1), InventoryRecord("B", 1), InventoryRecord("N", 1))
    await south.sync(InventoryRecord("A", 2), InventoryRecord("B", 2), InventoryRecord("S", 2))

    north_run, south_run = await north.start(), await south.start()
    assert await north.merge(north_run, InventoryRecord("A", 5)) == MergeResult(updated=1)
    assert await south.merge(south_run, InventoryRecord("A", 2), InventoryRecord("B", 7)) == MergeResult(
        updated=1, unchanged=1
    )
    assert await north.merge(north_run, InventoryRecord("B", 1), InventoryRecord("C", 3)) == MergeResult(
        created=1, unchanged=1
    ), "South meeting B does not make it met for North's run"
    assert await south.merge(south_run, bulk=[_bulk(["A", 9, "", None, None, None])], refused=["N"]) == (
        MergeResult()
    )
    assert await south.finish(south_run) == 1
    assert await north.finish(north_run) == 1

    assert {sku: (row[0], row[3]) for sku, row in north.rows().items()} == {
        "A": (5, False),
        "B": (1, False),
        "C": (3, False),
        "N": (1, True),
    }
    assert {sku: (row[0], row[3]) for sku, row in south.rows().items()} == {
        "A": (2, False),
        "B": (7, False),
        "S": (2, True),
    }, "North's SKU N listed as seen by South does not exist in South"
    assert north.changes(north_run) == [("A", 1, 5), ("C", None, 3), ("N", 1, None)]
    assert south.changes(south_run) == [("B", 2, 7), ("S", 2, None)]


async def test_an_item_a_later_run_stored_meanwhile_is_not_deleted_by_an_earlier_run(shop: Shop) -> None:
    """Two stock jobs of one store overlapping: the earlier run read the store before SKU N was
    listed, so its end does not judge N."""
    await shop.sync(InventoryRecord("A", 3))
    earlier = await shop.start()
    later = await shop.start()
    assert await shop.merge(later, InventoryRecord("A", 3), InventoryRecord("N", 5)) == MergeResult(
        created=1, unchanged=1
    )
    assert await shop.finish(later) == 0
    assert await shop.merge(earlier, InventoryRecord("A", 3)) == MergeResult(unchanged=1)
    assert await shop.finish(earlier) == 0
    assert {sku: row[3] for sku, row in shop.rows().items()} == {"A": False, "N": False}


async def test_a_first_sync_leaves_alone_what_an_overlapping_run_of_the_store_stored(shop: Shop) -> None:
    """A first sync (the store holds no stock yet) writes its rows without comparing; a second run that
    starts meanwhile compares as usual, and the first run neither overwrites nor deletes its rows."""
    first = await shop.start()
    assert await shop.merge(first, InventoryRecord("A", 3), InventoryRecord("A", 4)) == MergeResult(created=1)
    second = await shop.start()
    assert await shop.merge(second, InventoryRecord("A", 5), InventoryRecord("N", 5)) == MergeResult(
        created=1, updated=1
    )
    assert await shop.merge(first, InventoryRecord("N", 9), InventoryRecord("B", 1)) == MergeResult(created=1)
    assert await shop.finish(first) == 0
    assert {sku: row[0] for sku, row in shop.rows().items()} == {"A": 5, "N": 5, "B": 1}
    assert shop.changes(first) == [("A", None, 3), ("B", None, 1)]
    assert shop.changes(second) == [("A", 3, 5), ("N", None, 5)]


async def test_a_finished_stock_run_is_copied_from_the_log_into_the_database_file(shop: Shop) -> None:
    """Commits leave a sync's rows in the write-ahead log (copying them in each commit cost a tenth of
    a large sync); once the run is recorded they are copied into the file itself."""
    run = await shop.storage.runs.start_run(
        SyncRun(job_id=shop.job.id or 0, trigger=Trigger.SCHEDULED, started_at=datetime.now(UTC))
    )
    await shop.merge(run.id or 0, *(InventoryRecord(f"SKU-{n}", n) for n in range(2000)))
    await shop.finish(run.id or 0)
    await shop.storage.runs.finish_run(run)
    await shop.storage.database.write(lambda: None)  # what was queued behind the run
    file_only = sqlite3.connect(f"file:{shop.storage.path}?immutable=1", uri=True)
    try:
        stored = file_only.execute("SELECT COUNT(*) FROM inventory_item").fetchone()[0]
    finally:
        file_only.close()
    assert stored == 2000
