"""About StoreSync: the version, where the data lives and which keychain holds the secrets."""

from __future__ import annotations

import platform

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.core.services import AppServices
from app.ui.icons import app_icon


def keychain_backend(services: AppServices) -> str:
    try:
        return services.credentials.backend_name()
    except Exception:
        return QCoreApplication.translate("AboutDialog", "unavailable")


class AboutDialog(QDialog):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "About StoreSync"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(f"<b>StoreSync {services.version}</b>")
        blurb = QLabel(
            QCoreApplication.translate(
                "AboutDialog",
                "Keeps the stock and orders of several online stores in step, from the system tray.",
            )
        )
        blurb.setWordWrap(True)
        try:
            database = services.maintenance.database_path()
        except Exception:
            database = ""
        self.values = {
            "version": services.version,
            "data": str(services.data_dir),
            "database": database,
            "logs": str(services.log_dir),
            "keychain": keychain_backend(services),
        }
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("AboutDialog", "Version:"), self._selectable(services.version))
        form.addRow(
            QCoreApplication.translate("AboutDialog", "Data folder:"), self._link(str(services.data_dir))
        )
        if database:
            form.addRow(QCoreApplication.translate("AboutDialog", "Database:"), self._selectable(database))
        form.addRow(QCoreApplication.translate("AboutDialog", "Logs:"), self._link(str(services.log_dir)))
        form.addRow(
            QCoreApplication.translate("AboutDialog", "Keychain:"), self._selectable(self.values["keychain"])
        )
        form.addRow(
            QCoreApplication.translate("AboutDialog", "Runtime:"),
            self._selectable(
                f"Python {platform.python_version()} · Qt {self._qt_version()} · {platform.system()}"
            ),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(icon, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _qt_version() -> str:
        from PySide6.QtCore import qVersion

        return qVersion()

    @staticmethod
    def _selectable(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @staticmethod
    def _link(path: str) -> QLabel:
        label = QLabel(f'<a href="{QUrl.fromLocalFile(path).toString()}">{path}</a>')
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        return label
