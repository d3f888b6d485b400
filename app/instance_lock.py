"""One app (the window or `storesync headless`) per data folder: two would both run every schedule
and each mark the other's running syncs interrupted. The OS drops the lock when the process dies,
so a crash never leaves the folder locked."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from app.core.errors import AlreadyRunning
from app.storage.file_lock import try_lock

LOCK_FILE_NAME = "storesync.lock"


class DataDirLock:
    """An exclusive, non-blocking lock on `<data dir>/storesync.lock`, which holds the owner's pid."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE_NAME
        self._handle: Any = None

    def acquire(self) -> None:
        handle = self.path.open("a+", encoding="utf-8")
        if not try_lock(handle):
            handle.close()
            raise AlreadyRunning(
                f"StoreSync is already running with the data in {self.path.parent} (in a window or "
                "as `storesync headless`); use that one, or stop it first."
            )
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            handle, self._handle = self._handle, None
            handle.close()
