"""The diff decides which rows a re-sync writes: only new and changed SKUs, never unchanged ones,
and which SKUs a complete fetch did not list."""

from __future__ import annotations

from decimal import Decimal

from app.core.models import InventoryRecord
from app.core.ports import InventoryBatch, SnapshotRow
from app.sync.diff import Ledger, diff_page, mark_seen, take_unchanged, unseen


def _batch() -> InventoryBatch:
    return InventoryBatch(store_id=1, run_id=1)


def test_unchanged_rows_are_not_written() -> None:
    ledger: Ledger = {"A": SnapshotRow("Mug", 3, "9.90", False)}
    batch = _batch()
    taken, unchanged = diff_page([InventoryRecord("A", 3, "Mug", Decimal("9.90"))], ledger, batch)
    assert (taken, unchanged) == (1, 1)
    assert batch.created == [] and batch.updated == [] and batch.changes == []


def test_new_and_changed_rows_are_written_with_a_change_row_per_quantity_change() -> None:
    ledger: Ledger = {"A": SnapshotRow("Mug", 3, "9.90", False), "B": SnapshotRow("Lamp", 1, None, False)}
    records = [
        InventoryRecord("A", 5, "Mug", Decimal("9.90")),
        InventoryRecord("B", 1, "Desk lamp"),
        InventoryRecord("C", 7, "Scarf", Decimal("12")),
    ]
    batch = _batch()
    assert diff_page(records, ledger, batch) == (3, 0)
    assert [r.sku for r in batch.created] == ["C"]
    assert [r.sku for r in batch.updated] == ["A", "B"]
    assert batch.changes == [("A", 3, 5), ("C", None, 7)]  # a renamed SKU is updated, not a stock change


def test_price_compares_as_decimal_text() -> None:
    ledger: Ledger = {"A": SnapshotRow("Mug", 3, "9.90", False)}
    batch = _batch()
    diff_page([InventoryRecord("A", 3, "Mug", Decimal("9.9"))], ledger, batch)
    assert [r.sku for r in batch.updated] == ["A"], "9.9 and 9.90 are written as the store sends them"


def test_a_deleted_sku_that_comes_back_is_restored() -> None:
    ledger: Ledger = {"A": SnapshotRow("Mug", 3, None, True)}
    batch = _batch()
    diff_page([InventoryRecord("A", 3, "Mug")], ledger, batch)
    assert [r.sku for r in batch.updated] == ["A"]
    assert batch.changes == [("A", None, 3)]


def test_a_sku_seen_earlier_in_the_run_is_not_counted_twice() -> None:
    ledger: Ledger = {}
    first, again = _batch(), _batch()
    diff_page([InventoryRecord("A", 3, "Mug")], ledger, first)
    taken, _ = diff_page([InventoryRecord("A", 3, "Mug"), InventoryRecord("B", 1, "Lamp")], ledger, again)
    assert taken == 1
    assert [r.sku for r in again.created] == ["B"]


def test_unseen_skus_are_the_ones_the_store_no_longer_lists() -> None:
    ledger: Ledger = {
        "A": SnapshotRow("Mug", 3, None, False),
        "B": SnapshotRow("Lamp", 1, None, False),
        "C": SnapshotRow("Old", 0, None, True),
        "D": SnapshotRow("Scarf", 2, None, False),
    }
    diff_page([InventoryRecord("A", 3, "Mug")], ledger, _batch())
    mark_seen(ledger, ["D"])  # listed but malformed: not gone
    assert [sku for part in unseen(ledger, chunk=2) for sku in part] == ["B"]


def test_skus_the_connector_found_unchanged_are_seen_once_and_never_written() -> None:
    ledger: Ledger = {"A": SnapshotRow("Mug", 3, "9.90", False), "B": SnapshotRow("Lamp", 1, None, False)}
    assert take_unchanged(ledger, ["A", "A"]) == 1
    assert take_unchanged(ledger, ["A", "Z"]) == 0  # already seen, or not stored at all
    assert [part for part in unseen(ledger)] == [["B"]]
