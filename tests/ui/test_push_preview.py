"""The stock push in the window: "Preview push" shows the plan and the guard's reasons, "Push these
changes" writes exactly the previewed quantities, and the Inventory panel opens a SKU's history
with a chart line per store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.core.models import Job, JobKind, RunStatus, WriteState
from app.core.push_plan import Action
from app.core.schedule import ScheduleSpec
from app.ui.dialogs.push_preview import PushPreviewDialog
from tests.ui.conftest import open_desktop, wait_idle, wait_until


async def test_preview_then_push_these_changes_then_the_sku_history(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        stores = {store.name: store for store in app.services.stores.list_stores()}
        source, target = stores["Demo ERP (JSON API)"], stores["Demo WooCommerce"]
        job = await app.services.stores.save_job(
            Job(
                JobKind.STOCK_PUSH,
                ScheduleSpec.every(hours=24),
                store_id=target.id,
                paused=True,
                options={"source_store_id": source.id, "buffer": {"rule": {"keep_back": 2}}},
            )
        )
        assert job.id is not None
        opened: list[Any] = []
        app.actions.preview_opened.connect(opened.append)
        app.actions.preview_push(job.id)
        await wait_until(lambda: opened, within=20, what="the preview")
        dialog: PushPreviewDialog = opened[0]
        assert (dialog.isVisible() and not dialog.isModal()) or dialog.isVisible()
        plan = dialog.planned.plan
        writes = {row.sku: row.target_after for row in plan.writes}
        assert writes and all(row.rule == "keep back 2" for row in plan.writes)
        first = [dialog.model.data(dialog.model.index(0, c)) for c in range(dialog.model.columnCount())]
        assert first[-1].startswith(("write", "skipped")), "rows that do something come first"
        assert dialog.model.rowCount() == len(plan.rows)
        assert dialog.refusals.text() == "\n".join(dialog.planned.refusals)
        assert dialog.push_button.isEnabled()
        assert dialog.export_pairs.isEnabled() == bool(plan.unmatched.only_on_source)

        dialog.push_button.click()

        def last_push() -> Any:
            return app.services.runs.last_run(job.id or 0)

        await wait_until(
            lambda: (run := last_push()) is not None and run.status.finished, within=30, what="the push"
        )
        run = last_push()
        assert run.status is RunStatus.SUCCEEDED, run.error_message
        changes = app.services.inventory.changes_for_run(run.id)
        assert {c.sku: c.new_quantity for c in changes} == writes
        assert {c.write_state for c in changes} == {WriteState.CONFIRMED}
        assert plan.count(Action.WRITE) == run.counts.updated

        sku = next(iter(writes))
        history = app.window.inventory_panel.show_history(sku)
        assert history.chart.available
        assert {"Demo ERP (JSON API)", "Demo WooCommerce"} <= set(history.chart.series_names())
        last_point = history.chart.points("Demo WooCommerce")[-1]
        assert last_point[1] == writes[sku]
        assert history.table.item(0, 5).text() == "confirmed push (keep back 2)"
        history.close()
