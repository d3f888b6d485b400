"""File -> Connect to server: the address and token of a StoreSync server's control API (and, for a
server with a certificate of its own, that certificate); on success the server's console opens."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.core.console import Console
from app.core.errors import StoreSyncError
from app.ui.dialogs.async_slot import async_slot

log = logging.getLogger(__name__)

ConnectServer = Callable[[str, str, str | None], Awaitable[Console]]
"""address, token, certificate file (or None) -> a console on that server; StoreSyncError when not."""


class ConnectServerDialog(QDialog):
    """Asks where the server is; `connected(console)` fires once its status was read. Open with `open()`."""

    connected = Signal(object)

    def __init__(self, connect: ConnectServer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._connect = connect
        self.setWindowTitle(self.tr("Connect to server"))
        self.address = QLineEdit()
        self.address.setPlaceholderText("https://server.example:8443")
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.certificate = QLineEdit()
        self.certificate.setPlaceholderText(self.tr("only for a server with a certificate of its own"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.rejected.connect(self.reject)
        self.connect_button.clicked.connect(self.try_connect)
        form = QFormLayout(self)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Token:"), self.token)
        form.addRow(self.tr("Certificate file:"), self.certificate)
        form.addRow(self.message)
        form.addRow(self.buttons)
        metrics = self.fontMetrics()
        hints = (self.address.placeholderText(), self.certificate.placeholderText())
        widest = max(metrics.horizontalAdvance(hint) for hint in hints) + 4 * metrics.averageCharWidth()
        for field in (self.address, self.token, self.certificate):
            field.setMinimumWidth(widest)  # the hints whole, in every language

    def _say(self, text: str) -> None:
        """Show `text` below the fields, the dialog growing to show all of it."""
        self.message.setText(text)
        self.adjustSize()

    @async_slot
    async def try_connect(self) -> None:
        self.connect_button.setEnabled(False)
        self._say(self.tr("Connecting…"))
        try:
            console = await self._connect(
                self.address.text(), self.token.text(), self.certificate.text().strip() or None
            )
        except StoreSyncError as error:
            self._say(self.tr("Could not connect: {reason}").format(reason=error))
            return
        finally:
            self.connect_button.setEnabled(True)
        self.message.setText("")
        self.connected.emit(console)
        self.accept()
