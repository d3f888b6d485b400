"""inventory_pull: every SKU of a store, diffed page by page; only new and changed rows are written.

The next page is fetched while the current one is diffed, and written while the one after is
read (one write in flight), so a sync takes about as long as its slowest part. SKUs the store
no longer lists are marked deleted only after a complete fetch.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import cast

from app.core.ports import InventoryBatch
from app.sync.context import RunContext
from app.sync.diff import Ledger, diff_page, mark_seen, unseen
from app.sync.prefetch import prefetch


async def execute(ctx: RunContext) -> None:
    store_id, run_id = ctx.store_id, ctx.run_id
    # The repository hands over a fresh dict; it becomes this run's ledger (see app.sync.diff).
    ledger = cast(Ledger, await ctx.repos.inventory.load_snapshot(store_id))
    in_flight: asyncio.Task[None] | None = None
    try:
        async with contextlib.aclosing(prefetch(ctx.pages_of(ctx.connector.fetch_inventory))) as pages:
            async for page in pages:
                batch = InventoryBatch(store_id=store_id, run_id=run_id)
                taken, unchanged = diff_page(page.records, ledger, batch)
                mark_seen(ledger, (failure.key for failure in page.failures))
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
    gone: list[str] = []
    for part in unseen(ledger):
        gone.extend(part)
        await asyncio.sleep(0)
    if gone:
        ctx.counts.deleted += await ctx.repos.inventory.mark_deleted(store_id, run_id, gone)
