"""Diffing a page of SKUs against the stored snapshot: a tuple compare per record, no database.
Money is compared as Decimal text, never as float."""

from __future__ import annotations

from collections.abc import Iterable

from app.core.models import InventoryRecord
from app.core.ports import InventoryBatch, SnapshotRow


def diff_page(
    records: Iterable[InventoryRecord],
    snapshot: dict[str, SnapshotRow],
    batch: InventoryBatch,
    seen: set[str],
) -> tuple[int, int]:
    """Put new and changed records in `batch` (and a change row for each quantity change) and update
    `snapshot` to the new values. A SKU already in `seen` (a reopened stream repeats pages; a store
    may list a SKU twice) is skipped. Returns (records taken, records unchanged).

    This runs for every record of every sync, so it compares plain tuples and builds a row only for
    what changed."""
    taken = unchanged = 0
    lookup = snapshot.get
    for record in records:
        sku = record.sku
        if sku in seen:
            continue
        seen.add(sku)
        taken += 1
        price = record.price
        text = None if price is None else str(price)
        old = lookup(sku)
        if old is None:
            batch.created.append(record)
            batch.changes.append((sku, None, record.quantity))
        elif old[1] == record.quantity and old[2] == text and old[0] == record.name and not old[3]:
            unchanged += 1
            continue
        else:
            batch.updated.append(record)
            if old[3] or old[1] != record.quantity:
                batch.changes.append((sku, None if old[3] else old[1], record.quantity))
        snapshot[sku] = SnapshotRow(record.name, record.quantity, text, False)
    return taken, unchanged
