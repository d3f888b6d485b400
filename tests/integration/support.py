"""What the store sandbox tests share: a simulator started for one test, and a store saved with the
simulator's settings and credentials."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

from app.core.models import Platform, Store
from app.sandbox.server import SimulatorServer
from tests.sync.harness import Harness

Simulator = TypeVar("Simulator", bound=SimulatorServer)


def started(server: Simulator) -> Simulator:
    server.start()
    return server


def serving(server: Simulator, *, check_errors: bool = True) -> Iterator[Simulator]:
    """A fixture's body: the started simulator, stopped afterwards; by default no request may have
    crashed one of its handlers."""
    yield server
    server.stop()
    if check_errors:
        assert server.errors == []


async def add_store(
    harness: Harness, server: SimulatorServer, name: str, platform: Platform, **settings: Any
) -> Store:
    """A store pointed at `server`, its secrets kept in the harness's memory instead of a keychain."""
    store = await harness.storage.stores.save_store(
        Store(name, platform, {**server.store_settings(), **settings})
    )
    assert store.id is not None
    harness.credentials.demo_secrets[store.id] = dict(server.credentials)
    return store


def stored(harness: Harness, store: Store) -> dict[str, int]:
    """The quantities stored for `store`, by SKU."""
    return {
        item.sku: item.quantity
        for item in harness.storage.inventory.search_items("", 0, 10_000)
        if item.store_id == store.id
    }
