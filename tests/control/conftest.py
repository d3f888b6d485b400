"""A real instance for the control API tests: bootstrap's services on a data folder in tmp_path, the
API on loopback, and a client found through the token file as the command line finds it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.bootstrap import Runtime, StartOptions, start_services, stop_services
from app.control.client import ControlClient, find_instance


@pytest.fixture
async def instance(tmp_path: Path) -> AsyncIterator[Runtime]:
    runtime = await start_services(StartOptions(data_dir=str(tmp_path / "data")))
    try:
        yield runtime
    finally:
        await stop_services(runtime)


@pytest.fixture
async def client(instance: Runtime) -> AsyncIterator[ControlClient]:
    endpoint = find_instance(instance.data_dir)
    assert endpoint is not None
    async with ControlClient(endpoint) as found:
        yield found
