"""The charts show the runs that are stored: the History timeline (a lane per store, a bar per run)
and a store's items changed per run; each has its empty state."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.core.models import RunStatus
from app.core.ports import RunQuery
from tests.ui.conftest import open_desktop, wait_idle, wait_until


async def test_the_history_timeline_draws_the_stored_runs_per_store(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.history_panel
        app.window.tabs.setCurrentWidget(panel)
        await wait_idle(app)
        panel.refresh_timeline()
        timeline = panel.timeline
        stored = app.services.runs.list_runs(panel.query(), offset=0, limit=500)
        assert stored, "the demo's first runs are stored"
        assert [bar.run.id for bar in timeline.bars()] == [run.id for run in stored]
        names = {store.id: store.name for store in app.services.stores.list_stores()}
        for bar in timeline.bars():
            assert bar.lane == names.get(bar.run.store_id, "All stores")
            assert bar.start == bar.run.started_at
            if bar.run.finished_at is not None:
                assert bar.end == bar.run.finished_at
        assert set(timeline.lanes()) == {bar.lane for bar in timeline.bars()}
        assert timeline.message() == ""
        shown = timeline.grab()
        assert not shown.isNull()

        store = app.services.stores.find_store("Demo Shopify")
        assert store is not None
        panel.store_filter.setCurrentIndex(panel.store_filter.findData(store.id))
        await wait_until(lambda: timeline.lanes() == ["Demo Shopify"], what="one lane for the chosen store")
        assert len(timeline.bars()) == app.services.runs.count_runs(RunQuery(store_id=store.id))

        panel.status_filter.setCurrentIndex(panel.status_filter.findData(RunStatus.FAILED.value))
        await wait_until(lambda: timeline.bars() == [], what="no failed run")
        assert timeline.message() == "No runs to show for these filters."


async def test_a_timeline_bar_tells_its_run_on_hover(tmp_path: Path) -> None:
    from PySide6.QtCore import QPoint

    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.history_panel
        app.window.resize(1200, 800)
        app.window.tabs.setCurrentWidget(panel)
        await wait_idle(app)
        panel.refresh_timeline()
        timeline = panel.timeline
        timeline.repaint()
        boxes = timeline.drawn()
        assert boxes
        box, bar = boxes[0]
        found = timeline.bar_at(QPoint(int(box.center().x()), int(box.center().y())))
        assert found is not None and found.lane == bar.lane


async def test_a_store_detail_charts_the_items_each_stored_run_changed(tmp_path: Path) -> None:
    from app.ui.items_changed_chart import STOCK_KINDS, items_changed

    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        panel = app.window.overview_panel
        store = app.services.stores.find_store("Demo WooCommerce")
        assert store is not None and store.id is not None
        detail = panel.open_store(store)
        stored = app.services.runs.list_runs(RunQuery(store_id=store.id), offset=0, limit=detail.RECENT_RUNS)
        expected = [
            items_changed(run)
            for run in sorted(stored, key=lambda r: r.started_at)
            if run.kind in STOCK_KINDS
        ]
        assert expected and detail.items_chart.values() == expected
        assert detail.items_chart.message() == ""
        detail.close()

        app.actions.pause_all()
        empty = await app.services.stores.save_store(
            type(store)(name="Brand new", platform=store.platform, settings=dict(store.settings))
        )
        fresh = panel.open_store(empty)
        assert fresh.items_chart.values() == []
        assert fresh.items_chart.message() == "No stock run yet."
        fresh.close()


async def test_a_store_detail_charts_the_requests_and_429s_of_the_chosen_run(tmp_path: Path) -> None:
    from app.core.models import JobKind, SyncRun, Trigger
    from app.sandbox.faults import Fault
    from app.ui.request_rate_chart import bucket_starts
    from tests.ui.conftest import job_of

    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        store = app.services.stores.find_store("Demo WooCommerce")
        assert store is not None and store.id is not None
        simulator = app.runtime.demo.sandbox.servers["woocommerce"]
        simulator.faults.next_requests(2, Fault.rate_limit(0.3))
        job_id = job_of(app, "Demo WooCommerce", JobKind.INVENTORY_PULL.value)
        before = {run.id for run in app.services.runs.list_runs(RunQuery(job_id=job_id), offset=0, limit=50)}
        app.services.scheduler.run_now(job_id)

        def new_runs() -> list[SyncRun]:
            runs = app.services.runs.list_runs(RunQuery(job_id=job_id), offset=0, limit=50)
            return [run for run in runs if run.id not in before]

        def throttled_run() -> int | None:
            for run in new_runs():
                if run.trigger is Trigger.MANUAL and run.status is not RunStatus.RUNNING:
                    return run.id
            return None

        await wait_until(throttled_run, within=60, what="the rate-limited run to end")
        run_id = throttled_run()
        assert run_id is not None
        profile = app.services.runs.request_profile(run_id)
        assert profile is not None and profile.total_throttled == 2, new_runs()

        detail = app.window.overview_panel.open_store(store)
        recent = app.services.runs.list_runs(RunQuery(store_id=store.id), offset=0, limit=detail.RECENT_RUNS)
        chart = detail.request_chart
        assert detail.request_run.currentData() == recent[0].id  # the latest run is shown first
        detail.runs.setCurrentCell([run.id for run in recent].index(run_id), 0)
        assert detail.request_run.currentData() == run_id
        starts = bucket_starts(profile)
        middle = profile.bucket_seconds / 2
        assert chart.message() == ""
        assert chart.series("requests") == list(zip(starts, profile.requests, strict=True))
        assert chart.series("throttled") == [
            (start + middle, count) for start, count in zip(starts, profile.throttled, strict=True) if count
        ]
        assert sum(count for _, count in chart.series("throttled")) == 2
        assert chart.series("waited") == list(zip(starts, profile.waited, strict=True))
        assert f"Requests: {profile.total_requests} · “Slow down” answers: 2" in chart.summary()
        detail.charts.setCurrentIndex(1)
        assert not detail.grab().isNull()
        detail.close()


async def test_the_request_chart_says_when_a_run_has_nothing_to_show(tmp_path: Path) -> None:
    import sqlite3
    from datetime import UTC, datetime

    from app.core.models import Job, JobKind, Platform, Store, SyncRun, Trigger
    from app.core.request_meter import RequestProfile
    from app.core.schedule import ScheduleSpec
    from app.storage.paths import database_file

    async with open_desktop(tmp_path) as app:
        store = await app.services.stores.save_store(Store("Quiet shop", Platform.GENERIC_JSON, {}))
        panel = app.window.overview_panel
        fresh = panel.open_store(store)
        assert fresh.request_chart.message() == "No run yet."
        assert not fresh.request_run.isEnabled()
        fresh.close()

        job = await app.services.stores.save_job(
            Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(minutes=15), store_id=store.id, paused=True)
        )
        run = await app.services.runs.start_run(
            SyncRun(job_id=job.id or 0, trigger=Trigger.MANUAL, started_at=datetime.now(UTC))
        )
        running = panel.open_store(store)
        assert running.request_chart.message() == (
            "This run is still going: its requests are shown when it ends."
        )
        running.close()

        await app.services.runs.finish_run(
            replace(run, status=RunStatus.FAILED, finished_at=datetime.now(UTC))
        )
        silent = panel.open_store(store)
        assert silent.request_chart.message() == (
            "No requests recorded for this run: it made none, or ran before StoreSync counted them."
        )
        silent.close()

        await app.services.runs.finish_run(
            replace(run, status=RunStatus.SUCCEEDED, finished_at=datetime.now(UTC)),
            RequestProfile(1.0, (3,), (0,), (0.0,)),
        )
        with sqlite3.connect(database_file(tmp_path / "data")) as connection:
            connection.execute("UPDATE sync_run SET requests = 'not json' WHERE id = ?", (run.id,))
        broken = panel.open_store(store)
        assert broken.request_chart.message().startswith("The requests of this run could not be read: ")
        assert broken.items_chart.message() == ""
        broken.close()
