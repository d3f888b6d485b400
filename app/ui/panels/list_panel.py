"""What the history and log panels share: a filter bar over a table, a store filter that keeps its
choice across store changes, a short quiet time before a filter applies, and an export's save dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QTableView, QVBoxLayout, QWidget

from app.core.models import Store


def bar_over_table(panel: QWidget, bar: QHBoxLayout, table: QTableView) -> None:
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(bar)
    layout.addWidget(table)


def quiet_timer(parent: QObject, interval_ms: int, slot: Callable[[], None]) -> QTimer:
    """A single-shot timer: `slot` runs once the triggers have been quiet for `interval_ms`."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer


def fill_store_filter(combo: QComboBox, stores: Iterable[Store]) -> None:
    """ "All stores" and one entry a store; the store chosen before stays chosen, and no change fires."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("ListPanel", "All stores"), None)
    for store in stores:
        combo.addItem(store.name, store.id)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def open_export_dialog(
    parent: QWidget,
    title: str,
    folder: Path,
    name_filter: str,
    file_name: str,
    export: Callable[[str], object],
) -> QFileDialog:
    """A save dialog in `folder` suggesting `file_name`; `export` gets the chosen path."""
    dialog = QFileDialog(parent, title, str(folder), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(Path(file_name).suffix.lstrip("."))
    dialog.selectFile(file_name)
    dialog.fileSelected.connect(export)
    dialog.open()
    return dialog
