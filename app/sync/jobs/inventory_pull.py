"""inventory_pull: every SKU of a store, diffed page by page; only new and changed rows are written.

The next page is fetched while the current one is diffed, and written while the one after is
read (one write in flight), so a sync takes about as long as its slowest part. SKUs the store
no longer lists are marked deleted only after a complete fetch.
"""

from __future__ import annotations

import asyncio
import contextlib

from app.core.ports import InventoryBatch
from app.sync.context import RunContext
from app.sync.diff import diff_page
from app.sync.prefetch import prefetch


async def execute(ctx: RunContext) -> None:
    store_id, run_id = ctx.store_id, ctx.run_id
    snapshot = await ctx.repos.inventory.load_snapshot(store_id)
    seen: set[str] = set()
    in_flight: asyncio.Task[None] | None = None
    try:
        async with contextlib.aclosing(prefetch(ctx.pages_of(ctx.connector.fetch_inventory))) as pages:
            async for page in pages:
                batch = InventoryBatch(store_id=store_id, run_id=run_id)
                taken, unchanged = diff_page(page.records, snapshot, batch, seen)
                seen.update(failure.key for failure in page.failures)  # a failed SKU is not a deleted one
                ctx.record_failures(page.failures)
                ctx.counts.fetched += taken
                ctx.counts.unchanged += unchanged
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
