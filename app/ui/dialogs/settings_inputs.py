"""Small typed links between a setting's stored value and the widget that edits it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)


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
    def text(cls, widget: QLineEdit) -> Binding:
        return cls(widget, lambda: widget.text().strip(), lambda value: widget.setText(str(value or "")))

    @classmethod
    def choice(cls, widget: QComboBox) -> Binding:
        """A combo box whose items carry the stored values as their data."""

        def show(value: Any) -> None:
            found = widget.findData(value)
            widget.setCurrentIndex(max(0, found))

        return cls(widget, widget.currentData, show)

    @classmethod
    def choices(cls, widget: QWidget, boxes: dict[str, QCheckBox]) -> Binding:
        """A list of names, one check box each (in `widget`)."""

        def show(value: Any) -> None:
            for name, box in boxes.items():
                box.setChecked(name in (value or ()))

        return cls(widget, lambda: [name for name, box in boxes.items() if box.isChecked()], show)

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


def line(name: str, placeholder: str = "", *, secret: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def combo(name: str, items: list[tuple[str, str]]) -> QComboBox:
    """`items`: (shown text, stored value)."""
    box = QComboBox()
    box.setAccessibleName(name)
    for text, value in items:
        box.addItem(text, value)
    return box
