"""The API server (`storesync serve`, DESIGN.md §6): the control API over a server's PostgreSQL database,
for the window's console and the command line, beside the workers that run the syncs.

It runs no sync itself. Its SchedulerControl (app.worker.queue_control) queues "Sync now" for the workers
and writes pauses and schedules where their due-runs tick reads them; what the workers do reaches its
event stream through app.worker.run_events, which follows the runs and log tables. The same routes, token
check and JSON as the desktop's API (app.control).

Start order: TLS (refused before anything opens) -> the database (unreachable or not migrated: refused)
-> its log table as a log handler -> the token -> the queue -> the watchers (auto-pause, stale stores,
alerts) -> the services -> the database follower -> listening -> asking PostgreSQL whether this serve
alerts and pauses (app.worker.alerting_serve). Stop in reverse.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import os
import secrets
import socket
import ssl
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, replace
from pathlib import Path

from app import __version__
from app.alerts.dispatcher import AlertDispatcher
from app.connectors.http import HttpPolicy
from app.connectors.registry import ConnectorRegistry
from app.control.server import ControlServer, Listening
from app.control.token_file import SERVER_PORT, SERVER_TOKEN_NAME, ControlEndpoint
from app.core.addresses import is_loopback
from app.core.bus import EventBus
from app.core.errors import InvalidRequest, StorageError
from app.core.redaction import REDACTOR
from app.core.services import AppServices
from app.core.settings import DEFAULTS
from app.scheduling.auto_pause import AutoPause
from app.scheduling.stale_watch import StaleWatch
from app.storage import postgres
from app.storage.credentials_directory import SYSTEMD_VARIABLE
from app.storage.paths import PRIVATE_FILE_MODE, ensure_private_dir
from app.storage.postgres_lease import ALERTS_LOCK, SessionLock
from app.storage.postgres_logs import lines_in_database
from app.storage.postgres_server_queue import PostgresServerQueue
from app.storage.postgres_storage import PostgresStorage, open_postgres_storage
from app.worker.alerting_serve import AlertingServe
from app.worker.queue import RUNS_QUEUE, queue_app
from app.worker.queue_control import QueueSchedulerControl
from app.worker.run_consequences import RunConsequences
from app.worker.run_events import DatabaseEvents
from app.worker.service import server_alert_secrets, server_credentials, server_engine

log = logging.getLogger("app.api_server")


@dataclass(frozen=True, slots=True)
class ServeOptions:
    url: str
    data_dir: Path
    host: str = "127.0.0.1"
    port: int = SERVER_PORT
    tls_cert: Path | None = None
    tls_key: Path | None = None
    credentials_dir: Path | None = None
    follow_seconds: float = 1.0
    stale_check_seconds: float = 60.0
    alerting_check_seconds: float = 2.0


@dataclass(frozen=True, slots=True)
class ServerToken:
    """The token the API takes, and where it lives: `drawn` when this start made it (and wrote `path`),
    else read from systemd's credentials directory."""

    value: str
    path: Path
    drawn: bool


def tls_context(options: ServeOptions) -> ssl.SSLContext | None:
    """The server's TLS from its certificate and key files; InvalidRequest in one line when they are
    missing, unreadable or do not belong together, or when a non-loopback address has none."""
    if (options.tls_cert is None) != (options.tls_key is None):
        raise InvalidRequest("--tls-cert and --tls-key go together")
    if options.tls_cert is None or options.tls_key is None:
        if not is_loopback(options.host):
            raise InvalidRequest(
                f"listening on {options.host} needs TLS (--tls-cert FILE --tls-key FILE): "
                "the token must not travel in clear"
            )
        return None
    for what, path in (("certificate", options.tls_cert), ("key", options.tls_key)):
        if not path.is_file():
            raise InvalidRequest(f"the TLS {what} file {path} does not exist")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(options.tls_cert, options.tls_key)
    except ssl.SSLError as error:
        if "KEY_VALUES_MISMATCH" in str(error):
            raise InvalidRequest(
                f"the TLS key {options.tls_key} does not belong to the certificate {options.tls_cert}"
            ) from None
        raise InvalidRequest(
            f"cannot use the TLS certificate {options.tls_cert} with the key {options.tls_key} "
            f"({error.reason or error})"
        ) from None
    except OSError as error:
        raise InvalidRequest(f"cannot read the TLS files: {error.strerror or error}") from None
    return context


def server_token(data_dir: Path, credentials: str | None = None) -> ServerToken:
    """The token from systemd's credentials directory (`control-token`) when there is one; otherwise the
    data folder's `control-token`, drawn and written owner-only at the first start and kept after it:
    a restart, or a second serve on the same folder that cannot start, leaves the consoles' token valid.
    Deleting the file draws a new one at the next start."""
    directory = credentials if credentials is not None else os.environ.get(SYSTEMD_VARIABLE)
    if directory:
        given = Path(directory) / SERVER_TOKEN_NAME
        value = _read_token(given)
        if value is not None:
            return ServerToken(value, given, drawn=False)
    ensure_private_dir(data_dir)
    path = data_dir / SERVER_TOKEN_NAME
    value = _read_token(path)
    if value is not None:
        return ServerToken(value, path, drawn=False)
    value = secrets.token_urlsafe(32)
    REDACTOR.add_secret(value)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(value + "\n")
    os.replace(temporary, path)
    return ServerToken(value, path, drawn=True)


def _read_token(path: Path) -> str | None:
    """The token the file holds; None when there is no file; InvalidRequest when it cannot serve."""
    try:
        value = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise InvalidRequest(f"cannot read the token {path}: {error.strerror or error}") from None
    if len(value) < 16:
        raise InvalidRequest(f"the token in {path} is shorter than 16 characters")
    REDACTOR.add_secret(value)
    return value


class ApiServer:
    """`start()` listens (raises InvalidRequest with one line on bad input); `stop()` ends it."""

    def __init__(self, options: ServeOptions) -> None:
        self.options = options
        self.endpoint: ControlEndpoint | None = None
        self._stack: contextlib.AsyncExitStack | None = None

    async def start(self) -> ControlEndpoint:
        options = self.options
        tls = tls_context(options)
        async with contextlib.AsyncExitStack() as undo:
            storage = await asyncio.to_thread(_open_storage, options.url)
            undo.callback(storage.close)
            token = server_token(options.data_dir)
            await undo.enter_async_context(lines_in_database(storage.logs, REDACTOR))
            queue = queue_app(options.url)
            await undo.enter_async_context(queue.open_async())
            bus = EventBus()
            loop = asyncio.get_running_loop()

            def dispatch(callback: Callable[[], None]) -> None:
                loop.call_soon_threadsafe(callback)

            bus.dispatcher = dispatch
            queue_state = PostgresServerQueue(storage.database, RUNS_QUEUE)
            scheduler = QueueSchedulerControl(
                queue,
                storage.stores,
                storage.runs,
                storage.settings,
                bus,
                queue_state=queue_state,
            )
            undo.push_async_callback(scheduler.wait_queued)
            watchers = await undo.enter_async_context(_watching(storage, bus, scheduler, options))
            services = replace(_services(storage, bus, scheduler, options), alerts=watchers.alerts)
            events = DatabaseEvents(
                storage.runs,
                storage.logs,
                bus,
                interval=options.follow_seconds,
                queue=queue_state,
                jobs=storage.stores,
            )
            await events.start()
            undo.push_async_callback(events.stop)
            control = ControlServer(
                services,
                options.data_dir,
                Listening(host=options.host, port=options.port, tls=tls, token=token.value, token_file=False),
                status_off_loop=True,
            )
            try:
                endpoint = await control.start()
            except OSError as error:
                raise InvalidRequest(_listen_refusal(options, error)) from None
            undo.push_async_callback(control.stop)
            self._stack = undo.pop_all()
        self.endpoint = endpoint
        where = "a new token written" if token.drawn else "the token read"
        log.info(
            "StoreSync %s API server on %s for PostgreSQL at %s; token: %s at %s",
            __version__,
            endpoint.base_url,
            postgres.shown_url(options.url),
            where,
            token.path,
        )
        # Only a serve that listens may take the alerts: one that failed to start never held them.
        name = f"{socket.gethostname()}:{endpoint.port}"
        alerting = AlertingServe(
            SessionLock(options.url, ALERTS_LOCK, name=f"the serve on {name}"),
            watchers.act,
            watchers.stand_by,
            name=name,
            every=options.alerting_check_seconds,
        )
        try:
            await alerting.start()
        except BaseException:
            await self.stop()
            raise
        self._stack.push_async_callback(alerting.stop)
        return endpoint

    async def stop(self) -> None:
        stack, self._stack = self._stack, None
        if stack is not None:
            await stack.aclose()
        log.info("API server stopped")


@dataclass(frozen=True, slots=True)
class _Watchers:
    """The alert channels, and the switch of what only the serve PostgreSQL chose does (alerting and
    pausing, app.worker.alerting_serve)."""

    alerts: AlertDispatcher
    auto_pause: AutoPause

    def act(self) -> None:
        self.auto_pause.attach()
        self.alerts.sending = True

    def stand_by(self) -> None:
        self.auto_pause.detach()
        self.alerts.sending = False


@contextlib.asynccontextmanager
async def _watching(
    storage: PostgresStorage, bus: EventBus, scheduler: QueueSchedulerControl, options: ServeOptions
) -> AsyncIterator[_Watchers]:
    """What a desktop's scheduler does beside running jobs, done here for every worker's runs: a job
    that keeps failing pauses itself, a store whose data got old is told stale, and the alerts go out by
    email and webhook (the runs' events come from app.worker.run_events). Every serve follows them;
    alerting and pausing start with `act()`."""
    consequences = RunConsequences(storage.stores, storage.inventory, storage.settings, bus)
    auto_pause = AutoPause(scheduler, storage.stores, storage.settings, bus)
    stale = StaleWatch(storage.stores, storage.runs, storage.settings, bus)
    alerts = AlertDispatcher(
        bus, storage.settings, storage.stores, server_alert_secrets(options.credentials_dir), REDACTOR.redact
    )
    alerts.sending = False
    alerts.recall()
    consequences.attach()
    alerts.attach()
    stale.attach()
    ticking = asyncio.get_running_loop().create_task(_check_stale(stale, options.stale_check_seconds))
    try:
        yield _Watchers(alerts, auto_pause)
    finally:
        ticking.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await ticking
        stale.detach()
        auto_pause.detach()
        await auto_pause.drain()
        await consequences.aclose()
        await alerts.aclose()


async def _check_stale(stale: StaleWatch, every: float) -> None:
    """Time alone makes a store stale: look again every `every` seconds (the history read off the
    loop, what changed told on it, where the alerts listen)."""
    while True:
        await asyncio.sleep(every)
        found = await asyncio.to_thread(stale.look)
        if found is not None:
            stale.tell(found)


def _open_storage(url: str) -> PostgresStorage:
    try:
        return open_postgres_storage(url)
    except StorageError as error:
        raise InvalidRequest(str(error)) from None


def _listen_refusal(options: ServeOptions, error: OSError) -> str:
    where = f"{options.host}:{options.port}"
    if error.errno == errno.EADDRINUSE:
        return f"cannot listen on {where}: another program uses that port (choose one with --listen)"
    if error.errno == errno.EADDRNOTAVAIL:
        return f"cannot listen on {where}: this machine has no such address"
    if error.errno == errno.EACCES:
        return f"cannot listen on {where}: ports below 1024 need privileges"
    return f"cannot listen on {where}: {error.strerror or error}"


def _services(
    storage: PostgresStorage, bus: EventBus, scheduler: QueueSchedulerControl, options: ServeOptions
) -> AppServices:
    settings = {key: storage.settings.get_setting(key) for key in DEFAULTS}
    engine = server_engine(storage, bus, options.credentials_dir)  # previews stock pushes; runs no sync
    return AppServices(
        bus=bus,
        stores=storage.stores,
        runs=storage.runs,
        inventory=storage.inventory,
        orders=storage.orders,
        logs=storage.logs,
        settings=storage.settings,
        credentials=server_credentials(storage, options.credentials_dir),
        scheduler=scheduler,
        connections=ConnectorRegistry(HttpPolicy.from_settings(settings)),
        maintenance=storage.maintenance,
        pushes=engine,
        retention=storage.retention,
        overview=storage.overview,
        data_dir=options.data_dir,
        log_dir=options.data_dir,
        version=__version__,
    )
