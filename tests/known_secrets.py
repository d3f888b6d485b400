"""Secret values the tests hand to the app; the final secret scan looks for each of them."""

from __future__ import annotations

import base64
import importlib
import pkgutil
from urllib.parse import quote, quote_plus

import app.sandbox
from app.sandbox.server import SimulatorServer

KNOWN_TEST_SECRETS: tuple[str, ...] = (
    "shpat_unit_test_token_0123456789",
    "shpat_logged_by_mistake_42",
    "cs_TESTSECRET1234567890",
    "ck_TESTKEY1234567890",
    "ck_exported_by_mistake_1",
    "ck_real_keychain_value",
    "cs_real_keychain_value",
    "tok-Zx81-never-printed",
    "tok-SECRET-123",
    "tok-folder-a-never-shared",
    "tok-folder-b-never-shared",
    "tok-control-api-never-echoed",
    "tok-server-store-never-shown",
    # Alerts (tests/alerts, tests/cli/test_cli_alerts.py): the SMTP password and a webhook URL's token.
    "smtp-s3cret-pass",
    "T0KEN-in-the-path",
    "pass-typed-beside-a-bad-url",
)
# `config import` of a file carrying a secret, then a backup and an export made after it
# (tests/integration/test_secrets_never_in_the_database.py); the final scan checks they were made.
IMPORTED_SECRET = "tok-imported-from-a-config-file"
IMPORT_BACKUP_NAME = "backup-after-config-import.sqlite3"
IMPORT_EXPORT_NAME = "export-after-config-import.json"
# A secret an earlier version left in a store's settings, moved out on upgrade.
UPGRADED_SECRET = "tok-left-in-settings-by-an-old-version"
KNOWN_TEST_SECRETS += (IMPORTED_SECRET, UPGRADED_SECRET)
# The API server's token as systemd's LoadCredential= hands it over (tests/worker/harness.py's
# systemd_credentials): never in serve's output, the database's log or a file the window leaves.
SERVER_TOKEN = "tok-api-server-credential-7f3c9a"
KNOWN_TEST_SECRETS += (SERVER_TOKEN,)


# Login values a store keeps in its plain settings: they name the account, they do not unlock it.
PUBLIC_LOGIN_VALUES = frozenset({"username", "oauth_client_id"})


def simulator_credentials() -> tuple[str, ...]:
    """Every secret a loopback simulator accepts (its DEMO_CREDENTIALS): the demo, the presets' and the
    API-style tests hand these to the app as store secrets, so they must not surface in its files either."""
    for module in pkgutil.iter_modules(app.sandbox.__path__, "app.sandbox."):
        if module.name != "app.sandbox.__main__":
            importlib.import_module(module.name)
    found: set[str] = set()
    pending: list[type[SimulatorServer]] = [SimulatorServer]
    while pending:
        simulator = pending.pop()
        pending += simulator.__subclasses__()
        credentials = simulator.DEMO_CREDENTIALS.items()
        found |= {value for key, value in credentials if key not in PUBLIC_LOGIN_VALUES}
    return tuple(sorted(found))


KNOWN_TEST_SECRETS += simulator_credentials()


def encoded_forms(secret: str) -> set[str]:
    raw = secret.encode()
    forms = {secret, quote(secret, safe=""), quote_plus(secret)}
    forms |= {base64.b64encode(raw).decode(), base64.urlsafe_b64encode(raw).decode()}
    return forms | {form.rstrip("=") for form in forms}
