"""A card per store for the Overview, kept current from the bridge's events: the live job states come
from StoreStatusModel, the figures (items, low stock, failures, run durations, the day's totals) from
storage's aggregate queries (or a server's, through its control API) once, then move with each finished
run of that store only."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from app.core.console import ConsoleRecords
from app.core.errors import StoreSyncError
from app.core.events import LowStock, SyncFailed, SyncFinished
from app.core.models import JobKind, RunStatus, Store, SyncRun
from app.core.operations.overview import store_thresholds
from app.core.ports import DayTotals, StoreFigures
from app.core.settings import default
from app.ui.bridge import EventBridge
from app.ui.formatting import now_utc
from app.ui.models.job_state import JobState
from app.ui.models.store_health import StoreHealth, store_health
from app.ui.models.store_status import StoreStatusModel

Index = QModelIndex | QPersistentModelIndex

CARD_ROLE = Qt.ItemDataRole.UserRole + 20
RECENT_RUNS = 20
FIGURES_REFRESH_MS = 15 * 60 * 1000  # the 24-hour failure window slides; re-read it now and then


@dataclass(slots=True)
class StoreCard:
    """What one card shows at a moment."""

    store: Store
    health: StoreHealth
    states: list[JobState]
    figures: StoreFigures
    last_run: datetime | None = None
    next_run: datetime | None = None
    running: list[JobState] = field(default_factory=list)


def _local_midnight(now: datetime) -> datetime:
    local = now.astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


class OverviewModel(QAbstractListModel):
    """Rows are stores, sorted by name. `summary_changed` fires when the headline or totals may read
    differently."""

    summary_changed = Signal()

    def __init__(
        self,
        records: ConsoleRecords,
        bridge: EventBridge,
        status: StoreStatusModel,
        all_paused: Callable[[], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._records = records
        self._status = status
        self._all_paused = all_paused or (lambda: False)
        self._stores: list[Store] = []
        self._row_of_store: dict[int, int] = {}
        self._jobs_of_store: dict[int, list[int]] = {}
        self._figures: dict[int, StoreFigures] = {}
        self._totals = DayTotals()
        self._counted: set[int] = set()  # ids of the runs the figures include
        self._in_flight: set[int] = set()  # jobs running when the figures were read: partly in them
        self._day = _local_midnight(now_utc())
        self.error: str | None = None  # why the figures could not be read (a server that refused)
        status.modelReset.connect(self._rebuild)
        status.dataChanged.connect(self._jobs_changed)
        status.clock_moved.connect(self._repaint_cards)
        bridge.sync_finished.connect(self._on_run_ended)
        bridge.sync_failed.connect(self._on_run_ended)
        bridge.low_stock.connect(self._on_low_stock)
        self._refresh = QTimer(self)
        self._refresh.setInterval(FIGURES_REFRESH_MS)
        self._refresh.timeout.connect(self.reload_figures)
        self._refresh.start()
        self._rebuild()

    # --- reading ------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        """After stores or jobs changed: the cards follow; figures are re-read only when the set of
        stores changed (a paused job changes no figure)."""
        stores: dict[int, Store] = {}
        jobs: dict[int, list[int]] = {}
        for state in self._status.states():
            if state.store is not None and state.store.id is not None:
                stores[state.store.id] = state.store
                jobs.setdefault(state.store.id, []).append(state.job_id)
        for store in self._records.stores.list_stores():
            if store.id is not None and store.id not in stores:
                stores[store.id] = store
                jobs.setdefault(store.id, [])
        changed = set(stores) != set(self._row_of_store)
        self.beginResetModel()
        self._stores = sorted(stores.values(), key=lambda store: store.name.lower())
        self._row_of_store = {store.id or 0: row for row, store in enumerate(self._stores)}
        self._jobs_of_store = jobs
        self.endResetModel()
        if changed:
            self.reload_figures()
        else:
            self.summary_changed.emit()

    def reload_figures(self) -> None:
        """Every store's figures and the day's totals in a few aggregate queries."""
        now = now_utc()
        self._day = _local_midnight(now)
        overview = self._records.overview
        try:
            self._figures = overview.store_figures(
                now - timedelta(hours=24), self._thresholds(), self._default_threshold(), RECENT_RUNS
            )
            self._totals = overview.day_totals(self._day)
            # A run stored just before this reading may have its end event still on its way: counted once.
            self._counted = overview.ended_run_ids(min(self._day, now - timedelta(hours=24)))
            self._in_flight = {state.job_id for state in self._status.states() if state.running}
            self.error = None
        except StoreSyncError as error:
            self.error = str(error)
        if self._stores:
            self.dataChanged.emit(self.index(0), self.index(len(self._stores) - 1))
        self.summary_changed.emit()

    def _default_threshold(self) -> int:
        return int(self._records.settings.get_setting("low_stock_threshold", default("low_stock_threshold")))

    def _thresholds(self) -> dict[int, int]:
        """The threshold of each store's low-stock check, where it has its own."""
        return store_thresholds(state.job for state in self._status.states())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._stores)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._stores):
            return None
        if role == CARD_ROLE:
            return self.card(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._stores[index.row()].name
        return None

    def card(self, row: int, now: datetime | None = None) -> StoreCard:
        store = self._stores[row]
        store_id = store.id or 0
        states = [
            state
            for job_id in self._jobs_of_store.get(store_id, [])
            if (state := self._status.state_for_job(job_id)) is not None
        ]
        ended = [s.last_run.finished_at or s.last_run.started_at for s in states if s.last_run is not None]
        upcoming = [s.next_run for s in states if s.next_run is not None and not s.job.paused]
        return StoreCard(
            store=store,
            health=store_health(states, self._all_paused(), now),
            states=states,
            figures=self._figures.get(store_id) or StoreFigures(store_id),
            last_run=max(ended, default=None),
            next_run=None if self._all_paused() else min(upcoming, default=None),
            running=[s for s in states if s.running],
        )

    def cards(self) -> list[StoreCard]:
        now = now_utc()
        return [self.card(row, now) for row in range(len(self._stores))]

    def row_of_store(self, store_id: int) -> int | None:
        return self._row_of_store.get(store_id)

    def totals(self) -> DayTotals:
        return self._totals

    # --- live updates -------------------------------------------------------------------------

    def _store_changed(self, store_id: int | None) -> None:
        row = self._row_of_store.get(store_id or 0)
        if row is not None:
            self.dataChanged.emit(self.index(row), self.index(row))

    def _repaint_cards(self) -> None:
        """Texts only (the clock moved, pages were read): the cards in view repaint; the headline is
        left alone, only events change it."""
        if self._stores:
            self.dataChanged.emit(self.index(0), self.index(len(self._stores) - 1))

    def _jobs_changed(self, top: QModelIndex, bottom: QModelIndex, roles: list[int] | None = None) -> None:
        """Job rows changed in the status model: repaint their stores' cards, in one repaint over the
        cards they span (a fleet of 200 starting told the cards one by one: 130 ms)."""
        if roles:
            self._repaint_cards()
            return
        stores = {self._status.state_at(row).store_id for row in range(top.row(), bottom.row() + 1)}
        rows = [row for store_id in stores if (row := self._row_of_store.get(store_id or 0)) is not None]
        if rows:
            self.dataChanged.emit(self.index(min(rows)), self.index(max(rows)))
        self.summary_changed.emit()

    def _on_run_ended(self, event: SyncFinished | SyncFailed) -> None:
        run = event.run
        if _local_midnight(now_utc()) != self._day:
            self.reload_figures()
            return
        in_flight = run.job_id in self._in_flight
        self._in_flight.discard(run.job_id)
        if run.id is not None:
            if run.id in self._counted:
                return
            self._counted.add(run.id)
        self._totals = _add_to_totals(self._totals, run)
        if run.store_id is not None and run.status is not RunStatus.SKIPPED:
            before = self._figures.get(run.store_id) or StoreFigures(run.store_id)
            after = _add_to_figures(before, run)
            if in_flight and run.kind is JobKind.INVENTORY_PULL:
                # The reading held the items it had stored by then, not the rest: that store's stock
                # is read again rather than its counts added (a first sync's card showed twice its items).
                after = self._stock_read_again(after)
            self._figures[run.store_id] = after
            self._store_changed(run.store_id)
        self.summary_changed.emit()

    def _stock_read_again(self, figures: StoreFigures) -> StoreFigures:
        try:
            items, low = self._records.overview.store_stock(
                figures.store_id, self._thresholds(), self._default_threshold()
            )
        except StoreSyncError:
            return figures
        return replace(figures, items=items, low_stock=low)

    def _on_low_stock(self, event: LowStock) -> None:
        if event.store_id is None:  # a check over every store's sum counts toward no single store
            return
        before = self._figures.get(event.store_id) or StoreFigures(event.store_id)
        self._figures[event.store_id] = replace(before, low_stock=len(event.skus))
        self._store_changed(event.store_id)

    def stop_updates(self) -> None:
        self._refresh.stop()


def _add_to_totals(totals: DayTotals, run: SyncRun) -> DayTotals:
    if run.status in (RunStatus.RUNNING, RunStatus.SKIPPED):
        return totals
    counts = run.counts
    changed = counts.created + counts.updated + counts.deleted
    return DayTotals(
        runs=totals.runs + 1,
        items_changed=totals.items_changed
        + (changed if run.kind in (JobKind.INVENTORY_PULL, JobKind.STOCK_PUSH) else 0),
        orders_imported=totals.orders_imported + (counts.created if run.kind is JobKind.ORDERS_PULL else 0),
    )


def _add_to_figures(figures: StoreFigures, run: SyncRun) -> StoreFigures:
    durations = figures.durations
    if run.duration_seconds is not None:
        durations = (*durations, run.duration_seconds)[-RECENT_RUNS:]
    items = figures.items
    if run.kind is JobKind.INVENTORY_PULL:
        items = max(0, items + run.counts.created - run.counts.deleted)
    return replace(
        figures,
        items=items,
        failures=figures.failures + (1 if run.status is RunStatus.FAILED else 0),
        durations=durations,
    )
