"""The stores panel: every store and job with its live status and per-row actions."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.models import JobKind, Platform
from app.core.platforms import PLATFORM_LABELS
from app.ui.actions import AppActions
from app.ui.models.job_state import RowStatus, status_label
from app.ui.models.store_filter import StoreFilterModel
from app.ui.models.store_status import JOB_ID_ROLE, StoreStatusModel
from app.ui.panels.empty_state import EmptyState
from app.ui.panels.store_detail import StoreDetail
from app.ui.panels.table_setup import (
    fit_column_while_shown,
    fit_columns_once,
    keep_selection_across_resets,
    repaint_columns_on,
)

# A status longer than this (a job's reason to need attention: "paused after 4 failed runs: ...") is
# elided, the whole of it in the row's tooltip, so the row's buttons stay in view on a 1366-px screen.
STATUS_MOST_CHARS = 48


class RowActions(QWidget):
    """Sync now / Pause-Resume / Edit for one job row."""

    def __init__(self, panel: StoresPanel, job_id: int) -> None:
        super().__init__()
        self.job_id = job_id
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(2)
        self.sync_button = QToolButton()
        self.pause_button = QToolButton()
        self.edit_button = QToolButton()
        self.preview_button = QToolButton()
        for button, text in (
            (self.sync_button, QCoreApplication.translate("StoresPanel", "Sync now")),
            (self.pause_button, QCoreApplication.translate("StoresPanel", "Pause")),
            (self.edit_button, QCoreApplication.translate("StoresPanel", "Edit")),
            (self.preview_button, QCoreApplication.translate("StoresPanel", "Preview push")),
        ):
            button.setText(text)
            button.setAutoRaise(True)
            layout.addWidget(button)
        self.sync_button.clicked.connect(lambda: panel.app_actions.sync_now([job_id]))
        self.pause_button.clicked.connect(lambda: panel.toggle_pause([job_id]))
        self.edit_button.clicked.connect(lambda: panel.edit_job_store(job_id))
        self.preview_button.clicked.connect(lambda: panel.app_actions.preview_push(job_id))
        self.refresh(panel.model)

    def refresh(self, model: StoreStatusModel) -> None:
        state = model.state_for_job(self.job_id)
        if state is None:
            return
        label = state.store_name
        self.sync_button.setEnabled(not (state.running or state.queued))
        self.sync_button.setAccessibleName(
            QCoreApplication.translate("StoresPanel", "Sync {store} now").format(store=label)
        )
        self.pause_button.setText(
            QCoreApplication.translate("StoresPanel", "Resume")
            if state.job.paused
            else QCoreApplication.translate("StoresPanel", "Pause")
        )
        self.pause_button.setAccessibleName(f"{self.pause_button.text()} {label}")
        self.edit_button.setEnabled(state.store is not None)
        self.edit_button.setAccessibleName(
            QCoreApplication.translate("StoresPanel", "Edit {store}").format(store=label)
        )
        self.preview_button.setVisible(state.job.kind is JobKind.STOCK_PUSH)
        self.preview_button.setAccessibleName(
            QCoreApplication.translate("StoresPanel", "Preview the push to {store}").format(store=label)
        )


class StoresPanel(QWidget):
    detail_opened = Signal(object)

    def __init__(self, model: StoreStatusModel, actions: AppActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.app_actions = actions
        self.proxy = StoreFilterModel(model, self)
        self._row_widgets: dict[int, RowActions] = {}

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(QCoreApplication.translate("StoresPanel", "Filter by status"))
        self.status_filter.addItem(QCoreApplication.translate("StoresPanel", "All statuses"), "")
        for status in RowStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_status(self.status_filter.currentData())
        )
        self.platform_filter = QComboBox()
        self.platform_filter.setAccessibleName(
            QCoreApplication.translate("StoresPanel", "Filter by platform")
        )
        self.platform_filter.addItem(QCoreApplication.translate("StoresPanel", "All platforms"), "")
        for platform in Platform:
            self.platform_filter.addItem(PLATFORM_LABELS[platform], platform.value)
        self.platform_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_platform(self.platform_filter.currentData())
        )
        self.sync_selected = QPushButton(QCoreApplication.translate("StoresPanel", "Sync selected"))
        self.pause_selected = QPushButton(QCoreApplication.translate("StoresPanel", "Pause selected"))
        self.resume_selected = QPushButton(QCoreApplication.translate("StoresPanel", "Resume selected"))
        self.sync_selected.clicked.connect(lambda: self.app_actions.sync_now(self.selected_job_ids()))
        self.pause_selected.clicked.connect(lambda: self.app_actions.pause(self.selected_job_ids()))
        self.resume_selected.clicked.connect(lambda: self.app_actions.resume(self.selected_job_ids()))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(QCoreApplication.translate("StoresPanel", "Show:")))
        bar.addWidget(self.status_filter)
        bar.addWidget(self.platform_filter)
        bar.addStretch(1)
        for button in (self.sync_selected, self.pause_selected, self.resume_selected):
            button.setEnabled(False)
            bar.addWidget(button)

        self.table = QTableView()
        self.table.setAccessibleName(QCoreApplication.translate("StoresPanel", "Stores and jobs"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(StoreStatusModel.STORE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # Every column fits its text except the last run's summary, which takes what is left (its
        # tooltip has it whole): the status and the row's buttons stay in full view at 1366x768.
        # Only the status keeps fitting itself as it changes, measuring the rows in view: every
        # column doing so measured up to 1,000 rows on each change of any row, so each status
        # update of a fleet cost its whole size (41% of the loop with 50 stores syncing).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_column_while_shown(self.table, StoreStatusModel.STATUS, max_chars=STATUS_MOST_CHARS)
        header.setSectionResizeMode(StoreStatusModel.LAST_RUN, QHeaderView.ResizeMode.Stretch)
        fit_columns_once(self.table)
        self.table.doubleClicked.connect(self.open_detail)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        keep_selection_across_resets(self.table, JOB_ID_ROLE)

        self.empty = EmptyState(actions)
        self.stack = QStackedWidget()
        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(bar)
        table_layout.addWidget(self.table)
        self.stack.addWidget(table_page)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setTabOrder(self.status_filter, self.platform_filter)
        self.setTabOrder(self.platform_filter, self.table)

        for signal in (
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
        ):
            signal.connect(self._sync_row_widgets)
        self.model.dataChanged.connect(self._refresh_row_widgets)
        repaint_columns_on(self.model.clock_moved, self.table, StoreStatusModel.MOVING)
        self.model.modelReset.connect(self._show_empty_state_if_needed)
        self._sync_row_widgets()
        self._show_empty_state_if_needed()

    # --- rows ---------------------------------------------------------------------------------

    def _show_empty_state_if_needed(self) -> None:
        has_stores = any(state.store is not None for state in self.model.states())
        self.stack.setCurrentIndex(0 if has_stores else 1)

    def _sync_row_widgets(self, *_args: object) -> None:
        """Index widgets follow their rows through sorting but not through a reset, a filter or an
        insert; give every visible row that lacks its buttons a new set."""
        widgets: dict[int, RowActions] = {}
        created = False
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, StoreStatusModel.ACTIONS)
            job_id = int(self.proxy.data(index, JOB_ID_ROLE))
            widget = self.table.indexWidget(index)
            if not isinstance(widget, RowActions) or widget.job_id != job_id:
                widget = RowActions(self, job_id)
                self.table.setIndexWidget(index, widget)
                created = True
            widgets[job_id] = widget
        self._row_widgets = widgets
        if created:  # a re-sort moves the buttons and adds none: no need to measure every row again
            self.table.resizeColumnToContents(StoreStatusModel.ACTIONS)

    def _refresh_row_widgets(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int] | None = None
    ) -> None:
        """The buttons of the rows whose state changed (a live event repaints the status with no
        roles named). Repaints of texts only (the clock moving relative times along, page counts)
        leave the buttons alone: refreshing every row's buttons on every event made a fleet's
        progress cost the square of its size."""
        if roles or not top_left.column() <= StoreStatusModel.STATUS <= bottom_right.column():
            return
        for row in range(top_left.row(), bottom_right.row() + 1):
            widget = self._row_widgets.get(self.model.state_at(row).job_id)
            if widget is not None and shiboken6.isValid(widget):
                widget.refresh(self.model)

    def row_actions(self, job_id: int) -> RowActions | None:
        return self._row_widgets.get(job_id)

    def selected_job_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(self.proxy.data(index, JOB_ID_ROLE)) for index in rows]

    def _selection_changed(self, *_args: object) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        for button in (self.sync_selected, self.pause_selected, self.resume_selected):
            button.setEnabled(selected)

    # --- actions ------------------------------------------------------------------------------

    def toggle_pause(self, job_ids: list[int]) -> None:
        paused = [j for j in job_ids if (s := self.model.state_for_job(j)) is not None and s.job.paused]
        running = [j for j in job_ids if j not in paused]
        if paused:
            self.app_actions.resume(paused)
        if running:
            self.app_actions.pause(running)

    def edit_job_store(self, job_id: int) -> None:
        state = self.model.state_for_job(job_id)
        if state is not None and state.store_id is not None:
            self.app_actions.edit_store(state.store_id)

    def open_detail(self, index: QModelIndex) -> StoreDetail | None:
        state = self.model.state_at(self.proxy.mapToSource(index).row())
        if state.store is None:
            return None
        detail = StoreDetail(self.app_actions, self.model, state.store, parent=self)
        detail.show()
        self.detail_opened.emit(detail)
        return detail
