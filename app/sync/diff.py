"""Diffing a page of SKUs against the stored snapshot: a tuple compare per record, no database.
Money is compared as Decimal text, never as float.

The snapshot doubles as the run's ledger: each SKU met is set to None (seen), which frees its
stored row as the sync goes and needs no second set of SKUs, so a million-SKU store fits in memory.
What is still a row at the end was not in the store's answer."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Final

from app.core.models import InventoryRecord
from app.core.ports import InventoryBatch, SnapshotRow

Ledger = dict[str, SnapshotRow | None]

_ABSENT: Final = SnapshotRow("", 0, None, True)


def diff_page(records: Iterable[InventoryRecord], ledger: Ledger, batch: InventoryBatch) -> tuple[int, int]:
    """Put new and changed records in `batch`, with a change row for each quantity change, and mark
    each SKU seen. A SKU seen earlier in the run (a reopened stream repeats pages; a store may list a
    SKU twice) is skipped. Returns (records taken, records unchanged).

    This runs for every record of every sync: it compares plain tuples, formats a price only to
    compare it with a stored one, and builds nothing for an unchanged record."""
    taken = unchanged = 0
    lookup = ledger.get
    created, updated, changes = batch.created.append, batch.updated.append, batch.changes.append
    for record in records:
        sku = record.sku
        old = lookup(sku, _ABSENT)
        if old is None:
            continue
        ledger[sku] = None
        taken += 1
        quantity = record.quantity
        if old is _ABSENT:
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


def take_unchanged(ledger: Ledger, skus: Iterable[str]) -> int:
    """SKUs the connector found equal to their stored rows (Page.unchanged): each is marked seen and
    counted once, however often the store listed it; nothing is written for them."""
    taken = 0
    lookup = ledger.get
    for sku in skus:
        if lookup(sku) is not None:
            ledger[sku] = None
            taken += 1
    return taken


def mark_seen(ledger: Ledger, skus: Iterable[str]) -> None:
    """SKUs the store listed but sent malformed: not synced, yet not gone either."""
    for sku in skus:
        ledger[sku] = None


def unseen(ledger: Ledger, chunk: int = 50_000) -> Iterator[list[str]]:
    """SKUs stored (and not already deleted) that the store did not list in this run, `chunk`
    entries of the ledger at a time, so the caller can let the event loop breathe in between."""
    items = iter(ledger.items())
    # Unpacked as they are read, the (sku, row) pairs are not kept: listing 50k of them first made
    # 50k objects for the collector to walk and held the loop ~80 ms.
    for _ in range(0, len(ledger), chunk):
        yield [sku for sku, row in islice(items, chunk) if row is not None and not row.deleted]
