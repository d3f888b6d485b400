"""Opening the database: check it, move a bad file aside, migrate, and hand out the repositories."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import StorageError
from app.core.events import DatabaseReplaced
from app.core.redaction import REDACTOR, Redactor
from app.storage.cursors import SqliteCursorRepository, SqliteSettingsRepository
from app.storage.database import Database
from app.storage.health import is_busy, move_aside, problem_with
from app.storage.inventory import SqliteInventoryRepository
from app.storage.log_records import SqliteLogRepository
from app.storage.maintenance import SqliteMaintenance, SqliteRetention
from app.storage.orders import SqliteOrderRepository
from app.storage.overview import SqliteOverviewQueries
from app.storage.paths import (
    PRIVATE_FILE_MODE,
    database_file,
    ensure_private_dir,
    ensure_private_file,
    make_private,
)
from app.storage.runs import SqliteRunRepository
from app.storage.schema import SCHEMA_VERSION, migrate
from app.storage.stores import SqliteStoreRepository

if TYPE_CHECKING:
    from app.core import ports
    from app.storage.credentials import KeyringCredentialStore

log = logging.getLogger(__name__)

# The inventory merge uses RETURNING (app/storage/inventory_merge.py).
MIN_SQLITE = (3, 35, 0)


class Storage:
    """The open database and its repositories. `replaced` tells the window when a damaged file was
    moved aside at this start. Reads run on the caller's thread; writes on one writer thread."""

    def __init__(self, database: Database, redactor: Redactor, replaced: DatabaseReplaced | None) -> None:
        self.database = database
        self.replaced = replaced
        self.stores = SqliteStoreRepository(database)
        self.runs = SqliteRunRepository(database, redactor)
        self.inventory = SqliteInventoryRepository(database)
        self.orders = SqliteOrderRepository(database)
        self.cursors = SqliteCursorRepository(database)
        self.logs = SqliteLogRepository(database)
        self.settings = SqliteSettingsRepository(database)
        self.retention = SqliteRetention(database)
        self.maintenance = SqliteMaintenance(database, redactor)
        self.overview = SqliteOverviewQueries(database)

    @property
    def path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        """Finishes the queued writes, then closes the file."""
        self.database.close()
        self.runs.close()


def open_storage(data_dir: Path, redactor: Redactor = REDACTOR) -> Storage:
    """Open (or create) the database in `data_dir`. A 0-byte, foreign or damaged file is moved aside
    with a log line and `Storage.replaced` set; raises StorageError only when the file cannot be used
    and cannot be moved (permissions) or was made by a newer StoreSync, or SQLite is too old."""
    if sqlite3.sqlite_version_info < MIN_SQLITE:
        raise StorageError(
            f"StoreSync needs SQLite {'.'.join(map(str, MIN_SQLITE))} or newer; this Python uses "
            f"{sqlite3.sqlite_version}. Install a newer Python or libsqlite3."
        )
    ensure_private_dir(data_dir)
    path = database_file(data_dir)
    try:
        database, replaced = _open_checked(path)
    except OSError as error:
        raise StorageError(
            f"StoreSync cannot use its database at {path}: {error.strerror or error}"
        ) from error
    return Storage(database, redactor, replaced)


def _open_checked(path: Path) -> tuple[Database, DatabaseReplaced | None]:
    replaced: DatabaseReplaced | None = None
    try:
        problem = problem_with(path)
        if problem is not None:
            replaced = move_aside(path, problem)
        return _open_and_migrate(path), replaced
    except sqlite3.DatabaseError as error:
        if is_busy(error):
            raise StorageError(f"The database {path} is locked by another program: {error}.") from error
        # Damage that quick_check did not see but the migration hit: same remedy, once.
        replaced = move_aside(path, f"the database is damaged ({error})")
        return _open_and_migrate(path), replaced


def _open_and_migrate(path: Path) -> Database:
    ensure_private_file(path)
    database = Database(path)
    try:
        previous = migrate(database.connection())
    except BaseException:
        database.close()
        raise
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            make_private(companion, PRIVATE_FILE_MODE)
    if previous == 0:
        log.info("Created a new database at %s", path)
    elif previous < SCHEMA_VERSION:
        log.info("Upgraded the database at %s from schema %d to %d", path, previous, SCHEMA_VERSION)
    return database


if TYPE_CHECKING:
    # mypy proves here that each repository implements its port exactly.
    def _implements_the_ports(storage: Storage, credentials: KeyringCredentialStore) -> None:
        stores: ports.StoreRepository = storage.stores
        runs: ports.RunRepository = storage.runs
        inventory: ports.InventoryRepository = storage.inventory
        orders: ports.OrderRepository = storage.orders
        cursors: ports.CursorRepository = storage.cursors
        logs: ports.LogRepository = storage.logs
        settings: ports.SettingsRepository = storage.settings
        retention: ports.Retention = storage.retention
        maintenance: ports.Maintenance = storage.maintenance
        keychain: ports.CredentialStore = credentials
        overview: ports.OverviewQueries = storage.overview
        del (
            overview,
            stores,
            runs,
            inventory,
            orders,
            cursors,
            logs,
            settings,
            retention,
            maintenance,
            keychain,
        )
