"""Which values of a store's settings are secrets, wherever they sit.

Each platform declares its secret fields (app.core.platforms). A key with any of those names, at any
depth of a store's settings or of an imported store entry, holds a secret: it belongs in the keychain,
never in the database, a backup or an export.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from app.core.models import Platform
from app.core.platforms import secret_fields

PLACEHOLDER: Final = re.compile(r"\{\w+\}")
SECRET_SETTING_NAMES: frozenset[str] = frozenset(
    name for platform in Platform for name in secret_fields(platform)
)


@dataclass(slots=True)
class SeparatedSecrets:
    """`cleaned`: the data without any secret-named key; `secrets`: field -> value of the wanted secrets;
    `found_at`: where secrets were found (e.g. `settings.preset.api_token`); `problems`: what could not
    be taken as it was, in words that name where, never the value."""

    cleaned: Any = None
    secrets: dict[str, str] = field(default_factory=dict)
    found_at: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def separate_secrets(data: Any, wanted: Collection[str]) -> SeparatedSecrets:
    """Take every secret-named key out of `data` (nested dicts and lists); empty values are dropped.
    Secrets named in `wanted` are collected: the first value of a field is kept, a second different
    one, a value that is not text, or any other secret is reported as a problem."""
    separated = SeparatedSecrets()
    separated.cleaned = _strip(data, "", separated, frozenset(wanted))
    return separated


def store_secrets(platform: Platform, data: Any) -> SeparatedSecrets:
    """separate_secrets for a store of `platform`: its own secret fields are wanted."""
    return separate_secrets(data, secret_fields(platform))


def secret_paths(data: Any) -> list[str]:
    """Where `data` holds a value under a key named like a declared secret; empty when nowhere."""
    return separate_secrets(data, ()).found_at


def _strip(data: Any, path: str, separated: SeparatedSecrets, wanted: frozenset[str]) -> Any:
    if isinstance(data, Mapping):
        kept: dict[str, Any] = {}
        for key, value in data.items():
            where = f"{path}.{key}" if path else str(key)
            if key not in SECRET_SETTING_NAMES:
                kept[key] = _strip(value, where, separated, wanted)
            elif value not in (None, "") and not _is_placeholder(value):
                separated.found_at.append(where)
                _take(str(key), value, where, separated, wanted)
        return kept
    if isinstance(data, list):
        return [_strip(item, f"{path}[{index}]", separated, wanted) for index, item in enumerate(data)]
    return data


def _is_placeholder(value: Any) -> bool:
    """A request template's "{password}": it names a keychain entry, it is not the secret itself."""
    return isinstance(value, str) and PLACEHOLDER.fullmatch(value) is not None


def _take(key: str, value: Any, where: str, separated: SeparatedSecrets, wanted: frozenset[str]) -> None:
    if key not in wanted:
        separated.problems.append(f"{where} is a secret this store has no field for")
        return
    if not isinstance(value, str):
        separated.problems.append(f"{where} must be text")
        value = str(value)
    earlier = separated.secrets.setdefault(key, value)
    if earlier != value:
        separated.problems.append(f"{key} is given twice with different values ({where})")
