"""Which events become desktop notifications: once per ongoing failure (after N failed runs in a row),
recovery, attention, low stock, nothing in quiet hours or for quiet successes. Events travel the real
bus and bridge."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.core.events import AttentionCleared, LowStock, NeedsAttention, SyncFailed, SyncFinished
from app.core.models import RunCounts, RunStatus, SyncRun, Trigger
from app.sandbox.faults import Fault, FaultKind
from tests.ui.conftest import job_of, open_desktop, wait_idle, wait_until


def _run(job_id: int, status: RunStatus, trigger: Trigger = Trigger.SCHEDULED, attempt: int = 1) -> SyncRun:
    now = datetime.now(UTC)
    return SyncRun(job_id, trigger, now, status, now, RunCounts(fetched=3), attempt=attempt)


def _sent(app: Any, about: str) -> list[Any]:
    """Notifications about one store (the demo ERP's real low-stock check may add its own)."""
    return [n for n in app.notifier.sent if about in n.title]


async def _deliver(app: Any, *events: Any) -> None:
    seen: list[Any] = []
    app.bridge.any_event.connect(seen.append)
    for event in events:
        app.services.bus.publish(event)
    await wait_until(lambda: len(seen) >= len(events), what="the events through the bridge")


async def test_one_notification_per_ongoing_failure_and_one_on_recovery(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        job = job_of(app, "Demo Shopify", "orders_pull")
        store = app.services.stores.find_store("Demo Shopify").id
        failed = _run(job, RunStatus.FAILED)
        await _deliver(
            app,
            SyncFailed(failed, store, "transient", "The store did not answer.", 1),
            SyncFailed(replace(failed, attempt=2), store, "transient", "The store did not answer.", 2),
            SyncFailed(failed, store, "transient", "The store did not answer.", 3),
            SyncFailed(failed, store, "transient", "Still no answer.", 4),
        )
        sent = _sent(app, "Demo Shopify")
        assert [(n.kind, n.title) for n in sent] == [("failure", "Demo Shopify · Orders failed")]
        assert sent[0].text == "The store did not answer."
        await _deliver(app, SyncFinished(_run(job, RunStatus.SUCCEEDED), store))
        assert [n.kind for n in _sent(app, "Demo Shopify")] == ["failure", "recovery"]
        await _deliver(app, SyncFinished(_run(job, RunStatus.SUCCEEDED), store))
        assert len(_sent(app, "Demo Shopify")) == 2, "an ordinary success is not news"


async def test_runs_caught_up_after_sleep_that_succeed_stay_quiet(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        job = job_of(app, "Demo WooCommerce", "inventory_pull")
        store = app.services.stores.find_store("Demo WooCommerce").id
        await _deliver(app, SyncFinished(_run(job, RunStatus.SUCCEEDED, Trigger.CATCH_UP), store))
        assert _sent(app, "Demo WooCommerce") == []


async def test_attention_once_until_cleared_and_low_stock_once_per_set(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        store = app.services.stores.find_store("Demo BaseLinker").id
        reason = "The API token was refused; enter a new one in the store's settings."
        await _deliver(app, NeedsAttention(store, reason), NeedsAttention(store, reason))
        await _deliver(app, AttentionCleared(store), NeedsAttention(store, reason))
        await _deliver(app, LowStock(store, ("A-1", "B-2"), 5), LowStock(store, ("B-2", "A-1"), 5))
        await _deliver(app, LowStock(store, ("A-1",), 5))
        sent = _sent(app, "Demo BaseLinker")
        assert [n.kind for n in sent] == ["attention", "attention", "low_stock", "low_stock"]
        assert sent[0].title == "Demo BaseLinker needs attention"
        assert sent[2].text == "2 SKUs at or below their low-stock threshold: A-1, B-2"


async def test_settings_turn_kinds_off_and_quiet_hours_silence_everything(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        job = job_of(app, "Demo Shopify", "inventory_pull")
        store = app.services.stores.find_store("Demo Shopify").id
        await app.services.settings.set_setting("notify_on_failure", False)
        await _deliver(app, SyncFailed(_run(job, RunStatus.FAILED), store, "auth", "Refused.", 3))
        assert _sent(app, "Demo Shopify") == []
        now = datetime.now()
        await app.services.settings.set_setting(
            "quiet_hours_start", (now - timedelta(hours=1)).strftime("%H:%M")
        )
        await app.services.settings.set_setting(
            "quiet_hours_end", (now + timedelta(hours=1)).strftime("%H:%M")
        )
        await _deliver(
            app, NeedsAttention(store, "Refused."), SyncFinished(_run(job, RunStatus.SUCCEEDED), store)
        )
        assert _sent(app, "Demo Shopify") == []


async def test_a_real_refused_token_turns_the_tray_red_notifies_once_and_recovers(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        server = app.runtime.demo.sandbox.servers["shopify"]
        job = job_of(app, "Demo Shopify", "inventory_pull")
        state = app.status.state_for_job(job)
        server.faults.next_requests(1000, Fault(FaultKind.UNAUTHORIZED))
        scheduler = app.services.scheduler
        for _ in range(3):
            await wait_until(lambda: not scheduler.is_running(job), within=30, what="an idle job")
            assert scheduler.run_now(job)
            await wait_until(lambda: not scheduler.is_running(job), within=30, what="the run to end")
        await wait_until(lambda: state.last_run.status is RunStatus.FAILED, within=30, what="the failure")
        await wait_until(lambda: app.tray.state == "attention", what="the tray to turn red")
        assert state.attention_reason and "refused the access token" in state.attention_reason
        await wait_until(lambda: len(_sent(app, "Demo Shopify")) >= 2, what="the failure notice")
        kinds = [n.kind for n in _sent(app, "Demo Shopify")]
        assert kinds == ["attention", "failure"], "attention at once, the failure after three in a row"
        server.faults.clear()
        await wait_until(lambda: not scheduler.is_running(job), within=30, what="an idle job")
        assert scheduler.run_now(job)
        await wait_until(lambda: state.last_run.status is RunStatus.SUCCEEDED, within=30, what="the recovery")
        await wait_until(lambda: app.tray.state == "ok", within=30, what="the ok icon")
        assert state.attention_reason is None
        assert [n.kind for n in _sent(app, "Demo Shopify")] == ["attention", "failure", "recovery"]
