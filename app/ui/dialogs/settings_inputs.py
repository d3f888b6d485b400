"""Small typed links between a setting's stored value and the widget that edits it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QDoubleSpinBox, QSpinBox, QWidget


@dataclass(slots=True)
class Binding:
    """`get()` reads the widget as the stored type; `set(value)` shows a stored value."""

    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]

    @classmethod
    def of(cls, widget: QCheckBox | QSpinBox | QDoubleSpinBox) -> Binding:
        if isinstance(widget, QCheckBox):
            return cls(widget, widget.isChecked, lambda value: widget.setChecked(bool(value)))
        if isinstance(widget, QSpinBox):
            return cls(widget, widget.value, lambda value: widget.setValue(int(value)))
        return cls(widget, widget.value, lambda value: widget.setValue(float(value)))

    @classmethod
    def choice(cls, widget: QComboBox) -> Binding:
        """The stored value is the chosen item's data; an unknown value shows the first item."""
        return cls(
            widget, widget.currentData, lambda value: widget.setCurrentIndex(max(0, widget.findData(value)))
        )

    @classmethod
    def minutes(cls, widget: QSpinBox) -> Binding:
        """A value stored in seconds, edited in whole minutes."""
        return cls(
            widget,
            lambda: float(widget.value() * 60),
            lambda value: widget.setValue(max(1, round(float(value) / 60))),
        )


def check(text: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setAccessibleName(text)
    return box


def spin(low: int, high: int, name: str, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setAccessibleName(name)
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    return box


def decimal_spin(low: float, high: float, suffix: str, name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(0)
    box.setSuffix(suffix)
    box.setAccessibleName(name)
    return box
