"""The desktop app's life: one instance, services started on the qasync loop, the window and tray, and
a quit that stops the services before the loop ends (DESIGN.md §4: app.quit() ends the loop)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import signal
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

import qasync
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app.core.console import LocalConsole
from app.core.errors import StoreSyncError
from app.core.events import DatabaseReplaced
from app.core.services import AppServices
from app.core.settings import default
from app.ui.actions import AppActions
from app.ui.bridge import EventBridge
from app.ui.excepthook import install_excepthook, user_text
from app.ui.icons import app_icon
from app.ui.languages import apply_language, chosen_code
from app.ui.main_window import MainWindow
from app.ui.models.store_status import StoreStatusModel
from app.ui.notifications import Notification, Notifier
from app.ui.single_instance import SingleInstance, ask_running_instance_to_show
from app.ui.start_failure import show_start_failure
from app.ui.theme import ThemeFollower
from app.ui.tray import Tray

log = logging.getLogger(__name__)

EXIT_WHEN_SHOWN_ENV = "STORESYNC_EXIT_WHEN_SHOWN"
_IMPORTED_AT = time.monotonic()


class RuntimeLike(Protocol):
    """What the window needs of bootstrap's Runtime (ui must not import bootstrap)."""

    services: AppServices


StartServices = Callable[[Any], Awaitable[Any]]
StopServices = Callable[[Any], Awaitable[None]]
AddDemoStores = Callable[[Any], Awaitable[Any]]


def milliseconds_since_process_start() -> float:
    """From the kernel's process start time where it is known (Linux), else from this module's import."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat_file:
            fields = stat_file.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime_file:
            uptime = float(uptime_file.read().split()[0])
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return (uptime - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.monotonic() - _IMPORTED_AT) * 1000


class DesktopApp(QObject):
    """Everything visible, built on started services; `finished` resolves once the services stopped."""

    def __init__(
        self,
        runtime: RuntimeLike,
        stop_services: StopServices,
        add_demo_stores: AddDemoStores | None = None,
        exit_when_shown: bool = False,
    ) -> None:
        super().__init__(QApplication.instance())  # findable as the application's child
        self.runtime = runtime
        self.services = runtime.services
        self._stop_services = stop_services
        self._exit_when_shown = exit_when_shown
        self._stopping = False
        self._shutdown_task: asyncio.Future[None] | None = None
        self.finished: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        demo = (lambda: add_demo_stores(runtime)) if add_demo_stores is not None else None
        self.bridge = EventBridge(self.services.bus, self)
        self.actions = AppActions(
            self.services, demo, self, connect_server=getattr(runtime, "connect_server", None)
        )
        self.bridge.paused_all_changed.connect(lambda event: self.actions.follow_paused_all(event.paused))
        self.status = StoreStatusModel(LocalConsole(self.services), self.bridge, self)
        self.window = MainWindow(self.actions, self.bridge, self.status)
        self.tray = Tray(self.actions, self.status, self)
        self.notifier = Notifier(self.actions, self.bridge, self.status, self._show_notification, parent=self)
        self._restore_excepthook = install_excepthook(self.window.show_message)

        self.actions.quit_requested.connect(self.request_quit)
        self.actions.jobs_changed.connect(self.status.reload)
        self.actions.show_window_requested.connect(self.window.bring_forward)
        self.tray.open_requested.connect(self.window.bring_forward)
        self.window.close_requested.connect(self.on_close_requested)
        self.window.first_shown.connect(self._on_first_shown)
        # Modules, widgets and models built so far live as long as the app: kept out of the collector's
        # full walks, the one that follows a large sync takes a few ms instead of holding the window
        # 30-50 ms.
        gc.freeze()

    def start(self) -> None:
        """Show the tray, and the window unless the merchant asked to start in the tray."""
        if self.tray.available():
            self.tray.show()
        minimized = bool(self.actions.setting("start_minimized")) and self.tray.available()
        if self._exit_when_shown or not minimized:
            self.window.show()
        replaced: DatabaseReplaced | None = getattr(self.runtime, "replaced", None)
        if replaced is not None:
            self.window.bring_forward()
            self.window.show_database_replaced(replaced)
        interrupted = int(getattr(self.runtime, "interrupted_runs", 0) or 0)
        if interrupted:
            self.window.statusBar().showMessage(
                self.tr(
                    "%Ln sync(s) were cut off when StoreSync last stopped; the history marks them "
                    "interrupted.",
                    "",
                    interrupted,
                ),
                15_000,
            )

    def _show_notification(self, notification: Notification) -> None:
        if self.tray.available():
            self.tray.notify(notification)

    def _on_first_shown(self) -> None:
        if self._exit_when_shown:
            print(f"window-shown {milliseconds_since_process_start():.0f}", flush=True)
            self.request_quit()

    # --- closing and quitting -----------------------------------------------------------------

    def on_close_requested(self) -> None:
        if not (self.actions.setting("close_to_tray") and self.tray.available()):
            self.request_quit()
            return
        self.window.hide()
        if not self.actions.setting("close_to_tray_explained"):
            self.tray.notify(
                Notification(
                    "info",
                    QCoreApplication.translate("DesktopApp", "StoreSync keeps running"),
                    QCoreApplication.translate(
                        "DesktopApp",
                        "Your stores keep syncing in the background. Open StoreSync from this icon; "
                        "choose Quit in its menu to stop. You can change this in Settings.",
                    ),
                )
            )
            self.actions.run_task(
                self.services.settings.set_setting("close_to_tray_explained", True),
                QCoreApplication.translate("DesktopApp", "Could not save a setting"),
            )

    def request_quit(self) -> None:
        if not self._stopping:
            self._stopping = True
            self._shutdown_task = asyncio.ensure_future(self.shutdown())

    async def shutdown(self) -> None:
        """Stop the services while the loop still runs; the loop ends only after this finishes."""
        self.window.hide()
        self.tray.hide()
        try:
            await self.actions.wait_idle()
            self.bridge.close()
            self.bridge.blockSignals(True)
            self.status.stop_updates()
            self.window.stop_updates()
            await self._stop_services(self.runtime)
        except Exception:
            log.exception("Stopping the services failed")
        finally:
            self._restore_excepthook()
            self.window.deleteLater()
            self.tray.menu.deleteLater()
            self.deleteLater()
            if not self.finished.done():
                self.finished.set_result(0)


async def run_app(
    start_services: StartServices,
    stop_services: StopServices,
    options: Any,
    add_demo_stores: AddDemoStores | None = None,
    exit_when_shown: bool = False,
    instance: SingleInstance | None = None,
    stop: asyncio.Event | None = None,
) -> int:
    """The main coroutine: start the services inside the running loop, then live until quit. When they
    cannot start, say why in a window and return 1 once it is closed or `stop` is set."""
    try:
        runtime = await start_services(options)
    except StoreSyncError as error:
        log.error("StoreSync could not start: %s", error)
        print(f"StoreSync could not start: {error}", file=sys.stderr, flush=True)
        if not exit_when_shown:
            await show_start_failure(user_text(error), stop or asyncio.Event())
        return 1
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_language(
            app, chosen_code(runtime.services.settings.get_setting("language", default("language")))
        )
    desktop = DesktopApp(runtime, stop_services, add_demo_stores, exit_when_shown)
    if instance is not None:
        instance.activated.connect(desktop.window.bring_forward)
    desktop.start()
    return await desktop.finished


def _wake_for_signals(app: QApplication, quit_soon: Callable[[], None]) -> QTimer:
    """Ctrl-C and SIGTERM quit cleanly: Python runs signal handlers only when the interpreter gets
    control, so a light timer gives it that chance while Qt idles."""
    for number in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(ValueError, OSError):
            signal.signal(number, lambda *_: quit_soon())
    timer = QTimer(app)
    timer.start(500)
    timer.timeout.connect(lambda: None)
    return timer


def run_gui(
    argv: Sequence[str],
    start_services: StartServices,
    stop_services: StopServices,
    options: Any = None,
    add_demo_stores: AddDemoStores | None = None,
    instance_key: str | None = None,
) -> int:
    """Open StoreSync. `start_services(options)` returns a runtime with `.services` (AppServices) and
    optionally `.replaced` (DatabaseReplaced) and `.interrupted_runs`; `stop_services(runtime)` is
    awaited before the loop ends. A second launch with the same `instance_key` (default: the options'
    data_dir) shows the first one's window and returns 0."""
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("StoreSync")
    app.setOrganizationName("StoreSync")
    app.setDesktopFileName("storesync")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    apply_language(app)  # the system's until the stored choice can be read
    ThemeFollower(app)

    key = instance_key or str(getattr(options, "data_dir", None) or "default")
    instance = SingleInstance(key)
    if not instance.acquire():
        shown = ask_running_instance_to_show(key)
        print(
            "StoreSync is already running; its window was brought forward."
            if shown
            else "StoreSync is already running.",
            flush=True,
        )
        return 0

    exit_when_shown = os.environ.get(EXIT_WHEN_SHOWN_ENV) == "1"
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    stop = asyncio.Event()
    main = asyncio.ensure_future(
        run_app(start_services, stop_services, options, add_demo_stores, exit_when_shown, instance, stop),
        loop=loop,
    )

    def quit_soon() -> None:
        stop.set()
        desktop = app.findChild(DesktopApp)
        if desktop is not None:
            desktop.request_quit()
        elif not main.done():
            QTimer.singleShot(200, quit_soon)  # still starting: quit once the window exists

    wake = _wake_for_signals(app, quit_soon)
    try:
        return int(loop.run_until_complete(main))
    except RuntimeError:
        # Qt's loop was ended from outside (the desktop session is closing): stop the services in
        # one more run of the loop rather than leave running syncs to be cut off.
        log.warning("The event loop ended before StoreSync stopped; stopping the services now")
        desktop = app.findChild(DesktopApp)
        if desktop is not None and not desktop.finished.done():
            desktop.request_quit()
            loop.run_until_complete(desktop.finished)
        return 0
    finally:
        wake.stop()
        instance.release()
        asyncio.set_event_loop(None)
        loop.close()
