"""The upgrade of an earlier version's secrets waits for a working keychain and never overwrites what a
store already keeps under its own name (keyring's backend is an in-memory one here; the real Secret
Service runs in tests/integration/test_keychain_per_database.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest

from app.core.redaction import Redactor
from app.storage import open_storage
from app.storage.credentials import SERVICE, KeyringCredentialStore, legacy_username, username_for
from app.storage.keychain_upgrade import upgrade_keychain
from tests.storage.old_databases import make_version_4_database


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keychain in a dict, which can be locked like a real one."""

    priority = 1  # type: ignore[assignment]
    viable = False  # keyring must never pick a test double by itself

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.locked = False

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.entries[service, username] = password

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.entries.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        self.entries.pop((service, username), None)

    def _check(self) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


async def test_a_locked_keychain_leaves_the_upgrade_for_a_later_start(
    memory_keyring: MemoryKeyring, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    make_version_4_database(
        data_dir, [("ERP", "generic_json", {"auth": "bearer", "secret": "tok-in-settings"})]
    )
    memory_keyring.entries[SERVICE, legacy_username(1, "secret")] = "tok-old-name"
    storage = open_storage(data_dir)
    try:
        keychain = KeyringCredentialStore(storage.stores, Redactor())
        memory_keyring.locked = True
        await upgrade_keychain(storage.stores, keychain)
        assert "not moved yet: The keychain (" in caplog.text and "is locked" in caplog.text
        [store] = storage.stores.list_stores()
        assert store.settings["secret"] == "tok-in-settings", "nothing is dropped before it is kept"
        assert [legacy.name for legacy in storage.stores.legacy_keychain_stores()] == ["ERP"]

        memory_keyring.locked = False
        await upgrade_keychain(storage.stores, keychain)
        assert storage.stores.list_stores()[0].settings == {"auth": "bearer"}
        assert storage.stores.legacy_keychain_stores() == []
        # The entry under the old name came first; the settings' copy differs and the keychain's is kept.
        assert keychain.get_secret(1, "secret") == "tok-old-name"
        assert memory_keyring.entries[SERVICE, legacy_username(1, "secret")] == "tok-old-name"
    finally:
        storage.close()


async def test_an_entry_under_the_stores_own_name_is_never_overwritten_by_an_old_one(
    memory_keyring: MemoryKeyring, data_dir: Path
) -> None:
    make_version_4_database(data_dir, [("ERP", "generic_json", {"auth": "bearer"})])
    memory_keyring.entries[SERVICE, legacy_username(1, "secret")] = "tok-old-name"
    storage = open_storage(data_dir)
    try:
        own = storage.stores.keychain_id(1)
        assert own is not None
        memory_keyring.entries[SERVICE, username_for(own, "secret")] = "tok-entered-since"
        await upgrade_keychain(storage.stores, KeyringCredentialStore(storage.stores, Redactor()))
        assert memory_keyring.entries[SERVICE, username_for(own, "secret")] == "tok-entered-since"
        assert storage.stores.legacy_keychain_stores() == []
    finally:
        storage.close()
