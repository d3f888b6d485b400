"""The store editor's "Test connection" and "Preview records": asks the store with the settings as
typed, before anything is saved, and answers in plain words."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.core.errors import StoreSyncError
from app.core.models import Store
from app.core.ports import ConnectionTester, RecordPreview, skip_words
from app.ui.dialogs.async_slot import async_slot
from app.ui.formatting import TranslationContext, number

log = logging.getLogger(__name__)

PREVIEW_LIMIT = 5
EntryReader = Callable[[], tuple[Store, Mapping[str, str]]]


class ConnectionCheck(QWidget):
    """Buttons, a spinner while the store is asked, the answer, and the preview table.

    `entry()` returns the store and secrets as typed; it is read before the first await, so the
    form can change (or close) while the store answers. `busy_changed` lets the dialog hold Save."""

    busy_changed = Signal(bool)

    def __init__(
        self, connections: ConnectionTester, entry: EntryReader, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._connections = connections
        self._entry = entry
        self.test_button = QPushButton(QCoreApplication.translate("StoreEditor", "Test connection"))
        self.preview_button = QPushButton(QCoreApplication.translate("StoreEditor", "Preview records"))
        self.preview_button.setToolTip(
            QCoreApplication.translate(
                "StoreEditor", "Fetch the first records with these settings, without saving."
            )
        )
        self.spinner = QProgressBar()
        self.spinner.setRange(0, 0)
        self.spinner.setMaximumWidth(120)
        self.spinner.setTextVisible(False)
        self.spinner.setAccessibleName(QCoreApplication.translate("StoreEditor", "Working"))
        self.spinner.hide()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setAccessibleName(QCoreApplication.translate("StoreEditor", "Connection test result"))
        self.preview = QTableWidget(0, 5)
        self.preview.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("StoreEditor", "SKU"),
                QCoreApplication.translate("StoreEditor", "Name"),
                QCoreApplication.translate("StoreEditor", "Quantity"),
                QCoreApplication.translate("StoreEditor", "Price"),
                QCoreApplication.translate("StoreEditor", "Problem"),
            ]
        )
        self.preview.setAccessibleName(
            QCoreApplication.translate("StoreEditor", "Preview of the first records")
        )
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.spinner)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.preview)
        self.test_button.clicked.connect(self._on_test_clicked)
        self.preview_button.clicked.connect(self._on_preview_clicked)

    def offer_preview(self, offered: bool) -> None:
        """Only the generic JSON API gets a preview: its mapping is what the merchant has to get right."""
        self.preview_button.setVisible(offered)
        self.preview.setVisible(offered and self.preview.rowCount() > 0)
        self.result.clear()

    def set_enabled(self, enabled: bool) -> None:
        self.test_button.setEnabled(enabled)
        self.preview_button.setEnabled(enabled)

    def _start(self, text: str) -> None:
        self.spinner.show()
        self.result.setText(text)
        self.busy_changed.emit(True)

    def _finish(self, text: str) -> bool:
        """Show the answer unless the dialog was closed meanwhile; True when it is still there."""
        if not isValid(self):
            return False
        self.spinner.hide()
        self.result.setText(text)
        self.busy_changed.emit(False)
        return True

    @async_slot
    async def _on_test_clicked(self) -> None:
        await self.test_connection()

    async def test_connection(self) -> bool:
        self._start(QCoreApplication.translate("StoreEditor", "Testing the connection..."))
        try:
            store, secrets = self._entry()
            answer = await self._connections.test_connection(store, secrets)
        except StoreSyncError as error:
            self._finish(
                QCoreApplication.translate("StoreEditor", "Could not connect: {reason}").format(reason=error)
            )
            return False
        except Exception:
            log.exception("The connection test failed unexpectedly")
            self._finish(
                QCoreApplication.translate(
                    "StoreEditor", "The test failed unexpectedly; the log has the details."
                )
            )
            return False
        self._finish(QCoreApplication.translate("StoreEditor", "Connected: {answer}").format(answer=answer))
        return True

    @async_slot
    async def _on_preview_clicked(self) -> None:
        await self.preview_records()

    async def preview_records(self) -> RecordPreview:
        self._start(QCoreApplication.translate("StoreEditor", "Fetching the first records..."))
        try:
            store, secrets = self._entry()
            preview = await self._connections.preview_inventory(store, secrets, limit=PREVIEW_LIMIT)
        except StoreSyncError as error:
            self._finish(
                QCoreApplication.translate("StoreEditor", "Could not read the records: {reason}").format(
                    reason=error
                )
            )
            return RecordPreview(())
        except Exception:
            log.exception("The record preview failed unexpectedly")
            self._finish(
                QCoreApplication.translate(
                    "StoreEditor", "The preview failed unexpectedly; the log has the details."
                )
            )
            return RecordPreview(())
        if self._finish(preview_text(preview)):
            self._show_preview(preview)
        return preview

    def _show_preview(self, preview: RecordPreview) -> None:
        """The first items as they would be stored, then the first records that would fail, each
        with its reason."""
        failures = list(preview.failures[:PREVIEW_LIMIT])
        self.preview.setRowCount(len(preview.records) + len(failures))
        rows: list[tuple[str, ...]] = [
            (
                record.sku,
                record.name,
                str(record.quantity),
                "" if record.price is None else str(record.price),
                "",
            )
            for record in preview.records
        ]
        rows += [
            (
                failure.key,
                "",
                "",
                "",
                QCoreApplication.translate("StoreEditor", "Fails: {reason}").format(reason=failure.message),
            )
            for failure in failures
        ]
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.preview.setItem(row, column, QTableWidgetItem(value))
        self.preview.setColumnHidden(4, not failures)
        self.preview.resizeColumnsToContents()
        self.preview.setVisible(bool(rows))


class PreviewWords(TranslationContext):
    """The context of preview_text's texts with counts."""


def preview_text(preview: RecordPreview) -> str:
    """What the preview read, in words: the items shown, then what the pages read would store, skip
    (and why) and fail."""
    if not (preview.records or preview.skipped or preview.failures):
        return QCoreApplication.translate(
            "StoreEditor", "The API answered, but no records were found at that place."
        )
    text = PreviewWords.tr("The first %Ln item(s) as StoreSync reads them.", "", len(preview.records))
    text += " " + QCoreApplication.translate(
        "StoreEditor", "On the pages read: {items} to store, {skipped} skipped as not stock, {failed} failed."
    ).format(
        items=number(preview.items), skipped=number(preview.skipped), failed=number(len(preview.failures))
    )
    if preview.skipped:
        text += "\n" + QCoreApplication.translate("StoreEditor", "Skipped: {reasons}").format(
            reasons=skip_words(preview.skips)
        )
    return text
