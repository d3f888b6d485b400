"""SVG icons from resources/icons, cached; Qt renders them sharp at any device pixel ratio."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from app.core.models import Platform
from app.core.platforms import DECLARATIONS

TRAY_STATES = ("ok", "syncing", "attention", "failed", "paused")


def icons_dir() -> Path:
    """resources/icons beside the app package, or inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "resources" / "icons"


@cache
def _load(relative: str) -> QIcon:
    return QIcon(str(icons_dir() / relative))


def app_icon() -> QIcon:
    return _load("app.svg")


def tray_icon(state: str) -> QIcon:
    """`state` is one of TRAY_STATES."""
    return _load(f"tray/{state if state in TRAY_STATES else 'ok'}.svg")


@cache
def platform_icon(platform: Platform | str) -> QIcon:
    """The icon the platform declares; the generic one for a platform that is not (or no longer) known.
    Cached: the stores table asks for it on every paint of every row."""
    try:
        relative = DECLARATIONS[Platform(platform)].icon
    except ValueError:
        relative = ""
    if not relative or not (icons_dir() / relative).exists():
        relative = DECLARATIONS[Platform.GENERIC_JSON].icon
    return _load(relative)
