"""Secrets go to the OS keychain or nowhere: refused with a fix when no keychain works."""

from __future__ import annotations

import importlib
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import keyring.core
import keyring.errors
import pytest

from app.core.errors import KeychainUnavailable
from app.core.redaction import MASK, Redactor
from app.storage.credentials import (
    MAX_SECRET_CHARS,
    SERVICE,
    KeyringCredentialStore,
    ProcessOnlyIds,
    SecretTooLong,
    username_for,
)

# Keychain ids for store ids that exist only in this test process.
IDS = ProcessOnlyIds()


class ForgetfulKeyring(keyring.backend.KeyringBackend):
    """A keychain that claims success but keeps only the first 8 characters (a real failure mode of
    size-limited backends)."""

    priority = 1  # type: ignore[assignment]
    viable = False  # keyring must never pick a test double by itself, in this or any other test

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[service, username] = password[:8]

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


class LockedKeyring(ForgetfulKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


@pytest.fixture
def use_backend() -> Iterator[object]:
    previous = keyring.get_keyring()

    def use(backend: keyring.backend.KeyringBackend) -> None:
        keyring.set_keyring(backend)

    yield use
    keyring.set_keyring(previous)


@pytest.mark.parametrize(
    "backend", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring], ids=["fail", "null"]
)
def test_saving_is_refused_without_a_working_keychain(use_backend: object, backend: type) -> None:
    use_backend(backend())  # type: ignore[operator]
    credentials = KeyringCredentialStore(IDS, Redactor())
    with pytest.raises(KeychainUnavailable) as refused:
        credentials.set_secret(1, "api_key", "shpat_0123456789")
    message = str(refused.value)
    assert "No working keychain was found (keychain: none" in message
    assert "keyring.backends" not in message
    assert "gnome-keyring" in message and "KWallet" in message
    assert "shpat_0123456789" not in message
    with pytest.raises(KeychainUnavailable):
        credentials.get_secret(1, "api_key")


class ChainOfNothing(keyring.backends.chainer.ChainerBackend):
    """What keyring builds when every backend it found is the null one."""

    backends = [keyring.backends.null.Keyring()]  # type: ignore[assignment]
    viable = False


def test_a_chain_with_no_usable_keychain_is_refused(use_backend: object) -> None:
    use_backend(ChainOfNothing())  # type: ignore[operator]
    with pytest.raises(KeychainUnavailable, match="No working keychain"):
        KeyringCredentialStore(IDS, Redactor()).set_secret(1, "api_key", "shpat_0123456789")


def test_a_keychain_that_does_not_keep_the_value_is_refused(use_backend: object) -> None:
    use_backend(ForgetfulKeyring())  # type: ignore[operator]
    with pytest.raises(KeychainUnavailable, match="returned a different value"):
        KeyringCredentialStore(IDS, Redactor()).set_secret(1, "api_key", "a-long-secret-value")


def test_a_locked_keychain_is_named_as_such(use_backend: object) -> None:
    use_backend(LockedKeyring())  # type: ignore[operator]
    with pytest.raises(KeychainUnavailable, match="keychain is locked"):
        KeyringCredentialStore(IDS, Redactor()).set_secret(1, "api_key", "a-long-secret-value")
    with pytest.raises(KeychainUnavailable, match="keychain is locked"):
        KeyringCredentialStore(IDS, Redactor()).get_secret(1, "api_key")


def test_a_secret_too_long_for_windows_is_refused_before_saving(use_backend: object) -> None:
    backend = ForgetfulKeyring()
    use_backend(backend)  # type: ignore[operator]
    with pytest.raises(SecretTooLong, match="1,280"):
        KeyringCredentialStore(IDS, Redactor()).set_secret(1, "refresh_token", "x" * (MAX_SECRET_CHARS + 1))
    assert backend.entries == {}


@pytest.fixture
def real_keychain(secret_service: object) -> Iterator[KeyringCredentialStore]:
    """Our store on the real Secret Service of the test session (gnome-keyring under dbus-run-session)."""
    credentials = KeyringCredentialStore(IDS, Redactor())
    try:
        yield credentials
    finally:
        credentials.delete_secrets(901, ["api_key", "api_secret"])


@pytest.mark.keyring
def test_secret_service_keeps_one_entry_per_store_and_field(real_keychain: KeyringCredentialStore) -> None:
    assert real_keychain.backend_name() == "GNOME Keyring (Secret Service)"
    real_keychain.set_secret(901, "api_key", "ck_real_keychain_value")
    real_keychain.set_secret(901, "api_secret", "cs_real_keychain_value")
    assert real_keychain.get_secret(901, "api_key") == "ck_real_keychain_value"
    keychain_id = IDS.keychain_id(901)
    assert keychain_id is not None
    assert keyring.get_password(SERVICE, username_for(keychain_id, "api_secret")) == "cs_real_keychain_value"
    real_keychain.set_secret(901, "api_key", "ck_changed_value")
    assert real_keychain.get_secret(901, "api_key") == "ck_changed_value"
    real_keychain.delete_secrets(901, ["api_key", "api_secret", "never_saved"])
    assert real_keychain.get_secret(901, "api_key") is None


@pytest.mark.keyring
def test_secrets_from_the_keychain_are_masked_in_logs(secret_service: object) -> None:
    keyring.set_password(SERVICE, "store-902:api_key", "saved-by-an-earlier-start")
    try:
        redactor = Redactor()
        value = KeyringCredentialStore(IDS, redactor).get_legacy_secret(902, "api_key")
        assert value == "saved-by-an-earlier-start"
        assert redactor.redact(f"GET /?x={value}") == f"GET /?x={MASK}"
    finally:
        keyring.delete_password(SERVICE, "store-902:api_key")


@pytest.mark.keyring
def test_the_keychain_keyring_picks_by_itself_works_in_a_desktop_session(
    secret_service_available: None,
) -> None:
    """What the app gets without any configuration, in a session with an unlocked gnome-keyring."""
    previous = keyring.get_keyring()
    keyring.core.init_backend()  # detect again, as a fresh start of the app would
    credentials = KeyringCredentialStore(IDS, Redactor())
    try:
        credentials.set_secret(903, "token", "picked-by-keyring-itself")
        assert credentials.get_secret(903, "token") == "picked-by-keyring-itself"
    finally:
        credentials.delete_secrets(903, ["token"])
        keyring.set_keyring(previous)


@pytest.mark.parametrize(
    ("module", "backend_class", "shown"),
    [
        ("SecretService", "Keyring", "GNOME Keyring (Secret Service)"),
        ("kwallet", "DBusKeyring", "KWallet"),
        ("Windows", "WinVaultKeyring", "Windows Credential Manager"),
        ("macOS", "Keyring", "macOS Keychain"),
    ],
)
def test_the_keychain_is_shown_by_the_name_users_know(
    use_backend: object, module: str, backend_class: str, shown: str
) -> None:
    backend = getattr(importlib.import_module(f"keyring.backends.{module}"), backend_class)()
    use_backend(backend)  # type: ignore[operator]
    assert KeyringCredentialStore(IDS, Redactor()).backend_name() == shown


def test_a_chain_is_shown_by_the_keychains_it_can_use(use_backend: object) -> None:
    class Chain(keyring.backends.chainer.ChainerBackend):
        backends = [
            keyring.backends.null.Keyring(),
            importlib.import_module("keyring.backends.kwallet").DBusKeyring(),
        ]  # type: ignore[assignment]
        viable = False

    use_backend(Chain())  # type: ignore[operator]
    assert KeyringCredentialStore(IDS, Redactor()).backend_name() == "KWallet"
