"""What the control API reads about stock and the log answers alike on SQLite and on PostgreSQL (one SQL,
app.storage.inventory_reads and app.storage.log_records): the inventory page and its text search, a run's
stock changes, a SKU's history across runs, per-SKU thresholds, and log lines filtered by run, level, text and
removed store. Text searches ignore letter case on both.
Each test runs on both backends, each a real database (a SQLite file, a PostgreSQL server)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from app.core.models import InventoryRecord, Job, JobKind, Platform, RunStatus, Store, SyncRun, Trigger
from app.core.ports import InventoryBatch, LogQuery
from app.core.schedule import ScheduleSpec
from app.storage import timestamps
from app.storage.postgres_storage import PostgresStorage

ROW = ("2026-12-06T06:00:00.000000+00:00", "INFO", 20, "app.sync")


async def synced(storage: Any, *batches: list[InventoryRecord]) -> list[int]:
    """A store whose stock job ran once per batch; the runs' ids."""
    store = await storage.stores.save_store(Store("Shop", Platform.GENERIC_JSON, {"base_url": "https://x"}))
    job = await storage.stores.save_job(
        Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(minutes=15), store_id=store.id)
    )
    run_ids = []
    for records in batches:
        run = await storage.runs.start_run(SyncRun(job.id, Trigger.MANUAL, datetime.now(UTC)))
        await storage.inventory.merge_inventory(InventoryBatch(store.id, run.id, records))
        await storage.inventory.finish_inventory_run(store.id, run.id, complete=True)
        ended = SyncRun(job.id, Trigger.MANUAL, run.started_at, status=RunStatus.SUCCEEDED, id=run.id)
        await storage.runs.finish_run(ended)
        run_ids.append(run.id)
    return run_ids


async def test_stock_pages_changes_and_history_read_the_same(backend: Callable[[], Any]) -> None:
    async with backend() as storage:
        first, second = await synced(
            storage,
            [
                InventoryRecord("A-1", 5, "Blue mug", Decimal("9.50")),
                InventoryRecord("B_2", 7, "Red 100% cup"),
                InventoryRecord("C-3", 2, "Kubek z Łodzi: łódź"),
            ],
            [
                InventoryRecord("A-1", 3, "Blue mug", Decimal("9.50")),
                InventoryRecord("B_2", 7, "Red 100% cup"),
                InventoryRecord("C-3", 2, "Kubek z Łodzi: łódź"),
            ],
        )
        assert storage.inventory.count_items() == 3
        assert [(item.sku, item.quantity) for item in storage.inventory.search_items()] == [
            ("A-1", 3),
            ("B_2", 7),
            ("C-3", 2),
        ]
        assert [item.sku for item in storage.inventory.search_items("100%")] == ["B_2"]
        assert [item.sku for item in storage.inventory.search_items("_")] == ["B_2"]  # not a wildcard
        assert storage.inventory.count_items("mug") == 1
        # Letter case does not matter, in a name or a SKU, as the window's search box promises.
        assert [item.sku for item in storage.inventory.search_items("BLUE")] == ["A-1"]
        assert [item.sku for item in storage.inventory.search_items("b_2")] == ["B_2"]
        assert storage.inventory.count_items("red 100") == 1
        # Beyond ASCII too (SQLite's LIKE folds ASCII letters only).
        assert [item.sku for item in storage.inventory.search_items("ŁÓDŹ")] == ["C-3"]
        assert [item.sku for item in storage.inventory.search_items("ł_d")] == []  # "_" is no wildcard
        assert [
            (c.sku, c.old_quantity, c.new_quantity) for c in storage.inventory.changes_for_run(second)
        ] == [("A-1", 5, 3)]
        history = storage.inventory.sku_history("A-1")
        assert [(entry.run_id, entry.old_quantity, entry.new_quantity) for entry in history] == [
            (first, None, 5),
            (second, 5, 3),
        ]


async def test_thresholds_are_set_replaced_and_removed_alike(backend: Callable[[], Any]) -> None:
    async with backend() as storage:
        await storage.inventory.set_sku_thresholds({"A-1": 4, "B_2": 9})
        await storage.inventory.set_sku_thresholds({"B_2": None, "C-3": 2})
        assert storage.inventory.sku_thresholds() == {"A-1": 4, "C-3": 2}
        await storage.inventory.set_sku_thresholds({"D-4": 1}, replace=True)
        assert storage.inventory.sku_thresholds() == {"D-4": 1}


async def test_log_lines_are_filtered_and_followed_alike(backend: Callable[[], Any]) -> None:
    async with backend() as storage:
        [run_id] = await synced(storage, [InventoryRecord("A-1", 5)])
        rows = [
            (*ROW, None, run_id, "Fetched page 1 of 50% done"),
            (ROW[0], "WARNING", 30, "app.sync", None, run_id, "Store answered slowly"),
            (*ROW, None, None, "Another run's line"),
            (*ROW, None, None, "Sklep Łódź answered"),
        ]
        before = storage.logs.last_id()
        await store_lines(storage, rows)
        assert [line.message for line in storage.logs.list_logs(LogQuery(run_id=run_id))] == [
            "Store answered slowly",
            "Fetched page 1 of 50% done",
        ]
        assert storage.logs.count_logs(LogQuery(min_level="warning")) >= 1
        assert [line.message for line in storage.logs.list_logs(LogQuery(text="50%"))] == [
            "Fetched page 1 of 50% done"
        ]
        assert [line.message for line in storage.logs.list_logs(LogQuery(text="SLOWLY"))] == [
            "Store answered slowly"
        ]
        assert storage.logs.count_logs(LogQuery(text="another RUN")) == 1
        assert [line.message for line in storage.logs.list_logs(LogQuery(text="SKLEP ŁÓDŹ"))] == [
            "Sklep Łódź answered"
        ]
        followed = storage.logs.list_after(before)
        assert [line.message for line in followed] == [row[-1] for row in rows]
        assert followed[0].time == timestamps.required(ROW[0])

        # A removed store's lines lose their store; its runs keep its name, and find the lines.
        [store] = storage.stores.list_stores()
        await storage.stores.delete_store(store.id)
        assert [line.message for line in storage.logs.list_logs(LogQuery(removed_store="Shop"))] == [
            "Store answered slowly",
            "Fetched page 1 of 50% done",
        ]
        assert storage.logs.count_logs(LogQuery(removed_store="Another shop")) == 0


async def store_lines(storage: Any, rows: list[tuple[Any, ...]]) -> None:
    """As each backend's log handler stores a batch: SQLite on its writer thread, PostgreSQL awaited."""
    if isinstance(storage, PostgresStorage):
        await storage.logs.insert_rows(rows)
    else:
        storage.database.submit(lambda: storage.logs.insert_rows(rows)).result(timeout=30)
