"""The buffer rule and SKU map of a stock push, in the job editor. The rule's steps are listed in
the order they apply; per-SKU overrides are edited in their own table; SKU pairs loaded from a job
are kept as they are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.core.buffer_rules import RULE_ORDER, BufferRule, BufferRules
from app.core.errors import ConfigError
from app.core.sku_map import SkuMap, read_pairs_csv
from app.ui.dialogs.buffer_overrides import BufferOverridesTable

MAX_UNITS = 1_000_000


def _spin(maximum: int, special: str = "", suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    if special:
        box.setSpecialValueText(special)
    box.setSuffix(suffix)
    return box


class PushRulesForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keep_back = _spin(MAX_UNITS)
        self.percent = _spin(100, suffix=" %")
        self.percent.setValue(100)
        self.zero_below = _spin(MAX_UNITS, QCoreApplication.translate("PushRules", "never"))
        self.maximum = _spin(MAX_UNITS, QCoreApplication.translate("PushRules", "no cap"))
        self.add_prefix, self.add_suffix = QLineEdit(), QLineEdit()
        self.remove_prefix, self.remove_suffix = QLineEdit(), QLineEdit()
        self.pairs_label = QLabel()
        self.import_pairs = QPushButton(QCoreApplication.translate("PushRules", "Import SKU pairs (CSV)…"))
        self.import_pairs.clicked.connect(self._ask_pairs_file)
        self._pairs: dict[str, str] = {}
        self.overrides = BufferOverridesTable(self)
        self.overrides.changed.connect(self.changed)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        order = QLabel(
            QCoreApplication.translate("PushRules", "Rules apply in this order: {order}.").format(
                order=" → ".join(RULE_ORDER)
            )
        )
        order.setWordWrap(True)  # on one line it made the store editor wider than its window
        form.addRow(order)
        for label, box in (
            (QCoreApplication.translate("PushRules", "Keep back"), self.keep_back),
            (QCoreApplication.translate("PushRules", "Show"), self.percent),
            (QCoreApplication.translate("PushRules", "Show 0 below"), self.zero_below),
            (QCoreApplication.translate("PushRules", "At most"), self.maximum),
        ):
            box.setAccessibleName(label)
            box.valueChanged.connect(self.changed)
            form.addRow(label, box)
        form.addRow(
            QLabel(
                QCoreApplication.translate(
                    "PushRules", "Per-SKU rules (each replaces the rule above for its SKU):"
                )
            )
        )
        form.addRow(self.overrides)
        for label, edit in (
            (QCoreApplication.translate("PushRules", "Remove prefix"), self.remove_prefix),
            (QCoreApplication.translate("PushRules", "Remove suffix"), self.remove_suffix),
            (QCoreApplication.translate("PushRules", "Add prefix"), self.add_prefix),
            (QCoreApplication.translate("PushRules", "Add suffix"), self.add_suffix),
        ):
            edit.setAccessibleName(label)
            edit.textChanged.connect(self.changed)
            form.addRow(label, edit)
        pairs_row = QHBoxLayout()
        pairs_row.addWidget(self.pairs_label, 1)
        pairs_row.addWidget(self.import_pairs)
        form.addRow(QCoreApplication.translate("PushRules", "SKU pairs"), pairs_row)
        self._show_pairs()

    def load(self, options: dict[str, Any]) -> None:
        try:
            rules = BufferRules.from_options(options.get("buffer") or {})
            sku_map = SkuMap.from_options(options.get("sku_map"))
        except ConfigError as error:
            self.pairs_label.setText(str(error))
            return
        rule = rules.default
        self.keep_back.setValue(rule.keep_back)
        self.percent.setValue(rule.percent)
        self.zero_below.setValue(rule.zero_below)
        self.maximum.setValue(rule.maximum or 0)
        self.overrides.load(rules.overrides or {})
        self._pairs = dict(sku_map.pairs)
        self.add_prefix.setText(sku_map.add_prefix)
        self.add_suffix.setText(sku_map.add_suffix)
        self.remove_prefix.setText(sku_map.remove_prefix)
        self.remove_suffix.setText(sku_map.remove_suffix)
        self._show_pairs()

    def options(self) -> dict[str, Any]:
        rule = BufferRule(
            keep_back=self.keep_back.value(),
            percent=self.percent.value(),
            zero_below=self.zero_below.value(),
            maximum=self.maximum.value() or None,
        )
        sku_map = SkuMap(
            self._pairs,
            remove_prefix=self.remove_prefix.text().strip(),
            remove_suffix=self.remove_suffix.text().strip(),
            add_prefix=self.add_prefix.text().strip(),
            add_suffix=self.add_suffix.text().strip(),
        )
        return {
            "buffer": BufferRules(rule, self._valid_overrides()).to_options(),
            "sku_map": sku_map.to_options(),
        }

    def problem(self) -> str | None:
        """What keeps the rules from being saved (a per-SKU rule that is not whole numbers)."""
        return self.overrides.problem()

    def _valid_overrides(self) -> dict[str, BufferRule]:
        try:
            return self.overrides.overrides()
        except ConfigError:
            return {}  # problem() holds the save back and says why

    def load_pairs(self, path: str) -> None:
        """Take the pairs of a CSV file; a bad file is named in the form and nothing of it is taken."""
        try:
            pairs = read_pairs_csv(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            self.pairs_label.setText(
                QCoreApplication.translate("PushRules", "The file could not be read as text.")
            )
            return
        except ConfigError as error:
            self.pairs_label.setText(str(error))
            return
        self._pairs = pairs
        self._show_pairs()
        self.changed.emit()

    def _show_pairs(self) -> None:
        self.pairs_label.setText(self.tr("%Ln pair(s)", "", len(self._pairs)))

    def _ask_pairs_file(self) -> None:
        dialog = QFileDialog(
            self, QCoreApplication.translate("PushRules", "Import SKU pairs"), "", "CSV (*.csv)"
        )
        dialog.fileSelected.connect(self.load_pairs)
        dialog.open()
