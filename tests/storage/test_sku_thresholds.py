"""Low-stock thresholds per SKU on a real SQLite file: a SKU's own threshold wins over the default, the
check runs per store or over the sum of every store's stock, and a CSV from a spreadsheet is read
whole or not at all."""

from __future__ import annotations

import pytest

from app.core.errors import InvalidRequest
from app.core.models import InventoryRecord, LowStockLine
from app.core.sku_thresholds import parse_thresholds_csv, thresholds_csv
from app.storage.storage import Storage
from tests.storage.conftest import add_store_and_job
from tests.storage.test_inventory import _sync


async def _two_shops(storage: Storage) -> tuple[int, int]:
    north, north_job = await add_store_and_job(storage, "North")
    south, south_job = await add_store_and_job(storage, "South")
    await _sync(
        storage, north, north_job, [InventoryRecord("A", 3), InventoryRecord("B", 8), InventoryRecord("C", 0)]
    )
    await _sync(storage, south, south_job, [InventoryRecord("A", 4), InventoryRecord("B", 1)])
    assert north.id is not None and south.id is not None
    return north.id, south.id


async def test_a_skus_own_threshold_wins_over_the_default(storage: Storage) -> None:
    north, _ = await _two_shops(storage)
    assert [line.sku for line in storage.inventory.low_stock(north, 5)] == ["C", "A"]
    await storage.inventory.set_sku_thresholds({"A": 2, "B": 10})
    assert storage.inventory.low_stock(north, 5) == [
        LowStockLine("C", 0, 5, north),
        LowStockLine("B", 8, 10, north),
    ]
    await storage.inventory.set_sku_thresholds({"B": None})
    assert storage.inventory.sku_thresholds() == {"A": 2}


async def test_over_all_stores_the_quantities_are_summed(storage: Storage) -> None:
    await _two_shops(storage)
    assert storage.inventory.low_stock(None, 5) == [LowStockLine("C", 0, 5, None)]
    await storage.inventory.set_sku_thresholds({"A": 7})
    assert [(line.sku, line.quantity, line.threshold) for line in storage.inventory.low_stock(None, 5)] == [
        ("C", 0, 5),
        ("A", 7, 7),
    ]


async def test_replace_keeps_only_the_new_list(storage: Storage) -> None:
    await storage.inventory.set_sku_thresholds({"A": 1, "B": 2})
    await storage.inventory.set_sku_thresholds({"C": 3}, replace=True)
    assert storage.inventory.sku_thresholds() == {"C": 3}


def test_a_spreadsheet_csv_with_a_header_semicolons_and_a_bom_reads() -> None:
    assert parse_thresholds_csv("\ufeffsku;threshold\nA-1;3\n\nB 2;0\n") == {"A-1": 3, "B 2": 0}
    assert parse_thresholds_csv(thresholds_csv({"Z": 4, "A": 1})) == {"A": 1, "Z": 4}


def test_bad_lines_are_named_and_nothing_is_taken() -> None:
    with pytest.raises(InvalidRequest) as raised:
        parse_thresholds_csv("A,3\nB,-1\nC\nA,4\n")
    assert str(raised.value) == (
        "Nothing was imported: line 2: the threshold of B must be a whole number of 0 or more; "
        "line 3: expected a SKU and a threshold; line 4: A appears twice."
    )
    with pytest.raises(InvalidRequest, match="no SKU with a threshold"):
        parse_thresholds_csv("sku,threshold\n")
