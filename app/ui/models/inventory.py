"""Inventory across stores: a row per SKU, a quantity column per store, read lazily page by page, from
this computer's database or a server's control API (app.core.console.ConsoleRecords).

The repository returns one item per (store, SKU), by SKU and then store, so a page carries every store
of each SKU it reaches; only the SKU at a page's end may have stores still to come on the next page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.core.console import ConsoleRecords
from app.core.errors import StoreSyncError
from app.core.models import InventoryItem, Store
from app.ui.formatting import number, relative_time

Index = QModelIndex | QPersistentModelIndex
LOW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(slots=True)
class SkuRow:
    sku: str
    name: str = ""
    by_store: dict[int, InventoryItem] = field(default_factory=dict)

    def last_seen(self) -> datetime | None:
        return max((item.updated_at for item in self.by_store.values()), default=None)


class InventoryModel(QAbstractTableModel):
    SKU, NAME = 0, 1
    PAGE_SIZE = 250

    def __init__(self, records: ConsoleRecords, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records = records
        self.error: str | None = None  # why the items could not be read (a server that refused)
        self._text = ""
        self._stores: list[Store] = []
        self._rows: list[SkuRow] = []
        self._row_of: dict[str, int] = {}
        self._consumed = 0
        self._last: InventoryItem | None = None
        self._total_items = 0
        self._threshold = 5
        self._own_thresholds: dict[str, int] = {}

    # --- loading ------------------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        self._text = text.strip()
        self.reset()

    def reset(self) -> None:
        self.beginResetModel()
        records = self._records
        self._stores = [s for s in records.stores.list_stores() if s.id is not None]
        self._threshold = int(records.settings.get_setting("low_stock_threshold", 5) or 0)
        self._own_thresholds = records.inventory.sku_thresholds()
        self._rows, self._row_of, self._consumed = [], {}, 0
        self._last = None
        try:
            self._total_items = records.inventory.count_items(self._text)
            self.error = None
        except StoreSyncError as error:
            self._total_items, self.error = 0, str(error)
        if self._total_items:  # a search nothing matches costs one scan, not two
            for item in self._read_page():
                self._add(item)
        self.endResetModel()

    def _read_page(self) -> list[InventoryItem]:
        items = self._records.inventory.search_items(self._text, offset=self._consumed, limit=self.PAGE_SIZE)
        self._consumed += len(items)
        if not items:
            self._total_items = self._consumed
        else:
            self._last = items[-1]
        return items

    def is_known_absent(self, store_id: int, sku: str) -> bool:
        """Whether a store lacks a SKU for sure, or its item may simply not be read yet: pages run by
        SKU, then store, so everything before the last item read is complete."""
        last = self._last
        if last is None or self._consumed >= self._total_items:
            return True
        return (sku, store_id) < (last.sku, last.store_id)

    def _add(self, item: InventoryItem) -> int | None:
        """File the item under its SKU's row; returns the row when it already existed."""
        row = self._row_of.get(item.sku)
        if row is None:
            self._row_of[item.sku] = len(self._rows)
            self._rows.append(SkuRow(sku=item.sku, name=item.name, by_store={item.store_id: item}))
            return None
        target = self._rows[row]
        target.by_store[item.store_id] = item
        target.name = target.name or item.name
        return row

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._consumed < self._total_items

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        items = self._read_page()
        new = [item for item in items if item.sku not in self._row_of]
        fresh_skus = {item.sku for item in new}
        if fresh_skus:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh_skus) - 1)
            for item in new:
                self._add(item)
            self.endInsertRows()
        touched = [
            row for item in items if item.sku not in fresh_skus and (row := self._add(item)) is not None
        ]
        if touched:
            last_column = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(touched), 0), self.index(max(touched), last_column))

    # --- reading ------------------------------------------------------------------------------

    def threshold(self) -> int:
        return self._threshold

    def total_items(self) -> int:
        """Store items (one per store and SKU) matching the search."""
        return self._total_items

    def stores(self) -> list[Store]:
        return list(self._stores)

    def row_at(self, row: int) -> SkuRow:
        return self._rows[row]

    def last_seen_column(self) -> int:
        return 2 + len(self._stores)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(self._stores)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.SKU:
            return QCoreApplication.translate("InventoryModel", "SKU")
        if section == self.NAME:
            return QCoreApplication.translate("InventoryModel", "Name")
        if section == self.last_seen_column():
            return QCoreApplication.translate("InventoryModel", "Last seen")
        return self._stores[section - 2].name if 2 <= section < self.last_seen_column() else None

    def _store_item(self, row: SkuRow, column: int) -> InventoryItem | None:
        if 2 <= column < self.last_seen_column():
            store_id = self._stores[column - 2].id
            return row.by_store.get(store_id) if store_id is not None else None
        return None

    def is_low(self, item: InventoryItem | None) -> bool:
        if item is None or item.deleted:
            return False
        return item.quantity <= self._own_thresholds.get(item.sku, self._threshold)

    def own_threshold_count(self) -> int:
        """How many SKUs have a threshold of their own (the legend says so)."""
        return len(self._own_thresholds)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        item = self._store_item(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SKU:
                return row.sku
            if column == self.NAME:
                return row.name
            if column == self.last_seen_column():
                return relative_time(row.last_seen())
            if item is None:
                store_id = self._stores[column - 2].id if 2 <= column < self.last_seen_column() else None
                if store_id is not None and not self.is_known_absent(store_id, row.sku):
                    return "…"
                return "—"
            return (
                QCoreApplication.translate("InventoryModel", "removed")
                if item.deleted
                else number(item.quantity)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column < self.last_seen_column():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.is_low(item):
            return QBrush(QColor(255, 152, 0, 70))
        if role == Qt.ItemDataRole.ToolTipRole and item is None and self.data(index) == "…":
            return QCoreApplication.translate("InventoryModel", "Not read yet: scroll on to load more")
        if role == Qt.ItemDataRole.ToolTipRole and item is not None:
            seen = relative_time(item.updated_at)
            low = QCoreApplication.translate("InventoryModel", " — low stock") if self.is_low(item) else ""
            return QCoreApplication.translate("InventoryModel", "Last seen {when}").format(when=seen) + low
        if role == LOW_ROLE:
            return self.is_low(item)
        return None
