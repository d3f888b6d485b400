"""The upcoming panel: every scheduled job in the order it will run."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from app.ui.formatting import tr
from app.ui.models.store_filter import UpcomingModel
from app.ui.models.store_status import StoreStatusModel
from app.ui.panels.content_fitter import ContentFitter


class UpcomingPanel(QWidget):
    def __init__(self, source: StoreStatusModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = UpcomingModel(source, self)
        self.table = QTableView()
        self.table.setAccessibleName(tr("Upcoming runs"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        self.fitter = ContentFitter(self.table)
        header.setStretchLastSection(True)
        # The proxy keeps the source's column order; show the next run first.
        header.moveSection(header.visualIndex(self.model.proxy_column(StoreStatusModel.NEXT_RUN)), 0)
        self.hint = QLabel(tr("Paused jobs and jobs without a schedule are not listed."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
