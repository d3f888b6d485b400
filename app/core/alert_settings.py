"""The alert settings a merchant may change (Settings -> Alerts, `storesync alerts`, the control API),
each checked alike wherever the change comes from."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

from app.core.alert_policy import AlertKind
from app.core.errors import InvalidRequest

SECURITY_MODES: Final = ("starttls", "tls")
WEBHOOK_FORMATS: Final = ("json", "slack")
# The keychain fields of the alert channels: a Slack-style webhook URL is itself the credential.
SMTP_PASSWORD: Final = "smtp_password"
WEBHOOK_URL: Final = "webhook_url"
ALERT_SECRETS: Final = (SMTP_PASSWORD, WEBHOOK_URL)
# Per channel: {"ok": bool, "at": ISO time, "message": why the last delivery failed}
STATUS_SETTING: Final = "alert_delivery_status"
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


def parse_kinds(text: str) -> list[str]:
    """'failure,recovery' from a command line or a form; `all` means every kind."""
    return checked_kinds([part.strip() for part in text.split(",") if part.strip()])


def checked_kinds(names: list[str]) -> list[str]:
    if names == ["all"]:
        return [kind.value for kind in AlertKind]
    known = {kind.value for kind in AlertKind}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise InvalidRequest(f"Unknown alert event {unknown[0]!r}; choose from {', '.join(sorted(known))}.")
    return names


def _failures(key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidRequest(f"{key} must be 0 (never) or more, not {value!r}")
    return value


def _hours(key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise InvalidRequest(f"{key} must be more than 0, not {value!r}")
    return float(value)


def _clock_time(key: str, value: Any) -> str | None:
    if value is None:
        return None
    found = _TIME.match(value.strip()) if isinstance(value, str) else None
    if not found or int(found.group(1)) > 23 or int(found.group(2)) > 59:
        shown = value.strip() if isinstance(value, str) else value
        raise InvalidRequest(f"{key}: {shown!r} is not a time like 22:00")
    return f"{int(found.group(1)):02d}:{found.group(2)}"


def _switch(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise InvalidRequest(f"{key} must be true or false, not {value!r}")
    return value


def _text(key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise InvalidRequest(f"{key} must be text, not {value!r}")
    return value.strip()


def _port(key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 65536:
        raise InvalidRequest(f"{key} {value!r} is not a port number")
    return value


def _one_of(choices: tuple[str, ...]) -> Callable[[str, Any], str]:
    def check(key: str, value: Any) -> str:
        if value not in choices:
            raise InvalidRequest(f"{key} must be one of {', '.join(choices)}, not {value!r}")
        return str(value)

    return check


def _events(key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        return parse_kinds(value)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return checked_kinds(value)
    raise InvalidRequest(f"{key} must be a list of alert events, not {value!r}")


CHECKS: Final[dict[str, Callable[[str, Any], Any]]] = {
    "warn_after_failures": _failures,
    "pause_after_failures": _failures,
    "stale_after_hours": _hours,
    "quiet_hours_start": _clock_time,
    "quiet_hours_end": _clock_time,
    "alert_email_enabled": _switch,
    "alert_email_host": _text,
    "alert_email_port": _port,
    "alert_email_security": _one_of(SECURITY_MODES),
    "alert_email_username": _text,
    "alert_email_from": _text,
    "alert_email_to": _text,
    "alert_email_events": _events,
    "alert_webhook_enabled": _switch,
    "alert_webhook_format": _one_of(WEBHOOK_FORMATS),
    "alert_webhook_events": _events,
}
"""Every alert setting, in the order they are shown, with the check of its value."""


def checked_alert_settings(values: dict[str, Any]) -> dict[str, Any]:
    """The values as they are saved; InvalidRequest names the first unknown key or bad value."""
    checked: dict[str, Any] = {}
    for key, value in values.items():
        check = CHECKS.get(key)
        if check is None:
            raise InvalidRequest(f"there is no alert setting {key!r} (settings: {', '.join(CHECKS)})")
        checked[key] = check(key, value)
    return checked
