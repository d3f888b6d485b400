"""Real SQLite files in tmp_path; every test gets its own data dir."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.models import Job, JobKind, Platform, Store
from app.core.schedule import ScheduleSpec
from app.storage import Storage, open_storage
from tests.storage.both_backends import postgresql, sqlite


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], Any]:
    """Opens the storage under test, once on each backend."""
    if request.param == "sqlite":
        return lambda: sqlite(tmp_path)
    url = request.getfixturevalue("postgres_url")
    return lambda: postgresql(url)


@pytest.fixture
def storage(data_dir: Path) -> Iterator[Storage]:
    opened = open_storage(data_dir)
    yield opened
    opened.close()


async def add_store_and_job(
    storage: Storage, name: str = "Main shop", kind: JobKind = JobKind.INVENTORY_PULL
) -> tuple[Store, Job]:
    store = await storage.stores.save_store(
        Store(name=name, platform=Platform.SHOPIFY, settings={"shop": "x"})
    )
    assert store.id is not None
    job = await storage.stores.save_job(
        Job(kind=kind, schedule=ScheduleSpec.every(minutes=15), store_id=store.id)
    )
    return store, job
