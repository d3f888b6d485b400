"""Sorting and filtering over StoreStatusModel: by status and platform (stores panel), by next run
(upcoming panel)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from app.ui.models.store_status import PLATFORM_ROLE, SORT_ROLE, STATUS_ROLE, StoreStatusModel

Index = QModelIndex | QPersistentModelIndex


class StoreFilterModel(QSortFilterProxyModel):
    """`status` and `platform` are the RowStatus / Platform values to keep; "" keeps all."""

    def __init__(self, source: StoreStatusModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        # The filter reads the status role: the once-a-second repaint of display texts then neither
        # re-filters nor re-sorts (a re-sort re-lays every row's buttons out: 200 stores, 200 reads
        # of every role a second).
        self.setFilterRole(STATUS_ROLE)
        self.setDynamicSortFilter(True)
        self._status = ""
        self._platform = ""

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_platform(self, platform: str) -> None:
        self.beginFilterChange()
        self._platform = platform
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        index = source.index(source_row, 0, source_parent)
        if self._status and source.data(index, STATUS_ROLE) != self._status:
            return False
        return not (self._platform and source.data(index, PLATFORM_ROLE) != self._platform)


class UpcomingModel(QSortFilterProxyModel):
    """Every scheduled, unpaused job in the order it will run next."""

    def __init__(self, source: StoreStatusModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.sort(self.proxy_column(StoreStatusModel.NEXT_RUN), Qt.SortOrder.AscendingOrder)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        state = self._source.state_at(source_row)
        return state.next_run is not None and not state.job.paused

    COLUMNS = (
        StoreStatusModel.STORE,
        StoreStatusModel.JOB,
        StoreStatusModel.STATUS,
        StoreStatusModel.NEXT_RUN,
        StoreStatusModel.SCHEDULE,
    )

    def filterAcceptsColumn(self, source_column: int, source_parent: Index) -> bool:
        return source_column in self.COLUMNS

    def proxy_column(self, source_column: int) -> int:
        return self.COLUMNS.index(source_column)
