"""The success flag some APIs put inside every answer: they answer HTTP 200 whatever happened and
say in the body whether the call worked (a `status_code` of "R200", an `isError` of false). A
generic JSON store names that value's path, the value(s) meaning success, where the API's own
message is, and which values mean refused credentials; every answer it gets (reads, the login
step, writes) is checked, and a failing one becomes one line naming the store and the API's
message."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from app.connectors.http import JsonResponse
from app.connectors.record_fields import dig
from app.core.errors import AuthError, ConfigError, InvalidResponse, RemoteError
from app.core.redaction import REDACTOR

MESSAGE_LENGTH: Final = 300
_SPACES: Final = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class AnswerStatus:
    """How one store's API reports success inside a 2xx answer. `ok_values` and `auth_values` are
    compared as text (JSON true/false as "true"/"false")."""

    store: str
    ok_path: str
    ok_values: frozenset[str]
    message_path: str = ""
    auth_values: frozenset[str] = frozenset()

    @classmethod
    def from_settings(cls, store: str, setting: Callable[[str], Any]) -> AnswerStatus | None:
        """The store's check, or None when its API's HTTP status says it all; half a setting is a
        ConfigError that says what is missing."""
        path = str(setting("ok_path") or "").strip()
        ok_values = _values(setting("ok_value"))
        auth_values = _values(setting("auth_error_values"))
        if not path:
            if ok_values or auth_values:
                raise ConfigError(
                    "A success value is set but not where it is in the answer: set “Success in the "
                    "answer” (e.g. status_code), or clear the success value."
                )
            return None
        if not ok_values:
            raise ConfigError(
                f"“Success in the answer” is {path}, but no success value is set: enter the value of "
                f"{path} that means success (e.g. R200, or false for an isError flag)."
            )
        if ok_values & auth_values:
            raise ConfigError("A value cannot mean both success and refused credentials.")
        message_path = str(setting("error_message_path") or "").strip()
        return cls(store, path, ok_values, message_path, auth_values)

    def check(self, response: JsonResponse) -> None:
        """Raise for an answer that does not say success: AuthError for a value that means refused
        credentials, RemoteError for any other, InvalidResponse when the value is missing."""
        failure = self._failure(response.body)
        if failure is None:
            return
        value, said = failure
        if value is None:
            raise InvalidResponse(
                f"{self.store} answered without “{self.ok_path}”, so it is not known whether the call "
                f"worked{': ' + said if said else ''}."
            )
        if value in self.auth_values:
            raise AuthError(
                f"{self.store} refused the credentials: {said}; check them in the store's settings."
            )
        raise RemoteError(f"{self.store} reported a failure: {said}.", code=value)

    def check_login(self, response: JsonResponse) -> None:
        """The login step's answer: any failure there is the login refused, so a credentials problem."""
        failure = self._failure(response.body)
        if failure is None:
            return
        value, said = failure
        if value is None:
            said = f"the answer has no “{self.ok_path}”{': ' + said if said else ''}"
        raise AuthError(
            f"{self.store} refused the login: {said}; check the credentials in the store's settings."
        )

    def _failure(self, body: Any) -> tuple[str | None, str] | None:
        """None for an answer saying success; else the value found (None: missing) and the API's
        message with that value, in words."""
        found = dig(body, self.ok_path)
        value = None if found is None else _text(found)
        if value is not None and value in self.ok_values:
            return None
        message = self._message(body)
        if value is None:
            return None, message
        code = f"{self.ok_path} {value}"
        return value, f"{message} ({code})" if message else code

    def _message(self, body: Any) -> str:
        """The API's own message, on one line, without any known secret."""
        if not self.message_path:
            return ""
        found = dig(body, self.message_path)
        if isinstance(found, Sequence) and not isinstance(found, str):
            found = "; ".join(_text(part) for part in found if part not in (None, ""))
        elif isinstance(found, Mapping):
            found = "; ".join(f"{key}: {_text(part)}" for key, part in found.items())
        text = _SPACES.sub(" ", _text(found) if found is not None else "").strip().rstrip(".")
        if len(text) > MESSAGE_LENGTH:
            text = text[: MESSAGE_LENGTH - 1] + "…"
        return REDACTOR.redact(text)


def _text(value: Any) -> str:
    """A JSON value as the text a setting compares it with."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).strip()


def _values(setting: Any) -> frozenset[str]:
    """Comma-separated values of a setting ("R200", "R401,R403"); a JSON true/false as text."""
    if setting is None:
        return frozenset()
    if isinstance(setting, bool | int | float):
        return frozenset({_text(setting)})
    return frozenset(part.strip() for part in str(setting).split(",") if part.strip())
