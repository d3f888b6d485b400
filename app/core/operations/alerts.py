"""Alerts as the Settings dialog's Alerts tab has them: the settings with whether each secret is kept
(never the secret), how the last deliveries went, a checked change, and a test message."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from app.core.alert_settings import ALERT_SECRETS, CHECKS, STATUS_SETTING, checked_alert_settings
from app.core.errors import InvalidRequest, StoreSyncError
from app.core.events import SettingsChanged
from app.core.ports import AlertChannels
from app.core.services import AppServices
from app.core.settings import DEFAULTS

CHANNELS = ("email", "webhook")


def _channels(services: AppServices) -> AlertChannels:
    if services.alerts is None:
        raise InvalidRequest(
            "this StoreSync sends no alerts: they are sent by the window, `storesync headless`, or on a "
            "server by `storesync serve`"
        )
    return services.alerts


async def alerts_document(services: AppServices) -> dict[str, Any]:
    """{"settings", "secrets_saved": {field: true, false, or null when the keychain cannot be asked},
    "secrets_in": where they are kept ("keychain", "credentials directory /…"), "secrets_problem": why
    one cannot be read (None when all can),
    "last_delivery": {channel: {"ok", "at", "message"}}}."""
    channels = _channels(services)
    values = {key: services.settings.get_setting(key, DEFAULTS[key]) for key in CHECKS}
    status = services.settings.get_setting(STATUS_SETTING, DEFAULTS[STATUS_SETTING]) or {}
    saved, problem = await asyncio.to_thread(_saved_secrets, channels)
    return {
        "settings": values,
        "secrets_saved": saved,
        "secrets_in": channels.secrets_place(),
        "secrets_problem": problem,
        "last_delivery": status,
    }


def _saved_secrets(channels: AlertChannels) -> tuple[dict[str, bool | None], str | None]:
    """Whether each secret is kept (None: it cannot be read), and why one cannot be read."""
    found: dict[str, bool | None] = {}
    problem: str | None = None
    for field in ALERT_SECRETS:
        try:
            found[field] = channels.has_secret(field)
        except StoreSyncError as error:
            found[field] = None
            problem = problem or str(error)
    return found, problem


async def change_alerts(services: AppServices, body: Mapping[str, Any]) -> dict[str, Any]:
    """{"settings": {key: value}, "secrets": {"smtp_password" | "webhook_url": text}}: everything is
    checked before anything is saved; secrets go to the keychain. Answers the keys saved."""
    settings = body.get("settings") or {}
    secrets = body.get("secrets") or {}
    if not isinstance(settings, dict) or not isinstance(secrets, dict):
        raise InvalidRequest("settings and secrets must be JSON objects")
    changes = checked_alert_settings(settings)
    for field, value in secrets.items():
        if field not in ALERT_SECRETS:
            known = ", ".join(ALERT_SECRETS)
            raise InvalidRequest(f"alerts keep no secret named {field!r} (secrets: {known})")
        if not isinstance(value, str) or not value.strip():
            raise InvalidRequest(f"the {field} is empty")
    channels = _channels(services) if secrets else None
    if channels is not None:  # secrets first: one refused (a bad URL, nowhere to keep it) changes nothing
        for field, value in secrets.items():
            channels.check_secret(field, value)
        for field, value in secrets.items():
            await channels.save_secret(field, value)
    for key, value in changes.items():
        await services.settings.set_setting(key, value)
    if changes:
        services.bus.publish(SettingsChanged(tuple(changes)))
    return {"saved": [*changes, *secrets]}


async def send_test_alert(services: AppServices, channel: object) -> dict[str, Any]:
    """Send a test message now: {"ok": true}, or {"ok": false, "message": why it was not sent}."""
    if channel not in CHANNELS:
        raise InvalidRequest(f"the channel must be one of {', '.join(CHANNELS)}, not {channel!r}")
    try:
        await _channels(services).send_test(str(channel))
    except StoreSyncError as error:
        return {"ok": False, "message": str(error)}
    return {"ok": True, "message": None}
