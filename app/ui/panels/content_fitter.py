"""Columns fitted to their text when it changes, in view only. Qt's ResizeToContents mode re-measures
every row of a column on every change, shown or not: with 200 stores the status model's
once-a-second tick cost some 10,000 model reads a second in hidden tables, and a sync's progress
events as many again. This fits once the changes pause, and only while the table is on screen."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

SETTLE_MS = 250


class ContentFitter(QObject):
    """Fits every column of `table` except `stretch` (which takes the rest) to the rows in view, after
    a reset, an insert or a change of a row's data (the timed repaint that changes only display texts
    does not count, nor a re-sort), once the table is shown."""

    def __init__(self, table: QTableView, stretch: Collection[int] = ()) -> None:
        super().__init__(table)
        self._table = table
        self._stretch = set(stretch)
        self._pending = True
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in self._stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.fit)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.fit_soon)
        model.dataChanged.connect(self._data_changed)
        table.installEventFilter(self)

    def _data_changed(self, _top: object, _bottom: object, roles: list[int] | None = None) -> None:
        if not roles:
            self.fit_soon()

    def fit_soon(self, *_args: object) -> None:
        self._pending = True
        if self._table.isVisible():
            self._timer.start()

    def fit(self) -> None:
        if not self._table.isVisible():
            self._pending = True
            return
        self._pending = False
        for column in range(self._table.model().columnCount()):
            if column not in self._stretch:
                self._table.resizeColumnToContents(column)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() == QEvent.Type.Show and self._pending:
            QTimer.singleShot(0, self.fit)
        return False
