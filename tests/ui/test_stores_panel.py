"""The stores panel on the real services: rows, filters, Sync now, Pause/Resume, Edit, detail, empty state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from app.core.events import (
    AttentionCleared,
    NeedsAttention,
    RateLimitedUntil,
    ScheduleChanged,
    StoresChanged,
    SyncFinished,
    SyncProgress,
    SyncStarted,
)
from app.core.models import JobKind, Platform, RunStatus, Trigger
from app.core.platforms import PLATFORM_LABELS
from app.core.ports import RunQuery
from app.ui.models.store_status import StoreStatusModel
from tests.ui.conftest import job_of, open_desktop, wait_idle, wait_until


def _column_texts(panel: Any, column: int) -> list[str]:
    proxy = panel.proxy
    return [proxy.data(proxy.index(row, column)) for row in range(proxy.rowCount())]


async def test_every_demo_job_has_a_row_with_schedule_and_next_run(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.stores_panel
        services = app.services
        jobs = services.stores.list_jobs()
        assert panel.proxy.rowCount() == len(jobs)
        assert panel.stack.currentIndex() == 0, "with stores, the table shows instead of the empty state"
        names = set(_column_texts(panel, StoreStatusModel.STORE))
        assert {store.name for store in services.stores.list_stores()} <= names
        assert all(_column_texts(panel, StoreStatusModel.SCHEDULE))
        assert any(
            text and text != "not scheduled" for text in _column_texts(panel, StoreStatusModel.NEXT_RUN)
        )


async def test_filters_by_platform_and_status(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.stores_panel
        shopify = panel.platform_filter.findData(Platform.SHOPIFY.value)
        panel.platform_filter.setCurrentIndex(shopify)
        stores = set(_column_texts(panel, StoreStatusModel.STORE))
        assert stores == {"Demo Shopify"}
        panel.platform_filter.setCurrentIndex(0)
        panel.status_filter.setCurrentIndex(panel.status_filter.findData("failed"))
        assert panel.proxy.rowCount() == 0
        panel.status_filter.setCurrentIndex(0)
        assert panel.proxy.rowCount() == panel.model.rowCount()


async def test_sync_now_runs_the_job_and_shows_its_result(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.stores_panel
        job_id = job_of(app, "Demo Shopify", "inventory_pull")
        await wait_idle(app)
        await wait_until(lambda: panel.row_actions(job_id).sync_button.isEnabled(), what="Sync now enabled")
        buttons = panel.row_actions(job_id)
        disabled_while_running: list[bool] = []
        app.bridge.sync_started.connect(
            lambda event: (
                event.job_id == job_id
                and disabled_while_running.append(not panel.row_actions(job_id).sync_button.isEnabled())
            )
        )
        buttons.sync_button.click()
        state = panel.model.state_for_job(job_id)
        await wait_until(lambda: disabled_while_running, what="the run to start")
        assert disabled_while_running == [True]
        await wait_until(
            lambda: state.last_run is not None and state.last_run.status.finished and not state.running,
            within=30,
            what="the run to finish",
        )
        assert state.last_run.status is RunStatus.SUCCEEDED
        row = panel.proxy.mapFromSource(panel.model.index(panel.model.states().index(state), 0)).row()
        status_text = panel.proxy.data(panel.proxy.index(row, StoreStatusModel.STATUS))
        last_run_text = panel.proxy.data(panel.proxy.index(row, StoreStatusModel.LAST_RUN))
        assert status_text == "Succeeded"
        assert f"{state.last_run.counts.fetched:,} fetched" in last_run_text
        assert state.last_run.counts.fetched > 0
        assert panel.row_actions(job_id).sync_button.isEnabled()


async def test_a_reload_as_a_run_ends_shows_the_run_ended(tmp_path: Path) -> None:
    """The stores listed again just after a run ended (another store saved, the window built as a
    start-up run ends) show that run ended: the row said "Running" until the next run."""
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.stores_panel
        job_id = job_of(app, "Demo Shopify", "inventory_pull")
        await wait_idle(app)
        reloaded: list[bool] = []

        def reload_once_ended(event: SyncFinished) -> None:
            if event.run.job_id == job_id:
                panel.model.reload()
                reloaded.append(True)

        app.bridge.sync_finished.connect(reload_once_ended)
        panel.row_actions(job_id).sync_button.click()
        await wait_until(lambda: reloaded, within=30, what="the run to end")
        await wait_idle(app)
        state = panel.model.state_for_job(job_id)
        assert not state.running
        row = panel.proxy.mapFromSource(panel.model.index(panel.model.states().index(state), 0)).row()
        assert panel.proxy.data(panel.proxy.index(row, StoreStatusModel.STATUS)) == "Succeeded"
        assert app.window.running_label.text() == ""


async def test_a_run_waiting_for_a_free_run_slot_reads_queued_until_it_starts(tmp_path: Path) -> None:
    """One run at a time, a slow store running and Sync now on another: that row reads "Queued" with its
    Sync now off and says why, the status bar counts it as waiting; then it runs and ends (it read
    "Idle" or its last result while it waited)."""
    from app.sandbox.faults import Fault

    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.stores_panel
        slow = job_of(app, "Demo WooCommerce", "inventory_pull")
        waiting = job_of(app, "Demo Shopify", "inventory_pull")
        await wait_idle(app)
        app.runtime.engine.set_max_concurrent(1)
        app.runtime.demo.sandbox.servers["woocommerce"].faults.next_requests(1, Fault.latency(3.0))
        assert app.services.scheduler.run_now(slow)
        await wait_until(lambda: panel.model.state_for_job(slow).running, what="the slow run to start")
        panel.row_actions(waiting).sync_button.click()
        state = panel.model.state_for_job(waiting)
        await wait_until(lambda: state.queued, what="the second run to queue")

        assert panel.model.status_text(state) == "Queued"
        row = panel.model.states().index(state)
        assert "another run to end" in panel.model.data(panel.model.index(row, StoreStatusModel.STATUS), 3)
        assert not panel.row_actions(waiting).sync_button.isEnabled()
        await wait_until(lambda: app.window.running_label.text() == "1 running and 1 waiting", what="counts")
        overview = app.window.overview_panel
        card = overview.model.card(overview.model.row_of_store(state.store_id))
        assert overview.delegate.health_text(card.health) == "Queued"

        await wait_until(lambda: panel.model.status_text(state) == "Succeeded", within=30, what="its end")
        assert not state.queued and panel.row_actions(waiting).sync_button.isEnabled()


async def test_each_rows_sync_now_follows_its_own_job_while_others_run(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.stores_panel
        job_id = job_of(app, "Demo Shopify", "inventory_pull")
        await wait_idle(app)
        mismatches: list[str] = []
        own_enabled_while_running: list[bool] = []

        def look(_event: Any) -> None:
            for state in panel.model.states():
                buttons = panel.row_actions(state.job_id)
                busy = state.running or state.queued
                if buttons is not None and buttons.sync_button.isEnabled() == busy:
                    mismatches.append(f"{state.store_name} {state.job.kind.value}")
            if panel.model.state_for_job(job_id).running:
                own_enabled_while_running.append(panel.row_actions(job_id).sync_button.isEnabled())

        for signal in (app.bridge.sync_started, app.bridge.sync_progress, app.bridge.sync_finished):
            signal.connect(look)
        panel.row_actions(job_id).sync_button.click()
        await wait_until(lambda: own_enabled_while_running, what="the run to start")
        await wait_until(
            lambda: panel.row_actions(job_id).sync_button.isEnabled(), within=30, what="Sync now again"
        )
        assert own_enabled_while_running and not any(own_enabled_while_running)
        assert mismatches == [], "every row's Sync now is off exactly while its own job runs or waits"


async def test_pause_and_resume_a_row(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.stores_panel
        job_id = job_of(app, "Demo Shopify", "orders_pull")
        await wait_idle(app)
        panel.row_actions(job_id).pause_button.click()
        await wait_until(lambda: app.services.stores.get_job(job_id).paused, what="the job to pause")
        await wait_until(
            lambda: panel.row_actions(job_id).pause_button.text() == "Resume", what="the Resume button"
        )
        state = panel.model.state_for_job(job_id)
        assert panel.model.status_text(state) == "Paused"
        panel.row_actions(job_id).pause_button.click()
        await wait_until(lambda: not app.services.stores.get_job(job_id).paused, what="the job to resume")
        await wait_until(
            lambda: panel.row_actions(job_id).pause_button.text() == "Pause", what="the Pause button"
        )
        assert app.services.scheduler.next_run_time(job_id) is not None


async def test_selected_rows_sync_together(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.stores_panel
        panel.platform_filter.setCurrentIndex(panel.platform_filter.findData(Platform.SHOPIFY.value))
        panel.table.selectAll()
        assert panel.sync_selected.isEnabled()
        selected = set(panel.selected_job_ids())
        assert selected == {
            job_of(app, "Demo Shopify", "inventory_pull"),
            job_of(app, "Demo Shopify", "orders_pull"),
        }
        started: set[int] = set()
        app.bridge.sync_started.connect(lambda event: started.add(event.job_id))
        await wait_until(
            lambda: not any(app.services.scheduler.is_running(j) for j in selected), within=30, what="idle"
        )
        panel.sync_selected.click()
        await wait_until(lambda: selected <= started, within=30, what="both selected jobs to start")
        await wait_until(
            lambda: not any(app.services.scheduler.is_running(j) for j in selected), within=30, what="the end"
        )


async def test_double_click_opens_the_store_detail(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.stores_panel
        panel.platform_filter.setCurrentIndex(panel.platform_filter.findData(Platform.WOOCOMMERCE.value))
        detail = panel.open_detail(panel.proxy.index(0, 0))
        assert detail is not None and detail.isVisible()
        assert detail.windowTitle() == "Store: Demo WooCommerce"
        assert detail.jobs.rowCount() == 2
        assert detail.connection_label.text()
        detail.test_button.click()
        assert detail.connection_label.text() == "Testing…"
        await wait_until(lambda: detail.test_button.isEnabled(), within=20, what="the connection test")
        assert detail.connection_label.text() not in ("Testing…", "")
        assert not detail.connection_label.text().startswith("Connection failed")
        detail.close()


async def test_store_detail_names_the_job_of_a_run_whose_job_was_removed(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        job_id = job_of(app, "Demo WooCommerce", "orders_pull")
        scheduler = app.services.scheduler
        await wait_until(lambda: not scheduler.is_running(job_id), within=30, what="earlier runs")
        known = {run.id for run in app.services.runs.list_runs(RunQuery(job_id=job_id), offset=0, limit=1000)}
        assert scheduler.run_now(job_id)

        def manual_run() -> Any:
            # Not a slot of the hourly schedule that fell during it, recorded skipped.
            runs = app.services.runs.list_runs(RunQuery(job_id=job_id), offset=0, limit=1000)
            return next((r for r in runs if r.id not in known and r.trigger is Trigger.MANUAL), None)

        await wait_until(
            lambda: (run := manual_run()) is not None and run.status.finished,
            within=30,
            what="the orders run",
        )
        run_id = manual_run().id
        await wait_until(lambda: not scheduler.is_running(job_id), within=30, what="the job to be idle")
        scheduler.remove_job(job_id)
        await app.services.stores.delete_job(job_id)
        app.services.bus.publish(StoresChanged())
        panel = app.window.stores_panel
        await wait_until(lambda: panel.model.state_for_job(job_id) is None, what="the job's row to go")
        panel.platform_filter.setCurrentIndex(panel.platform_filter.findData(Platform.WOOCOMMERCE.value))
        detail = panel.open_detail(panel.proxy.index(0, 0))
        store = app.services.stores.find_store("Demo WooCommerce")
        runs = app.services.runs.list_runs(RunQuery(store_id=store.id), offset=0, limit=detail.RECENT_RUNS)
        row = next(row for row, run in enumerate(runs) if run.id == run_id)
        assert detail.runs.item(row, 1).text() == "Orders"
        detail.close()


async def test_edit_opens_the_store_editor_for_that_store(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.stores_panel
        job_id = job_of(app, "Demo Shopify", "inventory_pull")
        panel.row_actions(job_id).edit_button.click()
        editors = [
            w for w in QApplication.topLevelWidgets() if type(w).__name__ == "StoreEditor" and w.isVisible()
        ]
        assert len(editors) == 1
        assert "Demo Shopify" in editors[0].windowTitle()
        editors[0].close()


async def test_first_start_offers_add_a_store_and_the_demo(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=False) as app:
        overview = app.window.overview_panel
        assert overview.empty.add_button.isVisible() and overview.empty.demo_button.isVisible()
        assert overview.headline.text() == "No stores yet"
        panel = app.window.stores_panel
        app.window.tabs.setCurrentWidget(panel)
        assert panel.stack.currentWidget() is panel.empty
        assert panel.empty.add_button.isVisible() and panel.empty.demo_button.isVisible()
        panel.empty.demo_button.click()
        await wait_until(lambda: panel.stack.currentIndex() == 0, within=20, what="the demo stores to appear")
        assert "Demo Shopify" in _column_texts(panel, StoreStatusModel.STORE)
        await wait_until(lambda: overview.model.rowCount() == 5, what="a card per demo store")
        await wait_until(lambda: not overview.empty.isVisibleTo(overview), what="the Overview's cards")
        panel_add = panel.empty.add_button
        panel_add.click()
        editors = [
            w for w in QApplication.topLevelWidgets() if type(w).__name__ == "StoreEditor" and w.isVisible()
        ]
        assert editors and editors[0].windowTitle() == "Add a store"
        editors[0].close()


async def test_rate_limit_countdown_and_attention_reason_show_in_the_row(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        panel = app.window.stores_panel
        store = app.services.stores.find_store("Demo BaseLinker")
        job_id = job_of(app, "Demo BaseLinker", "inventory_pull")
        state = panel.model.state_for_job(job_id)
        until = datetime.now(UTC) + timedelta(minutes=4, seconds=30)
        app.services.bus.publish(RateLimitedUntil(store.id, until, "Token blocked until 14:30"))
        await wait_until(lambda: state.rate_limited_until is not None, what="the rate limit")
        text = panel.model.status_text(state)
        assert text.startswith("Rate-limited · resumes in 4 min")
        reason = "The API token was refused; enter a new one in the store's settings."
        app.services.bus.publish(NeedsAttention(store.id, reason))
        await wait_until(lambda: state.attention_reason == reason, what="the attention reason")
        assert panel.model.status_text(state) == f"Needs attention: {reason}"
        await wait_until(lambda: app.tray.state == "attention", what="the tray to show it")
        panel.status_filter.setCurrentIndex(panel.status_filter.findData("attention"))
        assert set(_column_texts(panel, StoreStatusModel.STORE)) == {"Demo BaseLinker"}
        app.services.bus.publish(AttentionCleared(store.id))
        await wait_until(lambda: state.attention_reason is None, what="the attention to clear")
        assert panel.proxy.rowCount() == 0


async def test_a_running_rows_page_count_keeps_up_without_a_repaint_per_page(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        panel = app.window.stores_panel
        store = app.services.stores.find_store("Demo WooCommerce")
        job_id = job_of(app, "Demo WooCommerce", "inventory_pull")
        state = panel.model.state_for_job(job_id)
        bus = app.services.bus
        bus.publish(SyncStarted(9001, job_id, store.id, JobKind.INVENTORY_PULL, Trigger.MANUAL))
        await wait_until(lambda: state.running, what="the row to show the run")
        repaints: list[int] = []
        panel.proxy.dataChanged.connect(lambda top, bottom, *_: repaints.append(top.row()))
        for page in range(1, 201):
            bus.publish(SyncProgress(9001, job_id, store.id, page, page * 100))
        row = panel.proxy.mapFromSource(panel.model.index(panel.model.states().index(state), 0)).row()
        await wait_until(
            lambda: (
                panel.proxy.data(panel.proxy.index(row, StoreStatusModel.STATUS))
                == "Running · page 200 · 20,000 items"
            ),
            what="the last page count",
        )
        assert len(repaints) < 20, "200 pages of one run do not repaint the table 200 times"
        assert not panel.row_actions(job_id).sync_button.isEnabled()


async def test_schedule_changes_arriving_together_repaint_the_table_once_and_all_show(tmp_path: Path) -> None:
    """A fleet starting publishes one schedule change per job in the same moment: each used to
    re-sort the table on its own (200 stores: a quarter-second freeze)."""
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        panel = app.window.stores_panel
        states = panel.model.states()
        panel.model.stop_updates()  # no progress repaint of a run that just ended in between
        repaints: list[tuple[int, int]] = []
        panel.model.dataChanged.connect(lambda top, bottom, *_: repaints.append((top.row(), bottom.row())))
        for state in states:
            app.services.bus.publish(ScheduleChanged(state.job_id, None, True))
        await wait_until(
            lambda: all(panel.model.status_text(state) == "Paused" for state in states),
            what="every row to show its job paused",
        )
        await wait_until(lambda: (1, len(states) - 1) in repaints, what="the rest in one repaint")
        assert len(states) >= 10
        assert len(repaints) <= len(states) // 3, f"{len(states)} schedule changes, repaints: {repaints}"
        assert _column_texts(panel, StoreStatusModel.STATUS) == ["Paused"] * len(states)


async def test_settings_open_from_the_toolbar(tmp_path: Path) -> None:
    async with open_desktop(tmp_path) as app:
        app.window.settings_action.trigger()
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if type(w).__name__ == "SettingsDialog" and w.isVisible()
        ]
        assert len(dialogs) == 1
        dialogs[0].close()


async def test_the_platform_filter_names_platforms_as_the_store_editor_does(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=False) as app:
        panel = app.window.stores_panel
        for platform in Platform:
            index = panel.platform_filter.findData(platform.value)
            assert panel.platform_filter.itemText(index) == PLATFORM_LABELS[platform]
