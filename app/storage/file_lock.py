"""An exclusive OS lock on an open file. The kernel drops it when its process dies however it dies
(SIGKILL, a crash, a power cut), so a lock that cannot be taken proves a live owner."""

from __future__ import annotations

import sys
from typing import IO, Any


def try_lock(handle: IO[Any]) -> bool:
    """Take the lock without waiting; False when another open file (any process, this one too) holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True
