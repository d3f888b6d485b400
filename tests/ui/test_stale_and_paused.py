"""The window and the tray show a store whose data is stale, and a job that paused itself after
failing, with the reason; both on the real services."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.core.events import JobAutoPaused
from app.core.models import Job, JobKind, Platform, RunStatus, Store, SyncRun, Trigger
from app.core.schedule import ScheduleSpec
from app.ui.models.job_state import RowStatus
from tests.ui.conftest import open_desktop, wait_until


async def test_stale_data_shows_in_the_status_column_and_the_tray_tooltip(tmp_path: Path) -> None:
    async with open_desktop(tmp_path) as app:
        services = app.services
        store = await services.stores.save_store(
            Store("Quiet shop", Platform.GENERIC_JSON, {"base_url": "http://127.0.0.1:9", "auth": "none"})
        )
        job = await services.stores.save_job(
            Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(minutes=15), store_id=store.id, paused=True)
        )
        assert job.id is not None
        at = datetime.now(UTC) - timedelta(hours=30)
        run = await services.runs.start_run(SyncRun(job.id, Trigger.SCHEDULED, at))
        run.status, run.finished_at = RunStatus.SUCCEEDED, at
        await services.runs.finish_run(run)
        app.status.reload()
        state = app.status.state_for_job(job.id)
        assert state is not None and state.status() is RowStatus.STALE
        assert app.status.status_text(state) == "Stale: last successful read 30 hours ago"
        app.tray.refresh()
        assert "Quiet shop: stale data (last successful read 30 hours ago)" in app.tray.tooltip()
        assert app.tray.state == "attention"


async def test_a_job_that_paused_itself_says_why(tmp_path: Path) -> None:
    async with open_desktop(tmp_path) as app:
        services = app.services
        store = await services.stores.save_store(
            Store("Refusing shop", Platform.GENERIC_JSON, {"base_url": "http://127.0.0.1:9", "auth": "none"})
        )
        job = await services.stores.save_job(
            Job(JobKind.ORDERS_PULL, ScheduleSpec.every(minutes=15), store_id=store.id, paused=True)
        )
        assert job.id is not None
        app.status.reload()
        reason = "paused after 10 failed runs: the store refused the credentials"
        await services.scheduler.pause_job(job.id, reason)
        services.bus.publish(JobAutoPaused(job.id, store.id, reason))
        state = app.status.state_for_job(job.id)
        assert state is not None
        await wait_until(lambda: state.job.paused_reason == reason, what="the reason in the window")
        assert app.status.status_text(state) == f"Needs attention: {reason}"
        app.tray.refresh()
        assert f"Refusing shop · Orders: {reason}" in app.tray.tooltip()
        await wait_until(lambda: any(n.kind == "paused" for n in app.notifier.sent), what="the notification")
