"""The Overview's figures mean the same on SQLite and on PostgreSQL: one scenario (three stores with stock,
per-SKU and per-store thresholds, succeeded, partial, failed, skipped and running runs, imported orders, a
global job's run) recorded through each backend's repositories, and the figures a user sees on the cards
and in the day's totals, worked out by hand, read back from both. And the figures of many stores cost the
same five statements as those of two, on both, as each database counts them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from app.core.models import (
    InventoryRecord,
    Job,
    JobKind,
    OrderRecord,
    OrderStatus,
    Platform,
    RunCounts,
    RunStatus,
    Store,
    SyncRun,
    Trigger,
)
from app.core.ports import DayTotals, InventoryBatch, StoreFigures
from app.core.schedule import ScheduleSpec
from app.storage.postgres_storage import PostgresStorage
from tests.postgres import CountedStatements

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
FAILURES_SINCE = NOW - timedelta(hours=24)
DAY_SINCE = NOW - timedelta(hours=6)
DEFAULT_THRESHOLD = 5
SOUTH_THRESHOLD = 10


class Recorder:
    """Records runs as the engine does: started, their stock or orders stored, then ended."""

    def __init__(self, storage: Any) -> None:
        self.storage = storage

    async def store(self, name: str, *kinds: JobKind) -> tuple[int, list[int]]:
        store = await self.storage.stores.save_store(Store(name, Platform.SHOPIFY, {"shop": name.lower()}))
        jobs = [
            await self.storage.stores.save_job(Job(kind, ScheduleSpec.every(minutes=15), store_id=store.id))
            for kind in kinds
        ]
        return store.id, [job.id for job in jobs]

    async def run(
        self,
        job_id: int,
        hours_ago: float,
        seconds: float | None,
        status: RunStatus,
        counts: RunCounts | None = None,
    ) -> int:
        """A run started `hours_ago` before NOW that took `seconds` (None: still running)."""
        started = NOW - timedelta(hours=hours_ago)
        run = await self.storage.runs.start_run(SyncRun(job_id, Trigger.SCHEDULED, started))
        if seconds is not None:
            ended = replace(
                run,
                status=status,
                finished_at=started + timedelta(seconds=seconds),
                counts=counts or RunCounts(),
            )
            await self.storage.runs.finish_run(ended)
        return int(run.id)

    async def stock_run(
        self,
        store_id: int,
        job_id: int,
        hours_ago: float,
        seconds: float,
        status: RunStatus,
        records: dict[str, int],
        *,
        complete: bool = True,
    ) -> int:
        """A run that stored `records` (SKU: quantity), with the counts the merge gave."""
        started = NOW - timedelta(hours=hours_ago)
        run = await self.storage.runs.start_run(SyncRun(job_id, Trigger.SCHEDULED, started))
        batch = [InventoryRecord(sku, quantity) for sku, quantity in records.items()]
        merged = await self.storage.inventory.merge_inventory(InventoryBatch(store_id, run.id, batch))
        deleted = await self.storage.inventory.finish_inventory_run(store_id, run.id, complete=complete)
        counts = RunCounts(
            fetched=len(batch), created=merged.created, updated=merged.updated, deleted=deleted
        )
        ended = replace(run, status=status, finished_at=started + timedelta(seconds=seconds), counts=counts)
        await self.storage.runs.finish_run(ended)
        return int(run.id)

    async def orders_run(
        self, store_id: int, job_id: int, hours_ago: float, numbers: list[str]
    ) -> tuple[int, RunCounts]:
        """A succeeded orders run importing `numbers` (placed when the run started): its id and counts."""
        started = NOW - timedelta(hours=hours_ago)
        run = await self.storage.runs.start_run(SyncRun(job_id, Trigger.SCHEDULED, started))
        orders = [
            OrderRecord(number, number, OrderStatus.PAID, "paid", Decimal("12.50"), "EUR", started, started)
            for number in numbers
        ]
        counts = await self.storage.orders.upsert_orders(store_id, run.id, orders, None)
        counts.fetched = len(orders)
        ended = replace(
            run, status=RunStatus.SUCCEEDED, finished_at=started + timedelta(seconds=1), counts=counts
        )
        await self.storage.runs.finish_run(ended)
        return int(run.id), counts


async def scenario(storage: Any) -> dict[str, int]:
    """The stores and runs the figures below are worked out from; their ids by name."""
    record = Recorder(storage)
    north, [north_stock] = await record.store("North", JobKind.INVENTORY_PULL)
    south, [south_stock, south_orders] = await record.store(
        "South", JobKind.INVENTORY_PULL, JobKind.ORDERS_PULL
    )
    east, [east_stock] = await record.store("East", JobKind.INVENTORY_PULL)
    quiet, _ = await record.store("Quiet", JobKind.INVENTORY_PULL)
    cleanup = await storage.stores.save_job(Job(JobKind.CLEANUP, ScheduleSpec.daily("03:00")))
    await storage.inventory.set_sku_thresholds({"MUG": 8, "S-2": 1})
    ids = {"north": north, "south": south, "east": east, "quiet": quiet}

    # North: the default threshold (5); MUG has its own (8). GONE is no longer listed after r4.
    ids["r1"] = await record.run(north_stock, 30, 4.0, RunStatus.FAILED)
    ids["r2"] = await record.stock_run(
        north, north_stock, 20, 3.0, RunStatus.SUCCEEDED, {"N-1": 3, "N-2": 5, "N-3": 6, "MUG": 7, "GONE": 1}
    )
    ids["r3"] = await record.run(north_stock, 5, 4 * 3600.0, RunStatus.FAILED)  # ends after r4 ends
    ids["r4"] = await record.stock_run(
        north, north_stock, 2, 1.5, RunStatus.SUCCEEDED, {"N-1": 0, "N-2": 5, "N-3": 6, "MUG": 7}
    )
    ids["r5"] = await record.run(north_stock, 0.1, None, RunStatus.RUNNING)

    # South: its low-stock check's threshold (10); S-2's own (1) and MUG's (8) win over it.
    ids["o1"], first = await record.orders_run(south, south_orders, 26, ["1001", "1002"])
    assert (first.created, first.updated) == (2, 0)
    ids["s1"] = await record.stock_run(
        south, south_stock, 3, 6.0, RunStatus.SUCCEEDED, {"S-1": 10, "S-2": 3, "S-3": 12, "MUG": 9}
    )
    ids["s2"] = await record.stock_run(
        south, south_stock, 1, 5.0, RunStatus.PARTIAL, {"S-3": 11}, complete=False
    )
    ids["o2"], second = await record.orders_run(south, south_orders, 0.5, ["1002", "1003", "1004"])
    assert (second.created, second.updated) == (2, 1), "1002 was imported the day before"

    # East: no stock; a failure exactly at the start of the failures' window, a skipped run.
    ids["e1"] = await record.run(east_stock, 24, 7.0, RunStatus.FAILED)
    ids["e2"] = await record.run(east_stock, 4, 0.0, RunStatus.SKIPPED)
    ids["e3"] = await record.run(east_stock, 1, 0.5, RunStatus.FAILED)

    # A global job's failure counts in the day, on no store's card.
    ids["c1"] = await record.run(cleanup.id, 3, 0.2, RunStatus.FAILED)
    return ids


async def test_the_overview_reads_the_same_figures_on_both_backends(backend: Callable[[], Any]) -> None:
    async with backend() as storage:
        ids = await scenario(storage)
        north, south, east = ids["north"], ids["south"], ids["east"]

        figures = storage.overview.store_figures(
            FAILURES_SINCE, {south: SOUTH_THRESHOLD}, DEFAULT_THRESHOLD, recent=3
        )

        assert figures == {
            # N-1 (0) and N-2 (5) at or below 5, MUG (7) below its own 8; N-3 (6) is not; GONE not listed.
            # Failures: r3 (r1 is older than 24 h). Durations: r2, r4, r3 in the order they ended.
            north: StoreFigures(north, items=4, low_stock=3, failures=1, durations=(3.0, 1.5, 14400.0)),
            # S-1 (10) at South's 10; S-2 (3) above its own 1, MUG (9) above its own 8, S-3 (11) above 10.
            # The latest three ended runs: s1, s2, the second orders run; the first is older.
            south: StoreFigures(south, items=4, low_stock=1, failures=0, durations=(6.0, 5.0, 1.0)),
            # e1 at the window's first instant and e3; the skipped run has no place in the durations.
            east: StoreFigures(east, items=0, low_stock=0, failures=2, durations=(7.0, 0.5)),
        }, "a store with nothing to show (Quiet) has no figures"

        # Since 06:00: r3, r4, s1, s2, o2, e3 and the cleanup ended (r5 is running, e2 skipped). Stock
        # changed: r4 1 updated + 1 removed, s1 4 created, s2 1 updated. Orders: 1003 and 1004 are new.
        assert storage.overview.day_totals(DAY_SINCE) == DayTotals(runs=7, items_changed=7, orders_imported=2)
        ended = {ids[name] for name in ("r3", "r4", "s1", "s2", "o2", "e3", "c1")}
        assert storage.overview.ended_run_ids(DAY_SINCE) == ended

        # Without thresholds of its own, South is counted by the default: S-2 (3) stays above its own 1.
        figures = storage.overview.store_figures(FAILURES_SINCE, {}, DEFAULT_THRESHOLD, recent=1)
        assert (figures[south].low_stock, figures[south].durations) == (0, (1.0,))
        assert figures[north].durations == (1.5,), "the latest run by start is r4"

        # One store's stock alone, as a run that was under way at a reading has it read again.
        assert storage.overview.store_stock(north, {south: SOUTH_THRESHOLD}, DEFAULT_THRESHOLD) == (4, 3)
        assert storage.overview.store_stock(south, {south: SOUTH_THRESHOLD}, DEFAULT_THRESHOLD) == (4, 1)
        assert storage.overview.store_stock(east, {south: SOUTH_THRESHOLD}, DEFAULT_THRESHOLD) == (0, 0)


@contextmanager
def statements_counted(storage: Any) -> Iterator[Callable[[], int]]:
    """How many statements the database ran meanwhile, as it counts them itself: SQLite's trace of this
    thread's connection (where reads run), PostgreSQL's pg_stat_statements."""
    if isinstance(storage, PostgresStorage):
        counted = CountedStatements(storage.database.url)
        counted.reset()
        yield counted.count
        return
    statements: list[str] = []
    connection = storage.database.connection()
    connection.set_trace_callback(statements.append)
    try:
        yield lambda: len(statements)
    finally:
        connection.set_trace_callback(None)


def statements_for(storage: Any, thresholds: dict[int, int]) -> int:
    with statements_counted(storage) as count:
        figures = storage.overview.store_figures(FAILURES_SINCE, thresholds, DEFAULT_THRESHOLD)
        storage.overview.day_totals(DAY_SINCE)
        storage.overview.ended_run_ids(DAY_SINCE)
        statements = count()
    assert len(figures) == len(thresholds)
    return statements


async def test_forty_stores_cost_the_statements_of_two(backend: Callable[[], Any]) -> None:
    async with backend() as storage:
        record = Recorder(storage)
        stores: dict[int, int] = {}
        two = 0
        for number in range(40):
            store_id, [job_id] = await record.store(f"Shop {number:02}", JobKind.INVENTORY_PULL)
            await record.stock_run(store_id, job_id, 1, 2.0, RunStatus.SUCCEEDED, {"A": number, "B": 3})
            stores[store_id] = number
            if number == 1:
                two = statements_for(storage, dict.fromkeys(stores, 2))
        forty = statements_for(storage, dict.fromkeys(stores, 2))
        assert two == forty == 5, "stock, failures, durations, the day's totals, the ended runs"
