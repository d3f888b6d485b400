"""One logging filter that keeps secrets out of every log line, exception text and export.

The credential store registers each secret it reads or writes; the filter also blanks the values of
auth headers and of secret query parameters, because httpx logs full URLs at INFO (WooCommerce puts
its key in the query string) and exceptions carry request details.
"""

from __future__ import annotations

import base64
import logging
import re
import threading
from urllib.parse import quote, quote_plus

from app.core.secret_matcher import SecretMatcher, mask_spans

MASK = "[REDACTED]"
MIN_SECRET_LENGTH = 4

SECRET_HEADERS = ("authorization", "x-shopify-access-token", "x-bltoken", "x-amz-access-token")
SECRET_PARAMETERS = (
    "consumer_key",
    "consumer_secret",
    "access_token",
    "refresh_token",
    "client_secret",
    "api_key",
    "password",
    "secret",
    "token",
    "key",
)

# `Authorization: Bearer abc`, `'x-bltoken': 'abc'`, `"X-Shopify-Access-Token"="abc"`.
_HEADER_PATTERN = re.compile(
    r"(?P<name>\b(?:" + "|".join(re.escape(name) for name in SECRET_HEADERS) + r"))"
    r"(?P<sep>['\"]?\s*[:=](?!\s*(?:b?['\"])?(?:(?:Bearer|Basic|Token)\s+)?\[REDACTED\])"
    r"\s*(?:b?['\"])?(?:(?:Bearer|Basic|Token)\s+)?)"
    r"(?P<value>[^'\"\r\n,;}\]]+)",
    re.IGNORECASE,
)
# `?consumer_key=ck_...&` and form bodies; the lookbehind keeps `key` from matching inside `api_key`.
# Parameter names are case-sensitive and these are written in lower case, so the pattern matches them
# only so: `KEY=VALUE` in a help line is the shape of an option, not a parameter with a secret.
_PARAMETER_PATTERN = re.compile(
    r"(?<![A-Za-z0-9_\-])(?P<name>(?:" + "|".join(re.escape(name) for name in SECRET_PARAMETERS) + r"))"
    r"(?P<sep>=)(?!\[REDACTED\])(?P<value>[^&\s'\"#,;)\]}>]+)"
)
# `{"consumer_secret": "cs_..."}` and `{'password': 'x'}`: JSON bodies and dict reprs.
_QUOTED_FIELD_PATTERN = re.compile(
    r"(?P<name>(?P<quote>['\"])(?:"
    + "|".join(re.escape(name) for name in SECRET_PARAMETERS)
    + r")(?P=quote))"
    r"(?P<sep>\s*:\s*['\"])(?P<value>[^'\"]*)",
    re.IGNORECASE,
)


def _encoded_forms(secret: str) -> set[str]:
    raw = secret.encode("utf-8")
    forms = {
        secret,
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
        base64.b64encode(raw).decode("ascii"),
        base64.urlsafe_b64encode(raw).decode("ascii"),
    }
    forms |= {form.rstrip("=") for form in forms}
    return {form for form in forms if len(form) >= MIN_SECRET_LENGTH}


class Redactor(logging.Filter):
    """Attach to every handler: rewrites a record's message, arguments, exception and stack text so a
    secret never reaches a file, the database or the console. Thread-safe."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._secrets: set[str] = set()
        self._matcher = SecretMatcher()

    def add_secret(self, value: str | None) -> None:
        """Remember a secret (and its URL-encoded and base64 forms); values under 4 characters are
        ignored, because masking them would garble ordinary words."""
        if not value or len(value) < MIN_SECRET_LENGTH:
            return
        forms = _encoded_forms(value)
        with self._lock:
            new = forms - self._secrets
            if not new:
                return
            self._secrets |= new
            self._matcher.add(new)

    def known_forms(self) -> frozenset[str]:
        """Every registered secret in each of its encoded forms (what the secret scan looks for)."""
        with self._lock:
            return frozenset(self._secrets)

    def redact(self, text: str) -> str:
        with self._lock:
            search = self._matcher.search()
        text = mask_spans(text, search.spans(text), MASK)
        text = _HEADER_PATTERN.sub(lambda m: m["name"] + m["sep"] + MASK, text)
        text = _QUOTED_FIELD_PATTERN.sub(lambda m: m["name"] + m["sep"] + MASK, text)
        return _PARAMETER_PATTERN.sub(lambda m: m["name"] + m["sep"] + MASK, text)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            message = f"{record.msg!s} {record.args!r}"
        cleaned = self.redact(message)
        if cleaned != message or record.args:
            record.msg = cleaned
            record.args = None
        if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


REDACTOR = Redactor()
