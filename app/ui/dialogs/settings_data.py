"""The Settings dialog's Data tab: how long history is kept, where the database is and how big,
a backup (a consistent copy, even while syncs run) and the history as CSV."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from app.core.ports import Maintenance, RunQuery
from app.ui.dialogs.async_slot import async_slot
from app.ui.dialogs.settings_inputs import spin

log = logging.getLogger(__name__)


def human_size(size: int) -> str:
    """ "823.7 KB" the local way (823,7 KB in Polish)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def reason_for(error: Exception) -> str:
    """A sentence for the merchant: our errors carry one; for OS errors the system's own text."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    text = str(error)
    return (
        text
        if text
        else QCoreApplication.translate("SettingsDialog", "an unexpected problem (the log has the details)")
    )


class DataTab(QWidget):
    """`retention` is bound to the retention_days setting by the dialog; the rest acts at once."""

    def __init__(self, maintenance: Maintenance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._maintenance = maintenance
        self.file_dialog: QFileDialog | None = None
        self.retention = spin(
            1,
            3650,
            QCoreApplication.translate("SettingsDialog", "Retention days"),
            QCoreApplication.translate("SettingsDialog", " days"),
        )
        self.database_location = QLabel(maintenance.database_path())
        self.database_location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database_location.setWordWrap(True)
        self.database_size = QLabel(human_size(maintenance.database_size_bytes()))
        self.backup_button = QPushButton(QCoreApplication.translate("SettingsDialog", "Back up now..."))
        self.export_button = QPushButton(
            QCoreApplication.translate("SettingsDialog", "Export history (CSV)...")
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "Backup and export result")
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SettingsDialog", "Keep history for"), self.retention)
        form.addRow(QCoreApplication.translate("SettingsDialog", "Database"), self.database_location)
        form.addRow(QCoreApplication.translate("SettingsDialog", "Size"), self.database_size)
        form.addRow(buttons)
        form.addRow(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.backup_button.clicked.connect(self._choose_backup_file)
        self.export_button.clicked.connect(self._choose_export_file)

    def _save_dialog(self, title: str, name: str, filter_text: str) -> QFileDialog:
        dialog = QFileDialog(self, title, str(Path.home() / name), filter_text)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.file_dialog = dialog
        return dialog

    def _choose_backup_file(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        dialog = self._save_dialog(
            QCoreApplication.translate("SettingsDialog", "Back up the database"),
            f"storesync-backup-{stamp}.sqlite3",
            QCoreApplication.translate("SettingsDialog", "SQLite database (*.sqlite3 *.db)"),
        )
        dialog.fileSelected.connect(self._on_backup_file)
        dialog.open()

    def _choose_export_file(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d")
        dialog = self._save_dialog(
            QCoreApplication.translate("SettingsDialog", "Export the sync history"),
            f"storesync-history-{stamp}.csv",
            QCoreApplication.translate("SettingsDialog", "CSV file (*.csv)"),
        )
        dialog.fileSelected.connect(self._on_export_file)
        dialog.open()

    @async_slot
    async def _on_backup_file(self, path: str) -> None:
        await self.backup_to(path)

    @async_slot
    async def _on_export_file(self, path: str) -> None:
        await self.export_history_to(path)

    async def backup_to(self, path: str) -> bool:
        self.status.setText(QCoreApplication.translate("SettingsDialog", "Backing up..."))
        self.backup_button.setEnabled(False)
        try:
            written = await self._maintenance.backup(path)
        except Exception as error:
            log.exception("Backup failed")
            failed = QCoreApplication.translate("SettingsDialog", "The backup failed: {reason}").format(
                reason=reason_for(error)
            )
            self._outcome(self.backup_button, failed)
            return False
        self._outcome(
            self.backup_button,
            QCoreApplication.translate("SettingsDialog", "Backed up to {path}").format(path=written),
        )
        return True

    async def export_history_to(self, path: str) -> int | None:
        self.status.setText(QCoreApplication.translate("SettingsDialog", "Exporting..."))
        self.export_button.setEnabled(False)
        try:
            rows = await self._maintenance.export_history_csv(path, RunQuery())
        except Exception as error:
            log.exception("History export failed")
            failed = QCoreApplication.translate("SettingsDialog", "The export failed: {reason}").format(
                reason=reason_for(error)
            )
            self._outcome(self.export_button, failed)
            return None
        self._outcome(
            self.export_button,
            self.tr("Exported %Ln run(s) to {path}", "", rows).format(path=path),
        )
        return rows

    def _outcome(self, button: QPushButton, text: str) -> None:
        """Show how a backup or export went, unless the dialog was closed meanwhile."""
        if not isValid(self):
            return
        button.setEnabled(True)
        self.status.setText(text)
        self.database_size.setText(human_size(self._maintenance.database_size_bytes()))
