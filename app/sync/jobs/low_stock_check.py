"""low_stock_check: tell the merchant which stored SKUs are at or below the threshold."""

from __future__ import annotations

from app.core.events import LowStock
from app.sync.context import RunContext


async def execute(ctx: RunContext) -> None:
    threshold = int(ctx.option("threshold", "low_stock_threshold"))
    low = ctx.repos.inventory.low_stock(ctx.store_id, threshold)
    ctx.counts.fetched = len(low)
    if low:
        skus = tuple(item.sku for item in low)
        ctx.bus.publish(LowStock(store_id=ctx.store_id, skus=skus, threshold=threshold))
        ctx.log.info("%d SKUs at or below %d in stock", len(skus), threshold)
