"""A column that fits its text does so while its table is in view, and catches up when shown again."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QTabWidget, QWidget

from app.ui.panels.table_setup import fit_column_while_shown

LONG_STATUS = "Needs attention: the store refused the credentials"


def _fits(table: QTableView, text: str) -> bool:
    return table.fontMetrics().horizontalAdvance(text) < table.horizontalHeader().sectionSize(0)


def test_a_status_that_grew_while_its_tab_was_hidden_is_in_full_view_when_the_tab_comes_back(
    qapp: QApplication,
) -> None:
    model = QStandardItemModel(200, 2)
    for row in range(200):
        model.setItem(row, 0, QStandardItem("OK"))
        model.setItem(row, 1, QStandardItem(f"Store {row}"))
    table = QTableView()
    table.setModel(model)
    fit_column_while_shown(table, 0)
    tabs = QTabWidget()
    tabs.addTab(table, "Upcoming")
    other = QWidget()
    tabs.addTab(other, "Overview")
    tabs.resize(800, 400)
    tabs.show()
    QApplication.processEvents()
    assert not _fits(table, LONG_STATUS)
    width_in_view = table.horizontalHeader().sectionSize(0)

    tabs.setCurrentWidget(other)
    QApplication.processEvents()
    model.item(150, 0).setText(LONG_STATUS)  # a row far below the fold changes while hidden
    QApplication.processEvents()
    assert table.horizontalHeader().sectionSize(0) == width_in_view, "a hidden table measured its rows"

    table.scrollTo(model.index(150, 0))
    tabs.setCurrentWidget(table)
    QApplication.processEvents()
    assert _fits(table, LONG_STATUS)
    tabs.close()
