"""Which runs still have a live owner. The process that records a run as running holds an OS lock on
`<data dir>/run-owners/<run id>.lock` until the run's end is recorded; the kernel drops it when the
process dies, however it dies. So any process can tell a live run (the lock cannot be taken) from one
whose owner is gone (no file, or a file nobody holds), at once and without a timeout."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO, Any

from app.core.errors import StorageError
from app.storage.file_lock import try_lock
from app.storage.paths import PRIVATE_FILE_MODE, ensure_private_dir

OWNERS_DIR_NAME = "run-owners"


class RunOwners:
    """The locks this process holds for its running runs, and the test of other processes' runs."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / OWNERS_DIR_NAME
        self._held: dict[int, IO[Any]] = {}

    def claim(self, run_id: int) -> None:
        """Hold the run's lock; called before the row saying 'running' is committed, so no process
        ever sees that row without a held lock behind it."""
        ensure_private_dir(self.folder)
        descriptor = os.open(self._path(run_id), os.O_CREAT | os.O_RDWR, PRIVATE_FILE_MODE)
        handle = os.fdopen(descriptor, "r+b")
        if not try_lock(handle):
            handle.close()
            raise StorageError(f"Run {run_id} is already owned by another StoreSync process.")
        self._held[run_id] = handle

    def release(self, run_id: int) -> None:
        """Give the lock up once the run's end is committed (or its start was not)."""
        handle = self._held.pop(run_id, None)
        if handle is None:
            return
        with contextlib.suppress(OSError):  # Windows refuses to remove an open file; it is reused
            self._path(run_id).unlink()
        handle.close()

    def release_all(self) -> None:
        """The database is closing: runs whose end was not recorded are no longer owned by anyone."""
        for run_id in list(self._held):
            self.release(run_id)

    def is_alive(self, run_id: int) -> bool:
        """True while some process (this one included) holds the run's lock."""
        if run_id in self._held:
            return True
        try:
            descriptor = os.open(self._path(run_id), os.O_RDWR)
        except FileNotFoundError:
            return False
        with os.fdopen(descriptor, "r+b") as handle:
            return not try_lock(handle)  # taken here means nobody held it; closing lets it go

    def forget(self, run_id: int) -> None:
        """Remove the lock file a dead owner left behind."""
        if run_id not in self._held:
            with contextlib.suppress(OSError):
                self._path(run_id).unlink()

    def _path(self, run_id: int) -> Path:
        return self.folder / f"{run_id}.lock"
