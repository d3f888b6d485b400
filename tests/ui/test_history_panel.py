"""The history panel on real runs: newest first, counts, filters, run detail and CSV export."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.core.events import StoresChanged
from app.core.models import Job, JobKind, Platform, RunStatus, Store, SyncRun, Trigger
from app.core.ports import RunQuery
from app.core.schedule import ScheduleSpec
from app.sandbox.catalog import Catalog
from app.sandbox.json_api_styles import NestedStockApi
from app.ui.dialogs.remove_store import remove_store
from app.ui.models.history import HistoryModel
from tests.integration.support import started
from tests.ui.conftest import job_of, open_desktop, wait_until


async def _run(app: Any, store: str, kind: str) -> SyncRun:
    """Sync a job by hand and wait for that very run to finish, whatever the schedules start meanwhile."""
    job_id = job_of(app, store, kind)
    scheduler, runs = app.services.scheduler, app.services.runs
    await wait_until(lambda: not scheduler.is_running(job_id), within=30, what="earlier runs")
    known = {run.id for run in runs.list_runs(RunQuery(job_id=job_id), offset=0, limit=1000)}
    assert scheduler.run_now(job_id)

    def manual_run() -> SyncRun | None:
        newer = runs.list_runs(RunQuery(job_id=job_id), offset=0, limit=20)
        return next((r for r in newer if r.id not in known and r.trigger is Trigger.MANUAL), None)

    await wait_until(
        lambda: (run := manual_run()) is not None and run.status.finished,
        within=30,
        what="the manual run to finish",
    )
    run = manual_run()
    assert run is not None
    return run


def _row_of(model: HistoryModel, run_id: int) -> int | None:
    return next((row for row in range(model.rowCount()) if model.item(row).id == run_id), None)


async def test_a_finished_run_appears_on_top_with_its_counts(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.history_panel
        run = await _run(app, "Demo Shopify", "inventory_pull")
        model = panel.model

        def shown_finished() -> bool:
            row = _row_of(model, run.id)
            return row is not None and model.item(row).status.finished

        await wait_until(shown_finished, what="the finished run in the history")
        row = _row_of(model, run.id)
        assert all(model.item(r).started_at >= run.started_at for r in range(row)), "newer runs only above"
        texts = [model.data(model.index(row, column)) for column in range(model.columnCount())]
        assert texts[HistoryModel.STORE] == "Demo Shopify"
        assert texts[HistoryModel.JOB] == "Inventory"
        assert texts[HistoryModel.STATUS] == "Succeeded"
        assert texts[HistoryModel.TRIGGER] == "Manual"
        assert texts[HistoryModel.FETCHED] == f"{run.counts.fetched:,}"
        assert texts[HistoryModel.CREATED] == f"{run.counts.created:,}"
        assert texts[HistoryModel.UPDATED] == f"{run.counts.updated:,}"
        assert texts[HistoryModel.UNCHANGED] == f"{run.counts.unchanged:,}"
        assert texts[HistoryModel.DURATION]
        started = [model.item(row).started_at for row in range(model.rowCount())]
        assert started == sorted(started, reverse=True)


async def test_filters_by_store_and_result(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.history_panel
        await _run(app, "Demo Shopify", "inventory_pull")
        await _run(app, "Demo WooCommerce", "inventory_pull")
        await wait_until(lambda: panel.model.rowCount() >= 2, what="two runs")
        store = app.services.stores.find_store("Demo WooCommerce")
        panel.store_filter.setCurrentIndex(panel.store_filter.findData(store.id))
        stores = {panel.model.store_name(panel.model.item(row)) for row in range(panel.model.rowCount())}
        assert stores == {"Demo WooCommerce"}
        panel.status_filter.setCurrentIndex(panel.status_filter.findData(RunStatus.FAILED.value))
        assert panel.model.rowCount() == 0
        assert panel.count_label.text() == "0 runs"


async def test_run_detail_shows_log_lines_and_sku_changes(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.history_panel
        run = await _run(app, "Demo BaseLinker", "inventory_pull")
        await wait_until(lambda: _row_of(panel.model, run.id) is not None, what="the run in the history")
        detail = panel.open_detail(panel.model.index(_row_of(panel.model, run.id), 0))
        assert detail.isVisible()
        assert "Demo BaseLinker" in detail.windowTitle()
        changes = app.services.inventory.changes_for_run(run.id)
        assert detail.changes.rowCount() == len(changes)
        if changes:
            assert detail.changes.item(0, 0).text() == changes[0].sku
        lines = detail.log_view.toPlainText()
        assert lines and "No log lines" not in lines
        detail.close()


async def test_runs_of_a_removed_store_keep_its_name_and_job(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.history_panel
        model = panel.model
        cleanup = await _run(app, "All stores", "cleanup")
        run = await _run(app, "Demo Shopify", "inventory_pull")
        store = app.services.stores.find_store("Demo Shopify")
        jobs = [job.id for job in app.services.stores.list_jobs(store.id)]
        scheduler = app.services.scheduler
        await wait_until(lambda: not any(scheduler.is_running(j) for j in jobs), within=30, what="idle store")
        await remove_store(app.services, store)

        def store_text(run_id: int) -> str | None:
            row = _row_of(model, run_id)
            return None if row is None else model.data(model.index(row, HistoryModel.STORE))

        removed = "Demo Shopify (removed)"
        await wait_until(lambda: store_text(run.id) == removed, what="the removed store's run")
        row = _row_of(model, run.id)
        assert model.data(model.index(row, HistoryModel.JOB)) == "Inventory"
        assert store_text(cleanup.id) == "All stores"
        assert model.data(model.index(_row_of(model, cleanup.id), HistoryModel.JOB)) == "Cleanup"
        detail = panel.open_detail(model.index(row, 0))
        assert detail.windowTitle() == f"Run {run.id} — Demo Shopify (removed)"
        assert detail.summary.text().startswith("Demo Shopify (removed) · Inventory · Manual")
        detail.close()


async def test_export_csv_writes_the_filtered_runs(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.history_panel
        await _run(app, "Demo Shopify", "inventory_pull")
        target = tmp_path / "history.csv"
        await panel.export_to(str(target))
        with target.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        assert len(rows) >= 2, "a header and at least the run we made"
        assert "Exported" in app.window.statusBar().currentMessage()


async def test_records_skipped_as_not_stock_have_their_own_column(tmp_path: Path) -> None:
    server = started(NestedStockApi(Catalog(60, seed=5, orders=0)))
    try:
        async with open_desktop(tmp_path) as app:
            services = app.services
            store = await services.stores.save_store(
                Store("Nested", Platform.GENERIC_JSON, server.store_settings())
            )
            await services.stores.save_job(Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(hours=1), store.id))
            services.bus.publish(StoresChanged())
            await wait_until(
                lambda: any(s.store_name == "Nested" for s in app.status.states()), what="the job"
            )
            run = await _run(app, "Nested", "inventory_pull")
            model = app.window.history_panel.model
            await wait_until(lambda: _row_of(model, run.id) is not None, what="the run in the history")
            row = _row_of(model, run.id)
            assert model.headerData(HistoryModel.SKIPPED, Qt.Orientation.Horizontal) == "Skipped"
            assert model.data(model.index(row, HistoryModel.STATUS)) == "Succeeded"
            assert model.data(model.index(row, HistoryModel.FAILED)) == "0"
            assert model.data(model.index(row, HistoryModel.SKIPPED)) == "12"  # one product in five
    finally:
        server.stop()


async def test_the_job_column_fits_a_longer_job_name_listed_after_the_first_rows(tmp_path: Path) -> None:
    """Fitted to the first rows only, it cut "Low-stock check" to "Low-st…" beside a roomy Error column."""
    async with open_desktop(tmp_path, demo=True) as app:
        app.window.show()
        app.window.tabs.setCurrentWidget(app.window.history_panel)
        panel = app.window.history_panel
        run = await _run(app, "Demo ERP (JSON API)", "low_stock_check")
        await wait_until(lambda: _row_of(panel.model, run.id) is not None, what="the check's run listed")
        table = panel.table
        needed = table.fontMetrics().horizontalAdvance("Low-stock check")
        await wait_until(
            lambda: table.columnWidth(HistoryModel.JOB) > needed, within=10, what="the job column to fit it"
        )
