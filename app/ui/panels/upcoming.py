"""The upcoming panel: every scheduled job in the order it will run."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.ui.models.store_filter import UpcomingModel
from app.ui.models.store_status import StoreStatusModel
from app.ui.panels.table_setup import fit_column_while_shown, fit_columns_once, repaint_columns_on


class UpcomingPanel(QWidget):
    def __init__(self, source: StoreStatusModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = UpcomingModel(source, self)
        self.table = QTableView()
        self.table.setAccessibleName(QCoreApplication.translate("UpcomingPanel", "Upcoming runs"))
        self.table.setModel(self.model)
        moving = [self.model.proxy_column(c) for c in StoreStatusModel.MOVING if c in UpcomingModel.COLUMNS]
        repaint_columns_on(source.clock_moved, self.table, moving)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # As in the stores table: only the status keeps fitting itself, to the rows in view.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_column_while_shown(self.table, self.model.proxy_column(StoreStatusModel.STATUS))
        header.setStretchLastSection(True)
        fit_columns_once(self.table)
        # The proxy keeps the source's column order; show the next run first.
        header.moveSection(header.visualIndex(self.model.proxy_column(StoreStatusModel.NEXT_RUN)), 0)
        self.hint = QLabel(
            QCoreApplication.translate(
                "UpcomingPanel", "Paused jobs and jobs without a schedule are not listed."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
