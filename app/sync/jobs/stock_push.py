"""stock_push: make this store's quantities equal the source store's stored inventory.

The target's live inventory is read first, so only SKUs whose quantity differs are written and
each write carries the quantity we expect to replace (Shopify's compare-and-set needs it)."""

from __future__ import annotations

from app.core.errors import ConfigError
from app.core.models import StockUpdate
from app.sync.context import RunContext

PUSH_CHUNK = 250


async def execute(ctx: RunContext) -> None:
    source_id = ctx.job.options.get("source_store_id")
    if not isinstance(source_id, int) or ctx.repos.stores.get_store(source_id) is None:
        raise ConfigError("This stock push has no source store; edit the job and choose one.")
    if source_id == ctx.store_id:
        raise ConfigError("A stock push cannot use its own store as the source; choose another store.")
    source = await ctx.repos.inventory.stock_levels(source_id)
    updates: list[StockUpdate] = []
    async for page in ctx.pages_of(ctx.connector.fetch_inventory):
        ctx.counts.fetched += len(page.records)
        ctx.record_failures(page.failures)
        for record in page.records:
            wanted = source.get(record.sku)
            if wanted is None:
                continue
            if wanted == record.quantity:
                ctx.counts.unchanged += 1
            else:
                updates.append(
                    StockUpdate(
                        sku=record.sku,
                        quantity=wanted,
                        remote_id=record.remote_id,
                        expected_quantity=record.quantity,
                    )
                )
        ctx.checkpoint()
    for start in range(0, len(updates), PUSH_CHUNK):
        result = await ctx.connector.push_stock(updates[start : start + PUSH_CHUNK])
        ctx.counts.updated += result.written
        ctx.record_failures(result.failures)
        ctx.page_done()
