"""The inventory panel: search a SKU or name across every store at once; low stock is highlighted by
each SKU's own threshold (imported from a CSV file here) or the one in Settings. In a server's console,
the server's stock with the same search and SKU history (thresholds are imported on the server)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.console import ConsoleRecords
from app.core.errors import StoreSyncError
from app.core.ports import InventoryRepository
from app.core.sku_thresholds import parse_thresholds_csv
from app.ui.bridge import EventBridge
from app.ui.dialogs.async_slot import async_slot
from app.ui.dialogs.sku_history import SkuHistoryDialog
from app.ui.models.inventory import InventoryModel
from app.ui.panels.table_setup import fit_columns_once, setup_table

log = logging.getLogger(__name__)


class InventoryPanel(QWidget):
    SEARCH_DELAY_MS = 250
    REFRESH_DELAY_MS = 100

    def __init__(
        self,
        records: ConsoleRecords,
        bridge: EventBridge,
        parent: QWidget | None = None,
        thresholds: InventoryRepository | None = None,
    ) -> None:
        """`records`: this computer's services, or a server's (its console's); `thresholds`: where
        Import thresholds writes, this computer's inventory (not offered without)."""
        super().__init__(parent)
        self.records = records
        self.model = InventoryModel(records, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("InventoryPanel", "Search SKU or name"))
        self.search.setAccessibleName(QCoreApplication.translate("InventoryPanel", "Search inventory"))
        self.search.setClearButtonEnabled(True)
        self.legend = QLabel()
        self.count_label = QLabel()
        self.history_button = QPushButton(QCoreApplication.translate("InventoryPanel", "SKU history…"))
        self.history_button.setAccessibleName(
            QCoreApplication.translate("InventoryPanel", "History of the selected SKU")
        )
        self.history_button.setEnabled(False)
        self.history_button.clicked.connect(self.show_selected_history)
        self.thresholds_button = QPushButton(
            QCoreApplication.translate("InventoryPanel", "Import thresholds…")
        )
        self.thresholds_button.setToolTip(
            QCoreApplication.translate(
                "InventoryPanel", "Low-stock thresholds per SKU from a CSV file: sku,threshold"
            )
        )
        self.thresholds_button.clicked.connect(self.choose_thresholds_file)
        self.thresholds_button.setVisible(thresholds is not None)
        self.file_dialog: QFileDialog | None = None
        self._thresholds = thresholds

        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(
            self.table,
            QCoreApplication.translate("InventoryPanel", "Inventory across stores"),
            multi_select=True,
        )
        fit_columns_once(self.table, max_chars=40)
        self.table.doubleClicked.connect(lambda index: self.show_history(self.model.row_at(index.row()).sku))
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.history_button.setEnabled(self.table.selectionModel().hasSelection())
        )

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.legend)
        bar.addWidget(self.history_button)
        bar.addWidget(self.thresholds_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_search)
        self._stale = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(self.REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_if_stale)
        for signal in (bridge.sync_finished, bridge.stores_changed, bridge.settings_changed):
            signal.connect(lambda _event: self.mark_stale())
        self.apply_search()

    def show_selected_history(self) -> SkuHistoryDialog | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.show_history(self.model.row_at(rows[0].row()).sku)

    def show_history(self, sku: str) -> SkuHistoryDialog:
        """Every store's quantity of `sku` over time (non-modal)."""
        dialog = SkuHistoryDialog(self.records.inventory, sku, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def apply_search(self) -> None:
        self._search_timer.stop()
        self._refresh_timer.stop()
        self._stale = False
        self.model.set_search(self.search.text())
        legend = self.tr("Highlighted: %Ln or fewer in stock", "", self.model.threshold())
        own = self.model.own_threshold_count()
        if own:
            legend += self.tr(" (%Ln SKU(s) with a threshold of their own)", "", own)
        self.legend.setText(legend)
        if self.model.error is not None:
            self.count_label.setText(
                self.tr("Could not read the inventory: {reason}").format(reason=self.model.error)
            )
        else:
            self.count_label.setText(self.tr("%Ln store item(s)", "", self.model.total_items()))

    def records_arrived(self) -> None:
        """A server's stock arrived (or it refused it): show it, keeping the search."""
        self.apply_search()

    def history_arrived(self) -> None:
        """A server's SKU history arrived: the open SKU histories show it."""
        for dialog in self.findChildren(SkuHistoryDialog):
            dialog.reload()

    def choose_thresholds_file(self) -> None:
        dialog = QFileDialog(
            self,
            QCoreApplication.translate("InventoryPanel", "Import low-stock thresholds"),
            "",
            QCoreApplication.translate("InventoryPanel", "CSV files (*.csv);;All files (*)"),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self._on_thresholds_file)
        self.file_dialog = dialog
        dialog.open()

    @async_slot
    async def _on_thresholds_file(self, path: str) -> None:
        await self.import_thresholds(path)

    async def import_thresholds(self, path: str) -> bool:
        """Read `sku,threshold` lines; a bad file changes nothing and the legend says why."""
        try:
            text = await asyncio.to_thread(Path(path).read_text, encoding="utf-8-sig")
            values = parse_thresholds_csv(text)
            if self._thresholds is None:
                return False
            await self._thresholds.set_sku_thresholds(dict(values))
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            self.legend.setText(
                QCoreApplication.translate("InventoryPanel", "Could not read {path}: {reason}").format(
                    path=path, reason=reason
                )
            )
            return False
        except StoreSyncError as error:
            self.legend.setText(str(error))
            return False
        log.info("Imported low-stock thresholds for %d SKUs from %s", len(values), path)
        self.apply_search()
        return True

    def mark_stale(self) -> None:
        """A sync changed the data: re-read when the panel is next shown rather than under the user.

        A visible panel re-reads shortly after, once for a burst of events (several stores finishing
        together), and not inside the same event-loop turn as every other panel's reaction to them."""
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def _refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.apply_search()

    def showEvent(self, event: object) -> None:
        if self._stale:
            self.apply_search()
        super().showEvent(event)  # type: ignore[arg-type]
