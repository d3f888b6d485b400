"""A column that fits its text does so while its table is in view, and catches up when shown again."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.ui.panels.table_setup import fit_column_while_shown

LONG_STATUS = "Needs attention: the store refused the credentials"
LONGER_STATUS = "Running · page 1,200 · 120,000 items read so far from the store"


def _fits(table: QTableView, text: str) -> bool:
    return table.fontMetrics().horizontalAdvance(text) < table.horizontalHeader().sectionSize(0)


def _tabs_with_table(model: QStandardItemModel) -> tuple[QTabWidget, QTableView, QWidget]:
    table = QTableView()
    table.setModel(model)
    fit_column_while_shown(table, 0)
    tabs = QTabWidget()
    tabs.addTab(table, "Upcoming")
    other = QWidget()
    tabs.addTab(other, "Overview")
    tabs.resize(800, 400)
    tabs.show()
    return tabs, table, other


def _statuses(rows: int) -> QStandardItemModel:
    model = QStandardItemModel(rows, 2)
    for row in range(rows):
        model.setItem(row, 0, QStandardItem("OK"))
        model.setItem(row, 1, QStandardItem(f"Store {row}"))
    return model


def test_a_status_that_grows_in_view_is_shown_in_full(qtbot: QtBot) -> None:
    model = _statuses(200)
    tabs, table, _ = _tabs_with_table(model)
    qtbot.waitUntil(lambda: _fits(table, "OK"))
    model.item(3, 0).setText(LONGER_STATUS)
    qtbot.waitUntil(lambda: _fits(table, LONGER_STATUS))
    tabs.close()


def test_a_status_that_grew_while_its_tab_was_hidden_is_in_full_view_when_the_tab_comes_back(
    qtbot: QtBot,
) -> None:
    model = _statuses(200)
    tabs, table, other = _tabs_with_table(model)
    qtbot.waitUntil(lambda: _fits(table, "OK"))
    assert not _fits(table, LONG_STATUS)
    width_in_view = table.horizontalHeader().sectionSize(0)

    tabs.setCurrentWidget(other)
    QApplication.processEvents()
    model.item(150, 0).setText(LONG_STATUS)  # a row far below the fold changes while hidden
    qtbot.wait(400)  # longer than a fit's delay: a hidden table must not have measured anything
    assert table.horizontalHeader().sectionSize(0) == width_in_view, "a hidden table measured its rows"

    table.scrollTo(model.index(150, 0))
    tabs.setCurrentWidget(table)
    qtbot.waitUntil(lambda: _fits(table, LONG_STATUS))
    tabs.close()
