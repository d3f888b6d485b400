"""A row per store and job with its live status, kept current by the bridge's signals."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush

from app.core.console import Console
from app.core.events import (
    AttentionCleared,
    NeedsAttention,
    RateLimitedUntil,
    ScheduleChanged,
    SyncFailed,
    SyncFinished,
    SyncLeftQueue,
    SyncProgress,
    SyncQueued,
    SyncSkipped,
    SyncStarted,
)
from app.ui.bridge import EventBridge
from app.ui.formatting import (
    QT_TRANSLATE_NOOP,
    countdown,
    counts_summary,
    job_kind_label,
    next_run_text,
    now_utc,
    progress_text,
    relative_time,
)
from app.ui.icons import platform_icon
from app.ui.models.job_state import JobState, RowStatus, status_label
from app.ui.schedule_words import schedule_words
from app.ui.theme import readable

Index = QModelIndex | QPersistentModelIndex

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
PLATFORM_ROLE = Qt.ItemDataRole.UserRole + 2
JOB_ID_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
# What a page of progress changes in a running row's status cell.
PROGRESS_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole]
PROGRESS_REPAINT_MS = 250

STATUS_COLORS = {
    RowStatus.FAILED: "#c62828",
    RowStatus.ATTENTION: "#b26a00",
    RowStatus.RATE_LIMITED: "#b26a00",
    RowStatus.PARTIAL: "#b26a00",
    RowStatus.STALE: "#b26a00",
    RowStatus.SUCCEEDED: "#2e7d32",
}


class StoreStatusModel(QAbstractTableModel):
    """Columns: store, job, status, last run, next run, schedule, and an empty one for row actions."""

    STORE, JOB, STATUS, LAST_RUN, NEXT_RUN, SCHEDULE, ACTIONS = range(7)
    MOVING = (STATUS, LAST_RUN, NEXT_RUN)  # their texts move with the clock
    HEADERS = (
        QT_TRANSLATE_NOOP("StoreStatusModel", "Store"),
        QT_TRANSLATE_NOOP("StoreStatusModel", "Job"),
        QT_TRANSLATE_NOOP("StoreStatusModel", "Status"),
        QT_TRANSLATE_NOOP("StoreStatusModel", "Last run"),
        QT_TRANSLATE_NOOP("StoreStatusModel", "Next run"),
        QT_TRANSLATE_NOOP("StoreStatusModel", "Schedule"),
        QT_TRANSLATE_NOOP("StoreStatusModel", "Actions"),
    )

    summary_changed = Signal()
    clock_moved = Signal()  # the texts of relative times and countdowns moved on: repaint them

    def __init__(self, console: Console, bridge: EventBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.console = console
        self._rows: list[JobState] = []
        self._by_job: dict[int, int] = {}
        bridge.sync_queued.connect(self._on_queued)
        bridge.sync_left_queue.connect(self._on_left_queue)
        bridge.sync_started.connect(self._on_started)
        bridge.sync_progress.connect(self._on_progress)
        bridge.sync_finished.connect(self._on_finished)
        bridge.sync_failed.connect(self._on_failed)
        bridge.sync_skipped.connect(self._on_skipped)
        bridge.rate_limited.connect(self._on_rate_limited)
        bridge.needs_attention.connect(self._on_attention)
        bridge.attention_cleared.connect(self._on_attention_cleared)
        bridge.schedule_changed.connect(self._on_schedule_changed)
        bridge.store_stale.connect(lambda event: self._set_stale(event.store_id, event.reason))
        bridge.store_fresh.connect(lambda event: self._set_stale(event.store_id, None))
        bridge.stores_changed.connect(lambda _event: self.reload())
        self._progressed: set[int] = set()
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_REPAINT_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        # The summary (tray, status bar, headline) reads every row: one reading per turn of the loop,
        # not one per changed row (200 stores starting at once: 200 readings of 200 rows).
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(0)
        self._summary_timer.timeout.connect(self.summary_changed.emit)
        # Live changes that arrive in the same turn of the loop as an earlier one are told in one
        # repaint after it: 200 stores starting at once re-sorted the proxies 200 times (220 ms).
        self._held: dict[int, int] = {}  # row -> last column changed
        self._hold_timer = QTimer(self)
        self._hold_timer.setSingleShot(True)
        self._hold_timer.setInterval(0)
        self._hold_timer.timeout.connect(self._show_held)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        self.reload()

    # --- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read stores and jobs (after an edit); live state of jobs that still exist is kept."""
        previous = {state.job_id: state for state in self._rows}
        rows: list[JobState] = []
        for view in self.console.job_views():
            state = previous.get(view.job.id or 0) or JobState(store=view.store, job=view.job)
            state.store, state.job = view.store, view.job
            state.last_run = view.last_run or state.last_run
            state.next_run, state.running, state.queued = view.next_run, view.running, view.queued
            state.stale_reason = view.stale_reason
            rows.append(state)
        rows.sort(key=lambda s: (s.store_name.lower(), s.job.kind.value))
        self._held.clear()
        self.beginResetModel()
        self._rows = rows
        self._by_job = {state.job_id: row for row, state in enumerate(rows)}
        self.endResetModel()
        self.summary_changed.emit()

    def states(self) -> list[JobState]:
        return list(self._rows)

    def state_for_job(self, job_id: int) -> JobState | None:
        row = self._by_job.get(job_id)
        return self._rows[row] if row is not None else None

    def state_at(self, row: int) -> JobState:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("StoreStatusModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        state = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(state, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(state, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STORE and state.store is not None:
            return platform_icon(state.store.platform)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            color = STATUS_COLORS.get(state.status())
            return QBrush(readable(color)) if color else None
        if role == STATUS_ROLE:
            return state.status().value
        if role == PLATFORM_ROLE:
            return state.store.platform.value if state.store is not None else ""
        if role == JOB_ID_ROLE:
            return state.job_id
        if role == SORT_ROLE:
            return self._sort_key(state, column)
        return None

    def _display(self, state: JobState, column: int) -> str:
        now = now_utc()
        if column == self.STORE:
            return state.store_name
        if column == self.JOB:
            return job_kind_label(state.job.kind)
        if column == self.STATUS:
            return self.status_text(state, now)
        if column == self.LAST_RUN:
            if state.last_run is None:
                return QCoreApplication.translate("StoreStatusModel", "never")
            when = relative_time(state.last_run.finished_at or state.last_run.started_at, now)
            return f"{when} · {counts_summary(state.last_run.counts)}"
        if column == self.NEXT_RUN:
            if state.job.paused:
                return QCoreApplication.translate("StoreStatusModel", "paused")
            return next_run_text(state.next_run, now)
        if column == self.SCHEDULE:
            return schedule_words(state.job.schedule)
        return ""

    def status_text(self, state: JobState, now: datetime | None = None) -> str:
        status = state.status(now)
        if status is RowStatus.RUNNING:
            if state.pages or state.records:
                return f"{status_label(status)} · {progress_text(state.pages, state.records)}"
            return status_label(status)
        if status is RowStatus.RATE_LIMITED and state.rate_limited_until is not None:
            remaining = (state.rate_limited_until - (now or now_utc())).total_seconds()
            return QCoreApplication.translate("StoreStatusModel", "{status} · resumes {countdown}").format(
                status=status_label(status), countdown=countdown(remaining)
            )
        if status is RowStatus.ATTENTION:
            return f"{status_label(status)}: {state.attention_reason or state.job.paused_reason}"
        if status is RowStatus.STALE:
            return f"{status_label(status)}: {state.stale_reason}"
        return status_label(status)

    def _tooltip(self, state: JobState, column: int) -> str | None:
        if column == self.STATUS:
            if state.attention_reason or state.job.paused_reason:
                return state.attention_reason or state.job.paused_reason
            if state.rate_limit_message and state.status() is RowStatus.RATE_LIMITED:
                return state.rate_limit_message
            if state.last_error and state.status() is RowStatus.FAILED:
                return state.last_error
            if state.status() is RowStatus.QUEUED:
                return self._queued_tooltip()
        if column == self.LAST_RUN and state.last_run is not None:
            return self._display(state, column)
        return None

    def _queued_tooltip(self) -> str:
        if self.console.workers is not None:
            return QCoreApplication.translate(
                "StoreStatusModel", "Waiting in the server's queue until a worker is free"
            )
        return QCoreApplication.translate(
            "StoreStatusModel",
            "Waiting for another run to end: as many runs are in progress as Settings → Sync allows at "
            "the same time",
        )

    def _sort_key(self, state: JobState, column: int) -> Any:
        if column == self.LAST_RUN:
            return state.last_run.started_at.timestamp() if state.last_run else 0.0
        if column == self.NEXT_RUN:
            return state.next_run.timestamp() if state.next_run else float("inf")
        return self._display(state, column).lower()

    # --- live updates -------------------------------------------------------------------------

    def _changed(self, job_id: int, *, times: bool = False) -> None:
        """Repaint a row after a live event (no roles named: the row's buttons follow), naming only
        the columns such an event changes: the status, and the last and next run too when `times` (a
        run ended, the schedule changed). A proxy sorted on a column left out keeps its order without
        re-sorting: each re-sort re-laid out every row and its buttons, 200 times over when a fleet
        started."""
        row = self._by_job.get(job_id)
        if row is None:
            return
        last = self.ACTIONS if times else self.STATUS
        if self._hold_timer.isActive():
            self._held[row] = max(last, self._held.get(row, last))
        else:
            self.dataChanged.emit(self.index(row, self.STATUS), self.index(row, last))
            self._hold_timer.start()
        self._summary_timer.start()

    def _show_held(self) -> None:
        """The changes held back in the turn just ended, in one repaint over the rows they span."""
        if self._held:
            first, final, last = min(self._held), max(self._held), max(self._held.values())
            self._held.clear()
            self.dataChanged.emit(self.index(first, self.STATUS), self.index(final, last))

    def _on_queued(self, event: SyncQueued) -> None:
        state = self.state_for_job(event.job_id)
        if state is not None and not state.running:
            state.queued = True
            self._changed(event.job_id)

    def _on_left_queue(self, event: SyncLeftQueue) -> None:
        state = self.state_for_job(event.job_id)
        if state is not None and state.queued:
            state.queued = False
            self._changed(event.job_id)

    def _on_started(self, event: SyncStarted) -> None:
        state = self.state_for_job(event.job_id)
        if state is not None:
            state.running, state.queued, state.pages, state.records = True, False, 0, 0
            self._changed(event.job_id)

    def _on_progress(self, event: SyncProgress) -> None:
        """A page more of a running job changes only its status text: repainted with the other
        rows' progress a few times a second, not once per page of every store of a fleet."""
        state = self.state_for_job(event.job_id)
        if state is None:
            return
        was_running = state.running
        state.running, state.queued, state.pages, state.records = True, False, event.pages, event.records
        if not was_running:
            self._changed(event.job_id)
            return
        self._progressed.add(event.job_id)
        if not self._progress_timer.isActive():
            self._progress_timer.start()

    def _show_progress(self) -> None:
        """One repaint of the status column over the rows that moved on. Only the texts changed (a
        running row stays running), so the roles named leave the proxies' filter and sort alone: a
        re-sort of the Upcoming list per page of every store re-laid its rows out."""
        rows = [row for job_id in self._progressed if (row := self._by_job.get(job_id)) is not None]
        self._progressed.clear()
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), self.STATUS), self.index(max(rows), self.STATUS), PROGRESS_ROLES
            )

    def _on_finished(self, event: SyncFinished) -> None:
        self._settle(event.run.job_id, event.run, None)

    def _on_failed(self, event: SyncFailed) -> None:
        self._settle(event.run.job_id, event.run, event.message)

    def _settle(self, job_id: int, run: Any, error: str | None) -> None:
        state = self.state_for_job(job_id)
        if state is None:
            return
        state.running = state.queued = False  # one run per job at a time: this one just ended
        state.last_run, state.last_error = run, error
        state.next_run = self.console.next_run_time(job_id)
        self._changed(job_id, times=True)

    def _on_skipped(self, event: SyncSkipped) -> None:
        state = self.state_for_job(event.job_id)
        if state is not None:
            state.running = self.console.is_running(event.job_id)
            state.queued = self.console.is_queued(event.job_id)
            self._changed(event.job_id)

    def _for_store(self, store_id: int | None) -> list[JobState]:
        return [state for state in self._rows if state.store_id == store_id]

    def _on_rate_limited(self, event: RateLimitedUntil) -> None:
        for state in self._for_store(event.store_id):
            state.rate_limited_until, state.rate_limit_message = event.until, event.message
            self._changed(state.job_id)

    def _on_attention(self, event: NeedsAttention) -> None:
        for state in self._for_store(event.store_id):
            state.attention_reason = event.reason
            self._changed(state.job_id)

    def _on_attention_cleared(self, event: AttentionCleared) -> None:
        for state in self._for_store(event.store_id):
            state.attention_reason = None
            self._changed(state.job_id)

    def _set_stale(self, store_id: int, reason: str | None) -> None:
        for state in self._for_store(store_id):
            state.stale_reason = reason
            self._changed(state.job_id)
        self._summary_timer.start()

    def _on_schedule_changed(self, event: ScheduleChanged) -> None:
        state = self.state_for_job(event.job_id)
        if state is not None:
            state.next_run, state.job.paused = event.next_run, event.paused
            state.job.paused_reason = event.paused_reason
            self._changed(event.job_id, times=True)

    def stop_updates(self) -> None:
        """Before the services stop: no more repaints that could read from them."""
        self._ticker.stop()
        self._progress_timer.stop()
        self._hold_timer.stop()

    def _tick(self) -> None:
        """Relative times and countdowns move on their own: once a second, the views repaint what
        they show. Not a dataChanged over every row: each proxy would run its filter over every row
        and re-sort on the next run (with 200 stores, 5 ms a second for texts that sort and filter
        alike)."""
        if self._rows:
            self.clock_moved.emit()

    # --- summary for the status bar and the tray ----------------------------------------------

    def running_count(self) -> int:
        return sum(1 for state in self._rows if state.running)

    def queued_count(self) -> int:
        return sum(1 for state in self._rows if state.queued and not state.running)

    def next_run(self) -> JobState | None:
        upcoming = [s for s in self._rows if s.next_run is not None and not s.job.paused]
        return min(upcoming, key=lambda s: s.next_run or now_utc(), default=None)

    def overall_state(self) -> str:
        """One of the tray states. A problem outranks activity, so a failed store stays visible
        while the others keep syncing: failed, attention, syncing, paused, ok."""
        statuses = [state.status() for state in self._rows]
        if any(status is RowStatus.FAILED for status in statuses):
            return "failed"
        if any(status in (RowStatus.ATTENTION, RowStatus.PARTIAL, RowStatus.STALE) for status in statuses):
            return "attention"
        if any(status in (RowStatus.RUNNING, RowStatus.QUEUED) for status in statuses):
            return "syncing"
        if statuses and all(state.job.paused for state in self._rows):
            return "paused"
        return "ok"

    def problems(self) -> list[str]:
        """For the tray's tooltip: a line per job that paused itself and per store with stale data."""
        paused = [
            f"{state.store_name} · {job_kind_label(state.job.kind)}: {state.job.paused_reason}"
            for state in self._rows
            if state.job.paused and state.job.paused_reason
        ]
        stale = {
            state.store_name: QCoreApplication.translate(
                "StoreStatusModel", "{store}: stale data ({reason})"
            ).format(store=state.store_name, reason=state.stale_reason)
            for state in self._rows
            if state.stale_reason
        }
        return paused + list(stale.values())

    def last_result(self) -> JobState | None:
        finished = [s for s in self._rows if s.last_run is not None]
        return max(finished, key=lambda s: s.last_run.started_at if s.last_run else now_utc(), default=None)
