"""One SKU's history: every store's quantity over time, with the runs (reads and pushes) that
changed it, as a chart and a table. Opened from the Inventory panel; non-modal (`open()`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.models import SkuHistoryEntry
from app.core.services import AppServices
from app.ui.formatting import QT_TRANSLATE_NOOP
from app.ui.quantity_chart import Point, QuantityChart

COLUMNS = (
    QT_TRANSLATE_NOOP("SkuHistory", "Time"),
    QT_TRANSLATE_NOOP("SkuHistory", "Store"),
    QT_TRANSLATE_NOOP("SkuHistory", "Old"),
    QT_TRANSLATE_NOOP("SkuHistory", "New"),
    QT_TRANSLATE_NOOP("SkuHistory", "Run"),
    QT_TRANSLATE_NOOP("SkuHistory", "How"),
)


def series_by_store(history: Sequence[SkuHistoryEntry]) -> dict[str, list[Point]]:
    """Each store's quantity after each change, oldest first; a removal (no new quantity) draws 0."""
    series: dict[str, list[Point]] = {}
    for entry in history:
        series.setdefault(entry.store_name, []).append((entry.time, entry.new_quantity or 0))
    return series


def how_changed(entry: SkuHistoryEntry) -> str:
    if entry.write_state is None:
        return QCoreApplication.translate("SkuHistory", "read")
    return QCoreApplication.translate("SkuHistory", "{state} push ({rule})").format(
        state=entry.write_state.value, rule=entry.rule or ""
    )


class SkuHistoryDialog(QDialog):
    def __init__(self, services: AppServices, sku: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SkuHistory", "History of {sku}").format(sku=sku))
        self.resize(760, 560)
        history = services.inventory.sku_history(sku)
        self.chart = QuantityChart(
            QCoreApplication.translate("SkuHistory", "Quantity of {sku} per store").format(sku=sku)
        )
        self.chart.set_series(series_by_store(history), until=datetime.now(UTC))
        self.table = QTableWidget(len(history), len(COLUMNS))
        self.table.setAccessibleName(
            QCoreApplication.translate("SkuHistory", "Changes of {sku}").format(sku=sku)
        )
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("SkuHistory", name) for name in COLUMNS]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, entry in enumerate(reversed(history)):
            values = (
                f"{entry.time.astimezone():%Y-%m-%d %H:%M:%S}",
                entry.store_name,
                "" if entry.old_quantity is None else str(entry.old_quantity),
                "" if entry.new_quantity is None else str(entry.new_quantity),
                str(entry.run_id),
                how_changed(entry),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not history:
            layout.addWidget(
                QLabel(QCoreApplication.translate("SkuHistory", "No recorded change of this SKU yet."))
            )
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
