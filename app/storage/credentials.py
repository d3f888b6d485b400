"""Store secrets in the OS keychain (implements ports.CredentialStore). No plaintext fallback.

keyring on a headless Linux session picks the `fail` backend, and the `null` backend accepts a write
and returns None, so every write is read back, and without a working keychain saving is refused with
the keychain's name and how to fix it. Every secret read or written is registered with the redactor.

Entries are named after the store's random keychain id (`store:<keychain id>:<field>`), which no other
store of this or any other database has, so a store never reads, overwrites or deletes an entry that
another data folder owns. Entries named `store-<row id>:<field>` by earlier versions are only ever read,
to copy them (app/storage/keychain_upgrade.py).
"""

from __future__ import annotations

import secrets
import sys
from collections.abc import Collection
from typing import Protocol

import keyring
import keyring.backend
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import keyring.errors

from app.core.errors import KeychainUnavailable, StoreSyncError
from app.core.redaction import REDACTOR, Redactor

SERVICE = "storesync"
# Windows Credential Manager holds at most 2,560 bytes per secret (UTF-16); refusing longer secrets
# everywhere keeps a configuration portable between the merchant's machines.
MAX_SECRET_CHARS = 1_280
_UNUSABLE = (keyring.backends.fail.Keyring, keyring.backends.null.Keyring)


class SecretTooLong(StoreSyncError, ValueError):
    """A secret longer than the smallest keychain (Windows) can hold."""

    kind = "keychain"


def how_to_fix() -> str:
    if sys.platform == "win32":
        return "Make sure Windows Credential Manager is available for your user account."
    if sys.platform == "darwin":
        return "Unlock your login keychain in Keychain Access and allow StoreSync to use it."
    return (
        "Install and unlock a Secret Service keychain: gnome-keyring (sudo apt install gnome-keyring) "
        "or KWallet, and log in to a desktop session that unlocks it."
    )


# What users know each keychain as, by the keyring module that speaks to it.
_READABLE_NAMES = {
    "keyring.backends.SecretService": "GNOME Keyring (Secret Service)",
    "keyring.backends.libsecret": "GNOME Keyring (Secret Service, libsecret)",
    "keyring.backends.kwallet": "KWallet",
    "keyring.backends.Windows": "Windows Credential Manager",
    "keyring.backends.macOS": "macOS Keychain",
    "keyring.backends.fail": "none found",
    "keyring.backends.null": "none (a placeholder that keeps nothing)",
}


class KeychainIds(Protocol):
    """Where a store's keychain id comes from (the store table: SqliteStoreRepository)."""

    def keychain_id(self, store_id: int) -> str | None: ...


class ProcessOnlyIds:
    """Keychain ids for stores that exist only in this process (the self-test's): new in each process."""

    def __init__(self) -> None:
        self._ids: dict[int, str] = {}

    def keychain_id(self, store_id: int) -> str | None:
        return self._ids.setdefault(store_id, secrets.token_hex(16))


def legacy_username(store_id: int, field: str) -> str:
    """The name earlier versions gave an entry: the bare row id, shared by every database's store 1."""
    return f"store-{store_id}:{field}"


def username_for(keychain_id: str, field: str) -> str:
    return f"store:{keychain_id}:{field}"


def readable_name(backend: keyring.backend.KeyringBackend) -> str:
    """The keychain as users know it ("KWallet"), for every message, the self-test and the dialogs."""
    if isinstance(backend, keyring.backends.chainer.ChainerBackend):
        usable = [readable_name(b) for b in backend.backends if not isinstance(b, _UNUSABLE)]
        return " + ".join(usable) or "none found"
    module = type(backend).__module__
    return _READABLE_NAMES.get(module) or _READABLE_NAMES.get(module.rpartition(".")[0]) or str(backend.name)


class KeyringCredentialStore:
    """One keychain entry per store and field, under service "storesync", named after the store's
    keychain id."""

    def __init__(self, ids: KeychainIds, redactor: Redactor = REDACTOR) -> None:
        self._ids = ids
        self._redactor = redactor

    def backend_name(self) -> str:
        return readable_name(keyring.get_keyring())

    def _keychain_id(self, store_id: int) -> str:
        keychain_id = self._ids.keychain_id(store_id)
        if keychain_id is None:
            raise StoreSyncError("The store no longer exists, so its credentials were not saved.")
        return keychain_id

    def _usable_backend(self) -> keyring.backend.KeyringBackend:
        backend = keyring.get_keyring()
        chained = [backend]
        if isinstance(backend, keyring.backends.chainer.ChainerBackend):
            chained = list(backend.backends)
        if not [candidate for candidate in chained if not isinstance(candidate, _UNUSABLE)]:
            raise KeychainUnavailable(
                f"No working keychain was found (keychain: {readable_name(backend)}), so StoreSync "
                f"cannot keep store credentials safely and will not save them anywhere else. {how_to_fix()}"
            )
        return backend

    def _refusal(
        self, backend: keyring.backend.KeyringBackend, action: str, error: Exception
    ) -> KeychainUnavailable:
        if isinstance(error, keyring.errors.KeyringLocked):
            reason = "the keychain is locked"
        else:
            reason = self._redactor.redact(str(error) or type(error).__name__)
        return KeychainUnavailable(
            f"The keychain ({readable_name(backend)}) could not {action} a credential: {reason}. "
            + how_to_fix()
        )

    def set_secret(self, store_id: int, field: str, value: str) -> None:
        """Save and read back; raises KeychainUnavailable unless the keychain really kept the value."""
        if len(value) > MAX_SECRET_CHARS:
            raise SecretTooLong(
                f"The {field} is {len(value):,} characters long; keychains (Windows Credential Manager) hold "
                f"at most {MAX_SECRET_CHARS:,}. Check that the whole value was pasted and nothing else."
            )
        self._redactor.add_secret(value)
        backend = self._usable_backend()
        username = username_for(self._keychain_id(store_id), field)
        try:
            backend.set_password(SERVICE, username, value)
            stored = backend.get_password(SERVICE, username)
        except Exception as error:
            raise self._refusal(backend, "save", error) from error
        if stored != value:
            found = "nothing" if stored is None else "a different value"
            raise KeychainUnavailable(
                f"The keychain ({readable_name(backend)}) accepted the {field} but returned {found} when "
                f"asked for it, so it would be lost. {how_to_fix()}"
            )

    def get_secret(self, store_id: int, field: str) -> str | None:
        keychain_id = self._ids.keychain_id(store_id)
        if keychain_id is None:
            return None
        return self._read(username_for(keychain_id, field))

    def get_legacy_secret(self, store_id: int, field: str) -> str | None:
        """The entry an earlier version saved under the bare row id (read only: it may be another
        database's, so it is never written or deleted)."""
        return self._read(legacy_username(store_id, field))

    def _read(self, username: str) -> str | None:
        backend = self._usable_backend()
        try:
            value = backend.get_password(SERVICE, username)
        except Exception as error:
            raise self._refusal(backend, "read", error) from error
        self._redactor.add_secret(value)
        return value

    def delete_secrets(self, store_id: int, fields: Collection[str]) -> None:
        """Remove the fields' entries; entries that are already gone are fine, and without a working
        keychain none can have been saved."""
        keychain_id = self._ids.keychain_id(store_id)
        if keychain_id is None:
            return
        try:
            backend = self._usable_backend()
        except KeychainUnavailable:
            return
        for field in fields:
            try:
                backend.delete_password(SERVICE, username_for(keychain_id, field))
            except keyring.errors.PasswordDeleteError:
                continue
            except Exception as error:
                raise self._refusal(backend, "delete", error) from error
