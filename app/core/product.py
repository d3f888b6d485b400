"""How StoreSync names itself to the servers it talks to (stores' APIs, alert webhooks)."""

from __future__ import annotations

from importlib import metadata


def _installed_version() -> str:
    try:
        return metadata.version("storesync")
    except metadata.PackageNotFoundError:
        return "0.0.0"


USER_AGENT = f"StoreSync/{_installed_version()}"
