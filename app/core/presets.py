"""Presets of a generic JSON API store: its settings as a JSON file a merchant can share or reuse.

A preset never holds a secret, whichever way it travels: only the non-secret fields of
PLATFORM_FIELDS[GENERIC_JSON] (and the store's own order status names) are written or read, and a
value of the wrong kind is refused with the setting's name, so a bad file changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from app.core.errors import ConfigError
from app.core.models import Platform
from app.core.platforms import PLATFORM_FIELDS, SettingField, validate_status

PRESET_FORMAT: Final = "storesync-generic-json-preset"
PRESET_VERSION: Final = 1
PRESET_PLATFORM: Final = Platform.GENERIC_JSON
# The store's own order status names; a form field on newer platforms' lists, kept either way.
STATUS_MAP_KEY: Final = "status_map"
EXTRA_KEYS: Final = frozenset({STATUS_MAP_KEY})
# Names a secret may have gone under; never written or read, even if a file carries them.
SECRET_NAMES: Final = frozenset(
    {f.name for f in PLATFORM_FIELDS[PRESET_PLATFORM] if f.kind == "secret"} | {"token", "password"}
)
_FIELDS: Final[dict[str, SettingField]] = {
    f.name: f for f in PLATFORM_FIELDS[PRESET_PLATFORM] if f.kind != "secret"
}
PRESET_KEYS: Final = frozenset(_FIELDS) | EXTRA_KEYS
MAX_PRESET_BYTES: Final = 1_000_000  # a preset is a few kilobytes; anything this big is the wrong file


class PresetError(ConfigError):
    """A file or object that cannot be used as a preset; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class Preset:
    """What a preset file holds once checked: a suggested store name and non-secret settings."""

    name: str
    settings: dict[str, Any] = field(default_factory=dict)


_KEY_ORDER: Final = {
    name: index for index, name in enumerate([*_FIELDS, *sorted(EXTRA_KEYS - _FIELDS.keys())])
}


def public_settings(settings: Mapping[str, Any]) -> dict[str, Any]:
    """The settings a preset may carry (known, non-secret keys only), in the form's order."""
    kept = [key for key in settings if key in PRESET_KEYS and key not in SECRET_NAMES]
    return {key: settings[key] for key in sorted(kept, key=_KEY_ORDER.__getitem__)}


def make_preset(name: str, settings: Mapping[str, Any]) -> dict[str, Any]:
    """A preset object for a store named `name`; secrets and unknown keys are left out."""
    return {
        "format": PRESET_FORMAT,
        "version": PRESET_VERSION,
        "name": name,
        "settings": public_settings(settings),
    }


def preset_to_json(name: str, settings: Mapping[str, Any]) -> str:
    """The text of a preset file (UTF-8, indented so it can be read and edited by hand)."""
    return json.dumps(make_preset(name, settings), indent=2, ensure_ascii=False) + "\n"


def preset_from_json(text: str) -> Preset:
    """Read a preset file's text; malformed JSON is reported with its line and column."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise PresetError(
            f"The file is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        ) from None
    return read_preset(data)


def read_preset_file(path: Path) -> Preset:
    """The checked preset in `path`; every way the file can be wrong is a PresetError in plain words."""
    try:
        if path.stat().st_size > MAX_PRESET_BYTES:
            raise PresetError("The file is too large to be a preset.")
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise PresetError("The file is not text, so it is not a preset.") from None
    except OSError as error:
        raise PresetError(f"The file could not be read ({error.strerror or error}).") from None
    return preset_from_json(text)


def read_preset(data: Any) -> Preset:
    """Check a parsed preset; unknown and secret keys are dropped, wrong values refused by name."""
    if not isinstance(data, Mapping) or data.get("format") != PRESET_FORMAT:
        raise PresetError("This file is not a StoreSync JSON API preset.")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PresetError("The preset has no valid version number.")
    if version > PRESET_VERSION:
        raise PresetError("This preset was made by a newer StoreSync; update StoreSync to use it.")
    settings = data.get("settings")
    if not isinstance(settings, Mapping):
        raise PresetError("The preset has no settings.")
    name = data.get("name")
    checked = {
        key: _checked_value(key, value)
        for key, value in public_settings(settings).items()
        if value is not None
    }
    return Preset(name.strip() if isinstance(name, str) else "", checked)


def _checked_value(key: str, value: Any) -> Any:
    if key == STATUS_MAP_KEY:
        return _checked_statuses(_checked_mapping(key, value))
    spec = _FIELDS[key]
    if spec.kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            raise PresetError(f"The preset's “{key}” must be a whole number, not {value!r}.")
        return value
    if spec.kind == "mapping":
        return _checked_mapping(key, value)
    if spec.kind == "json":
        if not isinstance(value, Mapping):
            raise PresetError(f"The preset's “{key}” must be a JSON object, not {value!r}.")
        return dict(value)
    if not isinstance(value, str):
        raise PresetError(f"The preset's “{key}” must be text, not {value!r}.")
    if spec.kind == "choice" and value not in spec.choices:
        raise PresetError(f"The preset's “{key}” must be one of {', '.join(spec.choices)}, not {value!r}.")
    if spec.kind == "url" and value and not value.startswith(("https://", "http://")):
        raise PresetError(f"The preset's “{key}” must be an address starting with https://.")
    return value


def _checked_mapping(key: str, value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise PresetError(f'The preset\'s “{key}” must be an object of texts, such as {{"sku": "code"}}.')
    return dict(value)


def _checked_statuses(mapping: dict[str, str]) -> dict[str, str]:
    for ours in mapping.values():
        try:
            validate_status(ours)
        except ValueError as error:
            raise PresetError(f"The preset's “{STATUS_MAP_KEY}”: {error}") from None
    return {remote: ours.lower() for remote, ours in mapping.items()}
