"""What a platform declares about itself, once, in its module under app/core/platforms: the store
editor, the CLI help, the credential store, the connector and simulator registries, the demo and the
panels all read this declaration (core holds it, so every layer may)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from app.core.models import JobKind, OrderStatus, Platform
from app.core.schedule import ScheduleSpec

FieldKind = Literal["text", "url", "secret", "int", "choice", "mapping", "status_map", "json"]
"""`json`: a JSON object typed as text (request bodies, headers, rules)."""


@dataclass(frozen=True, slots=True)
class SettingField:
    """One input of a store's settings form. `secret` fields go to the keychain, never to settings."""

    name: str
    label: str
    kind: FieldKind
    required: bool
    default: Any
    help: str
    choices: tuple[str, ...] = ()


def text(name: str, label: str, help: str, *, required: bool = True, default: Any = None) -> SettingField:
    return SettingField(name, label, "text", required, default, help)


def secret(name: str, label: str, help: str, *, required: bool = True) -> SettingField:
    return SettingField(name, label, "secret", required, None, help)


@dataclass(frozen=True, slots=True)
class DemoStoreDeclaration:
    """The store the demo creates on this platform's simulator, and its jobs' schedules."""

    name: str
    schedules: tuple[tuple[JobKind, ScheduleSpec], ...]


@dataclass(frozen=True, slots=True)
class PlatformDeclaration:
    """A platform, declared once. `capabilities` are the jobs its connector can run (a store may
    narrow them); `rate_limit` is (requests per second, burst) shared per credential, or None;
    `order_statuses` maps its order states onto ours (an editable `status_map` setting is added to
    `fields` when it imports orders). `preview`: the store editor offers a preview of what a read
    would store (for a platform whose mapping the merchant configures). Its connector is
    `connector_module`.CONNECTOR and its loopback simulator `simulator_module`.SIMULATOR (by default
    named after the platform)."""

    platform: Platform
    label: str
    fields: tuple[SettingField, ...]
    capabilities: frozenset[JobKind]
    rate_limit: tuple[float, int] | None = None
    order_statuses: Mapping[str, OrderStatus] = field(default_factory=dict)
    demo: DemoStoreDeclaration | None = None
    preview: bool = False
    icon: str = ""
    connector_module: str = ""
    simulator_module: str = ""

    def __post_init__(self) -> None:
        name = self.platform.value
        object.__setattr__(self, "icon", self.icon or f"platforms/{name}.svg")
        object.__setattr__(self, "connector_module", self.connector_module or f"app.connectors.{name}")
        object.__setattr__(self, "simulator_module", self.simulator_module or f"app.sandbox.{name}")
        if JobKind.ORDERS_PULL in self.capabilities:
            object.__setattr__(self, "fields", (*self.fields, _status_map_field(self.order_statuses)))

    @property
    def secret_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.kind == "secret")

    def field(self, name: str) -> SettingField | None:
        for item in self.fields:
            if item.name == name:
                return item
        return None


def _status_map_field(defaults: Mapping[str, OrderStatus]) -> SettingField:
    return SettingField(
        "status_map",
        "Order statuses",
        "status_map",
        False,
        {remote: ours.value for remote, ours in defaults.items()},
        "How this store's order statuses read in StoreSync: one 'store status = ours' per line; ours is "
        "one of " + ", ".join(status.value for status in OrderStatus) + ".",
    )
