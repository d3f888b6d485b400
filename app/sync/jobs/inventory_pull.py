"""inventory_pull: every SKU of a store, diffed page by page; only new and changed rows are written.

The stored snapshot is read while the first pages are fetched; the next page is fetched while the
current one is diffed; and rows are written while later pages are read (one write in flight, the
pages diffed meanwhile joining the next write), so a sync takes about as long as its slowest part.
SKUs the store no longer lists are marked deleted only after a complete fetch.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Final, cast

from app.core.models import InventoryRecord
from app.core.ports import InventoryAgainstStored, InventoryBatch, Page, SnapshotRow
from app.sync.context import RunContext
from app.sync.diff import Ledger, diff_page, mark_seen, take_unchanged, unseen
from app.sync.prefetch import prefetch

# Pages read ahead of the diff: enough to keep fetching while a large snapshot is still being read.
PAGES_AHEAD: Final = 8
# A write waits for the one in flight once it holds this many rows, which bounds memory and the
# length of a transaction when the database is slower than the store.
MAX_ROWS_PER_WRITE: Final = 20_000


async def execute(ctx: RunContext) -> None:
    store_id, run_id = ctx.store_id, ctx.run_id
    # The repository hands over a fresh dict; it becomes this run's ledger (see app.sync.diff).
    snapshot = asyncio.ensure_future(ctx.repos.inventory.load_snapshot(store_id))
    writes = _Writes(ctx)
    ledger: Ledger | None = None
    try:
        stream = ctx.pages_of(_opener(ctx, snapshot))
        async with contextlib.aclosing(prefetch(stream, PAGES_AHEAD)) as pages:
            async for page in pages:
                if ledger is None:
                    ledger = cast(Ledger, await snapshot)
                batch = writes.batch
                created, updated = len(batch.created), len(batch.updated)
                taken, unchanged = diff_page(page.records, ledger, batch)
                if page.unchanged:
                    skipped = take_unchanged(ledger, page.unchanged)
                    taken += skipped
                    unchanged += skipped
                mark_seen(ledger, (failure.key for failure in page.failures))
                ctx.record_failures(page.failures)
                ctx.counts.fetched += taken
                ctx.counts.unchanged += unchanged
                ctx.counts.created += len(batch.created) - created
                ctx.counts.updated += len(batch.updated) - updated
                await writes.page_diffed()
        await writes.flush()
        if ledger is None:
            ledger = cast(Ledger, await snapshot)
    finally:
        await writes.settle()
        if not snapshot.done():
            snapshot.cancel()
        elif not snapshot.cancelled():
            snapshot.exception()  # retrieved: a failed read is reported by the await above, not twice
    gone: list[str] = []
    for part in unseen(ledger):
        gone.extend(part)
        await asyncio.sleep(0)
    if gone:
        ctx.counts.deleted += await ctx.repos.inventory.mark_deleted(store_id, run_id, gone)


_NOTHING_STORED: Final[Mapping[str, SnapshotRow | None]] = {}


def _opener(
    ctx: RunContext, snapshot: asyncio.Future[dict[str, SnapshotRow]]
) -> Callable[[], AsyncIterator[Page[InventoryRecord]]]:
    """How to open the stock stream: a connector that can compare with the snapshot does so as soon as
    it is read (pages fetched before that are built in full and diffed as usual)."""
    connector = ctx.connector
    if not isinstance(connector, InventoryAgainstStored):
        return connector.fetch_inventory

    def stored() -> Mapping[str, SnapshotRow | None]:
        if snapshot.done() and not snapshot.cancelled() and snapshot.exception() is None:
            return snapshot.result()
        return _NOTHING_STORED

    return lambda: connector.fetch_inventory_against(stored)


class _Writes:
    """One write in flight; the pages diffed while it runs are gathered into the next one, so a
    fast store is not held back by commits and a large first sync commits few, large transactions.
    A page counts as done (progress, safe point to stop) once the write holding its rows commits."""

    def __init__(self, ctx: RunContext) -> None:
        self._ctx = ctx
        self.batch = self._new_batch()
        self._pages_in_batch = 0
        self._in_flight: asyncio.Task[None] | None = None
        self._pages_in_flight = 0

    def _new_batch(self) -> InventoryBatch:
        return InventoryBatch(store_id=self._ctx.store_id, run_id=self._ctx.run_id)

    async def page_diffed(self) -> None:
        self._pages_in_batch += 1
        if self._in_flight is not None:
            rows = len(self.batch.created) + len(self.batch.updated)
            if not self._in_flight.done() and rows < MAX_ROWS_PER_WRITE:
                return
            await self._finish()
        self._start()

    async def flush(self) -> None:
        """Write what is gathered and wait until everything is committed."""
        if self._in_flight is not None:
            await self._finish()
        self._start()
        if self._in_flight is not None:
            await self._finish()

    async def settle(self) -> None:
        """Never leave a write behind: it either commits whole or fails whole."""
        if self._in_flight is not None and not self._in_flight.done():
            await asyncio.wait([self._in_flight])

    def _start(self) -> None:
        batch, pages = self.batch, self._pages_in_batch
        self.batch, self._pages_in_batch = self._new_batch(), 0
        if batch.created or batch.updated:
            self._in_flight = asyncio.create_task(self._ctx.repos.inventory.write_inventory(batch))
            self._pages_in_flight = pages
        else:
            self._done(pages)

    async def _finish(self) -> None:
        task, pages = self._in_flight, self._pages_in_flight
        assert task is not None
        await task
        self._in_flight = None
        self._done(pages)

    def _done(self, pages: int) -> None:
        for _ in range(pages):
            self._ctx.page_done()
