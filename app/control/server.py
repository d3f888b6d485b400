"""ControlServer: the control API of the running instance, served on its own event loop.

aiohttp's web server runs on whatever asyncio loop is running, so the same server works under qasync
(the window) and plain asyncio (`headless`). The desktop's listens on 127.0.0.1 only, on a port the OS
picks; each start draws a new token and writes the token file, each clean stop removes it. The API
server (`storesync serve`) says where it listens, with TLS off loopback, and which token it takes.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import secrets
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.control.token_file import ControlEndpoint, remove_token_file, write_token_file
from app.core.services import AppServices

if TYPE_CHECKING:  # importing these imports aiohttp, which start() does off the loop
    from app.control.context import ControlContext

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
API_PREFIX = "/api/v1"
SHUTDOWN_SECONDS = 2.0


async def load_web_server() -> None:
    """Import aiohttp's server off the event loop: its import takes 100-150 ms (most of it reading the
    CA bundle for its client), which would otherwise freeze the window once at start."""
    await asyncio.to_thread(importlib.import_module, "aiohttp.web")


@dataclass(frozen=True, slots=True)
class Listening:
    """Where and how the API listens. `port` 0: one the OS picks. `token` None: a new one drawn at each
    start. `token_file`: write the endpoint (token included) to the data folder's token file."""

    host: str = LOOPBACK
    port: int = 0
    tls: ssl.SSLContext | None = None
    token: str | None = None
    token_file: bool = True


class ControlServer:
    """Serves the API for `services` until `stop()`. `data_dir` receives the token file."""

    def __init__(
        self,
        services: AppServices,
        data_dir: Path,
        listening: Listening | None = None,
        *,
        status_off_loop: bool = False,
    ) -> None:
        """`status_off_loop`: build the status answer on a worker thread (app.control.status_cache), for
        services whose reads are thread-safe round trips to a database server."""
        self._services = services
        self._data_dir = data_dir
        self._listening = listening or Listening()
        self._status_off_loop = status_off_loop
        self._runner: Any = None
        self._context: ControlContext | None = None
        self.endpoint: ControlEndpoint | None = None

    async def start(self) -> ControlEndpoint:
        await load_web_server()
        from aiohttp import web

        from app.control.app import build_app
        from app.control.context import CONTEXT, ControlContext

        listening = self._listening
        token = listening.token or secrets.token_urlsafe(32)
        started = datetime.now(UTC)
        context = ControlContext(services=self._services, started_at=started, pid=os.getpid())
        from app.control.routes_meta import status_body
        from app.control.status_cache import StatusCache

        context.status = StatusCache(
            lambda: status_body(context), self._services.bus, off_loop=self._status_off_loop
        )
        application = build_app(token)
        application[CONTEXT] = context
        runner = web.AppRunner(application, access_log=None, shutdown_timeout=SHUTDOWN_SECONDS)
        await runner.setup()
        try:
            site = web.TCPSite(runner, listening.host, listening.port, ssl_context=listening.tls)
            await site.start()
            port = int(runner.addresses[0][1])
            endpoint = ControlEndpoint(
                port=port,
                token=token,
                pid=context.pid,
                version=self._services.version,
                started_at=started.isoformat(),
                host=listening.host,
                scheme="https" if listening.tls is not None else "http",
            )
            if listening.token_file:
                await asyncio.to_thread(write_token_file, self._data_dir, endpoint)
        except BaseException:
            context.close_streams()
            await runner.cleanup()
            raise
        self._runner, self._context, self.endpoint = runner, context, endpoint
        log.info("Control API listening on %s", endpoint.base_url)
        return endpoint

    @property
    def event_streams(self) -> int:
        """How many clients follow the event stream now."""
        return 0 if self._context is None else len(self._context.streams)

    async def stop(self) -> None:
        """End the event streams, stop listening, remove the token file."""
        runner, context, endpoint = self._runner, self._context, self.endpoint
        self._runner = self._context = self.endpoint = None
        if context is not None:
            context.close_streams()
        if runner is not None:
            await runner.cleanup()
        if endpoint is not None and self._listening.token_file:
            remove_token_file(self._data_dir, endpoint.token)
            log.info("Control API stopped")
