"""The window as a server's console: that server's stores and jobs with their live status in the
Stores panel's table (the same model, reading through the server's Console), its Overview figures,
upcoming runs, run history, log, inventory and orders in the local window's panels (reading the
server's records), and Sync now / Pause / Resume / Edit schedule sent to the server."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.console import Console
from app.core.errors import StoreSyncError
from app.ui.actions import AppActions
from app.ui.bridge import EventBridge
from app.ui.dialogs.job_schedule import JobScheduleDialog
from app.ui.formatting import job_kind_label, overall_state_label
from app.ui.models.store_filter import StoreFilterModel
from app.ui.models.store_status import JOB_ID_ROLE, StoreStatusModel
from app.ui.panels.history import HistoryPanel
from app.ui.panels.inventory import InventoryPanel
from app.ui.panels.logs import LogPanel
from app.ui.panels.orders import OrdersPanel
from app.ui.panels.overview import OverviewPanel
from app.ui.panels.table_setup import keep_selection_across_resets, repaint_columns_on
from app.ui.panels.upcoming import UpcomingPanel


class ServerWindow(QMainWindow):
    """One server's overview, stores, jobs, upcoming runs, history, inventory, orders and log;
    closing the window stops following the server. `actions` are the desktop's (the panels share its
    messages); `state_changed` tells the tray that the server's state may have moved."""

    closed = Signal()
    state_changed = Signal()

    def __init__(self, console: Console, actions: AppActions) -> None:
        super().__init__()
        self.console = console
        self._tasks: set[asyncio.Task[Any]] = set()
        self.setWindowTitle(self.tr("StoreSync – server {address}").format(address=console.where))
        self.bridge = EventBridge(console.bus, self)
        self.model = StoreStatusModel(console, self.bridge, self)
        self.proxy = StoreFilterModel(self.model, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Stores and jobs on the server"))
        self.table.setModel(self.proxy)
        repaint_columns_on(self.model.clock_moved, self.table, StoreStatusModel.MOVING)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.hideColumn(StoreStatusModel.ACTIONS)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Fitting measures the rows in view, not every row of a server's fleet on each change.
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.schedule_button = QPushButton(self.tr("Edit schedule…"))
        self.schedule_button.setEnabled(False)
        self.schedule_button.clicked.connect(self.edit_schedule)
        self.sync_button.clicked.connect(lambda: self._send(self.console.sync_now, self.tr("Sync now")))
        self.pause_button.clicked.connect(lambda: self._send(self.console.pause, self.tr("Pause")))
        self.resume_button.clicked.connect(lambda: self._send(self.console.resume, self.tr("Resume")))
        bar = QHBoxLayout()
        bar.addStretch(1)
        for button in (self.sync_button, self.pause_button, self.resume_button):
            button.setEnabled(False)
            bar.addWidget(button)
        bar.addWidget(self.schedule_button)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(self._selection_changed)
        keep_selection_across_resets(self.table, JOB_ID_ROLE)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.overview_panel = OverviewPanel(
            actions, self.bridge, self.model, records=console.records, all_paused=lambda: console.paused_all
        )
        self.upcoming_panel = UpcomingPanel(self.model)
        self.history_panel = HistoryPanel(
            actions, self.bridge, records=console.records, whole=console.whole_records
        )
        self.log_panel = LogPanel(actions, self.bridge, records=console.records, whole=console.whole_records)
        self.inventory_panel = InventoryPanel(console.records, self.bridge)
        self.orders_panel = OrdersPanel(console.records, self.bridge)
        console.follow_records(self.history_panel.refresh, self.log_panel.model.refresh_top)
        console.follow_stock(self.orders_panel.records_arrived, self.inventory_panel.records_arrived)
        console.follow_details(self.orders_panel.history_arrived, self.inventory_panel.history_arrived)
        console.follow_overview(self.overview_panel.figures_arrived)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for panel, title in (
            (self.overview_panel, QCoreApplication.translate("MainWindow", "&Overview")),
            (page, QCoreApplication.translate("MainWindow", "&Stores")),
            (self.upcoming_panel, QCoreApplication.translate("MainWindow", "&Upcoming")),
            (self.history_panel, QCoreApplication.translate("MainWindow", "&History")),
            (self.inventory_panel, QCoreApplication.translate("MainWindow", "&Inventory")),
            (self.orders_panel, QCoreApplication.translate("MainWindow", "O&rders")),
            (self.log_panel, QCoreApplication.translate("MainWindow", "&Log")),
        ):
            self.tabs.addTab(panel, title)
        self.setCentralWidget(self.tabs)
        self.model.summary_changed.connect(self.refresh_status)
        self.refresh_status()
        self.resize(900, 480)

    def selected_job_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(self.proxy.data(index, JOB_ID_ROLE)) for index in rows]

    def select_job(self, job_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if int(self.proxy.data(self.proxy.index(row, 0), JOB_ID_ROLE)) == job_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self, *_args: object) -> None:
        selected = len(self.table.selectionModel().selectedRows())
        for button in (self.sync_button, self.pause_button, self.resume_button):
            button.setEnabled(bool(selected))
        self.schedule_button.setEnabled(selected == 1)

    def edit_schedule(self) -> JobScheduleDialog | None:
        """The selected job's schedule in the schedule editor; saving sends it to the server."""
        job_ids = self.selected_job_ids()
        state = self.model.state_for_job(job_ids[0]) if len(job_ids) == 1 else None
        if state is None:
            return None
        title = f"{state.store_name} – {job_kind_label(state.job.kind)}"
        dialog = JobScheduleDialog(self.console, state.job_id, title, state.job.schedule, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    def _send(self, request: Callable[[list[int]], Coroutine[Any, Any, Any]], what: str) -> None:
        job_ids = self.selected_job_ids()
        if not job_ids:
            return
        task = asyncio.ensure_future(request(job_ids))
        self._tasks.add(task)

        def done(finished: asyncio.Task[Any]) -> None:
            self._tasks.discard(finished)
            error = None if finished.cancelled() else finished.exception()
            if isinstance(error, StoreSyncError):
                self.statusBar().showMessage(
                    self.tr("{what} failed: {reason}").format(what=what, reason=error)
                )

        task.add_done_callback(done)

    def overall_state(self) -> str:
        """The server's state as the tray shows it; a server that does not answer needs attention."""
        if not self.console.connected or self.console.workers == 0:
            return "attention"
        if self.console.paused_all:
            return "paused"
        return self.model.overall_state()

    def state_words(self) -> str:
        console = self.console
        if not console.connected:
            if not console.retrying:
                return self.tr("Not connected: {reason}. Connect again with the server's token.").format(
                    reason=console.connection_problem
                )
            if console.connection_problem:
                return self.tr("Not connected ({reason}); trying again…").format(
                    reason=console.connection_problem
                )
            return self.tr("Not connected; trying again…")
        if console.workers == 0:
            return self.tr("No worker is running: queued runs wait until one starts")
        return overall_state_label(self.overall_state())

    def refresh_status(self) -> None:
        self.statusBar().showMessage(self.state_words())
        self.state_changed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.overview_panel.stop_updates()
        self.model.stop_updates()
        for timer in self.findChildren(QTimer):
            timer.stop()
        self.bridge.close()
        task = asyncio.ensure_future(self.console.aclose())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        self.closed.emit()
        super().closeEvent(event)

    async def wait_closed(self) -> None:
        """Let the requests and the console's shutdown finish."""
        with contextlib.suppress(Exception):
            await asyncio.gather(*self._tasks, return_exceptions=True)
