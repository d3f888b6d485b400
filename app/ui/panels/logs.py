"""The log viewer: the app's redacted log, newest first, live, filterable, copyable and exportable; in
a server's console, the server's log with the same filters."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from app.core.console import ConsoleRecords, LocalWholeRecords, WholeRecords
from app.core.operations.paging import every_page
from app.core.ports import LogQuery
from app.ui.actions import AppActions
from app.ui.bridge import EventBridge
from app.ui.models.logs import LEVELS, LogModel
from app.ui.panels.list_panel import bar_over_table, fill_store_filter, open_export_dialog, quiet_timer
from app.ui.panels.table_setup import setup_table


class LogPanel(QWidget):
    EXPORT_CHUNK = 5000

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
        self.model = LogModel(self.records, self)
        bridge.log_recorded.connect(self.model.on_log_recorded)
        bridge.stores_changed.connect(lambda _event: self.reload_stores())

        self.level_filter = QComboBox()
        self.level_filter.setAccessibleName(QCoreApplication.translate("LogPanel", "Lowest level shown"))
        for level in LEVELS:
            self.level_filter.addItem(
                QCoreApplication.translate("LogPanel", "{level} and above").format(level=level.title()), level
            )
        self.level_filter.setCurrentIndex(1)
        self.store_filter = QComboBox()
        self.store_filter.setAccessibleName(QCoreApplication.translate("LogPanel", "Filter log by store"))
        self.run_filter = QLineEdit()
        self.run_filter.setPlaceholderText(QCoreApplication.translate("LogPanel", "Run #"))
        self.run_filter.setAccessibleName(QCoreApplication.translate("LogPanel", "Filter log by run number"))
        self.run_filter.setMaximumWidth(self.fontMetrics().averageCharWidth() * 10)
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("LogPanel", "Search the log"))
        self.search.setAccessibleName(QCoreApplication.translate("LogPanel", "Search the log"))
        self.search.setClearButtonEnabled(True)
        self.pause_button = QPushButton(QCoreApplication.translate("LogPanel", "Pause autoscroll"))
        self.pause_button.setCheckable(True)
        self.copy_button = QPushButton(QCoreApplication.translate("LogPanel", "Copy"))
        self.export_button = QPushButton(QCoreApplication.translate("LogPanel", "Export…"))

        bar = QHBoxLayout()
        for widget in (self.level_filter, self.store_filter, self.run_filter):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        for button in (self.pause_button, self.copy_button, self.export_button):
            bar.addWidget(button)

        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, QCoreApplication.translate("LogPanel", "Log lines"), multi_select=True)
        header = self.table.horizontalHeader()
        metrics = self.fontMetrics()
        padding = metrics.averageCharWidth() * 3
        for column, sample in (
            (LogModel.TIME, "2026-12-31 23:59:59"),
            (LogModel.LEVEL, "CRITICAL"),
            (LogModel.STORE, "Demo WooCommerce store"),
            (LogModel.RUN, "1000000"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + padding)

        bar_over_table(self, bar, self.table)

        self._filter_timer = quiet_timer(self, 250, self.apply_filters)
        self.level_filter.currentIndexChanged.connect(self.apply_filters)
        self.store_filter.currentIndexChanged.connect(self.apply_filters)
        self.run_filter.textChanged.connect(lambda _text: self._filter_timer.start())
        self.search.textChanged.connect(lambda _text: self._filter_timer.start())
        self.pause_button.toggled.connect(self.set_paused)
        self.copy_button.clicked.connect(self.copy_selection)
        self.export_button.clicked.connect(self.ask_export_target)
        copy_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.table)
        copy_shortcut.activated.connect(self.copy_selection)
        self.model.lines_added.connect(self._follow_tail)
        self.model.pending_changed.connect(self._show_pending)
        self.reload_stores()

    def reload_stores(self) -> None:
        fill_store_filter(self.store_filter, self.records.stores.list_stores())
        self.apply_filters()

    def query(self) -> LogQuery:
        run_text = self.run_filter.text().strip().lstrip("#")
        return LogQuery(
            min_level=self.level_filter.currentData(),
            store_id=self.store_filter.currentData(),
            run_id=int(run_text) if run_text.isdigit() else None,
            text=self.search.text().strip() or None,
        )

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        self.model.set_query(self.query())

    def set_paused(self, paused: bool) -> None:
        self.pause_button.setChecked(paused)
        self.model.set_paused(paused)
        self._show_pending(self.model.pending_count())
        if not paused:
            self.table.scrollToTop()

    def _show_pending(self, count: int) -> None:
        if self.model.is_paused():
            self.pause_button.setText(self.tr("Paused — %Ln new", "", count))
        else:
            self.pause_button.setText(QCoreApplication.translate("LogPanel", "Pause autoscroll"))

    def _follow_tail(self, _count: int) -> None:
        if not self.model.is_paused():
            self.table.scrollToTop()

    def selected_lines(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        return [self.model.line(self.model.item(row)) for row in rows]

    def copy_selection(self) -> str:
        text = "\n".join(self.selected_lines())
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def ask_export_target(self) -> QFileDialog:
        folder = self.app_actions.services.log_dir
        return open_export_dialog(
            self,
            QCoreApplication.translate("LogPanel", "Export log"),
            folder,
            QCoreApplication.translate("LogPanel", "Text (*.log *.txt)"),
            "storesync.log",
            self.export_to,
        )

    def export_to(self, path: str) -> asyncio.Task[Any]:
        """Every line matching the filters, oldest first, read in chunks so the window stays live."""
        query, whole = self.query(), self.whole

        async def export() -> None:
            entries = await every_page(
                lambda offset, limit: whole.log_page(query, offset, limit), self.EXPORT_CHUNK
            )
            chunks = [self.model.line(entry) for entry in entries]
            total = len(chunks)
            chunks.reverse()
            text = "\n".join(chunks) + ("\n" if chunks else "")
            await asyncio.to_thread(Path(path).write_text, text, encoding="utf-8")
            self.app_actions.notice.emit(
                self.tr("Exported %Ln log line(s) to {path}", "", total).format(path=path)
            )

        return self.app_actions.run_task(
            export(), QCoreApplication.translate("LogPanel", "Could not export the log")
        )
