"""Fixtures of the server-mode tests: a migrated database of their own and a loopback store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.sandbox.simple import SimpleSimulator
from tests.sync.harness import start_simulator
from tests.worker.harness import migrate_database


@pytest.fixture
def database(postgres_url: str) -> str:
    return migrate_database(postgres_url)


@pytest.fixture
def store_server() -> Iterator[SimpleSimulator]:
    server = start_simulator(120)
    yield server
    server.stop()
