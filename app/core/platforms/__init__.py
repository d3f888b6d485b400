"""Every platform's declaration (app/core/platforms/<platform>.py, named after its Platform member)
and what is read from them: the store editor draws its form from the fields, the credential store keeps
the `secret` ones, and orders map remote statuses onto ours by default.

Adding a platform: its Platform member (the one registry line), its declaration module here, its
connector (app/connectors/<platform>.py), its simulator (app/sandbox/<platform>.py) and its tests."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any, Final

from app.core.models import JobKind, OrderStatus, Platform
from app.core.platforms.declaration import PlatformDeclaration, SettingField
from app.core.platforms.generic_json import (
    GENERIC_FIELD_MAP_DEFAULT,
    GENERIC_ORDER_FIELD_MAP_DEFAULT,
    OPTIONAL_SECRETS,
    SECRETS_BY_AUTH,
)

__all__ = [
    "DECLARATIONS",
    "DEFAULT_ORDER_STATUS_MAP",
    "GENERIC_FIELD_MAP_DEFAULT",
    "GENERIC_ORDER_FIELD_MAP_DEFAULT",
    "ORDER_PLATFORMS",
    "PLATFORM_FIELDS",
    "PLATFORM_LABELS",
    "PlatformDeclaration",
    "SettingField",
    "declaration",
    "field_default",
    "format_status_lines",
    "parse_status_lines",
    "secret_fields",
    "status_map",
    "validate_status",
]


def _load(platform: Platform) -> PlatformDeclaration:
    found = importlib.import_module(f"{__name__}.{platform.value}").PLATFORM
    if not isinstance(found, PlatformDeclaration) or found.platform is not platform:
        raise TypeError(f"{__name__}.{platform.value}.PLATFORM must declare {platform!r}")
    return found


DECLARATIONS: Final[Mapping[Platform, PlatformDeclaration]] = {
    platform: _load(platform) for platform in Platform
}

# Views of the declarations, for the many readers that need only one aspect.
PLATFORM_LABELS: Final[Mapping[Platform, str]] = {p: d.label for p, d in DECLARATIONS.items()}
PLATFORM_FIELDS: Final[Mapping[Platform, tuple[SettingField, ...]]] = {
    p: d.fields for p, d in DECLARATIONS.items()
}
DEFAULT_ORDER_STATUS_MAP: Final[Mapping[Platform, Mapping[str, OrderStatus]]] = {
    p: d.order_statuses for p, d in DECLARATIONS.items()
}
ORDER_PLATFORMS: Final = tuple(p for p, d in DECLARATIONS.items() if JobKind.ORDERS_PULL in d.capabilities)


def declaration(platform: Platform) -> PlatformDeclaration:
    return DECLARATIONS[platform]


def parse_status_lines(text: str) -> dict[str, str]:
    """`Sent = shipped` lines -> {"Sent": "shipped"}; raises ValueError naming the first bad line."""
    mapping: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        remote, equals, ours = (part.strip() for part in line.partition("="))
        if not equals or not remote or not ours:
            raise ValueError(f"Line {number} should read 'store status = our status', e.g. 'Sent = shipped'.")
        validate_status(ours)
        mapping[remote] = ours.lower()
    return mapping


def validate_status(ours: str) -> None:
    """Raises ValueError with the list of our statuses when `ours` is not one of them."""
    known = [status.value for status in OrderStatus]
    if ours.lower() not in known:
        raise ValueError(f"'{ours}' is not a StoreSync order status; use one of {', '.join(known)}.")


def format_status_lines(mapping: dict[str, str]) -> str:
    return "\n".join(f"{remote} = {ours}" for remote, ours in mapping.items())


def secret_fields(platform: Platform) -> tuple[str, ...]:
    """Names of `platform`'s settings that are kept in the keychain."""
    return tuple(f.name for f in PLATFORM_FIELDS[platform] if f.kind == "secret")


def secrets_in_use(platform: Platform, settings: Mapping[str, Any]) -> dict[str, bool]:
    """The secrets a store with these settings sends, each with whether its runs need it: a JSON API
    sends only those of its login method (a user token being optional), other platforms all theirs."""
    fields = [f for f in PLATFORM_FIELDS[platform] if f.kind == "secret"]
    used = SECRETS_BY_AUTH.get(str(settings.get("auth"))) if "auth" in settings else None
    if used is None:
        return {f.name: f.required for f in fields}
    return {
        f.name: f.required or f.name not in OPTIONAL_SECRETS for f in fields if f.required or f.name in used
    }


def setting_or_default(platform: Platform, settings: Mapping[str, Any], name: str) -> Any:
    """A store setting, or the platform's default for it when unset or empty."""
    value = settings.get(name)
    if value is None or value == "":
        for item in PLATFORM_FIELDS.get(platform, ()):
            if item.name == name:
                return item.default
    return value


def jobs_for(platform: Platform, settings: Mapping[str, Any]) -> frozenset[JobKind]:
    """The jobs a store with these settings can run: its platform's, and for a JSON API only those its
    endpoints are set for (orders need an orders endpoint, a push a stock endpoint; a courier's API that
    lists shipments has no stock to read)."""
    if platform is not Platform.GENERIC_JSON:
        return DECLARATIONS[platform].capabilities

    def setting(name: str) -> Any:
        return setting_or_default(platform, settings, name)

    shipments = setting("shipments_endpoint")
    courier = bool(shipments) and setting("endpoint") in (None, "", shipments)
    jobs = set() if courier else {JobKind.INVENTORY_PULL}
    for endpoint, kind in (
        ("shipments_endpoint", JobKind.SHIPMENT_PULL),
        ("orders_endpoint", JobKind.ORDERS_PULL),
        ("stock_endpoint", JobKind.STOCK_PUSH),
    ):
        if setting(endpoint):
            jobs.add(kind)
    return frozenset(jobs)


def field_default(platform: Platform, name: str) -> Any:
    """The default of one setting of `platform`; an unknown name is a bug, so it raises KeyError."""
    for item in PLATFORM_FIELDS[platform]:
        if item.name == name:
            return item.default
    raise KeyError(name)


def status_map(platform: Platform, overrides: dict[str, str] | None = None) -> dict[str, OrderStatus]:
    """The platform's default remote-status mapping with a store's own overrides on top."""
    mapping = dict(DEFAULT_ORDER_STATUS_MAP[platform])
    for remote, ours in (overrides or {}).items():
        try:
            mapping[str(remote)] = OrderStatus(ours)
        except ValueError:
            continue
    return mapping
