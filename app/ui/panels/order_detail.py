"""One order in full: what it is, where it goes, and each status it went through, who said so and
in their words (the order's own store, or the courier store that moved it on)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.models import OrderStatusChange, StoredOrder
from app.ui.formatting import full_time, number, order_status_label


class OrderDetail(QDialog):
    def __init__(
        self, order: StoredOrder, history: Sequence[OrderStatusChange], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(
            self.tr("Order {number} — {store}").format(number=order.number, store=order.store_name)
        )
        lines = [
            self.tr("{status} (the store says “{remote}”)").format(
                status=order_status_label(order.status), remote=order.remote_status or "—"
            ),
            self.tr("Placed {time} · total {total} {currency}").format(
                time=full_time(order.created_at or order.imported_at),
                total=number(float(order.total), 2),
                currency=order.currency,
            ),
        ]
        if order.customer_country:
            lines.append(self.tr("Ships to {country}").format(country=order.customer_country))
        if order.tracking:
            lines.append(self.tr("Tracking number {tracking}").format(tracking=order.tracking))
        self.summary = QLabel("\n".join(lines))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.order = order
        self.history = QTableWidget(0, 4)
        self.history.setAccessibleName(self.tr("Status history of this order"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Status"), self.tr("Reported by"), self.tr("In their words")]
        )
        self.show_history(history)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.history)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * 24)

    def show_history(self, history: Sequence[OrderStatusChange]) -> None:
        """The status changes, oldest first (a server's console fills them in once they arrive)."""
        self.history.setRowCount(len(history))
        for row, step in enumerate(history):
            values = (full_time(step.time), order_status_label(step.status), step.source, step.remote_status)
            for column, value in enumerate(values):
                self.history.setItem(row, column, QTableWidgetItem(value))

    def rows(self) -> list[list[str]]:
        """The history table as text, row by row (what the merchant reads)."""
        return [
            [(cell.text() if (cell := self.history.item(row, column)) else "") for column in range(4)]
            for row in range(self.history.rowCount())
        ]
