"""Where StoreSync keeps its files: the platform data dir unless the user chose another one.

New files are 0644 by default; the data and log dirs are made 0700 and the database 0600, because the
history names the merchant's stores, orders and stock.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "StoreSync"
DATA_DIR_ENV = "STORESYNC_DATA_DIR"
DATABASE_NAME = "storesync.sqlite3"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(cli_value: str | None) -> Path:
    """`--data-dir` wins, then STORESYNC_DATA_DIR, then the platform's data dir; created 0700."""
    chosen = cli_value or os.environ.get(DATA_DIR_ENV) or None
    path = Path(chosen).expanduser() if chosen else default_data_dir()
    ensure_private_dir(path)
    return path.resolve()


def log_dir(data_dir: Path) -> Path:
    """The platform log dir, or `<data dir>/logs` when the data dir was chosen by the user, so that a
    portable or test installation keeps everything in one place."""
    if data_dir.resolve() == default_data_dir().resolve():
        path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    else:
        path = data_dir / "logs"
    ensure_private_dir(path)
    return path


def database_file(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def ensure_private_dir(path: Path) -> None:
    """Create `path` (and parents) readable by the owner only; tighten it if it already exists."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    make_private(path, PRIVATE_DIR_MODE)


def ensure_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 before SQLite opens it (SQLite copies the mode to -wal/-shm)."""
    descriptor = os.open(path, os.O_CREAT | os.O_RDWR, PRIVATE_FILE_MODE)
    os.close(descriptor)
    make_private(path, PRIVATE_FILE_MODE)


def make_private(path: Path, mode: int) -> None:
    """chmod that tolerates file systems without Unix permissions (FAT, some network shares)."""
    try:
        os.chmod(path, mode)
    except OSError:
        if os.name != "nt":
            raise
