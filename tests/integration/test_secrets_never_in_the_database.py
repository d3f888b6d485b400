"""A secret never reaches the database (issue 10, item 2): `config import` puts the secrets a file carries
into the keychain or refuses the file, and a database an earlier version left holding secrets is
cleaned on upgrade, down to the bytes of its file and write-ahead log. What these tests leave behind
(the database, a backup and an export made after the import) is scanned again at the end of the suite
(tests/zz_secret_scan)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest

from app.core.schedule import ScheduleSpec
from app.sandbox.catalog import Catalog
from app.sandbox.simple import SimpleSimulator
from app.storage import open_storage
from app.storage.credentials import SERVICE, username_for
from app.storage.paths import database_file
from tests.integration.keychain_cli import Cli, bearer_tokens_seen, keychain_id, shop_settings
from tests.known_secrets import IMPORT_BACKUP_NAME, IMPORT_EXPORT_NAME, IMPORTED_SECRET, UPGRADED_SECRET
from tests.storage.old_databases import make_version_4_database


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(capsys, monkeypatch)


def database_bytes(folder: Path) -> bytes:
    """The database file with its write-ahead log and shared memory, as they are on disk."""
    return b"".join(path.read_bytes() for path in sorted(folder.glob(database_file(folder).name + "*")))


def config_file(path: Path, store: dict[str, Any]) -> Path:
    document = {
        "format": "storesync-config",
        "version": 1,
        "stores": [store],
        "global_jobs": [],
        "settings": {},
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def erp_entry(shop: SimpleSimulator, **secrets: Any) -> dict[str, Any]:
    schedule = ScheduleSpec.every(minutes=15).to_dict()
    return {
        "name": "ERP",
        "platform": "generic_json",
        "settings": shop_settings(shop),
        "jobs": [{"kind": "inventory_pull", "schedule": schedule}],
        **secrets,
    }


@pytest.fixture
def shop() -> Iterator[SimpleSimulator]:
    with SimpleSimulator(Catalog(30, seed=5), credentials={"token": IMPORTED_SECRET}) as running:
        running.record_requests = True
        yield running


@pytest.mark.keyring
def test_an_imported_config_keeps_its_secrets_in_the_keychain_and_out_of_backups_and_exports(
    secret_service: object, cli: Cli, shop: SimpleSimulator, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    entry = erp_entry(shop, secret=IMPORTED_SECRET)
    entry["settings"] |= {"secret": IMPORTED_SECRET, "preset": {"auth": "bearer", "secret": IMPORTED_SECRET}}
    source = config_file(tmp_path / "config.json", entry)
    try:
        code, output = cli(folder, "config", "import", str(source))
    finally:
        source.unlink()  # the merchant's own file, not something StoreSync wrote
    assert code == 0, output
    assert "Imported 1 stores" in output and "still needs" not in output

    assert keyring.get_password(SERVICE, username_for(keychain_id(folder), "secret")) == IMPORTED_SECRET
    assert IMPORTED_SECRET.encode() not in database_bytes(folder)
    code, output = cli.sync(folder)
    assert code == 0 and "fetched 30, created 30" in output, output
    assert bearer_tokens_seen(shop) == {f"Bearer {IMPORTED_SECRET}"}

    backup, export = tmp_path / IMPORT_BACKUP_NAME, tmp_path / IMPORT_EXPORT_NAME
    assert cli(folder, "backup", str(backup))[0] == 0
    assert cli(folder, "config", "export", str(export))[0] == 0
    assert IMPORTED_SECRET.encode() not in backup.read_bytes()
    exported = export.read_text(encoding="utf-8")
    assert IMPORTED_SECRET not in exported and '"preset": {' in exported


def test_a_secret_the_store_has_no_field_for_refuses_the_whole_file(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = {"name": "Shop", "platform": "shopify", "settings": {"shop_domain": "x.myshopify.com"}}
    store["settings"]["preset"] = {"api_token": "bl-token-of-another-store"}  # type: ignore[index]
    code, output = cli(folder, "config", "import", str(config_file(tmp_path / "config.json", store)))
    (tmp_path / "config.json").unlink()
    assert code == 2
    assert output.strip().splitlines() == [
        "storesync: store 'Shop': settings.preset.api_token is a secret this store has no field for; "
        "nothing was imported"
    ]
    code, output = cli(folder, "store", "list", "--json")
    assert (code, output.strip()) == (0, "[]")


def test_without_a_working_keychain_an_import_carrying_secrets_is_refused(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    source = config_file(tmp_path / "config.json", erp_entry_without_shop(secret="tok-no-keychain-here"))
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        code, output = cli(folder, "config", "import", str(source))
    finally:
        keyring.set_keyring(previous)
        source.unlink()
    assert code == 1
    [line] = output.strip().splitlines()
    assert "No working keychain was found" in line and "tok-no-keychain-here" not in line
    code, output = cli(folder, "store", "list", "--json")
    assert (code, output.strip()) == (0, "[]")
    assert b"tok-no-keychain-here" not in database_bytes(folder)


def erp_entry_without_shop(**secrets: Any) -> dict[str, Any]:
    settings = {"base_url": "https://erp.example", "auth": "bearer", "endpoint": "/products"}
    return {"name": "ERP", "platform": "generic_json", "settings": settings, **secrets}


@pytest.mark.keyring
def test_a_database_holding_secrets_in_settings_is_cleaned_on_upgrade(
    secret_service: object, cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    with SimpleSimulator(Catalog(20, seed=6), credentials={"token": UPGRADED_SECRET}) as upgraded_shop:
        settings = shop_settings(upgraded_shop)
        leaky = {**settings, "secret": UPGRADED_SECRET, "preset": {"secret": UPGRADED_SECRET}}
        make_version_4_database(folder, [("ERP", "generic_json", leaky)])
        _write_secrets_and_die(folder, leaky)
        assert UPGRADED_SECRET.encode() in database_bytes(folder), "the test must start from a leaky file"

        code, output = cli(folder, "store", "list")
        assert code == 0, output
        assert UPGRADED_SECRET.encode() not in database_bytes(folder)
        storage = open_storage(folder)
        try:
            [store] = storage.stores.list_stores()
            assert store.settings == {**settings, "preset": {}}
        finally:
            storage.close()
        assert keyring.get_password(SERVICE, username_for(keychain_id(folder), "secret")) == UPGRADED_SECRET
        code, output = cli.sync(folder)
        assert code == 0 and "fetched 20, created 20" in output, output
    assert UPGRADED_SECRET.encode() not in database_bytes(folder)
    cli(folder, "store", "remove", "ERP", "--yes")


def _write_secrets_and_die(folder: Path, settings: dict[str, Any]) -> None:
    """An earlier StoreSync that saved a store's settings (secrets included) again and was killed before
    it closed the database, so the secret is in the write-ahead log as well as in the file."""
    script = (
        "import os, sqlite3, sys\n"
        "connection = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "connection.execute('PRAGMA journal_mode = wal')\n"
        "connection.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "connection.execute('UPDATE store SET settings = ? WHERE id = 1', (sys.argv[2],))\n"
        "os._exit(0)\n"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(database_file(folder)), json.dumps(settings)],
        check=True,
        timeout=60,
    )
