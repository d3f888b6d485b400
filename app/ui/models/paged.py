"""A table model that reads its rows a page at a time as the view scrolls (canFetchMore/fetchMore)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel, Generic[T]):
    """Subclasses give `HEADERS`, `count_rows`, `fetch_rows` and `cell`; the view pulls pages on demand.

    Only the rows scrolled past are ever in memory, so a million-row table opens instantly.
    """

    HEADERS: tuple[str, ...] = ()
    PAGE_SIZE = 500

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._total = 0

    def count_rows(self) -> int:
        raise NotImplementedError

    def fetch_rows(self, offset: int, limit: int) -> Sequence[T]:
        raise NotImplementedError

    def cell(self, item: T, column: int, role: int) -> Any:
        raise NotImplementedError

    def reset(self) -> None:
        """Forget loaded rows and read the first page again (after a filter change)."""
        self.beginResetModel()
        self._total = self.count_rows()
        self._rows = list(self.fetch_rows(0, self.PAGE_SIZE)) if self._total else []
        self.endResetModel()

    def refresh_top(self) -> None:
        """Rows were added or changed at the top (a run started, an order moved on): re-read what is
        loaded, at least a page and at most five, so the view keeps its place."""
        keep = max(self.PAGE_SIZE, min(len(self._rows), 5 * self.PAGE_SIZE))
        self.beginResetModel()
        self._total = self.count_rows()
        self._rows = list(self.fetch_rows(0, keep)) if self._total else []
        self.endResetModel()

    def total(self) -> int:
        """Rows matching the current filter, loaded or not."""
        return max(self._total, len(self._rows))

    def item(self, row: int) -> T:
        return self._rows[row]

    def loaded(self) -> list[T]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PagedModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = list(self.fetch_rows(len(self._rows), self.PAGE_SIZE))
        if not page:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def prepend(self, items: Sequence[T]) -> None:
        """Newest-first tables: live rows go on top in one batch."""
        if not items:
            return
        self.beginInsertRows(QModelIndex(), 0, len(items) - 1)
        self._rows[0:0] = list(items)
        self._total += len(items)
        self.endInsertRows()
