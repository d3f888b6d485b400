"""The Overview on the real services: a card per store, the headline for each state, figures that move
with each finished run and equal what storage holds, and a click that opens the store's detail."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core.events import (
    AttentionCleared,
    NeedsAttention,
    ScheduleChanged,
    StoreFresh,
    StoreStale,
    SyncFinished,
    SyncStarted,
)
from app.core.models import Job, JobKind, Platform, RunCounts, RunStatus, Store, SyncRun, Trigger
from app.core.ports import RunQuery
from app.core.schedule import ScheduleSpec
from app.ui.models.job_state import JobState, RowStatus
from app.ui.models.overview import _local_midnight
from app.ui.models.store_health import StoreHealth, store_health
from tests.ui.conftest import job_of, open_desktop, wait_idle, wait_until


def _run(status: RunStatus, ended: datetime) -> SyncRun:
    return SyncRun(job_id=1, trigger=Trigger.SCHEDULED, started_at=ended, finished_at=ended, status=status)


def test_store_health_from_its_jobs() -> None:
    now = datetime.now(UTC)
    store = Store(name="Shop", platform=Platform.SHOPIFY, id=1)
    every_15 = ScheduleSpec.every(minutes=15)

    def state(**kwargs: object) -> JobState:
        job = Job(kind=JobKind.INVENTORY_PULL, schedule=every_15, store_id=1, id=1)
        return JobState(store=store, job=job, **kwargs)  # type: ignore[arg-type]

    fresh = _run(RunStatus.SUCCEEDED, now - timedelta(minutes=10))
    assert store_health([state(last_run=fresh)], now=now) is StoreHealth.OK
    assert store_health([state(last_run=fresh, running=True)], now=now) is StoreHealth.SYNCING
    assert store_health([state(last_run=_run(RunStatus.FAILED, now))], now=now) is StoreHealth.ATTENTION
    assert (
        store_health([state(last_run=fresh, attention_reason="token revoked")], now=now)
        is StoreHealth.ATTENTION
    )
    old = _run(RunStatus.SUCCEEDED, now - timedelta(hours=30))
    stale = state(last_run=old, stale_reason="last successful read 30 hours ago")
    assert store_health([stale], now=now) is StoreHealth.STALE
    assert store_health([stale], all_paused=True, now=now) is StoreHealth.STALE, "paused data grows old too"
    assert store_health([state(last_run=fresh)], all_paused=True, now=now) is StoreHealth.PAUSED
    assert store_health([state()], now=now) is StoreHealth.OK, "not synced yet is not stale"
    assert store_health([], now=now) is StoreHealth.NO_JOBS, "a store whose jobs were removed read 'OK'"
    paused = Job(kind=JobKind.INVENTORY_PULL, schedule=every_15, store_id=1, id=1, paused=True)
    ran_by_hand = JobState(store=store, job=paused, last_run=_run(RunStatus.FAILED, now))
    assert ran_by_hand.status(now) is RowStatus.FAILED, "a paused job's failed run read 'Paused'"
    assert store_health([ran_by_hand], now=now) is StoreHealth.ATTENTION
    assert store_health([JobState(store=store, job=paused, last_run=fresh)], now=now) is StoreHealth.PAUSED


async def test_a_card_per_store_with_figures_equal_to_storage_and_a_headline(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.overview_panel
        assert app.window.tabs.widget(0) is panel, "the Overview is the first tab"
        await wait_idle(app)
        stores = app.services.stores.list_stores()
        cards = panel.model.cards()
        assert sorted(card.store.name for card in cards) == sorted(store.name for store in stores)
        shopify = next(card for card in cards if card.store.name == "Demo Shopify")
        assert shopify.figures.items == sum(
            1
            for item in app.services.inventory.search_items(limit=10_000)
            if item.store_id == shopify.store.id
        )
        assert shopify.figures.durations, "the sparkline has the runs so far"
        await wait_until(
            lambda: re.fullmatch(
                rf"All {len(stores)} store\(?s\)? in step, next sync \d\d:\d\d", panel.headline.text()
            ),
            what="the all-in-step headline",
        )
        assert re.match(r"Today: \d+ run", panel.totals.text())


async def test_every_store_paused_at_once_repaints_the_cards_together_and_each_shows_paused(
    tmp_path: Path,
) -> None:
    """A fleet starting tells every job's schedule in the same moment: the cards were repainted one
    store at a time (200 stores: 130 ms with the window frozen)."""
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        model = app.window.overview_panel.model
        status = app.window.stores_panel.model
        states = status.states()
        status.stop_updates()  # no once-a-second repaint of every card in between
        repaints: list[tuple[int, int]] = []
        model.dataChanged.connect(lambda top, bottom, *_: repaints.append((top.row(), bottom.row())))
        for state in states:
            app.services.bus.publish(ScheduleChanged(state.job_id, None, True))
        cards = model.rowCount()
        await wait_until(
            lambda: all(model.card(row).health is StoreHealth.PAUSED for row in range(cards)),
            what="every card to show its store paused",
        )
        await wait_until(lambda: any(bottom == cards - 1 for _, bottom in repaints), what="the repaint")
        assert len(states) >= 10
        assert len(repaints) <= len(states) // 3, f"{len(states)} schedule changes, repaints: {repaints}"


async def test_cards_and_totals_follow_a_finished_run_without_a_reload(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.overview_panel
        model = panel.model
        await wait_idle(app)
        reloads: list[int] = []
        original = model.reload_figures
        model.reload_figures = lambda: (reloads.append(1), original())[1]  # type: ignore[method-assign]
        job_id = job_of(app, "Demo Shopify", "inventory_pull")
        store = app.services.stores.find_store("Demo Shopify")
        assert store is not None and store.id is not None
        row = model.row_of_store(store.id)
        assert row is not None
        changed: list[int] = []
        model.dataChanged.connect(lambda top, bottom, *_: changed.extend(range(top.row(), bottom.row() + 1)))
        runs_before = len(model.card(row).figures.durations)
        known = {run.id for run in app.services.runs.list_runs(RunQuery(job_id=job_id), offset=0, limit=1000)}
        await wait_until(lambda: app.services.scheduler.run_now(job_id), what="a manual run to start")
        await wait_until(
            lambda: not app.services.scheduler.is_running(job_id), within=30, what="the run to end"
        )
        await wait_idle(app)
        await wait_until(lambda: row in changed, what="the Shopify card to repaint")
        # The manual run, not a slot of the every-minute schedule that fell during it (recorded
        # skipped, with no duration of its own on the card).
        last = next(
            run
            for run in app.services.runs.list_runs(RunQuery(job_id=job_id), offset=0, limit=1000)
            if run.id not in known and run.trigger is Trigger.MANUAL
        )
        assert last.duration_seconds is not None
        assert last.duration_seconds in model.card(row).figures.durations or runs_before == 20
        assert reloads == [], "a finished run moves one card, it does not re-read every store"

        def shown_equals_stored() -> bool:
            # Scheduled demo runs keep ending meanwhile: the figures shown catch up with each event.
            # Two runs of a store that end together may be told in either order: the sparkline's
            # values are compared, not their order.
            stored = app.services.overview.day_totals(_local_midnight(datetime.now(UTC)))
            fresh = app.services.overview.store_figures(datetime.now(UTC) - timedelta(hours=24), {}, 5)
            card = model.card(row)
            shown.append((model.totals(), stored, card.figures, fresh[store.id]))
            return (
                model.totals() == stored
                and card.figures.items == fresh[store.id].items
                and sorted(card.figures.durations) == sorted(fresh[store.id].durations)
            )

        shown: list[object] = []

        try:
            await wait_until(
                shown_equals_stored, within=30, what="the figures shown to equal the runs stored"
            )
        except AssertionError:
            raise AssertionError(f"shown, stored: {shown[-1]}") from None


async def test_the_headline_names_stores_that_need_attention_then_recovers(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        panel = app.window.overview_panel
        await wait_idle(app)
        store = app.services.stores.find_store("Demo WooCommerce")
        assert store is not None and store.id is not None
        app.services.bus.publish(NeedsAttention(store_id=store.id, reason="The key was revoked."))
        await wait_until(
            lambda: panel.headline.text() == "1 store needs attention", what="attention headline"
        )
        row = panel.model.row_of_store(store.id)
        assert row is not None and panel.model.card(row).health is StoreHealth.ATTENTION
        app.services.bus.publish(AttentionCleared(store_id=store.id))
        await wait_until(lambda: "in step" in panel.headline.text(), what="the headline to recover")

        app.actions.pause_all()
        await wait_until(lambda: panel.headline.text() == "Syncing is paused", what="paused headline")
        assert all(card.health is StoreHealth.PAUSED for card in panel.model.cards())
        app.actions.resume_all()
        await wait_until(lambda: "in step" in panel.headline.text(), what="resumed headline")

        app.services.bus.publish(StoreStale(store_id=store.id, reason="last successful read 30 hours ago"))
        await wait_until(
            lambda: panel.headline.text() == "1 store has not synced for a while", what="stale headline"
        )
        assert panel.model.card(row).health is StoreHealth.STALE
        app.services.bus.publish(StoreFresh(store_id=store.id))
        await wait_until(lambda: "in step" in panel.headline.text(), what="the headline after a fresh read")


async def test_clicking_a_card_opens_the_store_detail(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        window = app.window
        panel = window.overview_panel
        window.tabs.setCurrentWidget(panel)
        opened: list[object] = []
        panel.detail_opened.connect(opened.append)
        store = app.services.stores.find_store("Demo BaseLinker")
        assert store is not None and store.id is not None
        row = panel.model.row_of_store(store.id)
        assert row is not None
        index = panel.model.index(row)
        panel.cards.scrollTo(index)
        QTest.mouseClick(
            panel.cards.viewport(), Qt.MouseButton.LeftButton, pos=panel.cards.visualRect(index).center()
        )
        await wait_until(lambda: opened, what="the store detail")
        detail = opened[0]
        assert detail.windowTitle() == "Store: Demo BaseLinker"  # type: ignore[attr-defined]
        detail.close()  # type: ignore[attr-defined]


async def test_the_store_detail_names_the_keychain_as_people_know_it(tmp_path: Path) -> None:
    async with open_desktop(tmp_path, demo=True) as app:
        store = app.services.stores.find_store("Demo Shopify")
        assert store is not None
        detail = app.window.overview_panel.open_store(store)
        shown = detail.keychain_label.text()
        assert shown == app.services.credentials.backend_name()
        assert "keyring." not in shown and "Backend" not in shown, "a module name instead of a product name"
        detail.close()


async def test_a_run_stored_before_the_figures_were_read_and_told_after_counts_once(tmp_path: Path) -> None:
    """The figures are read while a run's end is still on its way to the window: the day's runs and
    the store's sparkline count that run once, as storage does."""
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        model = app.window.overview_panel.model
        job_id = job_of(app, "Demo Shopify", "inventory_pull")
        store = app.services.stores.find_store("Demo Shopify")
        runs = app.services.runs
        started = datetime.now(UTC)
        run = await runs.start_run(SyncRun(job_id=job_id, trigger=Trigger.MANUAL, started_at=started))
        ended = replace(run, status=RunStatus.SUCCEEDED, finished_at=started + timedelta(seconds=7))
        await runs.finish_run(ended)
        model.reload_figures()
        told: list[int] = []
        app.bridge.sync_finished.connect(lambda event: told.append(event.run.id))
        app.services.bus.publish(SyncFinished(ended, store.id))
        await wait_until(lambda: ended.id in told, what="the run's end to reach the window")
        row = model.row_of_store(store.id)
        stored = app.services.overview.day_totals(_local_midnight(datetime.now(UTC)))
        assert model.totals() == stored
        assert model.card(row).figures.durations.count(7.0) == 1


async def test_a_run_in_flight_when_the_figures_were_read_leaves_the_card_with_the_items_stored(
    tmp_path: Path,
) -> None:
    """A first sync had stored its items when the figures were read, and ended after: its card showed
    twice the store's items (its created count added to items already counted)."""
    async with open_desktop(tmp_path, demo=True) as app:
        await wait_idle(app)
        model = app.window.overview_panel.model
        job_id = job_of(app, "Demo Shopify", "inventory_pull")
        store = app.services.stores.find_store("Demo Shopify")
        assert store is not None and store.id is not None
        row = model.row_of_store(store.id)
        stored = app.services.overview.store_figures(datetime.now(UTC), {}, 5)[store.id].items
        assert stored > 0
        runs = app.services.runs
        run = await runs.start_run(
            SyncRun(job_id=job_id, trigger=Trigger.MANUAL, started_at=datetime.now(UTC))
        )
        app.services.bus.publish(
            SyncStarted(run.id, job_id, store.id, JobKind.INVENTORY_PULL, Trigger.MANUAL)
        )
        status = app.window.stores_panel.model
        await wait_until(lambda: status.state_for_job(job_id).running, what="the window to show the run")
        model.reload_figures()  # the run's items (here: those already stored) are in this reading
        reloads: list[int] = []
        original = model.reload_figures
        model.reload_figures = lambda: (reloads.append(1), original())[1]  # type: ignore[method-assign]
        ended = replace(
            run,
            status=RunStatus.SUCCEEDED,
            finished_at=datetime.now(UTC),
            counts=RunCounts(fetched=stored, created=stored),
        )
        await runs.finish_run(ended)
        app.services.bus.publish(SyncFinished(ended, store.id))
        await wait_until(lambda: not status.state_for_job(job_id).running, what="the run's end to arrive")
        await wait_until(
            lambda: (
                model.totals().runs
                == app.services.overview.day_totals(_local_midnight(datetime.now(UTC))).runs
            ),
            what="the day's runs to count it",
        )
        assert model.card(row).figures.items == stored
        assert reloads == [], "one store's stock read again, not all the figures (a fleet chained them)"
