"""Presets shipped with the app (resources/presets/*.json), each written from a vendor's public API
documentation. The store editor lists them and `storesync store add --preset NAME` takes one by its
name (the file's name without .json); a preset file of the merchant's own is read the same way."""

from __future__ import annotations

import sys
from pathlib import Path

from app.core.presets import Preset, PresetError, read_preset_file


def presets_dir() -> Path:
    """resources/presets beside the app package, or inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "resources" / "presets"


def shipped_preset_names() -> list[str]:
    """The names of the shipped presets, sorted."""
    folder = presets_dir()
    return sorted(path.stem for path in folder.glob("*.json")) if folder.is_dir() else []


def shipped_preset(name: str) -> Preset:
    """The shipped preset called `name`; an unknown name is refused with the names there are."""
    if name not in shipped_preset_names():
        known = ", ".join(shipped_preset_names()) or "none"
        raise PresetError(f"StoreSync ships no preset called “{name}” (shipped presets: {known}).")
    return read_preset_file(presets_dir() / f"{name}.json")


def preset_by_name_or_file(reference: str) -> Preset:
    """The preset file at `reference` when there is one or it reads like a path (a folder, .json);
    otherwise the shipped preset of that name."""
    path = Path(reference)
    if path.exists() or reference.endswith(".json") or path.parent != Path("."):
        return read_preset_file(path)
    return shipped_preset(reference)
