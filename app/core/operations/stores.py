"""Stores: check settings against the platform's fields, add, edit and remove a store. Secrets go to
the keychain through the credential store and are never part of an answer."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from typing import Any

from app.core.errors import (
    AuthError,
    ConfigError,
    Conflict,
    ConnectorError,
    InvalidRequest,
    KeychainUnavailable,
    StoreSyncError,
)
from app.core.events import StoresChanged
from app.core.job_defaults import default_jobs
from app.core.models import Platform, Store
from app.core.operations.lookup import parse_platform, parse_whole
from app.core.platforms import PLATFORM_FIELDS, SettingField, parse_status_lines, secrets_in_use
from app.core.services import AppServices
from app.core.settings import default


def store_entry(store: Store, services: AppServices) -> dict[str, Any]:
    """A store's name, platform, state, settings (no secrets: they are never in settings) and jobs."""
    return {
        "id": store.id,
        "name": store.name,
        "platform": store.platform.value,
        "enabled": store.enabled,
        "demo": bool(store.settings.get("demo")),
        "settings": dict(store.settings),
        "secret_fields": [f.name for f in PLATFORM_FIELDS[store.platform] if f.kind == "secret"],
        "jobs": [job.id for job in services.stores.list_jobs(store.id)],
    }


def parse_settings(fields: tuple[SettingField, ...], values: object) -> dict[str, Any]:
    """Settings from JSON values (or the text the command line's --set KEY=VALUE gives), each checked
    as the store editor checks it; secrets are refused here (they are passed as secrets)."""
    if not isinstance(values, Mapping):
        raise InvalidRequest("the settings must be an object of name: value")
    by_name = {f.name: f for f in fields if f.kind != "secret"}
    parsed: dict[str, Any] = {}
    for key, value in values.items():
        field = by_name.get(key)
        if field is None:
            if key in {f.name for f in fields}:
                raise InvalidRequest(f"{key} is a secret: it is asked for, never passed on the command line")
            raise InvalidRequest(f"unknown setting {key!r} (settings: {', '.join(by_name)})")
        parsed[key] = convert_setting(field, value)
    return parsed


def convert_setting(field: SettingField, value: Any) -> Any:
    """One setting's value in the type the connectors read; the message says what is allowed."""
    if field.kind == "int":
        if isinstance(value, bool):
            raise InvalidRequest(f"{field.name} must be a whole number, not {value!r}")
        try:
            return int(value)
        except (TypeError, ValueError):
            raise InvalidRequest(f"{field.name} must be a whole number, not {value!r}") from None
    if field.kind == "choice" and value not in field.choices:
        raise InvalidRequest(f"{field.name} must be one of {', '.join(field.choices)}, not {value!r}")
    if field.kind == "url" and not (isinstance(value, str) and value.startswith(("https://", "http://"))):
        raise InvalidRequest(f"{field.name} must be an address starting with https://, not {value!r}")
    if field.kind == "status_map":
        if isinstance(value, Mapping):
            value = "\n".join(f"{remote} = {ours}" for remote, ours in value.items())
        try:
            return parse_status_lines(str(value).replace(";", "\n"))
        except ValueError as error:
            raise InvalidRequest(f"{field.name}: {error}") from None
    if field.kind in ("mapping", "json"):
        mapping = value
        if isinstance(value, str):
            with contextlib.suppress(json.JSONDecodeError):
                mapping = json.loads(value)
        if not isinstance(mapping, dict):
            raise InvalidRequest(f'{field.name} must be a JSON object such as {{"sku": "code"}}')
        return mapping
    if not isinstance(value, str):
        raise InvalidRequest(f"{field.name} must be text, not {value!r}")
    return value


def secret_fields_for(platform: Platform, settings: Mapping[str, Any]) -> list[SettingField]:
    """The secrets a store with these settings uses: a JSON API only those its login method sends."""
    used = secrets_in_use(platform, settings)
    return [f for f in PLATFORM_FIELDS[platform] if f.name in used]


def parse_secrets(fields: tuple[SettingField, ...], values: object) -> dict[str, str]:
    if not isinstance(values, Mapping):
        raise InvalidRequest("the secrets must be an object of name: value")
    names = [f.name for f in fields if f.kind == "secret"]
    secrets: dict[str, str] = {}
    for key, value in values.items():
        if key not in names:
            raise InvalidRequest(
                f"{key} is not a secret of this platform (secrets: {', '.join(names) or 'none'})"
            )
        if not isinstance(value, str):
            raise InvalidRequest(f"the secret {key} must be text")
        if value:
            secrets[key] = value
    return secrets


def _missing(fields: tuple[SettingField, ...], settings: Mapping[str, Any]) -> None:
    missing = [
        f
        for f in fields
        if f.kind != "secret" and f.required and f.default is None and settings.get(f.name) in (None, "")
    ]
    if missing:
        names = ", ".join(f"{f.name} ({f.label})" for f in missing)
        raise InvalidRequest(f"missing settings: {names}; pass them with --set KEY=VALUE")


def _new_store(services: AppServices, data: Mapping[str, Any]) -> tuple[Store, dict[str, str]]:
    """The store (not saved) and its secrets that `name`, `platform`, `settings`, `secrets` and
    `enabled` describe, each checked as the store editor checks it."""
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InvalidRequest("a store needs a name")
    name = name.strip()
    if services.stores.find_store(name) is not None:
        raise Conflict(f"a store named {name!r} already exists")
    platform = parse_platform(data.get("platform"))
    fields = PLATFORM_FIELDS[platform]
    settings = {f.name: f.default for f in fields if f.kind != "secret" and f.default is not None}
    settings.update(parse_settings(fields, data.get("settings", {})))
    _missing(fields, settings)
    secrets = parse_secrets(fields, data.get("secrets", {}))
    enabled = data.get("enabled", True)
    if not isinstance(enabled, bool):
        raise InvalidRequest(f"enabled must be true or false, not {enabled!r}")
    return Store(name, platform, settings, enabled=enabled), secrets


async def check_connection(services: AppServices, data: Mapping[str, Any]) -> dict[str, Any]:
    """The store editor's Test connection before saving: a store described as `add_store` takes it,
    tried with its secrets; nothing is saved. {"ok", "kind", "message"} as `test_store` answers."""
    store, secrets = _new_store(services, data)
    try:
        message = await services.connections.test_connection(store, secrets)
    except ConnectorError as error:
        return {"ok": False, "kind": error.kind, "message": str(error)}
    return {"ok": True, "kind": None, "message": message}


async def add_store(services: AppServices, data: Mapping[str, Any]) -> Store:
    """A new store from `name`, `platform`, `settings`, `secrets` and `enabled`; its secrets are saved
    to the keychain (the store is removed again when the keychain refuses them). With
    `default_jobs: true` it gets the window's default jobs that its connector supports, scheduled at once."""
    with_jobs = data.get("default_jobs", False)
    if not isinstance(with_jobs, bool):
        raise InvalidRequest(f"default_jobs must be true or false, not {with_jobs!r}")
    store, secrets = _new_store(services, data)
    saved = await services.stores.save_store(store)
    assert saved.id is not None
    try:
        for field, value in secrets.items():
            services.credentials.set_secret(saved.id, field, value)
    except BaseException:
        await services.stores.delete_store(saved.id)
        raise
    if with_jobs:
        supported = await services.connections.supported_jobs(saved, secrets)
        for job in default_jobs(saved.id, supported):
            added = await services.stores.save_job(job)
            assert added.id is not None
            services.scheduler.reload_job(added.id)
    services.bus.publish(StoresChanged())
    return saved


async def edit_store(services: AppServices, store: Store, data: Mapping[str, Any]) -> Store:
    """Change a store's `name`, `settings` (merged), `secrets` or `enabled`; its jobs are rescheduled
    at once (a disabled store's jobs stop firing)."""
    unknown = sorted(set(data) - {"name", "settings", "secrets", "enabled"})
    if unknown:
        raise InvalidRequest(
            f"a store has no field {unknown[0]!r} to change (name, settings, secrets, enabled)"
        )
    assert store.id is not None
    fields = PLATFORM_FIELDS[store.platform]
    changed = Store(
        store.name, store.platform, dict(store.settings), store.enabled, store.id, store.created_at
    )
    if "name" in data:
        name = data["name"]
        if not isinstance(name, str) or not name.strip():
            raise InvalidRequest("a store needs a name")
        other = services.stores.find_store(name.strip())
        if other is not None and other.id != store.id:
            raise Conflict(f"a store named {name.strip()!r} already exists")
        changed.name = name.strip()
    changed.settings.update(parse_settings(fields, data.get("settings", {})))
    _missing(fields, changed.settings)
    if "enabled" in data:
        if not isinstance(data["enabled"], bool):
            raise InvalidRequest(f"enabled must be true or false, not {data['enabled']!r}")
        changed.enabled = data["enabled"]
    secrets = parse_secrets(fields, data.get("secrets", {}))
    saved = await services.stores.save_store(changed)
    for field, value in secrets.items():
        services.credentials.set_secret(store.id, field, value)
    for job in services.stores.list_jobs(store.id):
        assert job.id is not None
        services.scheduler.reload_job(job.id)
    services.bus.publish(StoresChanged())
    return saved


async def remove_store(services: AppServices, store: Store) -> str | None:
    """Unschedule its jobs, delete its saved secrets, remove it (its history stays until cleanup).
    Returns why its secrets could not all be deleted, None when they were: the store goes either way."""
    assert store.id is not None
    for job in services.stores.list_jobs(store.id):
        assert job.id is not None
        services.scheduler.remove_job(job.id)
    secret_names = [f.name for f in PLATFORM_FIELDS[store.platform] if f.kind == "secret"]
    secrets_kept = None
    try:
        services.credentials.delete_secrets(store.id, secret_names)
    except KeychainUnavailable as error:
        secrets_kept = str(error)
    await services.stores.delete_store(store.id)
    services.bus.publish(StoresChanged())
    return secrets_kept


def removed_entry(services: AppServices, store: Store, secrets_kept: str | None = None) -> dict[str, Any]:
    """The answer to removing `store`: which one, where its secrets were deleted from (or why they were
    not), and how long its history stays (until the cleanup)."""
    days = services.settings.get_setting("retention_days", default("retention_days"))
    return {
        "removed": store.id,
        "name": store.name,
        "history_kept_days": days,
        "secrets_deleted_from": services.credentials.backend_name(),
        "secrets_kept": secrets_kept,
    }


def _saved_secrets(services: AppServices, store: Store) -> tuple[dict[str, str], KeychainUnavailable | None]:
    """The store's secrets from the keychain, and the keychain's refusal if it could not be read (a
    store without secrets needs no keychain)."""
    assert store.id is not None
    secrets: dict[str, str] = {}
    try:
        for name in services.connections.secret_fields(store.platform):
            value = services.credentials.get_secret(store.id, name)
            if value:
                secrets[name] = value
    except KeychainUnavailable as error:
        return secrets, error
    return secrets, None


async def test_store(services: AppServices, store: Store) -> dict[str, Any]:
    """The store editor's connection test with the saved settings and secrets: {"ok", "message"} with
    the sentence the editor shows after "Connected:" or "Could not connect:"."""
    secrets, no_keychain = _saved_secrets(services, store)
    try:
        message = await services.connections.test_connection(store, secrets)
    except ConnectorError as error:
        # refused credentials were perhaps never readable: then the keychain is what to fix
        reason = (
            no_keychain if no_keychain is not None and isinstance(error, AuthError | ConfigError) else error
        )
        return {"ok": False, "kind": reason.kind, "message": str(reason)}
    return {"ok": True, "kind": None, "message": message}


PREVIEW_MOST = 50


async def preview_store(services: AppServices, store: Store, limit: object = 5) -> dict[str, Any]:
    """The store editor's preview with the saved settings: the first `limit` items as a sync would
    store them, and over the pages read how many items it would store, skip (by reason) and fail;
    {"ok": false, "kind", "message"} when the store cannot be read."""
    most = parse_whole(limit, "limit", minimum=1, maximum=PREVIEW_MOST)
    secrets, _ = _saved_secrets(services, store)
    try:
        read = await services.connections.preview_inventory(store, secrets, limit=most)
    except StoreSyncError as error:
        return {"ok": False, "kind": error.kind, "message": str(error)}
    return {
        "ok": True,
        "records": [
            {
                "sku": record.sku,
                "name": record.name,
                "quantity": record.quantity,
                "price": None if record.price is None else str(record.price),
            }
            for record in read.records
        ],
        "items": read.items,
        "skips": dict(read.skips),
        "failures": [{"key": failure.key, "message": failure.message} for failure in read.failures],
    }
