"""The demo: every available store simulator runs, its stock moves, and the stores point at it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from app.core.models import JobKind, Platform
from app.core.platforms import PLATFORM_FIELDS
from app.sandbox.demo import DemoSandbox, demo_store_definitions, start_demo_simulators
from app.sandbox.registry import SIMULATORS
from app.sandbox.simple import SimpleSimulator
from tests.sandbox.conftest import sandbox_threads


@pytest.fixture
def sandbox() -> Iterator[DemoSandbox]:
    running = start_demo_simulators(products=20, tick_seconds=0.05, base_port=None)
    try:
        yield running
    finally:
        running.stop()
    assert sandbox_threads() == []


def test_one_simulator_per_available_platform_and_always_a_generic_store(sandbox: DemoSandbox) -> None:
    expected = {p.value for p in Platform if p.value in SIMULATORS} | {"generic_json"}
    assert set(sandbox) == expected
    assert len({endpoint.url for endpoint in sandbox.values()}) == len(sandbox)


def test_demo_stores_point_at_their_running_simulator_with_every_required_secret(
    sandbox: DemoSandbox,
) -> None:
    stores = demo_store_definitions(sandbox)
    assert {store.platform.value for store in stores} == set(sandbox)
    assert len({store.name for store in stores}) == len(stores)
    for store in stores:
        address = urlsplit(sandbox[store.platform.value].url).netloc
        assert address in str(store.settings), store.name
        required = {f.name for f in PLATFORM_FIELDS[store.platform] if f.kind == "secret" and f.required}
        assert required <= set(store.secrets), store.name
        assert JobKind.INVENTORY_PULL in [kind for kind, _ in store.schedules]


def test_a_new_user_sees_an_inventory_sync_within_a_minute(sandbox: DemoSandbox) -> None:
    every = [
        spec.every_minutes
        for store in demo_store_definitions(sandbox)
        for kind, spec in store.schedules
        if kind is JobKind.INVENTORY_PULL
    ]
    assert min(m for m in every if m) == 1


def test_demo_stock_changes_on_its_own(sandbox: DemoSandbox) -> None:
    catalog = sandbox.servers["generic_json"].catalog
    first = catalog.quantities()
    deadline = time.monotonic() + 5
    while catalog.quantities() == first and time.monotonic() < deadline:
        time.sleep(0.02)
    assert catalog.quantities() != first


def test_the_simple_json_store_answers_with_its_demo_secret() -> None:
    with SimpleSimulator() as store:
        secret = store.store_secrets()["secret"]
        response = httpx.get(f"{store.url}/products", headers={"Authorization": f"Bearer {secret}"})
        assert response.status_code == 200
        assert store.store_settings()["base_url"] == store.url
