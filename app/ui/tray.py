"""The tray icon: the overall state at a glance (this computer's, or a watched server's when that one
is more urgent), and a menu rebuilt each time it opens."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app.ui.actions import AppActions
from app.ui.formatting import (
    counts_summary,
    job_kind_label,
    next_run_text,
    overall_state_label,
    relative_time,
)
from app.ui.icons import platform_icon, tray_icon
from app.ui.models.job_state import RowStatus, status_label
from app.ui.models.store_status import StoreStatusModel
from app.ui.notifications import Notification

# The tray's states, most urgent first: the icon shows the most urgent of this computer and the
# servers whose console is open.
URGENCY = ("failed", "attention", "syncing", "paused", "ok")


class Tray(QObject):
    open_requested = Signal()

    def __init__(self, actions: AppActions, status: StoreStatusModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self.status = status
        self.state = ""
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        status.summary_changed.connect(self.refresh)
        actions.paused_changed.connect(lambda _paused: self.refresh())
        actions.servers_changed.connect(self.refresh)
        self.rebuild_menu()
        self.refresh()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    # --- state --------------------------------------------------------------------------------

    def refresh(self) -> None:
        state = self.overall_state()
        if state != self.state:
            self.state = state
            self.icon.setIcon(tray_icon(state))
        self.icon.setToolTip(self.tooltip())

    def overall_state(self) -> str:
        local = "paused" if self.actions.all_paused else self.status.overall_state()
        states = [local, *(window.overall_state() for window in self.actions.server_windows)]
        return min(states, key=lambda state: URGENCY.index(state) if state in URGENCY else len(URGENCY))

    def tooltip(self) -> str:
        lines = [f"StoreSync — {overall_state_label(self.overall_state())}"]
        for window in self.actions.server_windows:
            lines.append(
                QCoreApplication.translate("Tray", "Server {address}: {state}").format(
                    address=window.console.where, state=window.state_words()
                )
            )
        # This computer's housekeeping (its cleanup) is no news to one that only watches servers.
        local_stores = any(state.store is not None for state in self.status.states())
        last = self.status.last_result() if local_stores else None
        if last is not None and last.last_run is not None:
            run = last.last_run
            lines.append(
                QCoreApplication.translate("Tray", "Last: {store} {status} {when}").format(
                    store=last.store_name,
                    status=status_label(last.status()).lower(),
                    when=relative_time(run.finished_at or run.started_at),
                )
            )
        for problem in self.status.problems():
            lines.append(problem)
        upcoming = self.status.next_run() if local_stores else None
        if upcoming is not None and not self.actions.all_paused:
            lines.append(
                QCoreApplication.translate("Tray", "Next: {store} {when}").format(
                    store=upcoming.store_name, when=next_run_text(upcoming.next_run)
                )
            )
        return "\n".join(lines)

    # --- menu ---------------------------------------------------------------------------------

    def rebuild_menu(self) -> None:
        menu = self.menu
        menu.clear()
        a = self.actions
        menu.addAction(QCoreApplication.translate("Tray", "Open StoreSync"), self.open_requested.emit)
        menu.addAction(QCoreApplication.translate("Tray", "Sync all now"), a.sync_all)
        menu.addAction(
            QCoreApplication.translate("Tray", "Resume all")
            if a.all_paused
            else QCoreApplication.translate("Tray", "Pause all"),
            a.toggle_pause_all,
        )
        menu.addSeparator()
        by_store: dict[int, list] = {}  # type: ignore[type-arg]
        for state in self.status.states():
            if state.store_id is not None:
                by_store.setdefault(state.store_id, []).append(state)
        for states in sorted(by_store.values(), key=lambda group: group[0].store_name.lower()):
            store = states[0].store
            submenu = menu.addMenu(platform_icon(store.platform), store.name)
            runnable = [s.job_id for s in states if not s.running]
            sync = submenu.addAction(
                QCoreApplication.translate("Tray", "Sync now"), functools.partial(a.sync_now, runnable)
            )
            sync.setEnabled(bool(runnable))
            submenu.addSeparator()
            for state in states:
                line = f"{job_kind_label(state.job.kind)}: {self.status.status_text(state)}"
                if state.last_run is not None and state.status() is not RowStatus.RUNNING:
                    line += f" · {relative_time(state.last_run.finished_at or state.last_run.started_at)}"
                    line += f" · {counts_summary(state.last_run.counts)}"
                info = QAction(line, submenu)
                info.setEnabled(False)
                submenu.addAction(info)
        if by_store:
            menu.addSeparator()
        menu.addAction(QCoreApplication.translate("Tray", "Settings…"), a.open_settings)
        menu.addAction(QCoreApplication.translate("Tray", "Quit"), a.quit)

    def menu_texts(self) -> list[str]:
        """The top-level entries as shown, for the tests and the screenshots."""
        return [action.text() for action in self.menu.actions() if not action.isSeparator()]

    def notify(self, notification: Notification) -> None:
        icon = {
            "failure": QSystemTrayIcon.MessageIcon.Critical,
            "attention": QSystemTrayIcon.MessageIcon.Warning,
            "low_stock": QSystemTrayIcon.MessageIcon.Warning,
        }.get(notification.kind, QSystemTrayIcon.MessageIcon.Information)
        self.icon.showMessage(notification.title, notification.text, icon, 10_000)
