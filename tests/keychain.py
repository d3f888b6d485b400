"""The real Secret Service for keychain tests (a pytest plugin, see tests/conftest.py).

.ci/test.sh runs the suite in a D-Bus session with an unlocked gnome-keyring and sets
STORESYNC_TEST_SECRET_SERVICE=1: there a Secret Service that does not answer fails the test, so a broken
CI keychain cannot pass as a skip. Anywhere else these tests are skipped with the reason."""

from __future__ import annotations

import os
from collections.abc import Iterator

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend

SECRET_SERVICE_BACKEND = "keyring.backends.SecretService.Keyring"


def require_secret_service() -> KeyringBackend:
    """The Secret Service backend, after checking that it answers."""
    if os.environ.get("STORESYNC_TEST_SECRET_SERVICE") != "1":
        pytest.skip("needs STORESYNC_TEST_SECRET_SERVICE=1 and an unlocked gnome-keyring (.ci/test.sh)")
    try:
        return keyring.core.load_keyring(SECRET_SERVICE_BACKEND)  # asks the session bus whether it answers
    except Exception as error:
        pytest.fail(f"STORESYNC_TEST_SECRET_SERVICE=1 but the Secret Service does not work: {error!r}")


@pytest.fixture
def secret_service_available() -> None:
    """For tests that leave picking the backend to keyring, as the app does."""
    require_secret_service()


@pytest.fixture
def secret_service() -> Iterator[KeyringBackend]:
    """The Secret Service as keyring's backend for one test; the previous backend afterwards."""
    backend = require_secret_service()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
