"""The "Import preset…" and "Export preset…" buttons of a JSON API store's form.

A preset is the store's settings without its secret (app.core.presets), so a merchant can set up a
second computer or share a connection with a colleague. The file dialogs are opened with `open()`
and answer through `fileSelected`, so no nested event loop runs while the qasync loop has tasks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.presets import Preset, PresetError, preset_to_json, read_preset_file
from app.core.shipped_presets import shipped_preset, shipped_preset_names
from app.ui.dialogs.fields import PlatformForm

log = logging.getLogger(__name__)

FILE_FILTER = "StoreSync presets (*.json);;All files (*)"


def fill_form(form: PlatformForm, settings: Mapping[str, Any]) -> dict[str, Any]:
    """Every non-secret field takes its value from `settings`, or its default when absent (a mapping
    is completed from its default); returns the settings the form has no input for."""
    for name, widget in form.inputs.items():
        field = widget.field
        if field.kind == "secret":
            continue
        value = settings.get(name, field.default)
        if isinstance(field.default, Mapping) and isinstance(value, Mapping):
            value = {**field.default, **value}
        widget.set_value(value)
    return {key: value for key, value in settings.items() if key not in form.inputs}


class PresetFiles(QWidget):
    """PresetFiles(read_form, fill_form): `read_form()` gives the store name and settings as typed,
    `fill_form(preset)` puts a checked preset into the form. Emits `imported` after a fill."""

    imported = Signal()

    def __init__(
        self,
        read_form: Callable[[], tuple[str, dict[str, Any]]],
        fill_form: Callable[[Preset], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._read_form = read_form
        self._fill_form = fill_form
        self.import_button = QPushButton(QCoreApplication.translate("StoreEditor", "Import preset…"))
        self.import_button.setToolTip(
            QCoreApplication.translate(
                "StoreEditor", "Fill this form from a preset file; the secret is not in it."
            )
        )
        self.export_button = QPushButton(QCoreApplication.translate("StoreEditor", "Export preset…"))
        self.export_button.setToolTip(
            QCoreApplication.translate(
                "StoreEditor", "Save these settings, without the secret, as a preset file."
            )
        )
        self.shipped = QComboBox()
        self.shipped.setAccessibleName(
            QCoreApplication.translate("StoreEditor", "Presets shipped with StoreSync")
        )
        self.shipped.setToolTip(
            QCoreApplication.translate(
                "StoreEditor", "Fill this form for an API whose vendor documents it publicly."
            )
        )
        self.shipped.addItem(QCoreApplication.translate("StoreEditor", "Start from a shipped preset…"), "")
        for name in shipped_preset_names():
            try:
                self.shipped.addItem(shipped_preset(name).name, name)
            except PresetError:
                log.warning("The shipped preset %s cannot be read", name, exc_info=True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setAccessibleName(QCoreApplication.translate("StoreEditor", "Preset result"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.shipped)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        self.import_button.clicked.connect(self.choose_import)
        self.shipped.activated.connect(lambda index: self.use_shipped(str(self.shipped.itemData(index))))
        self.export_button.clicked.connect(self.choose_export)

    # --- choosing a file (non-blocking) ---------------------------------------------------

    def choose_import(self) -> QFileDialog:
        dialog = self._file_dialog(
            QCoreApplication.translate("StoreEditor", "Import a preset"), QFileDialog.AcceptMode.AcceptOpen
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.import_from)
        dialog.open()
        return dialog

    def choose_export(self) -> QFileDialog:
        dialog = self._file_dialog(
            QCoreApplication.translate("StoreEditor", "Export a preset"), QFileDialog.AcceptMode.AcceptSave
        )
        dialog.setDefaultSuffix("json")
        name, _settings = self._read_form()
        dialog.selectFile((name or QCoreApplication.translate("StoreEditor", "preset")) + ".json")
        dialog.fileSelected.connect(self.export_to)
        dialog.open()
        return dialog

    def _file_dialog(self, title: str, mode: QFileDialog.AcceptMode) -> QFileDialog:
        dialog = QFileDialog(self.window(), title)
        dialog.setAcceptMode(mode)
        dialog.setNameFilter(FILE_FILTER)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    # --- the work, given a path -----------------------------------------------------------

    def import_from(self, path: str) -> bool:
        """Fill the form from the preset at `path`; a bad file leaves the form as it was."""
        file = Path(path)
        try:
            preset = read_preset_file(file)
        except PresetError as error:
            self.result.setText(
                QCoreApplication.translate("StoreEditor", "{file} was not imported: {reason}").format(
                    file=file.name, reason=error
                )
            )
            return False
        self._fill_form(preset)
        self.result.setText(
            QCoreApplication.translate(
                "StoreEditor", "Filled the form from {file}. Presets never hold a secret: type it yourself."
            ).format(file=file.name)
        )
        self.imported.emit()
        return True

    def use_shipped(self, name: str) -> bool:
        """Fill the form from the shipped preset `name` ("" : the prompt, nothing to do)."""
        if not name:
            return False
        preset = shipped_preset(name)
        self._fill_form(preset)
        self.result.setText(
            QCoreApplication.translate(
                "StoreEditor", "Filled the form for {preset}. Type your API address and secret yourself."
            ).format(preset=preset.name)
        )
        self.shipped.setCurrentIndex(0)
        self.imported.emit()
        return True

    def export_to(self, path: str) -> bool:
        """Write the form's settings, without any secret, as a preset file at `path`."""
        file = Path(path)
        name, settings = self._read_form()
        try:
            file.write_text(preset_to_json(name, settings), encoding="utf-8")
        except OSError as error:
            self.result.setText(
                QCoreApplication.translate("StoreEditor", "The preset was not saved ({reason}).").format(
                    reason=error.strerror or error
                )
            )
            return False
        self.result.setText(
            QCoreApplication.translate(
                "StoreEditor", "Saved the settings, without the secret, to {file}."
            ).format(file=file.name)
        )
        return True
