"""The charts show the runs that are stored: the History timeline (a lane per store, a bar per run)
and a store's items changed per run; each has its empty state."""

from __future__ import annotations

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
