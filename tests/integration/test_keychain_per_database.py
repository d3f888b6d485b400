"""Each database's stores have keychain entries of their own (issue 10, item 1), on the real Secret
Service: two data folders that both have a store 1, a database recreated after the old one was moved
aside, and folders made by an earlier version that upgrade one after the other."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from app.core.models import Job, JobKind, Platform, Store
from app.core.schedule import ScheduleSpec
from app.sandbox.catalog import Catalog
from app.sandbox.simple import SimpleSimulator
from app.storage import open_storage
from app.storage.credentials import SERVICE, KeyringCredentialStore, legacy_username, username_for
from app.storage.health import move_aside
from app.storage.paths import database_file
from tests.integration.keychain_cli import (
    Cli,
    bearer_tokens_seen,
    keychain_id,
    shop_settings,
)
from tests.storage.old_databases import make_version_4_database

TOKEN_A = "tok-folder-a-never-shared"
TOKEN_B = "tok-folder-b-never-shared"

pytestmark = pytest.mark.keyring


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(capsys, monkeypatch)


@pytest.fixture
def shop_a() -> Iterator[SimpleSimulator]:
    with SimpleSimulator(Catalog(30, seed=1), credentials={"token": TOKEN_A}) as shop:
        shop.record_requests = True
        yield shop


@pytest.fixture
def shop_b() -> Iterator[SimpleSimulator]:
    with SimpleSimulator(Catalog(40, seed=2), credentials={"token": TOKEN_B}) as shop:
        shop.record_requests = True
        yield shop


def test_two_data_folders_with_a_store_1_each_send_only_their_own_secret(
    secret_service: object, cli: Cli, shop_a: SimpleSimulator, shop_b: SimpleSimulator, tmp_path: Path
) -> None:
    folder_a, folder_b = tmp_path / "a", tmp_path / "b"
    cli.add_store(folder_a, shop_a, TOKEN_A)
    cli.add_store(folder_b, shop_b, TOKEN_B)

    code, output = cli.sync(folder_a)
    assert code == 0 and "succeeded - fetched 30," in output, output
    code, output = cli.sync(folder_b)
    assert code == 0 and "succeeded - fetched 40," in output, output
    assert bearer_tokens_seen(shop_a) == {f"Bearer {TOKEN_A}"}
    assert bearer_tokens_seen(shop_b) == {f"Bearer {TOKEN_B}"}

    entry_a = username_for(keychain_id(folder_a), "secret")
    code, output = cli(folder_b, "store", "remove", "ERP", "--yes")
    assert code == 0, output
    assert keyring.get_password(SERVICE, entry_a) == TOKEN_A
    code, output = cli.sync(folder_a)
    assert code == 0 and "unchanged 30" in output, output
    cli(folder_a, "store", "remove", "ERP", "--yes")


def test_a_database_started_afresh_after_the_old_one_was_moved_aside_never_touches_its_entries(
    secret_service: object, cli: Cli, shop_a: SimpleSimulator, shop_b: SimpleSimulator, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    cli.add_store(folder, shop_a, TOKEN_A)
    moved = Path(move_aside(database_file(folder), "damaged, as far as this test is concerned").moved_to)

    # The new database numbers its stores from 1 again; its store 1 has no secret yet.
    assert asyncio.run(_add_store_without_secret(folder, shop_settings(shop_b))) is None
    code, output = cli(folder, "store", "edit", "ERP", "--secret", "secret", stdin=TOKEN_B + "\n")
    assert code == 0, output
    code, output = cli.sync(folder)
    assert code == 0 and "succeeded - fetched 40," in output, output

    # The merchant finds the old database was fine after all and puts it back: its store still works.
    for companion in folder.glob(database_file(folder).name + "*"):
        if companion != moved and not companion.name.startswith(moved.name):
            companion.unlink()
    moved.rename(database_file(folder))
    code, output = cli.sync(folder)
    assert code == 0 and "succeeded - fetched 30," in output, output
    assert bearer_tokens_seen(shop_a) == {f"Bearer {TOKEN_A}"}
    assert bearer_tokens_seen(shop_b) == {f"Bearer {TOKEN_B}"}
    cli(folder, "store", "remove", "ERP", "--yes")


async def _add_store_without_secret(folder: Path, settings: dict[str, object]) -> str | None:
    """Adds store 1 with an inventory job to the database in `folder`; returns what the keychain
    gives that store for its secret."""
    storage = open_storage(folder)
    try:
        store = await storage.stores.save_store(Store("ERP", Platform.GENERIC_JSON, dict(settings)))
        assert store.id == 1
        await storage.stores.save_job(Job(JobKind.INVENTORY_PULL, ScheduleSpec.every(minutes=15), store.id))
        return KeyringCredentialStore(storage.stores).get_secret(store.id, "secret")
    finally:
        storage.close()


def test_folders_of_an_earlier_version_upgrading_one_after_the_other_keep_their_secret(
    secret_service: object, cli: Cli, shop_a: SimpleSimulator, tmp_path: Path
) -> None:
    """Before keychain ids, both folders' store 1 used the entry `store-1:secret`. The first folder to
    upgrade copies it and must leave it for the second, even when it then removes its store."""
    folder_a, folder_b = tmp_path / "a", tmp_path / "b"
    settings = shop_settings(shop_a)
    make_version_4_database(folder_a, [("ERP", "generic_json", settings)])
    make_version_4_database(folder_b, [("ERP", "generic_json", settings)])
    keyring.set_password(SERVICE, legacy_username(1, "secret"), TOKEN_A)
    try:
        code, output = cli(folder_a, "store", "list")
        assert code == 0, output
        assert keyring.get_password(SERVICE, username_for(keychain_id(folder_a), "secret")) == TOKEN_A
        code, output = cli(folder_a, "store", "remove", "ERP", "--yes")
        assert code == 0, output

        code, output = cli.sync(folder_b)
        assert code == 0 and "fetched 30" in output, output
        assert bearer_tokens_seen(shop_a) == {f"Bearer {TOKEN_A}"}
        assert keyring.get_password(SERVICE, username_for(keychain_id(folder_b), "secret")) == TOKEN_A
        assert keyring.get_password(SERVICE, legacy_username(1, "secret")) == TOKEN_A
    finally:
        keyring.delete_password(SERVICE, legacy_username(1, "secret"))
        cli(folder_b, "store", "remove", "ERP", "--yes")
