"""inventory_pull: every SKU of a store, merged page by page; only new and changed rows are written.

Storage compares the pages with the stored rows (app.storage.inventory_merge) on its writer thread,
so the event loop only fetches: the next page is on the wire while earlier ones are merged. One merge
runs and one waits queued behind it, so the writer goes from one to the next without waiting for the
busy loop to notice; the pages fetched meanwhile are gathered into the merge after, so a sync takes
about as long as its slowest part. SKUs the store no longer lists are marked deleted only after a complete
fetch.

A store that can list only what changed since a time (InventoryChanges: Amazon's startDateTime)
is read that way between complete reads, one of which runs every FULL_READ_EVERY (the job option
"full_read_hours" changes it) so that vanished SKUs are still found. The newest change seen is
the cursor, stored with the rows it came with.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import Final

from app.core.models import InventoryRecord
from app.core.ports import CursorUpdate, InventoryBatch, InventoryChanges, MergeResult, Page
from app.core.stock_rows import printable, records_as_bulk
from app.sync.context import RunContext
from app.sync.prefetch import prefetch
from app.sync.stock_reading import whole_stock

# Pages read ahead of the merges: enough to keep fetching while a merge commits.
PAGES_AHEAD: Final = 8
# Merges handed to storage and not yet committed: the one running and the one queued behind it.
MERGES_IN_FLIGHT: Final = 2
# A merge is queued behind a running one only once it holds this many records: small pages (100 per
# WooCommerce page) gather into fewer merges, each of which costs the loop thread a GIL handover.
MIN_RECORDS_TO_QUEUE: Final = 1000
# A merge waits for room once it holds this many records, which bounds memory and the length of a
# transaction when the database is slower than the store.
MAX_RECORDS_PER_MERGE: Final = 20_000
# Cursor streams: the newest change seen, and when the last complete read ended.
STREAM: Final = "inventory"
FULL_READ_STREAM: Final = "inventory_full_read"
FULL_READ_EVERY: Final = timedelta(hours=24)


async def execute(ctx: RunContext) -> None:
    since = _changes_since(ctx)
    merges = _Merges(ctx)
    complete = False
    try:
        stream = ctx.pages_of(_opener(ctx, since))
        async with contextlib.aclosing(prefetch(stream, PAGES_AHEAD)) as pages:
            async for page in pages:
                merges.add(page)
                await merges.page_added()
        await merges.flush()
        complete = True
    finally:
        await merges.settle()
        if not complete:
            # The error that ended the run is the one to report, not a second one on the way out.
            with contextlib.suppress(Exception):
                await _forget(ctx)
    if since is not None:
        await _forget(ctx)  # a changes-only read cannot tell what vanished
        return
    finish = ctx.repos.inventory.finish_inventory_run(ctx.store_id, ctx.run_id, complete=True)
    await ctx.committed(finish, _count_deleted(ctx))
    if isinstance(ctx.connector, InventoryChanges):
        await _note_full_read(ctx)


def _count_deleted(ctx: RunContext) -> Callable[[int], None]:
    def count(deleted: int) -> None:
        ctx.counts.deleted += deleted

    return count


def _opener(ctx: RunContext, since: str | None) -> Callable[[], AsyncIterator[Page[InventoryRecord]]]:
    connector = ctx.connector
    if since is not None and isinstance(connector, InventoryChanges):
        return lambda: connector.fetch_inventory_changes(since)
    return whole_stock(connector)


def _changes_since(ctx: RunContext) -> str | None:
    """Where a changes-only read starts, or None when this run must read everything."""
    if not isinstance(ctx.connector, InventoryChanges):
        return None
    cursors, job_id = ctx.repos.cursors, ctx.run.job_id
    since, last_full = cursors.get_cursor(job_id, STREAM), cursors.get_cursor(job_id, FULL_READ_STREAM)
    if since is None or last_full is None:
        return None
    try:
        ended = datetime.fromisoformat(last_full)
    except ValueError:
        return None
    hours = ctx.job.options.get("full_read_hours")
    every = timedelta(hours=hours) if isinstance(hours, int | float) and hours > 0 else FULL_READ_EVERY
    if datetime.now(UTC) - ended >= every:
        return None
    ctx.log.info(
        "Reading only the stock changed since %s; the next complete read is due %s",
        since,
        (ended + every).astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )
    return since


async def _note_full_read(ctx: RunContext) -> None:
    now = datetime.now(UTC).isoformat()
    update = CursorUpdate(job_id=ctx.run.job_id, stream=FULL_READ_STREAM, value=now)
    await ctx.repos.inventory.merge_inventory(InventoryBatch(ctx.store_id, ctx.run_id, cursor=update))


async def _forget(ctx: RunContext) -> None:
    """End a run that deletes nothing: only its list of SKUs met is dropped."""
    await ctx.repos.inventory.finish_inventory_run(ctx.store_id, ctx.run_id, complete=False)


class _Merges:
    """Merges in flight (MERGES_IN_FLIGHT); the pages fetched while they run are gathered into the
    next one, so a fast store is not held back by commits and a large first sync commits few, large
    transactions. A page counts as done (progress, safe point to stop) once the merge holding it
    commits; merges commit in the order they were handed over (storage has one writer thread)."""

    def __init__(self, ctx: RunContext) -> None:
        self._ctx = ctx
        self.batch = self._new_batch()
        self._weight = 0
        self._pages_in_batch = 0
        # Each merge handed over, with the number of pages it holds, oldest first.
        self._in_flight: collections.deque[tuple[asyncio.Task[MergeResult], int]] = collections.deque()

    def _new_batch(self) -> InventoryBatch:
        return InventoryBatch(store_id=self._ctx.store_id, run_id=self._ctx.run_id)

    def add(self, page: Page[InventoryRecord]) -> None:
        self._pages_in_batch += 1
        self._ctx.counts.skipped += page.skipped
        batch = self.batch
        if page.cursor is not None:
            batch.cursor = CursorUpdate(job_id=self._ctx.run.job_id, stream=STREAM, value=page.cursor)
        # In the order the store listed them (a SKU listed twice keeps its first listing): a page of
        # the stock route holds only rows (app.connectors.bulk); one of records is made rows here.
        pieces = [page.bulk] if page.bulk is not None else []
        failures = list(page.failures)
        if page.records:
            built, unstorable = records_as_bulk(page.records)
            pieces.append(built)
            failures += unstorable
        for piece in pieces:
            if piece.count:
                batch.bulk.append(piece)
                self._weight += piece.count
        if failures:
            self._ctx.record_failures(failures)
            batch.refused.extend(printable(failure.key) for failure in failures)

    async def page_added(self) -> None:
        while self._in_flight and self._in_flight[0][0].done():
            await self._finish_oldest()
        if self._in_flight and self._weight < MIN_RECORDS_TO_QUEUE:
            return
        if len(self._in_flight) >= MERGES_IN_FLIGHT:
            if self._weight < MAX_RECORDS_PER_MERGE:
                return
            await self._finish_oldest()
        self._start()

    async def flush(self) -> None:
        """Merge what is gathered and wait until everything is committed."""
        if len(self._in_flight) >= MERGES_IN_FLIGHT:
            await self._finish_oldest()
        self._start()
        while self._in_flight:
            await self._finish_oldest()

    async def settle(self) -> None:
        """Never leave a merge behind: each either commits whole or fails whole."""
        tasks = [task for task, _pages in self._in_flight]
        if tasks:
            await asyncio.wait(tasks)
        for task in tasks:  # the run reports the first error; the others are seen, not logged as lost
            if not task.cancelled():
                task.exception()

    def _start(self) -> None:
        batch, pages = self.batch, self._pages_in_batch
        self.batch, self._pages_in_batch, self._weight = self._new_batch(), 0, 0
        if batch.bulk or batch.refused or batch.cursor:
            task = asyncio.create_task(self._merge(batch))
            self._in_flight.append((task, pages))
        elif self._in_flight:
            # Nothing to store, but its pages are done only after the merges before them.
            newest, held = self._in_flight[-1]
            self._in_flight[-1] = (newest, held + pages)
        else:
            self._done(pages)

    async def _merge(self, batch: InventoryBatch) -> MergeResult:
        """One merge, counted as soon as it commits: a run that fails or is stopped while later merges
        are under way still counts every one that was stored."""
        result = await self._ctx.repos.inventory.merge_inventory(batch)
        counts = self._ctx.counts
        counts.fetched += result.taken
        counts.created += result.created
        counts.updated += result.updated
        counts.unchanged += result.unchanged
        self._ctx.record_failures(result.failures)
        return result

    async def _finish_oldest(self) -> None:
        task, pages = self._in_flight[0]
        await asyncio.shield(task)  # a stopped run leaves the merge to commit; settle() waits for it
        self._in_flight.popleft()
        self._done(pages)

    def _done(self, pages: int) -> None:
        for _ in range(pages):
            self._ctx.page_done()
