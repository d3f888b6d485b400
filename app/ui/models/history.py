"""Sync runs, newest first, read page by page under the history panel's filters, from this
computer's database or a server's control API (app.core.console.ConsoleRecords)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush

from app.core.console import ConsoleRecords
from app.core.models import RunStatus, Store, SyncRun
from app.core.ports import RunQuery
from app.ui.formatting import (
    QT_TRANSLATE_NOOP,
    duration,
    full_time,
    job_kind_label,
    number,
    run_status_label,
    trigger_label,
)
from app.ui.models.paged import PagedTableModel
from app.ui.theme import readable

RUN_ID_ROLE = Qt.ItemDataRole.UserRole + 1

STATUS_COLORS = {
    RunStatus.FAILED: "#c62828",
    RunStatus.PARTIAL: "#b26a00",
    RunStatus.INTERRUPTED: "#b26a00",
}


class HistoryModel(PagedTableModel[SyncRun]):
    STARTED, STORE, JOB, STATUS, DURATION, TRIGGER = range(6)
    FETCHED, CREATED, UPDATED, UNCHANGED, FAILED, SKIPPED, ERROR = range(6, 13)
    HEADERS = (
        QT_TRANSLATE_NOOP("PagedModel", "Started"),
        QT_TRANSLATE_NOOP("PagedModel", "Store"),
        QT_TRANSLATE_NOOP("PagedModel", "Job"),
        QT_TRANSLATE_NOOP("PagedModel", "Status"),
        QT_TRANSLATE_NOOP("PagedModel", "Duration"),
        QT_TRANSLATE_NOOP("PagedModel", "Trigger"),
        QT_TRANSLATE_NOOP("PagedModel", "Fetched"),
        QT_TRANSLATE_NOOP("PagedModel", "Created"),
        QT_TRANSLATE_NOOP("PagedModel", "Updated"),
        QT_TRANSLATE_NOOP("PagedModel", "Unchanged"),
        QT_TRANSLATE_NOOP("PagedModel", "Failed"),
        QT_TRANSLATE_NOOP("PagedModel", "Skipped"),
        QT_TRANSLATE_NOOP("PagedModel", "Error"),
    )
    PAGE_SIZE = 200

    def __init__(self, records: ConsoleRecords, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records = records
        self._query = RunQuery()
        self._stores: dict[int, Store] = {}

    @property
    def query(self) -> RunQuery:
        return self._query

    def set_query(self, query: RunQuery) -> None:
        self._query = query
        self.reset()

    def reset(self) -> None:
        self._stores = {s.id: s for s in self._records.stores.list_stores() if s.id is not None}
        super().reset()

    def count_rows(self) -> int:
        return self._records.runs.count_runs(self._query)

    def fetch_rows(self, offset: int, limit: int) -> Sequence[SyncRun]:
        return self._records.runs.list_runs(self._query, offset=offset, limit=limit)

    def store_name(self, run: SyncRun) -> str:
        """The store's name now; a run of a removed store keeps the name it had, marked removed."""
        if run.store_id is None and not run.store_name:
            return QCoreApplication.translate("HistoryModel", "All stores")
        store = self._stores.get(run.store_id) if run.store_id is not None else None
        if store is not None:
            return store.name
        if run.store_id is not None and run.store_name:
            return run.store_name
        return QCoreApplication.translate("HistoryModel", "{name} (removed)").format(
            name=run.store_name or QCoreApplication.translate("HistoryModel", "store")
        )

    def job_label(self, run: SyncRun) -> str:
        return job_kind_label(run.kind) if run.kind is not None else ""

    def cell(self, item: SyncRun, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.FETCHED <= column <= self.SKIPPED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.STATUS, self.ERROR):
            color = STATUS_COLORS.get(item.status)
            return QBrush(readable(color)) if color else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ERROR and item.error_message:
            return item.error_message
        if role == RUN_ID_ROLE:
            return item.id
        return None

    def text(self, run: SyncRun, column: int) -> str:
        counts = run.counts
        values = {
            self.STARTED: lambda: full_time(run.started_at),
            self.STORE: lambda: self.store_name(run),
            self.JOB: lambda: self.job_label(run),
            self.STATUS: lambda: run_status_label(run.status),
            self.DURATION: lambda: duration(run.duration_seconds),
            self.TRIGGER: lambda: trigger_label(run.trigger),
            self.FETCHED: lambda: number(counts.fetched),
            self.CREATED: lambda: number(counts.created),
            self.UPDATED: lambda: number(counts.updated),
            self.UNCHANGED: lambda: number(counts.unchanged),
            self.FAILED: lambda: number(counts.failed),
            self.SKIPPED: lambda: number(counts.skipped),
            self.ERROR: lambda: (run.error_message or "").splitlines()[0] if run.error_message else "",
        }
        return values[column]()

    def with_store(self, store_id: int | None) -> None:
        self.set_query(replace(self._query, store_id=store_id))
