"""Shared look of the panels' tables: one line per row, fixed row heights, columns fitted to content."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QRect,
    QTimer,
    SignalInstance,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.ui.window_layout import restored_column_count


def setup_table(table: QTableView, accessible_name: str, multi_select: bool = False) -> None:
    """Rows of one line and a fixed height: the view never measures rows it does not show, which
    keeps a million-row model smooth."""
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi_select
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    columns = table.horizontalHeader()
    columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    columns.setStretchLastSection(True)
    columns.setHighlightSections(False)
    # Fitting a column measures the rows in view only, not a thousand loaded rows besides.
    columns.setResizeContentsPrecision(0)


def keep_selection_across_resets(table: QTableView, key_role: int) -> None:
    """The rows selected before the table's model is reset (a server's status read again after each
    of its runs) are selected again after it, by `key_role`: the reset cleared them, and with them the
    buttons that act on the selection."""
    model = table.model()
    kept: list[Any] = []

    def remember() -> None:
        kept[:] = [index.data(key_role) for index in table.selectionModel().selectedRows()]

    def restore() -> None:
        if not kept:
            return
        selection = QItemSelection()
        last_column = max(0, model.columnCount() - 1)
        for row in range(model.rowCount()):
            if model.index(row, 0).data(key_role) in kept:
                selection.select(model.index(row, 0), model.index(row, last_column))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        table.selectionModel().select(selection, flags)

    model.modelAboutToBeReset.connect(remember)
    model.modelReset.connect(restore)


def fit_columns_once(table: QTableView, max_chars: int = 36) -> None:
    """Fit the columns when the first rows arrive and whenever the set of columns changes, but not on
    every reload, so widths do not jump while the merchant types a search; widths the merchant set
    last time (restored with the window) are kept."""
    model = table.model()
    fitted: dict[str, int] = {"columns": -1}

    def refit(*_args: object) -> None:
        if model.rowCount() == 0:
            return
        if fitted["columns"] != model.columnCount():
            fitted["columns"] = model.columnCount()
            if restored_column_count(table) != model.columnCount():
                fit_columns(table, max_chars)

    model.modelReset.connect(refit)
    model.rowsInserted.connect(refit)
    refit()


def fit_columns(table: QTableView, max_chars: int = 36) -> None:
    """Each column as wide as its header and the rows in view, within `max_chars` characters."""
    table.resizeColumnsToContents()
    limit = table.fontMetrics().averageCharWidth() * max_chars
    header = table.horizontalHeader()
    for column in range(header.count() - 1):
        if header.sectionSize(column) > limit:
            header.resizeSection(column, limit)


# How long a fitted column waits after a change before measuring the rows in view again.
FIT_DELAY_MS = 200


class _ColumnFitter(QObject):
    """Keeps a column as wide as its text in the rows in view, within `max_chars` characters (a longer
    text is elided; its row's tooltip says it whole): measured once shortly after changes, scrolling or
    showing, and never while the table is hidden."""

    def __init__(self, table: QTableView, column: int, max_chars: int | None = None) -> None:
        super().__init__(table)
        self._table = table
        self._column = column
        self._max_chars = max_chars
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FIT_DELAY_MS)
        self._timer.timeout.connect(self._fit)
        model = table.model()
        model.dataChanged.connect(self._changed)
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._soon)
        table.verticalScrollBar().valueChanged.connect(self._soon)
        table.installEventFilter(self)

    def _changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: object) -> None:
        if top_left.column() <= self._column <= bottom_right.column():
            self._soon()

    def _soon(self, *_args: object) -> None:
        if self._table.isVisible() and not self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self._timer.start()
        return False

    def _fit(self) -> None:
        if not self._table.isVisible():
            return
        self._table.resizeColumnToContents(self._column)
        if self._max_chars is not None:
            header = self._table.horizontalHeader()
            limit = self._table.fontMetrics().averageCharWidth() * self._max_chars
            if header.sectionSize(self._column) > limit:
                header.resizeSection(self._column, limit)


def fit_column_while_shown(table: QTableView, column: int, max_chars: int | None = None) -> None:
    """`column` keeps fitting its text as the rows change, measuring only the rows in view, at most
    once per FIT_DELAY_MS and only while the table is shown. Qt's own ResizeToContents measured on
    every change of a row (about 1.5 ms a time with 200 stores syncing) and, while the table was
    hidden, every row of the column (Qt counts no rows "in view" then): a quarter of the loop thread
    with 200 stores syncing, in a panel nobody was looking at."""
    table.horizontalHeader().setResizeContentsPrecision(0)
    _ColumnFitter(table, column, max_chars)


def repaint_columns_on(signal: SignalInstance, table: QTableView, columns: Sequence[int]) -> None:
    """Each time `signal` fires, repaint the cells of `columns` in view (the texts that move with the
    clock), not the whole table: with 200 stores the full repaint each second was most of its cost."""

    def repaint() -> None:
        if not table.isVisible():
            return
        header = table.horizontalHeader()
        viewport = table.viewport()
        for column in columns:
            if not header.isSectionHidden(column):
                left = header.sectionViewportPosition(column)
                viewport.update(QRect(left, 0, header.sectionSize(column), viewport.height()))

    signal.connect(repaint)
