"""One SKU's history: every store's quantity over time, with the runs (reads and pushes) that
changed it, as a chart and a table. Opened from the Inventory panel (this computer's or a server's);
non-modal (`open()`)."""

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

from app.core.console import InventoryReader
from app.core.models import SkuHistoryEntry
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
    def __init__(self, inventory: InventoryReader, sku: str, parent: QWidget | None = None) -> None:
        """`inventory`: this computer's, or a server's (whose answer arrives later: `reload()`)."""
        super().__init__(parent)
        self.sku = sku
        self._inventory = inventory
        self.setWindowTitle(QCoreApplication.translate("SkuHistory", "History of {sku}").format(sku=sku))
        self.resize(760, 560)
        self.chart = QuantityChart(
            QCoreApplication.translate("SkuHistory", "Quantity of {sku} per store").format(sku=sku)
        )
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(
            QCoreApplication.translate("SkuHistory", "Changes of {sku}").format(sku=sku)
        )
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("SkuHistory", name) for name in COLUMNS]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.empty = QLabel(QCoreApplication.translate("SkuHistory", "No recorded change of this SKU yet."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the SKU's history again and show it, newest change first."""
        history = self._inventory.sku_history(self.sku)
        self.chart.set_series(series_by_store(history), until=datetime.now(UTC))
        self.table.setRowCount(len(history))
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
        self.empty.setVisible(not history)
