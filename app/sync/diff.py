"""Diffing a page of SKUs against the stored snapshot: a tuple compare per record, no database.
Money is compared as Decimal text, never as float."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.core.models import InventoryRecord
from app.core.ports import InventoryBatch, SnapshotRow


def diff_page(
    records: Iterable[InventoryRecord],
    snapshot: Mapping[str, SnapshotRow],
    batch: InventoryBatch,
    seen: set[str],
) -> tuple[int, int]:
    """Put new and changed records in `batch`, with a change row for each quantity change. A SKU
    already in `seen` (a reopened stream repeats pages; a store may list a SKU twice) is skipped;
    every SKU taken is added to it. Returns (records taken, records unchanged).

    This runs for every record of every sync: it compares plain tuples, formats a price only to
    compare it with a stored one, and builds nothing for an unchanged record."""
    taken = unchanged = 0
    lookup = snapshot.get
    created, updated, changes = batch.created.append, batch.updated.append, batch.changes.append
    for record in records:
        sku = record.sku
        if sku in seen:
            continue
        seen.add(sku)
        taken += 1
        old = lookup(sku)
        quantity = record.quantity
        if old is None:
            created(record)
            changes((sku, None, quantity))
            continue
        price = record.price
        if (
            old[1] == quantity
            and old[0] == record.name
            and old[2] == (None if price is None else str(price))
            and not old[3]
        ):
            unchanged += 1
            continue
        updated(record)
        if old[3] or old[1] != quantity:
            changes((sku, None if old[3] else old[1], quantity))
    return taken, unchanged
