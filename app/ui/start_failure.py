"""The window shown instead of the main window when StoreSync cannot start (another StoreSync owns the
data folder, the database cannot be opened...): it says why and how to go on, and blocks nothing, so
the app still quits at once on Ctrl-C or SIGTERM."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.ui.formatting import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("StartFailure", "StoreSync could not start")


class StartFailureWindow(QWidget):
    """A plain top-level window (not a modal dialog); `closed` fires when the merchant closes it."""

    closed = Signal()

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("StartFailure", TITLE))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(
            QCoreApplication.translate("StartFailure", "Why StoreSync could not start")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        heading = QLabel("<b>" + QCoreApplication.translate("StartFailure", TITLE) + "</b>")
        layout.addWidget(heading)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()


async def show_start_failure(message: str, stop: asyncio.Event) -> None:
    """Show `message` until the window is closed or `stop` is set (a signal asked the app to end)."""
    window = StartFailureWindow(message)
    closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def on_closed() -> None:
        if not closed.done():
            closed.set_result(None)

    window.closed.connect(on_closed)
    window.show()
    stopping: asyncio.Future[None] = asyncio.ensure_future(_wait(stop))
    try:
        await asyncio.wait({closed, stopping}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopping.cancel()
        window.closed.disconnect()
        window.close()
        window.deleteLater()


async def _wait(event: asyncio.Event) -> None:
    await event.wait()
