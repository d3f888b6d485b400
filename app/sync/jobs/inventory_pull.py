"""inventory_pull: every SKU of a store, diffed page by page; only new and changed rows are written.

Fetching the next page overlaps with writing the current one (one write in flight), so a sync
takes about as long as the slower of the two. SKUs the store no longer lists are marked deleted
only after a complete fetch.
"""

from __future__ import annotations

import asyncio

from app.core.models import InventoryRecord
from app.core.ports import InventoryBatch, Page
from app.sync.context import RunContext
from app.sync.diff import diff_page


async def execute(ctx: RunContext) -> None:
    store_id, run_id = ctx.store_id, ctx.run_id
    snapshot = await ctx.repos.inventory.load_snapshot(store_id)
    seen: set[str] = set()
    in_flight: asyncio.Task[None] | None = None
    try:
        async for page in ctx.pages_of(ctx.connector.fetch_inventory):
            records = _first_sightings(page, seen)
            ctx.counts.fetched += len(records)
            ctx.record_failures(page.failures)
            seen.update(failure.key for failure in page.failures)
            batch = InventoryBatch(store_id=store_id, run_id=run_id)
            ctx.counts.unchanged += diff_page(records, snapshot, batch)
            ctx.counts.created += len(batch.created)
            ctx.counts.updated += len(batch.updated)
            if in_flight is not None:
                await in_flight
                in_flight = None
                ctx.page_done()
            if batch.created or batch.updated:
                in_flight = asyncio.create_task(ctx.repos.inventory.write_inventory(batch))
            else:
                ctx.page_done()
        if in_flight is not None:
            await in_flight
            in_flight = None
            ctx.page_done()
    finally:
        if in_flight is not None and not in_flight.done():
            # Never leave a write behind: it either commits whole or fails whole.
            await asyncio.wait([in_flight])
    gone = [sku for sku, row in snapshot.items() if sku not in seen and not row.deleted]
    if gone:
        ctx.counts.deleted += await ctx.repos.inventory.mark_deleted(store_id, run_id, gone)


def _first_sightings(page: Page[InventoryRecord], seen: set[str]) -> list[InventoryRecord]:
    """Records not seen earlier in this run (a reopened stream repeats pages; a store may repeat a SKU)."""
    fresh = []
    for record in page.records:
        if record.sku not in seen:
            seen.add(record.sku)
            fresh.append(record)
    return fresh
