"""Secret values the tests hand to the app; the final secret scan looks for each of them."""

from __future__ import annotations

import base64
from urllib.parse import quote, quote_plus

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
    "tok-control-api-never-echoed",
)


def encoded_forms(secret: str) -> set[str]:
    raw = secret.encode()
    forms = {secret, quote(secret, safe=""), quote_plus(secret)}
    forms |= {base64.b64encode(raw).decode(), base64.urlsafe_b64encode(raw).decode()}
    return forms | {form.rstrip("=") for form in forms}
