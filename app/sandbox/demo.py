"""The demo: one simulator per platform on loopback, with living stock, and the stores that use them.

Bootstrap calls `start_demo_simulators()` at start (demo mode), then for every entry of
`demo_store_definitions(sandbox)` creates the store with its secrets and jobs when no store of that
name exists, and otherwise updates the existing store's settings (a port may differ from last time).
It calls `sandbox.stop()` on shutdown. Demo secrets are public constants, not real secrets.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any, NamedTuple

from app.core.models import JobKind, Platform
from app.core.platforms import DECLARATIONS
from app.core.platforms.declaration import DemoStoreDeclaration
from app.core.schedule import ScheduleSpec
from app.sandbox.catalog import Catalog
from app.sandbox.registry import SIMULATORS
from app.sandbox.server import SimulatorServer
from app.sandbox.simple import SimpleSimulator

DEMO_BASE_PORT = 47_310  # preferred ports, so demo stores keep their address across restarts
DEMO_PRODUCTS = 60
DEMO_TICK_SECONDS = 5.0


class DemoEndpoint(NamedTuple):
    url: str
    credentials: dict[str, str]
    settings: dict[str, Any]  # the store settings that point the connector at this simulator
    secrets: dict[str, str]  # the connector's secret fields filled with the demo credentials


class DemoStore(NamedTuple):
    name: str
    platform: Platform
    settings: dict[str, Any]
    secrets: dict[str, str]
    schedules: tuple[tuple[JobKind, ScheduleSpec], ...]


_DEMO_STORES: dict[Platform, DemoStoreDeclaration] = {
    platform: declared.demo for platform, declared in DECLARATIONS.items() if declared.demo is not None
}
DEMO_STORE_NAMES: tuple[str, ...] = tuple(demo.name for demo in _DEMO_STORES.values())


class DemoSandbox(dict[str, DemoEndpoint]):
    """platform value -> endpoint of its running simulator; `stop()` ends them all."""

    def __init__(self) -> None:
        super().__init__()
        self.servers: dict[str, SimulatorServer] = {}

    def stop(self) -> None:
        for server in self.servers.values():
            server.stop()
        self.servers.clear()


def _start(
    server_class: type[SimulatorServer], catalog: Catalog, port: int, tick: float | None
) -> SimulatorServer:
    server = server_class(catalog, port=port, tick_seconds=tick)
    try:
        server.start()
    except OSError:  # the preferred port is taken (another instance, another program): any port will do
        server = server_class(catalog, port=0, tick_seconds=tick)
        server.start()
    return server


def start_demo_simulators(
    products: int = DEMO_PRODUCTS,
    tick_seconds: float | None = DEMO_TICK_SECONDS,
    base_port: int | None = DEMO_BASE_PORT,
) -> DemoSandbox:
    """One running simulator per platform whose simulator exists; the generic JSON store always runs
    (on the simple JSON store when its own simulator is missing). Stock changes every `tick_seconds`."""
    sandbox = DemoSandbox()
    try:
        for offset, platform in enumerate(_DEMO_STORES):
            server_class = SIMULATORS.get(platform.value)
            if server_class is None and platform is Platform.GENERIC_JSON:
                server_class = SimpleSimulator
            if server_class is None:
                continue
            catalog = Catalog(products, seed=offset + 1, orders=8)
            port = base_port + offset if base_port else 0
            server = _start(server_class, catalog, port, tick_seconds)
            sandbox.servers[platform.value] = server
            sandbox[platform.value] = DemoEndpoint(
                server.url, dict(server.credentials), server.store_settings(), server.store_secrets()
            )
    except BaseException:
        with contextlib.suppress(Exception):
            sandbox.stop()
        raise
    return sandbox


def demo_store_definitions(endpoints: Mapping[str, DemoEndpoint]) -> list[DemoStore]:
    """The demo stores for the running simulators: name, platform, settings, secrets and jobs."""
    stores = []
    for platform, demo in _DEMO_STORES.items():
        endpoint = endpoints.get(platform.value)
        if endpoint is not None:
            stores.append(
                DemoStore(
                    demo.name, platform, dict(endpoint.settings), dict(endpoint.secrets), demo.schedules
                )
            )
    return stores
