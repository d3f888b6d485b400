"""Telling a full disk from other write failures. SQLite reports it as SQLITE_FULL ("database or disk
is full"), the file system as ENOSPC; either way the user is told which folder's disk is full and how
much room is left, in place of a database error."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from app.core.errors import DiskFull

SQLITE_FULL = 13


def is_disk_full(error: BaseException) -> bool:
    """True for a full disk anywhere in the error's chain (a failed rollback hides the first error)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, sqlite3.Error) and (
            getattr(seen, "sqlite_errorcode", None) == SQLITE_FULL or "is full" in str(seen)
        ):
            return True
        if isinstance(seen, OSError) and seen.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 0


def disk_full(folder: Path) -> DiskFull:
    return DiskFull(str(folder), free_bytes(folder))
