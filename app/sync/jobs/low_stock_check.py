"""low_stock_check: tell the merchant which SKUs are at or below their low-stock threshold (a SKU's
own, else the global setting or the job's `threshold`), in the job's store or, with the option
`all_stores`, over the sum of every store's stock. The log line and the alert name the SKUs."""

from __future__ import annotations

from app.core.events import LowStock
from app.core.models import LowStockLine
from app.sync.context import RunContext

NAMED_IN_LOG = 20


async def execute(ctx: RunContext) -> None:
    threshold = int(ctx.option("threshold", "low_stock_threshold"))
    store_id = None if ctx.job.options.get("all_stores") else ctx.store_id
    low = ctx.repos.inventory.low_stock(store_id, threshold)
    ctx.counts.fetched = len(low)
    ctx.bus.publish(LowStock(store_id=store_id, skus=tuple(line.sku for line in low), threshold=threshold))
    if low:
        where = "over all stores" if store_id is None else "in stock"
        ctx.log.info("%d SKUs at or below their threshold %s: %s", len(low), where, named(low))


def named(low: list[LowStockLine]) -> str:
    """'A-1 (2 of 5), B-2 (0 of 3) and 4 more'."""
    shown = ", ".join(f"{line.sku} ({line.quantity} of {line.threshold})" for line in low[:NAMED_IN_LOG])
    more = f" and {len(low) - NAMED_IN_LOG} more" if len(low) > NAMED_IN_LOG else ""
    return shown + more
