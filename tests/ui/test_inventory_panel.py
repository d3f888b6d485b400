"""The inventory panel: a row per SKU with a column per store, search, low-stock highlight, lazy paging."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt

from app.core.events import SettingsChanged
from app.core.models import InventoryRecord, Job, JobKind, Platform, Store, SyncRun, Trigger
from app.core.ports import InventoryBatch
from app.core.schedule import ScheduleSpec
from app.ui.models.inventory import LOW_ROLE, InventoryModel
from tests.ui.conftest import open_desktop, wait_idle, wait_until


async def test_a_sku_shows_its_quantity_under_each_store_that_has_it(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        panel = app.window.inventory_panel
        item = app.services.inventory.search_items("", 0, 1)[0]
        panel.search.setText(item.sku)
        panel.apply_search()
        model = panel.model
        stores = model.stores()
        assert model.columnCount() == 3 + len(stores)
        headers = [
            model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) for c in range(3)
        ]
        assert headers[:2] == ["SKU", "Name"]
        rows = [model.row_at(r).sku for r in range(model.rowCount())]
        assert rows.count(item.sku) == 1, "one row per SKU, however many stores carry it"
        row = rows.index(item.sku)
        column = 2 + [s.id for s in stores].index(item.store_id)
        assert model.data(model.index(row, column)) == f"{item.quantity:,}"
        assert model.data(model.index(row, model.last_seen_column()))


async def test_search_narrows_and_low_quantities_are_highlighted(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        panel = app.window.inventory_panel
        everything = app.services.inventory.count_items("")
        panel.search.setText("no such sku anywhere")
        panel.apply_search()
        assert panel.model.rowCount() == 0
        panel.search.clear()
        await app.services.settings.set_setting("low_stock_threshold", 1_000_000)
        panel.apply_search()
        assert panel.model.total_items() == everything
        first = panel.model.row_at(0)
        store_id = next(iter(first.by_store))
        column = 2 + [s.id for s in panel.model.stores()].index(store_id)
        index = panel.model.index(0, column)
        assert panel.model.data(index, LOW_ROLE) is True
        assert panel.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
        assert "1,000,000 or fewer" in panel.legend.text()


async def test_a_large_inventory_loads_page_by_page_as_the_view_scrolls(tmp_path: Path) -> None:
    async with open_desktop(tmp_path) as app:
        services = app.services
        store = await services.stores.save_store(Store("Warehouse", Platform.GENERIC_JSON))
        job = await services.stores.save_job(
            Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(hours=1), store.id)
        )
        run = await services.runs.start_run(SyncRun(job.id, Trigger.MANUAL, datetime.now(UTC)))
        total = 5 * InventoryModel.PAGE_SIZE + 7
        records = [
            InventoryRecord(sku=f"SKU-{n:06d}", quantity=n % 50, name=f"Item {n}") for n in range(total)
        ]
        await services.inventory.merge_inventory(InventoryBatch(store.id, run.id, records=records))
        panel = app.window.inventory_panel
        app.window.tabs.setCurrentWidget(panel)
        panel.apply_search()
        model = panel.model
        assert model.total_items() == total
        assert model.rowCount() == InventoryModel.PAGE_SIZE, "only the first page is read"
        assert model.canFetchMore()
        bar = panel.table.verticalScrollBar()
        bar.setValue(bar.maximum())
        assert model.rowCount() > InventoryModel.PAGE_SIZE, "reaching the bottom reads the next page"
        while model.canFetchMore():
            model.fetchMore()
        assert model.rowCount() == total
        assert model.row_at(total - 1).sku == f"SKU-{total - 1:06d}"


async def test_a_page_fills_every_store_of_its_skus_and_marks_only_the_split_one_unread(
    tmp_path: Path,
) -> None:
    async with open_desktop(tmp_path) as app:
        services = app.services
        count = InventoryModel.PAGE_SIZE + 300
        stores = []
        for name in ("North", "South"):
            store = await services.stores.save_store(Store(name, Platform.GENERIC_JSON))
            job = await services.stores.save_job(
                Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(hours=1), store.id)
            )
            run = await services.runs.start_run(SyncRun(job.id, Trigger.MANUAL, datetime.now(UTC)))
            skus = range(count) if name == "North" else range(1, count)  # the first SKU only in North
            records = [InventoryRecord(sku=f"SKU-{n:06d}", quantity=7, name=f"Item {n}") for n in skus]
            await services.inventory.merge_inventory(InventoryBatch(store.id, run.id, records=records))
            stores.append(store)
        panel = app.window.inventory_panel
        panel.apply_search()
        model = panel.model
        south_column = 2 + [s.id for s in model.stores()].index(stores[1].id)
        assert model.canFetchMore()
        # The first page: SKU-000000 from North alone, then both stores of the SKUs up to half a page,
        # then North's item of the SKU at half a page, whose South item is on the next page.
        half = InventoryModel.PAGE_SIZE // 2
        south = [model.data(model.index(row, south_column)) for row in range(model.rowCount())]
        unread_split = ["—"] + ["7"] * (half - 1) + ["…"]
        assert south == unread_split, "filled on the page that reaches them; split SKU unread"
        model.fetchMore()
        assert model.data(model.index(half, south_column)) == "7"
        while model.canFetchMore():
            model.fetchMore()
        assert model.rowCount() == count
        assert model.data(model.index(0, south_column)) == "—"
        assert model.data(model.index(count - 1, south_column)) == "7"


async def test_an_open_panel_shows_new_stock_once_after_a_burst_of_changes(tmp_path: Path) -> None:
    async with open_desktop(tmp_path) as app:
        services = app.services
        panel = app.window.inventory_panel
        app.window.tabs.setCurrentWidget(panel)
        assert panel.model.total_items() == 0
        store = await services.stores.save_store(Store("Warehouse", Platform.GENERIC_JSON))
        job = await services.stores.save_job(
            Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(hours=1), store.id)
        )
        run = await services.runs.start_run(SyncRun(job.id, Trigger.MANUAL, datetime.now(UTC)))
        records = [InventoryRecord(sku=f"SKU-{n:03d}", quantity=9, name=f"Item {n}") for n in range(12)]
        await services.inventory.merge_inventory(InventoryBatch(store.id, run.id, records=records))
        await services.settings.set_setting("low_stock_threshold", 10)
        reloads: list[None] = []
        panel.model.modelReset.connect(lambda: reloads.append(None))
        for _ in range(3):
            services.bus.publish(SettingsChanged(("low_stock_threshold",)))
        await wait_until(lambda: "12 store items" in panel.count_label.text(), what="the new stock shown")
        assert panel.model.rowCount() == 12
        assert "10 or fewer" in panel.legend.text()
        assert len(reloads) == 1, "a burst of changes re-reads the table once"


async def test_thresholds_imported_from_a_csv_highlight_their_skus(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        panel = app.window.inventory_panel
        await app.services.settings.set_setting("low_stock_threshold", 0)
        panel.apply_search()
        first = panel.model.row_at(0)
        store_id, item = next((s, i) for s, i in first.by_store.items() if i.quantity > 0)
        column = 2 + [s.id for s in panel.model.stores()].index(store_id)
        assert panel.model.data(panel.model.index(0, column), LOW_ROLE) is False

        sheet = tmp_path / "limits.csv"
        sheet.write_text(f"sku,threshold\n{first.sku},{item.quantity}\n", encoding="utf-8")
        assert await panel.import_thresholds(str(sheet))
        assert panel.model.data(panel.model.index(0, column), LOW_ROLE) is True
        assert "(1 SKU with a threshold of its own)" in panel.legend.text()

        bad = tmp_path / "bad.csv"
        bad.write_text(f"{first.sku},many\n", encoding="utf-8")
        assert not await panel.import_thresholds(str(bad))
        assert panel.legend.text().startswith("Nothing was imported: line 1:")
        assert app.services.inventory.sku_thresholds() == {first.sku: item.quantity}
