"""Store secrets in the OS keychain (implements ports.CredentialStore). No plaintext fallback.

keyring on a headless Linux session picks the `fail` backend, and the `null` backend accepts a write
and returns None, so every write is read back, and without a working keychain saving is refused with
the backend's name and how to fix it. Every secret read or written is registered with the redactor.
"""

from __future__ import annotations

import sys
from collections.abc import Collection

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


def username_for(store_id: int, field: str) -> str:
    return f"store-{store_id}:{field}"


def _name_of(backend: keyring.backend.KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


class KeyringCredentialStore:
    """One keychain entry per store and field, under service "storesync"."""

    def __init__(self, redactor: Redactor = REDACTOR) -> None:
        self._redactor = redactor

    def backend_name(self) -> str:
        return _name_of(keyring.get_keyring())

    def _usable_backend(self) -> keyring.backend.KeyringBackend:
        backend = keyring.get_keyring()
        chained = [backend]
        if isinstance(backend, keyring.backends.chainer.ChainerBackend):
            chained = list(backend.backends)
        if not [candidate for candidate in chained if not isinstance(candidate, _UNUSABLE)]:
            raise KeychainUnavailable(
                f"No working keychain was found (keyring backend: {_name_of(backend)}), so StoreSync cannot "
                f"keep store credentials safely and will not save them anywhere else. {how_to_fix()}"
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
            f"The keychain ({_name_of(backend)}) could not {action} a credential: {reason}. {how_to_fix()}"
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
        username = username_for(store_id, field)
        try:
            backend.set_password(SERVICE, username, value)
            stored = backend.get_password(SERVICE, username)
        except Exception as error:
            raise self._refusal(backend, "save", error) from error
        if stored != value:
            found = "nothing" if stored is None else "a different value"
            raise KeychainUnavailable(
                f"The keychain ({_name_of(backend)}) accepted the {field} but returned {found} when "
                f"asked for it, so it would be lost. {how_to_fix()}"
            )

    def get_secret(self, store_id: int, field: str) -> str | None:
        backend = self._usable_backend()
        try:
            value = backend.get_password(SERVICE, username_for(store_id, field))
        except Exception as error:
            raise self._refusal(backend, "read", error) from error
        self._redactor.add_secret(value)
        return value

    def delete_secrets(self, store_id: int, fields: Collection[str]) -> None:
        """Remove the fields' entries; entries that are already gone are fine."""
        backend = self._usable_backend()
        for field in fields:
            try:
                backend.delete_password(SERVICE, username_for(store_id, field))
            except keyring.errors.PasswordDeleteError:
                continue
            except Exception as error:
                raise self._refusal(backend, "delete", error) from error
