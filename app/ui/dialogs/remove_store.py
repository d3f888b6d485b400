"""Removing a store: ask first, then take its jobs off the schedule, its secrets out of the keychain
and the store out of the database. Its history stays until retention removes it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import AlreadyRunning, StoreSyncError
from app.core.models import Store
from app.core.operations.stores import remove_store as remove_store_and_secrets
from app.core.services import AppServices
from app.core.settings import default
from app.ui.dialogs.async_slot import async_slot
from app.ui.formatting import TranslationContext

log = logging.getLogger(__name__)


class RemoveStore(TranslationContext):
    """The context of remove_store's texts with counts."""


async def remove_store(services: AppServices, store: Store) -> str:
    """Remove `store` with its jobs and secrets; returns what the merchant should know afterwards."""
    assert store.id is not None
    jobs = [job.id for job in services.stores.list_jobs(store.id) if job.id is not None]
    if any(services.scheduler.is_running(job_id) for job_id in jobs):
        message = QCoreApplication.translate(
            "RemoveStore", "A sync of '{name}' is running. Remove the store once it has finished."
        )
        raise AlreadyRunning(message.format(name=store.name))
    secrets_kept = await remove_store_and_secrets(services, store)
    notes = []
    if secrets_kept:
        notes.append(
            QCoreApplication.translate(
                "RemoveStore", "Its keychain entries could not be removed: {reason}"
            ).format(reason=secrets_kept)
        )
    retention = services.settings.get_setting("retention_days", default("retention_days"))
    notes.insert(
        0,
        RemoveStore.tr(
            "'{name}' was removed. Its sync history stays for up to %Ln day(s), until retention removes it.",
            "",
            int(retention),
        ).format(name=store.name),
    )
    return "\n".join(notes)


class RemoveStoreDialog(QMessageBox):
    """Asks before removing; `removed(store_id)` fires once the store is gone. Open with `open()`."""

    removed = Signal(int)

    def __init__(self, services: AppServices, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._store = store
        retention = services.settings.get_setting("retention_days", default("retention_days"))
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(QCoreApplication.translate("RemoveStore", "Remove store"))
        self.setText(QCoreApplication.translate("RemoveStore", "Remove '{name}'?").format(name=store.name))
        self.setInformativeText(
            self.tr(
                "StoreSync stops syncing it and deletes its saved secrets from the keychain. Its sync "
                "history stays for up to %Ln day(s), until retention removes it.",
                "",
                int(retention),
            )
        )
        self.remove_button = self.addButton(
            QCoreApplication.translate("RemoveStore", "Remove"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.outcome = ""
        self.outcome_box: QMessageBox | None = None
        self.buttonClicked.connect(self._on_button)

    def _on_button(self, button: object) -> None:
        if button is self.remove_button:
            self._on_remove()

    @async_slot
    async def _on_remove(self) -> None:
        await self.remove()

    async def remove(self) -> bool:
        try:
            self.outcome = await remove_store(self._services, self._store)
        except StoreSyncError as error:
            self.outcome = QCoreApplication.translate(
                "RemoveStore", "The store could not be removed: {reason}"
            ).format(reason=error)
            self._tell(self.outcome, QMessageBox.Icon.Warning)
            return False
        except Exception:
            log.exception("Removing a store failed unexpectedly")
            self.outcome = QCoreApplication.translate(
                "RemoveStore", "The store could not be removed; the log has the details."
            )
            self._tell(self.outcome, QMessageBox.Icon.Warning)
            return False
        assert self._store.id is not None
        self.removed.emit(self._store.id)
        self._tell(self.outcome, QMessageBox.Icon.Information)
        return True

    def _tell(self, text: str, icon: QMessageBox.Icon) -> None:
        note = QMessageBox(
            icon,
            QCoreApplication.translate("RemoveStore", "Remove store"),
            text,
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        note.setObjectName("remove-store-outcome")
        self.outcome_box = note
        note.open()


def confirm_remove_store(
    services: AppServices, store: Store, parent: QWidget | None = None
) -> RemoveStoreDialog:
    """Open the "Remove this store?" question (non-blocking); connect to `removed` for the outcome."""
    dialog = RemoveStoreDialog(services, store, parent)
    dialog.open()
    return dialog
