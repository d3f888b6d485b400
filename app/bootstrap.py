"""The composition root: builds every service in a fixed order and stops them in the reverse one.

Start (inside the running loop, qasync or plain asyncio): data dir -> the one-app-per-folder lock
-> storage (a damaged file is moved aside and reported) -> logging -> runs left 'running' by a
process that is gone are marked interrupted (by every process, the short commands too) -> keychain
-> connectors -> engine -> demo simulators -> email/webhook alerts (sent by the process that owns the
data folder, listening before the scheduler's start-up runs) -> scheduler -> AppServices for the window
-> the control API (that process too).
Stop (before the loop ends, i.e. before app.quit()): control API -> scheduler -> engine drain ->
alert deliveries under way -> simulators -> logging -> storage -> lock.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from app import __version__
from app.alerts.dispatcher import AlertDispatcher
from app.connectors.http import HttpPolicy, verified_tls
from app.connectors.registry import ConnectorRegistry
from app.control.server import ControlServer
from app.core.bus import EventBus
from app.core.console import Console
from app.core.events import DatabaseReplaced, SettingsChanged, StoresChanged
from app.core.ports import ConnectorFactory, CredentialStore
from app.core.redaction import REDACTOR
from app.core.services import AppServices
from app.core.settings import DEFAULTS
from app.demo_setup import DemoAwareCredentials, DemoStores, ensure_cleanup_job
from app.instance_lock import DataDirLock
from app.scheduling import SyncScheduler
from app.storage import Storage, open_storage
from app.storage.alert_secrets import AlertSecrets
from app.storage.credentials import KeyringCredentialStore
from app.storage.keychain_upgrade import upgrade_keychain
from app.storage.logs import InstalledLogging, install_logging
from app.storage.paths import log_dir, resolve_data_dir
from app.sync.engine import SyncEngine

log = logging.getLogger(__name__)

SHUTDOWN_TIMEOUT_SECONDS = 10.0


@dataclass(slots=True)
class StartOptions:
    """What the command line asked for. `owner`: this process is the app (the window or headless),
    one per data folder, which keeps the cleanup job and the demo stores. `scheduler=False`
    fires no job (the `sync` command runs jobs itself); `simulators=False` leaves the demo stores
    pointing nowhere (commands that only read). `console_level` is what stdout shows; the log file
    and the database keep INFO and up (DEBUG with `debug`) either way. With `debug` and without
    `log_to_stdout` the log goes to stderr, beside what a command prints."""

    data_dir: str | None = None
    debug: bool = False
    demo: bool = False
    demo_if_empty: bool = False
    log_to_stdout: bool = False
    console_level: int = logging.WARNING
    owner: bool = True
    scheduler: bool = True
    simulators: bool = True


@dataclass(slots=True)
class Runtime:
    options: StartOptions
    data_dir: Path
    log_dir: Path
    bus: EventBus
    storage: Storage
    credentials: DemoAwareCredentials
    connectors: ConnectorRegistry
    engine: SyncEngine
    scheduler: SyncScheduler
    services: AppServices
    demo: DemoStores
    logging: InstalledLogging
    replaced: DatabaseReplaced | None = None
    interrupted_runs: int = 0
    notices: list[str] = field(default_factory=list)
    lock: DataDirLock | None = None
    control: ControlServer | None = None
    alerts: AlertDispatcher | None = None
    _unsubscribe: list[Any] = field(default_factory=list)

    @property
    def connect_server(self) -> Callable[[str, str, str | None], Awaitable[Console]]:
        """File -> Connect to server: a console on another instance's control API."""
        from app.control.remote_console import connect_remote_console

        return connect_remote_console


async def start_services(options: StartOptions) -> Runtime:
    """Build and start everything on the running loop; raises StoreSyncError with a plain message.
    When a step fails, what was already started is stopped again, in reverse order."""
    loop = asyncio.get_running_loop()
    data_dir = resolve_data_dir(options.data_dir)
    logs = log_dir(data_dir)
    bus = EventBus()

    def dispatch(callback: Callable[[], None]) -> None:
        loop.call_soon_threadsafe(callback)

    bus.dispatcher = dispatch
    async with contextlib.AsyncExitStack() as undo:
        runtime = await _build(options, undo, data_dir, logs, bus)
        undo.pop_all()  # started: from here on stop_services owns all of it
    return runtime


async def _build(
    options: StartOptions, undo: contextlib.AsyncExitStack, data_dir: Path, logs: Path, bus: EventBus
) -> Runtime:
    """Start each part in order, registering on `undo` how to stop it should a later step fail."""
    lock = None
    if options.owner:
        lock = DataDirLock(data_dir)
        lock.acquire()
        undo.callback(lock.release)
    storage = open_storage(data_dir)
    undo.callback(storage.close)
    kept_level = logging.DEBUG if options.debug else logging.INFO
    installed = install_logging(
        logs,
        REDACTOR,
        storage,
        console=options.log_to_stdout or options.debug,
        level=min(kept_level, options.console_level),
        bus=bus,
    )
    undo.callback(installed.uninstall)
    _separate_console_level(installed, kept_level, options.console_level)
    if options.log_to_stdout and isinstance(installed.console_handler, logging.StreamHandler):
        installed.console_handler.setStream(sys.stdout)  # headless: the log is the program's output
    log.info("StoreSync %s starting with data in %s", __version__, data_dir)
    notices = _report_replaced(storage, bus)
    interrupted = await storage.runs.interrupt_orphaned_runs()
    if interrupted:
        log.warning(
            "%d syncs were cut off when their StoreSync process ended; marked interrupted",
            interrupted,
        )

    keychain = KeyringCredentialStore(storage.stores, REDACTOR)
    await upgrade_keychain(storage.stores, keychain)
    credentials = DemoAwareCredentials(keychain)
    connectors = ConnectorRegistry(HttpPolicy.from_settings(_http_settings(storage)))
    # Loading the CA bundle takes 20-35 ms; do it now, off the loop, not inside the first sync.
    await asyncio.to_thread(verified_tls)
    engine = build_engine(
        storage,
        credentials,
        connectors,
        bus,
        max_concurrent=int(_setting(storage, "max_concurrent_runs")),
        redact=REDACTOR.redact,
    )
    demo = DemoStores(storage.stores, credentials, owner=options.owner)
    undo.callback(demo.stop)
    if options.owner:
        await ensure_cleanup_job(storage.stores)
        if options.demo or (options.demo_if_empty and not storage.stores.list_stores()):
            await demo.create_if_absent()
    if options.simulators:
        await demo.start_if_needed()
    # Listening before the scheduler starts: its start-up runs and the stores already stale are news too.
    alerts = build_alerts(storage, bus)
    if options.owner and options.scheduler:  # one process sends a data folder's alerts
        alerts.recall()
        alerts.attach()
        undo.push_async_callback(alerts.aclose)
    scheduler = SyncScheduler(engine, storage.stores, storage.runs, storage.settings, bus)
    if options.scheduler:
        await scheduler.start()
        undo.push_async_callback(scheduler.shutdown)

    services = AppServices(
        bus=bus,
        stores=storage.stores,
        runs=storage.runs,
        inventory=storage.inventory,
        orders=storage.orders,
        logs=storage.logs,
        settings=storage.settings,
        credentials=credentials,
        scheduler=scheduler,
        connections=connectors,
        maintenance=storage.maintenance,
        pushes=engine,
        retention=storage.retention,
        overview=storage.overview,
        data_dir=data_dir,
        log_dir=logs,
        version=__version__,
        alerts=alerts,
    )
    control = None
    if options.owner and options.scheduler:
        control = ControlServer(services, data_dir)
        await control.start()
        undo.push_async_callback(control.stop)
    runtime = Runtime(
        options=options,
        data_dir=data_dir,
        log_dir=logs,
        bus=bus,
        storage=storage,
        credentials=credentials,
        connectors=connectors,
        engine=engine,
        scheduler=scheduler,
        services=services,
        demo=demo,
        logging=installed,
        replaced=storage.replaced,
        interrupted_runs=interrupted,
        notices=notices,
        lock=lock,
        control=control,
        alerts=alerts,
    )
    runtime._unsubscribe.append(bus.subscribe(SettingsChanged, lambda event: _apply_settings(runtime, event)))
    # What is built so far lives as long as the app: kept out of the collector's full walks, which a
    # large sync's parsed pages set off, each walk takes a few ms instead of 20-40 (the window freezes
    # its widgets too, once they exist).
    gc.freeze()
    return runtime


def _separate_console_level(installed: InstalledLogging, kept_level: int, console_level: int) -> None:
    """The file and the database (the window's log viewer, run details) keep INFO and up whatever the
    console shows; `console_level` only decides what reaches stdout."""
    for handler in (installed.file_handler, installed.database_handler):
        if handler is not None:
            handler.setLevel(kept_level)
    if installed.console_handler is not None:
        installed.console_handler.setLevel(console_level)


def _report_replaced(storage: Storage, bus: EventBus) -> list[str]:
    """A damaged database moved aside at this start: say where it went (log, window, terminal)."""
    if storage.replaced is None:
        return []
    notice = (
        f"The database could not be used ({storage.replaced.reason}); it was moved to "
        f"{storage.replaced.moved_to} and a new one was created."
    )
    log.warning("%s", notice)
    bus.publish(storage.replaced)
    return [notice]


async def stop_services(runtime: Runtime, timeout: float = SHUTDOWN_TIMEOUT_SECONDS) -> None:  # noqa: ASYNC109
    """Stop in reverse order; each step runs even when an earlier one failed, and none raises."""
    for unsubscribe in runtime._unsubscribe:
        unsubscribe()
    runtime._unsubscribe.clear()
    if runtime.control is not None:
        await _step("stopping the control API", runtime.control.stop())
    if runtime.options.scheduler:
        await _step("stopping the scheduler", runtime.scheduler.shutdown(timeout=timeout))
    await _step("stopping running syncs", runtime.engine.drain(timeout))
    if runtime.alerts is not None:
        await _step("finishing alert deliveries", runtime.alerts.aclose())
    runtime.demo.stop()
    log.info("StoreSync stopped")  # while the file and the database still take lines
    runtime.logging.uninstall()
    try:
        runtime.storage.close()
    except Exception:
        log.exception("Closing the database failed")
    if runtime.lock is not None:
        runtime.lock.release()


async def _step(what: str, work: Any) -> None:
    try:
        await work
    except Exception:
        log.exception("Shutdown: %s failed", what)


def _apply_settings(runtime: Runtime, event: SettingsChanged) -> None:
    if "max_concurrent_runs" in event.keys:
        runtime.engine.set_max_concurrent(int(_setting(runtime.storage, "max_concurrent_runs")))
    if not HTTP_SETTINGS.isdisjoint(event.keys):  # the connectors of the next runs send by them
        runtime.connectors.policy = HttpPolicy.from_settings(_http_settings(runtime.storage))


async def add_demo_stores(runtime: Runtime) -> int:
    """The window's "Try the demo stores": create them, start their simulators, schedule their jobs."""
    jobs = await runtime.demo.create_if_absent()
    if runtime.options.scheduler:
        for job in jobs:
            assert job.id is not None
            runtime.scheduler.reload_job(job.id)
    runtime.bus.publish(StoresChanged())
    return len(jobs)


def build_alerts(storage: Storage, bus: EventBus) -> AlertDispatcher:
    """Email and webhook alerts on `storage`'s settings, with their secrets in the keychain."""
    secrets = AlertSecrets(storage.settings)
    return AlertDispatcher(bus, storage.settings, storage.stores, secrets, REDACTOR.redact)


def build_engine(
    storage: Storage,
    credentials: CredentialStore,
    connectors: ConnectorFactory,
    bus: EventBus,
    *,
    max_concurrent: int = 4,
    retry_base_delay: float = 1.0,
    redact: Callable[[str], str] | None = None,
) -> SyncEngine:
    """The engine on `storage`'s repositories, wired alike for the app, the self-test and engine tests."""
    return SyncEngine(
        bus=bus,
        stores=storage.stores,
        runs=storage.runs,
        inventory=storage.inventory,
        orders=storage.orders,
        cursors=storage.cursors,
        credentials=credentials,
        connectors=connectors,
        settings=storage.settings,
        retention=storage.retention,
        max_concurrent=max_concurrent,
        retry_base_delay=retry_base_delay,
        redact=redact,
    )


def _setting(storage: Storage, key: str) -> Any:
    return storage.settings.get_setting(key, DEFAULTS[key])


HTTP_SETTINGS: Final = frozenset(
    {"retry_attempts", "request_timeout_seconds", "request_deadline_seconds", "max_pages_per_read"}
)


def _http_settings(storage: Storage) -> dict[str, Any]:
    return {key: _setting(storage, key) for key in HTTP_SETTINGS}
