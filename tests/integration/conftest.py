"""The engine every store sandbox test runs against: a real SQLite file in tmp_path, the real connectors,
and requests retried as they are for a live store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.sync.harness import Harness, build_harness


@pytest.fixture
def http_attempts() -> int:
    """How often a connector tries one request; the engine test modules override it."""
    return 4


@pytest.fixture
async def harness(tmp_path: Path, http_attempts: int) -> AsyncIterator[Harness]:
    built = build_harness(tmp_path, http_attempts=http_attempts)
    yield built
    await built.engine.drain(5)
    built.storage.close()
