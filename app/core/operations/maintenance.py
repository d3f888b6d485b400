"""A consistent copy of the database, written by whichever process answers (the running instance
through its control API, or the command line's own process)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.core.errors import Conflict, InvalidRequest
from app.core.services import AppServices


async def backup_database(services: AppServices, body: Mapping[str, Any]) -> dict[str, Any]:
    """{"path": an absolute file name that does not exist yet} -> {"path", "size_bytes"}."""
    target = await asyncio.to_thread(_new_file, body.get("path"))
    written = await services.maintenance.backup(str(target))
    return {"path": written, "size_bytes": (await asyncio.to_thread(os.stat, written)).st_size}


def _new_file(text: object) -> Path:
    if not isinstance(text, str) or not text.strip():
        raise InvalidRequest("say where to write the backup: path")
    target = Path(text).expanduser()
    if not target.is_absolute():
        raise InvalidRequest(f"the backup path must be absolute, not {text!r}")
    if target.exists():
        raise Conflict(f"{target} already exists; choose a new file name")
    if not target.parent.is_dir():
        raise InvalidRequest(f"the folder {target.parent} does not exist")
    return target
