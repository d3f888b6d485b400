"""The main window: seven panels (the Overview first), the toolbar and menus, and a status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTableView, QTabWidget, QWidget

from app.core.events import DatabaseReplaced
from app.ui.about import AboutDialog
from app.ui.actions import AppActions
from app.ui.bridge import EventBridge
from app.ui.formatting import next_run_text, overall_state_label
from app.ui.icons import app_icon
from app.ui.models.store_status import StoreStatusModel
from app.ui.panels.history import HistoryPanel
from app.ui.panels.inventory import InventoryPanel
from app.ui.panels.logs import LogPanel
from app.ui.panels.orders import OrdersPanel
from app.ui.panels.overview import OverviewPanel
from app.ui.panels.stores import StoresPanel
from app.ui.panels.upcoming import UpcomingPanel
from app.ui.window_layout import WindowLayout, fit_window_to_screen


class MainWindow(QMainWindow):
    """`close_requested` fires when the merchant closes the window; the app decides between hiding
    to the tray and quitting (the window itself never quits the app)."""

    close_requested = Signal()
    first_shown = Signal()

    def __init__(self, actions: AppActions, bridge: EventBridge, status: StoreStatusModel) -> None:
        super().__init__()
        self.app_actions = actions
        self.status_model = status
        self._shown_once = False
        self._open_messages: list[QMessageBox] = []
        actions.dialog_parent = self
        self.setWindowTitle("StoreSync")
        self.setWindowIcon(app_icon())

        self.overview_panel = OverviewPanel(actions, bridge, status)
        self.stores_panel = StoresPanel(status, actions)
        self.upcoming_panel = UpcomingPanel(status)
        self.history_panel = HistoryPanel(actions, bridge)
        self.inventory_panel = InventoryPanel(actions.services, bridge, thresholds=actions.services.inventory)
        self.orders_panel = OrdersPanel(actions.services, bridge)
        self.log_panel = LogPanel(actions, bridge)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(QCoreApplication.translate("MainWindow", "Panels"))
        self.tabs.setDocumentMode(True)
        for panel, title in (
            (self.overview_panel, QCoreApplication.translate("MainWindow", "&Overview")),
            (self.stores_panel, QCoreApplication.translate("MainWindow", "&Stores")),
            (self.upcoming_panel, QCoreApplication.translate("MainWindow", "&Upcoming")),
            (self.history_panel, QCoreApplication.translate("MainWindow", "&History")),
            (self.inventory_panel, QCoreApplication.translate("MainWindow", "&Inventory")),
            (self.orders_panel, QCoreApplication.translate("MainWindow", "O&rders")),
            (self.log_panel, QCoreApplication.translate("MainWindow", "&Log")),
        ):
            self.tabs.addTab(panel, title)
        self.setCentralWidget(self.tabs)
        self._layout = WindowLayout(actions.services.data_dir)
        if not self._layout.restore(self, self._remembered_tables()):
            fit_window_to_screen(self)

        self._build_actions()
        self._build_status_bar()
        actions.message.connect(self.show_message)
        actions.notice.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        actions.paused_changed.connect(lambda _paused: self.refresh_status())
        bridge.database_replaced.connect(self.show_database_replaced)
        status.summary_changed.connect(self.refresh_status)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(1000)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        self.refresh_status()

    # --- toolbar and menus --------------------------------------------------------------------

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: Any, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutVisibleInContextMenu(True)
        action.setToolTip(f"{tip or text.replace('&', '').rstrip('…')} ({action.shortcut().toString()})")
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        a = self.app_actions
        self.add_store_action = self._action(
            QCoreApplication.translate("MainWindow", "&Add store…"), "Ctrl+N", a.add_store
        )
        self.sync_all_action = self._action(
            QCoreApplication.translate("MainWindow", "&Sync all now"), "Ctrl+R", a.sync_all
        )
        self.pause_all_action = self._action(
            QCoreApplication.translate("MainWindow", "&Pause all"), "Ctrl+P", a.toggle_pause_all
        )
        self.settings_action = self._action(
            QCoreApplication.translate("MainWindow", "Se&ttings…"), "Ctrl+,", a.open_settings
        )
        self.data_folder_action = self._action(
            QCoreApplication.translate("MainWindow", "Open &data folder"), "Ctrl+Shift+D", a.open_data_folder
        )
        self.connect_server_action = self._action(
            QCoreApplication.translate("MainWindow", "&Connect to server…"), "Ctrl+Shift+O", a.connect_server
        )
        self.about_action = self._action(
            QCoreApplication.translate("MainWindow", "&About StoreSync"), "F1", self.show_about
        )
        self.shortcuts_action = self._action(
            QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), "Ctrl+/", self.show_shortcuts
        )
        self.quit_action = self._action(QCoreApplication.translate("MainWindow", "&Quit"), "Ctrl+Q", a.quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        menu = self.menuBar()
        file_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        file_menu.addActions([self.add_store_action, self.data_folder_action])
        file_menu.addSeparator()
        file_menu.addAction(self.connect_server_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        sync_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Sync"))
        sync_menu.addActions([self.sync_all_action, self.pause_all_action])
        view_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        for number in range(self.tabs.count()):
            title = self.tabs.tabText(number).replace("&", "")
            view_menu.addAction(
                self._action(
                    title, f"Ctrl+{number + 1}", lambda _=False, n=number: self.tabs.setCurrentIndex(n)
                )
            )
        tools_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Tools"))
        tools_menu.addAction(self.settings_action)
        help_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addActions([self.shortcuts_action, self.about_action])

        toolbar = self.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.add_store_action, self.sync_all_action, self.pause_all_action])
        toolbar.addSeparator()
        toolbar.addActions([self.settings_action, self.data_folder_action])

    def _build_status_bar(self) -> None:
        self.state_label = QLabel()
        self.running_label = QLabel()
        self.next_label = QLabel()
        for label in (self.state_label, self.running_label, self.next_label):
            self.statusBar().addPermanentWidget(label)

    def refresh_status(self) -> None:
        model = self.status_model
        state = "paused" if self.app_actions.all_paused else model.overall_state()
        self.state_label.setText(overall_state_label(state))
        running = model.running_count()
        queued = model.queued_count()
        activity = [self.tr("%Ln running", "", running)] if running else []
        if queued:
            activity.append(self.tr("%Ln waiting", "", queued))
        self.running_label.setText(QLocale().createSeparatedList(activity))
        upcoming = model.next_run()
        if upcoming is None or self.app_actions.all_paused:
            self.next_label.setText(
                QCoreApplication.translate("MainWindow", "No run scheduled")
                if not self.app_actions.all_paused
                else ""
            )
        else:
            self.next_label.setText(
                QCoreApplication.translate("MainWindow", "Next: {store} {when}").format(
                    store=upcoming.store_name, when=next_run_text(upcoming.next_run)
                )
            )
        self.pause_all_action.setText(
            QCoreApplication.translate("MainWindow", "&Resume all")
            if self.app_actions.all_paused
            else QCoreApplication.translate("MainWindow", "&Pause all")
        )

    # --- messages -----------------------------------------------------------------------------

    def show_message(
        self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning
    ) -> QMessageBox:
        """A message box opened with open(): never a nested event loop. The same message already on
        screen is not opened twice (an error repeating in a timer must not bury the window)."""
        for open_box in self._open_messages:
            if open_box.windowTitle() == title and open_box.text() == text:
                return open_box
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._open_messages.append(box)
        box.finished.connect(lambda _result: self._open_messages.remove(box))
        box.open()
        return box

    def open_messages(self) -> list[QMessageBox]:
        return list(self._open_messages)

    def show_database_replaced(self, event: DatabaseReplaced) -> QMessageBox:
        return self.show_message(
            QCoreApplication.translate("MainWindow", "The database was damaged"),
            QCoreApplication.translate(
                "MainWindow",
                "StoreSync found its database damaged ({reason}) and started a new one. "
                "The old file was kept at:\n{path}\n\nStores and settings need to be added again.",
            ).format(reason=event.reason, path=event.moved_to),
        )

    def show_about(self) -> QWidget:
        dialog = AboutDialog(self.app_actions.services, self)
        dialog.open()
        return dialog

    def _remembered_tables(self) -> dict[str, QTableView]:
        """Tables whose column widths the merchant sets; the stores and upcoming tables fit themselves, and
        so does the inventory's, whose columns (one per store) change as stores come and go."""
        return {
            "history": self.history_panel.table,
            "orders": self.orders_panel.table,
            "log": self.log_panel.table,
        }

    def save_layout(self) -> None:
        """Keep the size and column widths for the next start."""
        self._layout.save(self, self._remembered_tables())

    def show_shortcuts(self) -> QWidget:
        from app.ui.dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.open()
        return dialog

    def stop_updates(self) -> None:
        """Before the services stop: no timer may read from them any more."""
        self.save_layout()
        for timer in self.findChildren(QTimer):
            timer.stop()
        self.setEnabled(False)

    # --- window life --------------------------------------------------------------------------

    def bring_forward(self) -> None:
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.show()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self.first_shown.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.save_layout()
        self.close_requested.emit()
