"""The check at start: an empty, foreign or damaged database file is moved aside, never used silently.

SQLite opens a 0-byte or foreign file as if it were an empty database and finds a damaged page only
when asked (PRAGMA quick_check), so both are checked before the app trusts the file.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from app.core.errors import StorageError
from app.core.events import DatabaseReplaced
from app.storage.schema import OUR_TABLES, SCHEMA_VERSION, table_names, user_version

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def problem_with(path: Path, busy_timeout: float = 10.0) -> str | None:
    """Why the file at `path` cannot be used as our database, in plain words; None when it can.

    A file locked by another program is not damaged: that raises StorageError and nothing is moved."""
    if not path.exists():
        return None
    size = path.stat().st_size
    if size == 0:
        return "the database file was empty (0 bytes)"
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        return "the file is not an SQLite database"
    try:
        with closing(sqlite3.connect(path, timeout=busy_timeout)) as connection:
            result = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
            if result != ["ok"]:
                return "the database is damaged (" + "; ".join(str(line) for line in result[:3]) + ")"
            version = user_version(connection)
            tables = table_names(connection)
    except sqlite3.OperationalError as error:
        if is_busy(error):
            raise StorageError(
                f"The database {path} is in use by another program and stays locked; close it and try again."
            ) from error
        return f"the database is damaged ({error})"
    except sqlite3.DatabaseError as error:
        return f"the database is damaged ({error})"
    if version == 0 and tables:
        return "the file is an SQLite database of another program"
    if 0 < version <= SCHEMA_VERSION and not tables >= OUR_TABLES:
        return "the database is missing StoreSync's tables"
    return None


def is_busy(error: BaseException) -> bool:
    """Locked or busy: another connection holds the file; nothing is wrong with it."""
    text = str(error).lower()
    return "locked" in text or "busy" in text


def move_aside(path: Path, reason: str, now: datetime | None = None) -> DatabaseReplaced:
    """Rename the file (and its -wal/-shm) to `<name>.corrupt-<YYYYmmdd-HHMMSS>` and say so in the log."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    path.rename(target)
    for suffix in COMPANION_SUFFIXES:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    log.warning(
        "The database could not be used: %s. It was moved to %s and a new, empty database was created.",
        reason,
        target,
    )
    return DatabaseReplaced(moved_to=str(target), reason=reason)
