"""Logins of the generic JSON connector: a vendor login step (POST credentials, read a token and its
lifetime) or OAuth2 client credentials (RFC 6749 §4.4). A token is kept in memory, shared by every
connector of the same store and credentials, reused until it expires and renewed once when refused;
it is never written anywhere and is registered with the log redactor as soon as it is read."""

from __future__ import annotations

import asyncio
import hashlib
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

import httpx

from app.connectors.http import BodyCheck, Credentials, HttpPolicy, HttpSession, JsonResponse
from app.connectors.record_fields import dig
from app.core.errors import AuthError, InvalidResponse
from app.core.redaction import REDACTOR

# A token is renewed this long before the lifetime its server gave runs out (clocks and latency).
EXPIRY_MARGIN_SECONDS: Final = 30.0
_PLACEHOLDER: Final = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class LoginStep:
    """How to log in. `style` is "login" (POST the JSON `body`, whose "{name}" placeholders are filled
    from the store's secrets and settings) or "oauth2" (POST grant_type=client_credentials as a form,
    the client id and secret as HTTP Basic). The token is read at `token_path`, its lifetime in
    seconds at `expires_path` (none: kept until refused)."""

    style: str
    url: httpx.URL
    body: Mapping[str, Any]
    token_path: str
    expires_path: str
    values: Mapping[str, str]
    scope: str = ""


@dataclass(slots=True)
class _Token:
    value: str
    expires_at: float | None  # time.monotonic() deadline


class TokenCache:
    """Tokens by a digest of (login address, credentials): never the credentials themselves."""

    def __init__(self) -> None:
        self._tokens: dict[str, _Token] = {}

    @staticmethod
    def key(step: LoginStep) -> str:
        material = "\x00".join([str(step.url), *sorted(f"{k}={v}" for k, v in step.values.items())])
        return hashlib.sha256(material.encode("utf-8")).hexdigest()

    def get(self, key: str) -> str | None:
        token = self._tokens.get(key)
        if token is None:
            return None
        if token.expires_at is not None and time.monotonic() >= token.expires_at:
            del self._tokens[key]
            return None
        return token.value

    def put(self, key: str, value: str, lifetime: float | None) -> None:
        expires = None if lifetime is None else time.monotonic() + max(0.0, lifetime - EXPIRY_MARGIN_SECONDS)
        self._tokens[key] = _Token(value, expires)

    def drop(self, key: str, value: str) -> None:
        token = self._tokens.get(key)
        if token is not None and token.value == value:
            del self._tokens[key]


TOKENS: Final = TokenCache()


def filled(template: Any, values: Mapping[str, str]) -> Any:
    """`template` with each "{name}" placeholder of its texts replaced by values[name] (unknown names
    are left as written), through nested objects and lists."""
    if isinstance(template, str):
        return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), template)
    if isinstance(template, Mapping):
        return {key: filled(value, values) for key, value in template.items()}
    if isinstance(template, list):
        return [filled(value, values) for value in template]
    return template


class LoginSession:
    """Gets a token for one connector, reusing the shared one while it is valid. The login request
    goes through a session of its own, so it never carries a stale token."""

    def __init__(
        self,
        step: LoginStep,
        policy: HttpPolicy,
        cache: TokenCache = TOKENS,
        *,
        body_check: BodyCheck | None = None,
    ) -> None:
        self.step = step
        self._policy = policy
        self._body_check = body_check
        self._cache = cache
        self._key = cache.key(step)
        self._lock = asyncio.Lock()

    async def token(self) -> str:
        """A valid token: the shared one, or a new one from the login step."""
        async with self._lock:
            found = self._cache.get(self._key)
            return found if found is not None else await self._log_in()

    async def renew(self, refused: str) -> str:
        """The token `refused` was turned down: forget it and log in again (unless another request
        renewed it meanwhile)."""
        async with self._lock:
            self._cache.drop(self._key, refused)
            found = self._cache.get(self._key)
            return found if found is not None else await self._log_in()

    async def _log_in(self) -> str:
        step = self.step
        session = HttpSession(self._policy, scrub=step.values.values())
        try:
            response = await self._send(session)
        except AuthError as error:
            raise AuthError(f"The login was refused: check the credentials ({error})") from None
        finally:
            await session.aclose()
        if self._body_check is not None:
            self._body_check(response)  # an API that answers 200 whatever happened: its own verdict
        token = dig(response.body, step.token_path)
        if not isinstance(token, str) or not token:
            raise InvalidResponse(
                f"The login at {response.where} answered without a token at “{step.token_path}”; "
                "check the login settings."
            )
        REDACTOR.add_secret(token)
        lifetime = dig(response.body, step.expires_path) if step.expires_path else None
        self._cache.put(self._key, token, _seconds(lifetime))
        return token

    async def _send(self, session: HttpSession) -> JsonResponse:
        step = self.step
        if step.style == "oauth2":
            client = Credentials.basic(
                step.values.get("oauth_client_id", ""), step.values.get("client_secret", "")
            )
            form = {"grant_type": "client_credentials"}
            if step.scope:
                form["scope"] = step.scope
            return await session.request("POST", step.url, data=form, headers=client.headers)
        return await session.request("POST", step.url, json=filled(step.body, step.values))


def _seconds(value: Any) -> float | None:
    """A token lifetime in seconds, given as a number or as digits; None when there is none."""
    if isinstance(value, str) and value.strip().isdigit():
        return float(value)
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    return None
