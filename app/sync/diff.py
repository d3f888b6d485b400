"""Diffing a page of SKUs against the stored snapshot: a tuple compare per record, no database."""

from __future__ import annotations

from collections.abc import Iterable

from app.core.models import InventoryRecord
from app.core.ports import InventoryBatch, SnapshotRow


def price_text(record: InventoryRecord) -> str | None:
    """Money is compared and stored as Decimal text, never as float."""
    return None if record.price is None else str(record.price)


def snapshot_row(record: InventoryRecord) -> SnapshotRow:
    return SnapshotRow(record.name, record.quantity, price_text(record), False)


def diff_page(
    records: Iterable[InventoryRecord], snapshot: dict[str, SnapshotRow], batch: InventoryBatch
) -> int:
    """Put new and changed records in `batch` (and a change row for each quantity change), update
    `snapshot` to the new values, and return how many were unchanged."""
    unchanged = 0
    for record in records:
        new = snapshot_row(record)
        old = snapshot.get(record.sku)
        if old is None:
            batch.created.append(record)
            batch.changes.append((record.sku, None, record.quantity))
        elif old == new:
            unchanged += 1
            continue
        else:
            batch.updated.append(record)
            if old.deleted or old.quantity != record.quantity:
                batch.changes.append((record.sku, None if old.deleted else old.quantity, record.quantity))
        snapshot[record.sku] = new
    return unchanged
