"""Real parts for engine tests: a SQLite file in tmp_path, simple-JSON simulators on loopback, the real
generic JSON connector, and the engine wired the way bootstrap wires it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.bootstrap import build_engine
from app.connectors.http import HttpPolicy
from app.connectors.policy import RetryPolicy as HttpRetryPolicy
from app.connectors.registry import ConnectorRegistry
from app.core.bus import EventBus
from app.core.events import Event
from app.core.models import Job, JobKind, Platform, Store
from app.core.schedule import ScheduleSpec
from app.demo_setup import DemoAwareCredentials
from app.sandbox.catalog import Catalog
from app.sandbox.faults import FaultPlan
from app.sandbox.simple import SimpleSimulator
from app.storage import open_storage
from app.storage.storage import Storage
from app.sync.engine import SyncEngine

# A push guard that lets a first push between two unrelated catalogs change every SKU.
UNGUARDED = {"max_change_share": 1, "max_zero_share": 1}


class NoKeychain:
    """The keychain of a machine without one: every call says so. Engine tests keep their secrets in
    DemoAwareCredentials' memory, so a test that reaches this has a bug."""

    def backend_name(self) -> str:
        return "none"

    def set_secret(self, store_id: int, field: str, value: str) -> None:
        raise AssertionError("engine tests must not write to the keychain")

    def get_secret(self, store_id: int, field: str) -> str | None:
        raise AssertionError("engine tests must not read the keychain")

    def delete_secrets(self, store_id: int, fields: Any) -> None:
        raise AssertionError("engine tests must not touch the keychain")


def start_simulator(
    products: int = 300, *, orders: int = 5, seed: int = 1, **options: Any
) -> SimpleSimulator:
    simulator = SimpleSimulator(
        Catalog(products, seed=seed, orders=orders), credentials={}, faults=FaultPlan(), **options
    )
    simulator.start()
    return simulator


def store_settings(simulator: SimpleSimulator, page_size: int = 100) -> dict[str, Any]:
    settings = simulator.store_settings()
    settings.update(auth="none", page_size=page_size, stock_endpoint="/products/stock")
    return settings


@dataclass
class Harness:
    storage: Storage
    engine: SyncEngine
    bus: EventBus
    credentials: DemoAwareCredentials
    events: list[Event] = field(default_factory=list)

    async def add_store(self, name: str, simulator: SimpleSimulator, page_size: int = 100) -> Store:
        store = await self.storage.stores.save_store(
            Store(name, Platform.GENERIC_JSON, store_settings(simulator, page_size))
        )
        assert store.id is not None
        self.credentials.demo_secrets[store.id] = {}
        return store

    async def add_job(
        self, store: Store | None, kind: JobKind = JobKind.INVENTORY_PULL, **options: Any
    ) -> Job:
        return await self.storage.stores.save_job(
            Job(kind, ScheduleSpec.every(minutes=15), store_id=store.id if store else None, options=options)
        )

    def of_type(self, event_type: type[Any]) -> list[Any]:
        return [event for event in self.events if isinstance(event, event_type)]

    async def set(self, key: str, value: Any) -> None:
        await self.storage.settings.set_setting(key, value)


def build_harness(tmp_path: Path, *, http_attempts: int = 1, engine_retry_delay: float = 0.01) -> Harness:
    storage = open_storage(tmp_path / "data")
    bus = EventBus()
    credentials = DemoAwareCredentials(NoKeychain())
    policy = HttpPolicy(
        read_timeout=5.0, request_timeout=5.0, retry=HttpRetryPolicy(attempts=http_attempts, base_delay=0.01)
    )
    connectors = ConnectorRegistry(policy)
    engine = build_engine(storage, credentials, connectors, bus, retry_base_delay=engine_retry_delay)
    harness = Harness(storage, engine, bus, credentials)
    bus.subscribe(Event, harness.events.append)
    return harness


async def poll(condition: Callable[[], bool], seconds: float = 10.0, what: str = "condition") -> None:
    """Wait for `condition` with a deadline (never a bare sleep)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"{what} not reached within {seconds} s")
        await asyncio.sleep(0.01)
