"""A run reads the secrets its store's login method sends, from a server's credentials directory here:
a secret file it must refuse fails the run with the refusal and its fix (it said the secret was missing
and to enter it in the store's settings), a store whose API needs no login reads none, and a worker with
no credentials directory says so instead of calling the secret missing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bootstrap import build_engine
from app.connectors.http import HttpPolicy
from app.connectors.registry import ConnectorRegistry
from app.core.bus import EventBus
from app.core.models import Job, JobKind, Platform, RunStatus, Store, Trigger
from app.core.ports import CredentialStore
from app.core.redaction import Redactor
from app.core.schedule import ScheduleSpec
from app.sandbox.catalog import Catalog
from app.sandbox.simple import SimpleSimulator
from app.storage import open_storage
from app.storage.credentials_directory import DirectoryCredentialStore, file_name
from app.storage.storage import Storage
from app.worker.service import NO_CREDENTIALS_DIRECTORY, NoCredentialsDirectory

TOKEN = "tok-server-store-never-shown"  # in tests/known_secrets.py, so the final scan looks for it


@pytest.fixture
def locked_store() -> Iterator[SimpleSimulator]:
    with SimpleSimulator(Catalog(30, seed=3), credentials={"token": TOKEN}) as server:
        yield server


@pytest.fixture
def storage(tmp_path: Path) -> Iterator[Storage]:
    opened = open_storage(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def directory(tmp_path: Path) -> Iterator[Path]:
    """Removed after the test: the suite's final secret scan must find the token nowhere it stays."""
    folder = tmp_path / "credentials"
    folder.mkdir(mode=0o700)
    yield folder
    shutil.rmtree(folder)


async def run_once(storage: Storage, credentials: CredentialStore, store: Store) -> tuple[RunStatus, str]:
    engine = build_engine(storage, credentials, ConnectorRegistry(HttpPolicy()), EventBus())
    job = await storage.stores.save_job(
        Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(minutes=15), store_id=store.id)
    )
    run = await engine.run(job, Trigger.MANUAL)
    return run.status, run.error_message or ""


async def bearer_store(storage: Storage, server: SimpleSimulator, auth: str = "bearer") -> Store:
    settings = {**server.store_settings(), "auth": auth, "stock_endpoint": "/products/stock"}
    return await storage.stores.save_store(Store("ERP", Platform.GENERIC_JSON, settings))


async def test_a_secret_file_others_may_read_fails_the_run_with_its_fix(
    storage: Storage, directory: Path, locked_store: SimpleSimulator
) -> None:
    store = await bearer_store(storage, locked_store)
    credentials = DirectoryCredentialStore(directory, storage.stores, Redactor())
    credentials.set_secret(store.id or 0, "secret", TOKEN)
    path = directory / file_name(storage.stores.keychain_id(store.id or 0) or "", "secret")
    path.chmod(0o644)

    status, message = await run_once(storage, credentials, store)

    assert status is RunStatus.FAILED
    assert message.endswith(f"chmod 600 {path}"), message
    assert "missing" not in message


async def test_a_readable_secret_file_syncs(
    storage: Storage, directory: Path, locked_store: SimpleSimulator
) -> None:
    store = await bearer_store(storage, locked_store)
    credentials = DirectoryCredentialStore(directory, storage.stores, Redactor())
    credentials.set_secret(store.id or 0, "secret", TOKEN)

    assert await run_once(storage, credentials, store) == (RunStatus.SUCCEEDED, "")


async def test_without_a_credentials_directory_a_store_that_needs_a_secret_says_so(
    storage: Storage, locked_store: SimpleSimulator, tmp_path: Path
) -> None:
    store = await bearer_store(storage, locked_store)

    status, message = await run_once(storage, NoCredentialsDirectory(), store)

    assert (status, message) == (RunStatus.FAILED, NO_CREDENTIALS_DIRECTORY)


async def test_a_store_whose_api_needs_no_login_syncs_without_a_credentials_directory(
    storage: Storage, tmp_path: Path
) -> None:
    with SimpleSimulator(Catalog(30, seed=3), credentials={}) as open_server:
        store = await bearer_store(storage, open_server, auth="none")
        assert await run_once(storage, NoCredentialsDirectory(), store) == (RunStatus.SUCCEEDED, "")
