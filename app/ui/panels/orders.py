"""The Orders panel: every imported order, newest first, filtered by store, status and date, with an
order's status history in its detail; in a server's console, the server's orders with the same
filters."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableView, QWidget

from app.core.console import ConsoleRecords
from app.core.models import OrderStatus
from app.core.ports import OrderQuery
from app.ui.bridge import EventBridge
from app.ui.formatting import now_utc, order_status_label
from app.ui.models.orders import OrdersModel
from app.ui.panels.list_panel import bar_over_table, fill_store_filter, quiet_timer
from app.ui.panels.order_detail import OrderDetail
from app.ui.panels.table_setup import fit_columns_once, setup_table


class OrdersPanel(QWidget):
    REFRESH_DELAY_MS = 300

    def __init__(self, records: ConsoleRecords, bridge: EventBridge, parent: QWidget | None = None) -> None:
        """`records`: this computer's services, or a server's (its console's)."""
        super().__init__(parent)
        self.records = records
        self.model = OrdersModel(records.orders, self)

        self.store_filter = QComboBox()
        self.store_filter.setAccessibleName(self.tr("Filter orders by store"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter orders by status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in OrderStatus:
            self.status_filter.addItem(order_status_label(status), status.value)
        self.period_filter = QComboBox()
        self.period_filter.setAccessibleName(self.tr("Filter orders by date"))
        for label, span in (
            (self.tr("Any date"), None),
            (self.tr("Last 24 hours"), timedelta(days=1)),
            (self.tr("Last 7 days"), timedelta(days=7)),
            (self.tr("Last 30 days"), timedelta(days=30)),
        ):
            self.period_filter.addItem(label, span)
        self.detail_button = QPushButton(self.tr("Order details…"))
        self.detail_button.setEnabled(False)
        self.count_label = QLabel()

        bar = QHBoxLayout()
        for widget in (self.store_filter, self.status_filter, self.period_filter):
            bar.addWidget(widget)
            widget.currentIndexChanged.connect(self.apply_filters)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.detail_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, self.tr("Orders of every store"))
        fit_columns_once(self.table)
        self.table.doubleClicked.connect(self.open_detail)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.detail_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        )
        self.detail_button.clicked.connect(self._open_selected)
        bar_over_table(self, bar, self.table)

        self._refresh_timer = quiet_timer(self, self.REFRESH_DELAY_MS, self._refresh)
        bridge.sync_finished.connect(lambda _event: self._refresh_timer.start())
        bridge.stores_changed.connect(lambda _event: self.reload_stores())
        self.reload_stores()

    def reload_stores(self) -> None:
        fill_store_filter(self.store_filter, self.records.stores.list_stores())
        self.apply_filters()

    def query(self) -> OrderQuery:
        span = self.period_filter.currentData()
        status = self.status_filter.currentData()
        return OrderQuery(
            store_id=self.store_filter.currentData(),
            status=OrderStatus(status) if status else None,
            since=now_utc() - span if span is not None else None,
        )

    def apply_filters(self) -> None:
        self.model.set_query(self.query())
        self._show_count()

    def _refresh(self) -> None:
        self.model.refresh_top()
        self._show_count()

    def records_arrived(self) -> None:
        """A server's orders arrived (or it refused them): show them, keeping the filters."""
        self._refresh()

    def history_arrived(self) -> None:
        """A server's status history arrived: the open details show it."""
        for detail in self.findChildren(OrderDetail):
            detail.show_history(self.records.orders.status_history(detail.order.id))

    def _show_count(self) -> None:
        if self.model.error is not None:
            self.count_label.setText(
                self.tr("Could not read the orders: {reason}").format(reason=self.model.error)
            )
            return
        self.count_label.setText(self.tr("%Ln order(s)", "", self.model.total()))

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_detail(rows[0])

    def open_detail(self, index: QModelIndex) -> OrderDetail:
        order = self.model.item(index.row())
        detail = OrderDetail(order, self.records.orders.status_history(order.id), parent=self)
        detail.show()
        return detail
