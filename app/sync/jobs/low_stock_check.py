"""low_stock_check: tell the merchant which SKUs are at or below their low-stock threshold (a SKU's
own, else the global setting or the job's `threshold`), in the job's store or, with the option
`all_stores`, over the sum of every store's stock. The log line and the alert name the SKUs."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.events import LowStock
from app.core.models import Job, LowStockLine
from app.core.ports import RunInventory, SettingsRepository
from app.core.settings import default
from app.sync.context import RunContext

NAMED_IN_LOG = 20
THRESHOLD_SETTING = "low_stock_threshold"


async def execute(ctx: RunContext) -> None:
    low = low_stock(ctx.job, ctx.repos.inventory, ctx.repos.settings)
    ctx.counts.fetched = len(low.lines)
    ctx.bus.publish(low.event)
    if low.lines:
        where = "over all stores" if low.event.store_id is None else "in stock"
        ctx.log.info("%d SKUs at or below their threshold %s: %s", len(low.lines), where, named(low.lines))


@dataclass(frozen=True, slots=True)
class LowStockFound:
    """What a check of a job finds: the lines, and the event that tells them."""

    event: LowStock
    lines: list[LowStockLine]


def low_stock(job: Job, inventory: RunInventory, settings: SettingsRepository) -> LowStockFound:
    """The SKUs at or below their threshold that a check of `job` finds now (a server's API process
    reads them again when a worker's check ends, to send the alert its worker could not)."""
    threshold = int(
        job.options.get("threshold", settings.get_setting(THRESHOLD_SETTING, default(THRESHOLD_SETTING)))
    )
    store_id = None if job.options.get("all_stores") else job.store_id
    lines = inventory.low_stock(store_id, threshold)
    return LowStockFound(LowStock(store_id, tuple(line.sku for line in lines), threshold, job.id), lines)


def named(low: list[LowStockLine]) -> str:
    """'A-1 (2 of 5), B-2 (0 of 3) and 4 more'."""
    shown = ", ".join(f"{line.sku} ({line.quantity} of {line.threshold})" for line in low[:NAMED_IN_LOG])
    more = f" and {len(low) - NAMED_IN_LOG} more" if len(low) > NAMED_IN_LOG else ""
    return shown + more
