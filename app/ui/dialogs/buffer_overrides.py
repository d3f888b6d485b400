"""Per-SKU overrides of a stock push's buffer rule, as an editable table: one row per source SKU with
its own keep-back, percentage, minimum and cap. An override replaces the target's rule for that SKU
(it does not add to it); an empty cell takes the plain value (0, 100 %, 0, no cap)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.buffer_rules import BufferRule
from app.core.errors import ConfigError

SKU, KEEP_BACK, PERCENT, ZERO_BELOW, MAXIMUM = range(5)


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("PushRules", "Source SKU"),
        QCoreApplication.translate("PushRules", "Keep back"),
        QCoreApplication.translate("PushRules", "Show %"),
        QCoreApplication.translate("PushRules", "Show 0 below"),
        QCoreApplication.translate("PushRules", "At most"),
    ]


class BufferOverridesTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(_headers())
        self.table.setAccessibleName(QCoreApplication.translate("PushRules", "Per-SKU buffer rules"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(110)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(QCoreApplication.translate("PushRules", "Add a SKU rule"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(QCoreApplication.translate("PushRules", "Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def load(self, overrides: Mapping[str, BufferRule]) -> None:
        self.table.setRowCount(0)
        for sku in sorted(overrides):
            self.add_row(sku, overrides[sku])

    def add_row(self, sku: str = "", rule: BufferRule | None = None) -> int:
        rule = rule or BufferRule()
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        cells = (
            sku,
            rule.keep_back,
            rule.percent,
            rule.zero_below,
            "" if rule.maximum is None else rule.maximum,
        )
        for column, value in enumerate(cells):
            self.table.setItem(row, column, QTableWidgetItem(str(value)))
        self.table.blockSignals(False)
        self.changed.emit()
        return row

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self.changed.emit()

    def overrides(self) -> dict[str, BufferRule]:
        """Every row as a rule; raises ConfigError naming the first row that is not one."""
        found: dict[str, BufferRule] = {}
        for row in range(self.table.rowCount()):
            sku = self._text(row, SKU)
            if not sku:
                raise ConfigError(
                    QCoreApplication.translate(
                        "PushRules", "Per-SKU rule {row}: enter the source SKU."
                    ).format(row=row + 1)
                )
            if sku in found:
                raise ConfigError(
                    QCoreApplication.translate(
                        "PushRules", "Per-SKU rule {row}: {sku} has a rule already."
                    ).format(row=row + 1, sku=sku)
                )
            try:
                found[sku] = BufferRule(
                    keep_back=self._whole(row, KEEP_BACK, 0),
                    percent=self._whole(row, PERCENT, 100),
                    zero_below=self._whole(row, ZERO_BELOW, 0),
                    maximum=None if not self._text(row, MAXIMUM) else self._whole(row, MAXIMUM, 0),
                )
            except ConfigError as error:
                raise ConfigError(
                    QCoreApplication.translate("PushRules", "Per-SKU rule for {sku}: {reason}").format(
                        sku=sku, reason=error
                    )
                ) from None
        return found

    def problem(self) -> str | None:
        try:
            self.overrides()
        except ConfigError as error:
            return str(error)
        return None

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _whole(self, row: int, column: int, empty: int) -> int:
        text = self._text(row, column)
        if not text:
            return empty
        if not text.isdigit():
            raise ConfigError(
                QCoreApplication.translate(
                    "PushRules", "{what} must be a whole number of 0 or more, not {text!r}."
                ).format(what=_headers()[column], text=text)
            )
        return int(text)
