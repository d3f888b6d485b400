"""Fixtures: a running simple store on a real loopback socket, and a client that knows its token."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest

from app.sandbox import Catalog, SimpleSimulator


def sandbox_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("sandbox")]


@pytest.fixture
def store() -> Iterator[SimpleSimulator]:
    with SimpleSimulator(Catalog(250, seed=7, orders=12)) as simulator:
        yield simulator
    assert sandbox_threads() == []


@pytest.fixture
def client(store: SimpleSimulator) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {store.credentials['token']}"}
    with httpx.Client(base_url=store.url, headers=headers, timeout=5) as http:
        yield http
