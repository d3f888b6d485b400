"""Secrets on a server: one owner-only file per store and field in a credentials directory, as systemd's
LoadCredential= provides them; never in the database, never a file other users may read."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.errors import KeychainUnavailable
from app.core.redaction import MASK, Redactor
from app.storage import Storage
from app.storage.credentials_directory import (
    DirectoryAlertSecrets,
    DirectoryCredentialStore,
    alert_file_name,
    credentials_directory,
    file_name,
)
from app.storage.paths import database_file
from tests.storage.conftest import add_store_and_job

SECRET = "shpat_directory-store-0123456789"


@pytest.fixture
def directory(tmp_path: Path) -> Iterator[Path]:
    """The credentials directory; removed after the test, so the suite's final secret scan finds the
    secrets only where the app must not put them."""
    folder = tmp_path / "credentials"
    folder.mkdir(mode=0o700)
    yield folder
    shutil.rmtree(folder)


async def test_a_saved_secret_is_an_owner_only_file_named_after_the_store(
    storage: Storage, directory: Path
) -> None:
    store, _job = await add_store_and_job(storage)
    credentials = DirectoryCredentialStore(directory, storage.stores, Redactor())
    credentials.set_secret(store.id or 0, "access_token", SECRET)
    keychain_id = storage.stores.keychain_id(store.id or 0) or ""
    assert os.listdir(directory) == [file_name(keychain_id, "access_token")]
    assert stat.S_IMODE(os.stat(directory / file_name(keychain_id, "access_token")).st_mode) == 0o600
    assert credentials.get_secret(store.id or 0, "access_token") == SECRET
    storage.close()
    assert SECRET.encode() not in database_file(storage.path.parent).read_bytes()


async def test_a_file_systemd_provides_is_read_without_the_newline_echo_leaves(
    storage: Storage, directory: Path
) -> None:
    store, _job = await add_store_and_job(storage)
    keychain_id = storage.stores.keychain_id(store.id or 0) or ""
    path = directory / file_name(keychain_id, "api_key")
    path.write_text(SECRET + "\n", encoding="utf-8")
    path.chmod(0o400)
    redactor = Redactor()
    credentials = DirectoryCredentialStore(directory, storage.stores, redactor)
    assert credentials.get_secret(store.id or 0, "api_key") == SECRET
    assert redactor.redact(f"GET /?key={SECRET}") == f"GET /?key={MASK}"
    assert credentials.get_secret(store.id or 0, "password") is None


async def test_a_file_other_users_may_read_is_refused_with_the_fix(storage: Storage, directory: Path) -> None:
    store, _job = await add_store_and_job(storage)
    path = directory / file_name(storage.stores.keychain_id(store.id or 0) or "", "api_key")
    path.write_text(SECRET, encoding="utf-8")
    path.chmod(0o644)
    credentials = DirectoryCredentialStore(directory, storage.stores, Redactor())
    with pytest.raises(KeychainUnavailable) as refused:
        credentials.get_secret(store.id or 0, "api_key")
    assert str(refused.value).endswith(f"chmod 600 {path}")
    assert SECRET not in str(refused.value)


async def test_removing_a_stores_secrets_removes_its_files_only(storage: Storage, directory: Path) -> None:
    first, _job = await add_store_and_job(storage, name="First")
    second, _job = await add_store_and_job(storage, name="Second")
    credentials = DirectoryCredentialStore(directory, storage.stores, Redactor())
    credentials.set_secret(first.id or 0, "access_token", SECRET)
    credentials.set_secret(second.id or 0, "access_token", SECRET + "-2")
    credentials.delete_secrets(first.id or 0, ["access_token", "never_saved"])
    assert credentials.get_secret(first.id or 0, "access_token") is None
    assert credentials.get_secret(second.id or 0, "access_token") == SECRET + "-2"


async def test_a_secret_that_cannot_be_removed_is_named_for_removing_by_hand(
    storage: Storage, directory: Path
) -> None:
    """Root removes files whatever their mode, so what stands in for a read-only file here is a folder
    where the secret's file would be: unlink fails all the same."""
    store, _job = await add_store_and_job(storage)
    credentials = DirectoryCredentialStore(directory, storage.stores, Redactor())
    credentials.set_secret(store.id or 0, "access_token", SECRET)
    stuck = directory / file_name(storage.stores.keychain_id(store.id or 0) or "", "api_key")
    stuck.mkdir()
    with pytest.raises(KeychainUnavailable) as refused:
        credentials.delete_secrets(store.id or 0, ["access_token", "api_key"])
    assert str(refused.value).startswith(f"StoreSync cannot remove {stuck} (")
    assert "remove it by hand" in str(refused.value)
    assert credentials.get_secret(store.id or 0, "access_token") is None


def test_the_directory_comes_from_the_option_then_storesync_then_systemd(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", "/run/credentials/storesync-worker.service")
    assert credentials_directory() == Path("/run/credentials/storesync-worker.service")
    monkeypatch.setenv("STORESYNC_CREDENTIALS_DIR", "/etc/storesync/credentials")
    assert credentials_directory() == Path("/etc/storesync/credentials")
    assert credentials_directory("/srv/secrets") == Path("/srv/secrets")
    monkeypatch.delenv("CREDENTIALS_DIRECTORY")
    monkeypatch.delenv("STORESYNC_CREDENTIALS_DIR")
    assert credentials_directory() is None and os.environ.get("CREDENTIALS_DIRECTORY") is None


async def test_a_file_that_is_not_text_is_refused_without_its_bytes(directory: Path) -> None:
    """A password saved in another encoding raised UnicodeDecodeError, whose text (the alerts' delivery
    status, serve's log) holds the file's bytes: the password."""
    path = directory / alert_file_name("smtp_password")
    path.write_bytes("hunter\u00e9secret".encode("latin-1"))
    path.chmod(0o600)
    with pytest.raises(KeychainUnavailable) as refused:
        DirectoryAlertSecrets(directory, Redactor()).read("smtp_password")
    assert str(refused.value) == f"{path} is not UTF-8 text, so StoreSync cannot use it"
    assert refused.value.__cause__ is None and refused.value.__suppress_context__
