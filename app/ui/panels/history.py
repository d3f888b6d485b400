"""The history panel: a timeline of the latest runs per store over every run, newest first, with
filters, run details and CSV export; in a server's console, the server's runs, read through its API."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.console import ConsoleRecords, LocalWholeRecords, WholeRecords
from app.core.errors import StoreSyncError
from app.core.models import JobKind, RunStatus
from app.core.operations.history_csv import write_history_csv
from app.core.ports import RunQuery
from app.core.redaction import REDACTOR
from app.ui.actions import AppActions
from app.ui.bridge import EventBridge
from app.ui.formatting import QT_TRANSLATE_NOOP, job_kind_label, now_utc, run_status_label
from app.ui.models.history import HistoryModel
from app.ui.panels.list_panel import bar_over_table, fill_store_filter, open_export_dialog, quiet_timer
from app.ui.panels.run_detail import RunDetail
from app.ui.panels.table_setup import fit_column_while_shown, fit_columns_once, setup_table
from app.ui.run_timeline import RunTimeline

PERIODS: tuple[tuple[str, timedelta | None], ...] = (
    (QT_TRANSLATE_NOOP("HistoryPanel", "Any time"), None),
    (QT_TRANSLATE_NOOP("HistoryPanel", "Last 24 hours"), timedelta(days=1)),
    (QT_TRANSLATE_NOOP("HistoryPanel", "Last 7 days"), timedelta(days=7)),
    (QT_TRANSLATE_NOOP("HistoryPanel", "Last 30 days"), timedelta(days=30)),
)


TIMELINE_RUNS = 500


class HistoryPanel(QWidget):
    def __init__(
        self,
        actions: AppActions,
        bridge: EventBridge,
        parent: QWidget | None = None,
        records: ConsoleRecords | None = None,
        whole: WholeRecords | None = None,
    ) -> None:
        """`records` and `whole`: a server's (its console's); this computer's by default."""
        super().__init__(parent)
        self.app_actions = actions
        self.records: ConsoleRecords = records if records is not None else actions.services
        self.whole: WholeRecords = whole if whole is not None else LocalWholeRecords(actions.services)
        self.local = records is None
        self.model = HistoryModel(self.records, self)

        self.store_filter = QComboBox()
        self.store_filter.setAccessibleName(
            QCoreApplication.translate("HistoryPanel", "Filter history by store")
        )
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(
            QCoreApplication.translate("HistoryPanel", "Filter history by job")
        )
        self.kind_filter.addItem(QCoreApplication.translate("HistoryPanel", "All jobs"), None)
        for kind in JobKind:
            self.kind_filter.addItem(job_kind_label(kind), kind.value)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(
            QCoreApplication.translate("HistoryPanel", "Filter history by result")
        )
        self.status_filter.addItem(QCoreApplication.translate("HistoryPanel", "All results"), None)
        for status in RunStatus:
            self.status_filter.addItem(run_status_label(status), status.value)
        self.period_filter = QComboBox()
        self.period_filter.setAccessibleName(
            QCoreApplication.translate("HistoryPanel", "Filter history by date")
        )
        for label, span in PERIODS:
            self.period_filter.addItem(QCoreApplication.translate("HistoryPanel", label), span)
        self.detail_button = QPushButton(QCoreApplication.translate("HistoryPanel", "Run details…"))
        self.detail_button.setEnabled(False)
        self.export_button = QPushButton(QCoreApplication.translate("HistoryPanel", "Export CSV…"))
        self.count_label = QLabel()

        bar = QHBoxLayout()
        for widget in (self.store_filter, self.kind_filter, self.status_filter, self.period_filter):
            bar.addWidget(widget)
            widget.currentIndexChanged.connect(self.apply_filters)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.detail_button)
        bar.addWidget(self.export_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, QCoreApplication.translate("HistoryPanel", "Sync history"))
        fit_columns_once(self.table)
        # Fitted to the first rows, the job column cut the longer names of runs listed later.
        fit_column_while_shown(self.table, HistoryModel.JOB)
        self.table.doubleClicked.connect(self.open_detail)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.detail_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        )
        self.detail_button.clicked.connect(self._open_selected)
        self.export_button.clicked.connect(self.ask_export_target)

        self.timeline = RunTimeline()
        bar_over_table(self, bar, self.table)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.timeline)

        self._refresh_timer = quiet_timer(self, 300, self.refresh)
        for signal in (bridge.sync_started, bridge.sync_finished, bridge.sync_failed):
            signal.connect(lambda _event: self._refresh_timer.start())
        bridge.stores_changed.connect(lambda _event: self.reload_stores())
        self.reload_stores()

    def reload_stores(self) -> None:
        fill_store_filter(self.store_filter, self.records.stores.list_stores())
        self.apply_filters()

    def query(self) -> RunQuery:
        span = self.period_filter.currentData()
        kind, status = self.kind_filter.currentData(), self.status_filter.currentData()
        return RunQuery(
            store_id=self.store_filter.currentData(),
            kind=JobKind(kind) if kind else None,
            status=RunStatus(status) if status else None,
            since=now_utc() - span if span is not None else None,
        )

    def apply_filters(self) -> None:
        self.model.set_query(self.query())
        self._show_count()
        self.refresh_timeline()

    def refresh(self) -> None:
        """Runs started, ended or arrived from a server: show them, keeping the filters."""
        self.model.refresh_top()
        self._show_count()
        self.refresh_timeline()

    def refresh_timeline(self) -> None:
        """The newest TIMELINE_RUNS runs the filters match, the same runs the table starts with."""
        try:
            runs = self.records.runs.list_runs(self.query(), offset=0, limit=TIMELINE_RUNS)
        except StoreSyncError as error:
            self.timeline.set_error(str(error))
            return
        self.timeline.set_runs(runs, {run.id or 0: self.model.store_name(run) for run in runs})

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%Ln run(s)", "", self.model.total()))

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_detail(rows[0])

    def open_detail(self, index: QModelIndex) -> RunDetail:
        run = self.model.item(index.row())
        detail = RunDetail(run, self.model.store_name(run), self.model.job_label(run), parent=self)
        assert run.id is not None
        if not isinstance(self.whole, LocalWholeRecords):
            detail.read(run.id, self.whole.run_detail(run.id))
        else:  # this computer's run is shown at once
            try:
                detail.show_detail(self.whole.run_detail_now(run.id))
            except StoreSyncError as error:
                detail.show_problem(str(error))
        detail.show()
        return detail

    def ask_export_target(self) -> QFileDialog:
        folder = self.app_actions.services.data_dir
        return open_export_dialog(
            self,
            QCoreApplication.translate("HistoryPanel", "Export history"),
            folder,
            "CSV (*.csv)",
            "storesync-history.csv",
            self.export_to,
        )

    def export_to(self, path: str) -> asyncio.Task[Any]:
        query = self.query()

        async def export() -> None:
            if self.local:  # one snapshot of the database, however long the history
                rows = await self.app_actions.services.maintenance.export_history_csv(path, query)
            else:
                rows = await write_history_csv(
                    path, lambda offset, limit: self.whole.runs_page(query, offset, limit), REDACTOR.redact
                )
            self.app_actions.notice.emit(self.tr("Exported %Ln run(s) to {path}", "", rows).format(path=path))

        return self.app_actions.run_task(
            export(), QCoreApplication.translate("HistoryPanel", "Could not export the history")
        )
