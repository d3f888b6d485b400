"""Imported orders, newest first, read page by page under the Orders panel's filters, from this
computer's database or a server's control API (app.core.console.OrderReader)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from app.core.console import OrderReader
from app.core.errors import StoreSyncError
from app.core.models import StoredOrder
from app.core.ports import OrderQuery
from app.ui.formatting import QT_TRANSLATE_NOOP, full_time, number, order_status_label
from app.ui.models.paged import PagedTableModel


class OrdersModel(PagedTableModel[StoredOrder]):
    STORE, NUMBER, DATE, STATUS, TOTAL, COUNTRY, TRACKING = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("PagedModel", "Store"),
        QT_TRANSLATE_NOOP("PagedModel", "Number"),
        QT_TRANSLATE_NOOP("PagedModel", "Date"),
        QT_TRANSLATE_NOOP("PagedModel", "Status"),
        QT_TRANSLATE_NOOP("PagedModel", "Total"),
        QT_TRANSLATE_NOOP("PagedModel", "Country"),
        QT_TRANSLATE_NOOP("PagedModel", "Tracking"),
    )
    PAGE_SIZE = 200

    def __init__(self, orders: OrderReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._orders = orders
        self._query = OrderQuery()
        self.error: str | None = None  # why the last count could not be read (a server that refused)

    @property
    def query(self) -> OrderQuery:
        return self._query

    def set_query(self, query: OrderQuery) -> None:
        self._query = query
        self.reset()

    def count_rows(self) -> int:
        try:
            count = self._orders.count_matching(self._query)
        except StoreSyncError as error:
            self.error = str(error)
            return 0
        self.error = None
        return count

    def fetch_rows(self, offset: int, limit: int) -> Sequence[StoredOrder]:
        return self._orders.list_orders(self._query, offset=offset, limit=limit)

    def cell(self, item: StoredOrder, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATUS and item.remote_status:
            return item.remote_status
        return None

    def text(self, order: StoredOrder, column: int) -> str:
        values = {
            self.STORE: lambda: order.store_name,
            self.NUMBER: lambda: order.number,
            self.DATE: lambda: full_time(order.created_at or order.imported_at),
            self.STATUS: lambda: order_status_label(order.status),
            self.TOTAL: lambda: f"{number(float(order.total), 2)} {order.currency}".strip(),
            self.COUNTRY: lambda: order.customer_country,
            self.TRACKING: lambda: order.tracking,
        }
        return values[column]()
