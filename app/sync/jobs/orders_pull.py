"""orders_pull: orders changed since the stored cursor; each page and its cursor commit together,
so a run that dies mid-way resumes from the last stored page and never skips an order."""

from __future__ import annotations

from collections.abc import AsyncIterator

from app.core.models import OrderRecord, RunCounts
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
            write = ctx.repos.orders.upsert_orders(ctx.store_id, ctx.run_id, page.records, update)
            await ctx.committed(write, lambda stored: _count(ctx, stored))
        if update is not None:
            cursor = update.value
        ctx.page_done()


def _count(ctx: RunContext, stored: RunCounts) -> None:
    ctx.counts.created += stored.created
    ctx.counts.updated += stored.updated
    ctx.counts.unchanged += stored.unchanged
    ctx.counts.failed += stored.failed
