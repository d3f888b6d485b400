"""What a merchant can ask for from the window, the tray and the panels, in one place.

Every action returns at once; the async ones run as tasks on the qasync loop and report failures
as a message instead of a traceback.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from app.core.console import Console
from app.core.errors import StoreSyncError
from app.core.models import Job
from app.core.push_plan import PlannedPush
from app.core.services import AppServices
from app.core.settings import default
from app.ui.dialogs.connect_server import ConnectServer, ConnectServerDialog

if TYPE_CHECKING:
    from app.ui.server_window import ServerWindow

log = logging.getLogger(__name__)


class AppActions(QObject):
    """`message(title, text)` asks the window for a message box, `notice(text)` for a status-bar note;
    `quit_requested` starts a clean quit; `servers_changed` fires when a server's console opens, closes
    or its server's state moves."""

    message = Signal(str, str)
    notice = Signal(str)
    quit_requested = Signal()
    paused_changed = Signal(bool)
    jobs_changed = Signal()
    show_window_requested = Signal()
    preview_opened = Signal(object)
    servers_changed = Signal()

    def __init__(
        self,
        services: AppServices,
        add_demo_stores: Callable[[], Awaitable[Any]] | None = None,
        parent: QObject | None = None,
        connect_server: ConnectServer | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._add_demo_stores = add_demo_stores
        self._connect_server = connect_server
        self.server_windows: list[ServerWindow] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self.all_paused = bool(services.settings.get_setting("paused_all", False))
        self.dialog_parent: QWidget | None = None

    # --- plumbing -----------------------------------------------------------------------------

    def run_task(self, coroutine: Coroutine[Any, Any, Any], failure: str) -> asyncio.Task[Any]:
        """Run `coroutine` on the loop; an error becomes a message saying `failure` and why."""
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)

        def done(finished: asyncio.Task[Any]) -> None:
            self._tasks.discard(finished)
            if finished.cancelled():
                return
            error = finished.exception()
            if isinstance(error, StoreSyncError):
                self.message.emit(failure, str(error))
            elif error is not None:
                log.error("%s", failure, exc_info=error)
                self.message.emit(
                    failure,
                    QCoreApplication.translate(
                        "AppActions", "Something went wrong; the details are in the log."
                    ),
                )

        task.add_done_callback(done)
        return task

    async def wait_idle(self) -> None:
        """Let started actions finish (before quitting)."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=5)

    def setting(self, key: str) -> Any:
        return self.services.settings.get_setting(key, default(key))

    # --- syncing ------------------------------------------------------------------------------

    def sync_now(self, job_ids: Iterable[int]) -> int:
        """Start the jobs; returns how many started (a job already running is left alone)."""
        return sum(1 for job_id in job_ids if self.services.scheduler.run_now(job_id))

    def sync_all(self) -> int:
        jobs = [job.id for job in self.services.stores.list_jobs() if job.id is not None and not job.paused]
        started = self.sync_now(jobs)
        if not jobs:
            self.message.emit(
                QCoreApplication.translate("AppActions", "Sync all now"),
                QCoreApplication.translate("AppActions", "There is nothing to sync yet: add a store first."),
            )
        return started

    def preview_push(self, job_id: int) -> asyncio.Task[Any]:
        """Read the target and show the push's plan in a non-modal dialog; "Push these changes"
        approves exactly that plan and starts the push."""
        from app.ui.dialogs.push_preview import PushPreviewDialog

        async def preview() -> None:
            job = self.services.stores.get_job(job_id)
            if job is None or job.store_id is None:
                return
            store = self.services.stores.get_store(job.store_id)
            planned = await self.services.pushes.preview_push(job)
            dialog = PushPreviewDialog(
                job, store.name if store else "", planned, self.services.data_dir, self.dialog_parent
            )
            dialog.push_requested.connect(self.push_approved)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.preview_opened.emit(dialog)
            dialog.open()

        return self.run_task(
            preview(), QCoreApplication.translate("AppActions", "Could not preview the push")
        )

    def push_approved(self, job: Job, planned: PlannedPush) -> asyncio.Task[Any]:
        async def approve_and_run() -> None:
            await self.services.pushes.approve_push(job, planned)
            assert job.id is not None
            self.services.scheduler.run_now(job.id)

        return self.run_task(
            approve_and_run(), QCoreApplication.translate("AppActions", "Could not start the push")
        )

    def show_sku_history(self, sku: str) -> QWidget:
        from app.ui.dialogs.sku_history import SkuHistoryDialog

        dialog = SkuHistoryDialog(self.services.inventory, sku, self.dialog_parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def pause(self, job_ids: Iterable[int]) -> asyncio.Task[Any]:
        ids = list(job_ids)

        async def pause_each() -> None:
            for job_id in ids:
                await self.services.scheduler.pause_job(job_id)
            self.jobs_changed.emit()

        return self.run_task(pause_each(), QCoreApplication.translate("AppActions", "Could not pause"))

    def resume(self, job_ids: Iterable[int]) -> asyncio.Task[Any]:
        ids = list(job_ids)

        async def resume_each() -> None:
            for job_id in ids:
                await self.services.scheduler.resume_job(job_id)
            self.jobs_changed.emit()

        return self.run_task(resume_each(), QCoreApplication.translate("AppActions", "Could not resume"))

    def pause_all(self) -> asyncio.Task[Any]:
        self._set_all_paused(True)
        return self.run_task(
            self.services.scheduler.pause_all(),
            QCoreApplication.translate("AppActions", "Could not pause all"),
        )

    def resume_all(self) -> asyncio.Task[Any]:
        self._set_all_paused(False)
        return self.run_task(
            self.services.scheduler.resume_all(),
            QCoreApplication.translate("AppActions", "Could not resume all"),
        )

    def toggle_pause_all(self) -> asyncio.Task[Any]:
        return self.resume_all() if self.all_paused else self.pause_all()

    def follow_paused_all(self, paused: bool) -> None:
        """Everything was paused or resumed elsewhere (the control API): show it here too."""
        if paused != self.all_paused:
            self._set_all_paused(paused)

    def _set_all_paused(self, paused: bool) -> None:
        self.all_paused = paused
        self.paused_changed.emit(paused)

    # --- stores and dialogs -------------------------------------------------------------------

    def can_add_demo_stores(self) -> bool:
        return self._add_demo_stores is not None

    def add_demo_stores(self) -> asyncio.Task[Any] | None:
        if self._add_demo_stores is None:
            return None
        factory = self._add_demo_stores

        async def add() -> None:
            await factory()

        return self.run_task(add(), QCoreApplication.translate("AppActions", "Could not add the demo stores"))

    def add_store(self) -> QWidget | None:
        return self.edit_store(None)

    def edit_store(self, store_id: int | None) -> QWidget | None:
        """Open the store editor without blocking the loop; None when it could not open."""
        try:
            from app.ui.dialogs.store_editor import StoreEditor
        except ImportError:
            self.message.emit(
                QCoreApplication.translate("AppActions", "Store editor"),
                QCoreApplication.translate("AppActions", "The store editor is not available in this build."),
            )
            return None
        store = self.services.stores.get_store(store_id) if store_id is not None else None
        editor: QDialog = StoreEditor(self.services, store, parent=self.dialog_parent)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        editor.open()
        return editor

    def connect_server(self) -> QWidget | None:
        """File -> Connect to server: ask for the address and token, then open that server's console."""
        if self._connect_server is None:
            unavailable = QCoreApplication.translate(
                "AppActions", "Connecting to a server is not available in this build."
            )
            self.message.emit(QCoreApplication.translate("AppActions", "Connect to server"), unavailable)
            return None
        dialog = ConnectServerDialog(self._connect_server, parent=self.dialog_parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.connected.connect(self.open_server_window)
        dialog.open()
        return dialog

    def open_server_window(self, console: Console) -> QWidget:
        from app.ui.server_window import ServerWindow

        for old in [window for window in self.server_windows if window.console.where == console.where]:
            old.close()  # a new connection to the same server (a new token, say) takes its place
        window = ServerWindow(console, self)
        self.server_windows.append(window)
        window.state_changed.connect(self.servers_changed)

        def closed() -> None:
            self.server_windows.remove(window)
            self.servers_changed.emit()

        window.closed.connect(closed)
        window.show()
        self.servers_changed.emit()
        return window

    def open_settings(self) -> QWidget | None:
        try:
            from app.ui.dialogs.settings_dialog import SettingsDialog
        except ImportError:
            self.message.emit(
                QCoreApplication.translate("AppActions", "Settings"),
                QCoreApplication.translate(
                    "AppActions", "The settings dialog is not available in this build."
                ),
            )
            return None
        dialog: QDialog = SettingsDialog(self.services, parent=self.dialog_parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    def open_data_folder(self) -> bool:
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.data_dir)))
        if not opened:
            self.message.emit(
                QCoreApplication.translate("AppActions", "Open data folder"),
                QCoreApplication.translate(
                    "AppActions", "Could not open a file manager. The data folder is {path}"
                ).format(path=self.services.data_dir),
            )
        return bool(opened)

    def quit(self) -> None:
        self.quit_requested.emit()
