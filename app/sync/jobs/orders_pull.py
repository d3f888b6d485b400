"""orders_pull: orders changed since the stored cursor; each page and its cursor commit together,
so a run that dies mid-way resumes from the last stored page and never skips an order."""

from __future__ import annotations

from collections.abc import AsyncIterator

from app.core.models import OrderRecord
from app.core.ports import CursorUpdate, Page
from app.sync.context import RunContext

STREAM = "orders"


async def execute(ctx: RunContext) -> None:
    job_id = ctx.run.job_id
    cursor = ctx.repos.cursors.get_cursor(job_id, STREAM)

    def reopen() -> AsyncIterator[Page[OrderRecord]]:
        return ctx.connector.fetch_orders(cursor)

    async for page in ctx.pages_of(reopen, resumes=True):
        ctx.counts.fetched += len(page.records)
        ctx.record_failures(page.failures)
        update = None
        if page.cursor is not None and page.cursor != cursor:
            update = CursorUpdate(job_id=job_id, stream=STREAM, value=page.cursor)
        if page.records or update is not None:
            counts = await ctx.repos.orders.upsert_orders(ctx.store_id, ctx.run_id, page.records, update)
            ctx.counts.created += counts.created
            ctx.counts.updated += counts.updated
            ctx.counts.unchanged += counts.unchanged
            ctx.counts.failed += counts.failed
        if update is not None:
            cursor = update.value
        ctx.page_done()
