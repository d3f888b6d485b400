"""shipment_pull: a courier store's shipments changed since the stored cursor move the matching orders
of the store it follows (its `orders_store` setting, matched on `match_by`) to the shipment's status and
tracking number; each page and its cursor commit together. With `write_back` set to yes, the orders
that moved are then written to their own store through its order status write: an order the store
refuses keeps its new status here, counts as failed (the run ends partial) and is named in the log.

A shipment that matches no order (a parcel from another sales channel, an order not imported yet) is
counted as skipped, not failed, and named in one log line."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

from app.core.errors import ConfigError, NotFound
from app.core.models import OrderStatusUpdate, ShipmentRecord, Store
from app.core.operations.lookup import find_store
from app.core.ports import CursorUpdate, OrderStatusWriter, Page, ShipmentOutcome, ShipmentSource
from app.sync.context import RunContext

STREAM = "shipments"
NAMED_UNMATCHED = 5
NAMED_UNWRITTEN = 5


async def execute(ctx: RunContext) -> None:
    job_id = ctx.run.job_id
    courier = ctx.connector
    if not isinstance(courier, ShipmentSource):
        raise ConfigError(f"{ctx.store.name if ctx.store else 'This store'} cannot list shipments.")
    target = orders_store(ctx)
    assert target.id is not None
    settings = ctx.store.settings if ctx.store else {}
    match_by = str(settings.get("match_by") or "number")
    cursor = ctx.repos.cursors.get_cursor(job_id, STREAM)
    moved: list[OrderStatusUpdate] = []
    unmatched: list[str] = []

    def reopen() -> AsyncIterator[Page[ShipmentRecord]]:
        return courier.fetch_shipments(cursor)

    async for page in ctx.pages_of(reopen, resumes=True):
        ctx.counts.fetched += len(page.records)
        ctx.record_failures(page.failures)
        update = None
        if page.cursor is not None and page.cursor != cursor:
            update = CursorUpdate(job_id=job_id, stream=STREAM, value=page.cursor)
        if page.records or update is not None:
            write = ctx.repos.orders.apply_shipments(
                target.id, ctx.run_id, ctx.store.name if ctx.store else "", match_by, page.records, update
            )
            outcome = await ctx.committed(write, lambda done: _count(ctx, done))
            moved += outcome.moved
            unmatched += outcome.unmatched
        if update is not None:
            cursor = update.value
        ctx.page_done()
    if unmatched:
        named = ", ".join(unmatched[:NAMED_UNMATCHED])
        ctx.log.info(
            "%d shipments matched no order of %s by %s (%s%s)",
            len(unmatched),
            target.name,
            match_by.replace("_", " "),
            named,
            ", ..." if len(unmatched) > NAMED_UNMATCHED else "",
        )
    if moved and str(settings.get("write_back") or "no") == "yes":
        await _write_back(ctx, target, moved)


def orders_store(ctx: RunContext) -> Store:
    """The store whose orders the courier follows; a missing or unknown one is said plainly."""
    name = str((ctx.store.settings if ctx.store else {}).get("orders_store") or "").strip()
    courier = ctx.store.name if ctx.store else "This courier store"
    if not name:
        raise ConfigError(f"{courier} follows no store's orders: set “Orders it follows” in its settings.")
    try:
        return find_store(ctx.repos.stores, name)
    except NotFound:
        raise ConfigError(
            f"{courier} follows the orders of “{name}”, but there is no store of that name."
        ) from None


async def _write_back(ctx: RunContext, target: Store, moved: Sequence[OrderStatusUpdate]) -> None:
    if ctx.open_connector_for is None:
        raise ConfigError("Statuses cannot be written back from here.")
    connector = ctx.open_connector_for(target)
    try:
        if not isinstance(connector, OrderStatusWriter) or not connector.writes_order_status():
            raise ConfigError(
                f"{target.name} has no order status write set up, so the new statuses stayed in StoreSync."
            )
        result = await connector.write_order_status(moved)
    finally:
        await connector.aclose()
    ctx.record_failures(result.failures)
    ctx.log.info("Wrote %d of %d new order statuses back to %s", result.written, len(moved), target.name)
    for failure in result.failures[:NAMED_UNWRITTEN]:
        ctx.log.warning("Order %s of %s: %s", failure.key, target.name, failure.message)
    if len(result.failures) > NAMED_UNWRITTEN:
        ctx.log.warning(
            "%d more orders of %s kept their new status in StoreSync only",
            len(result.failures) - NAMED_UNWRITTEN,
            target.name,
        )


def _count(ctx: RunContext, outcome: ShipmentOutcome) -> None:
    ctx.counts.updated += len(outcome.moved)
    ctx.counts.unchanged += outcome.unchanged
    ctx.counts.skipped += len(outcome.unmatched)
