"""A PostgreSQL database as a worker uses it: checked to be at this StoreSync's schema (`storesync
migrate` brings it there; a worker never migrates on its own), and the repositories a run needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.errors import StorageError
from app.core.redaction import REDACTOR, Redactor
from app.storage import postgres
from app.storage.postgres_database import PostgresDatabase
from app.storage.postgres_inventory import PostgresInventoryRepository
from app.storage.postgres_logs import PostgresLogRepository
from app.storage.postgres_maintenance import PostgresMaintenance
from app.storage.postgres_overview import PostgresOverviewQueries
from app.storage.postgres_records import (
    PostgresCursorRepository,
    PostgresOrderRepository,
    PostgresRetention,
    PostgresSettingsRepository,
)
from app.storage.postgres_runs import PostgresRunRepository
from app.storage.postgres_stores import PostgresStoreRepository
from app.storage.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from app.core import ports


class PostgresStorage:
    """The server's database and its repositories; reads on a connection of their own, writes on one
    writer thread that waits for a lost server (app.storage.postgres_database)."""

    def __init__(self, database: PostgresDatabase, redactor: Redactor = REDACTOR) -> None:
        self.database = database
        self.stores = PostgresStoreRepository(database)
        self.runs = PostgresRunRepository(database, redactor)
        self.inventory = PostgresInventoryRepository(database)
        self.orders = PostgresOrderRepository(database)
        self.cursors = PostgresCursorRepository(database)
        self.settings = PostgresSettingsRepository(database)
        self.retention = PostgresRetention(database)
        self.logs = PostgresLogRepository(database)
        self.maintenance = PostgresMaintenance(database)
        self.overview = PostgresOverviewQueries(database)

    def close(self) -> None:
        """Finish the queued writes, let go of the runs still held, close the connections."""
        self.runs.close()
        self.database.close()


def open_postgres_storage(url: str, redactor: Redactor = REDACTOR) -> PostgresStorage:
    """The server at `url`, refused in one sentence when it is not at this StoreSync's schema."""
    with postgres.connect(url) as connection:
        version = postgres.schema_version(connection)
    if version != SCHEMA_VERSION:
        newer = version > SCHEMA_VERSION
        raise StorageError(
            f"The database at {postgres.shown_url(url)} is at schema {version}, this StoreSync needs "
            f"{SCHEMA_VERSION}: "
            + ("update StoreSync on this machine." if newer else "run `storesync migrate` first.")
        )
    return PostgresStorage(PostgresDatabase(url), redactor)


if TYPE_CHECKING:
    # mypy proves here that each repository implements its port exactly.
    def _implements_the_ports(storage: PostgresStorage) -> None:
        stores: ports.StoreRepository = storage.stores
        runs: ports.RunRepository = storage.runs
        inventory: ports.InventoryRepository = storage.inventory
        orders: ports.OrderRepository = storage.orders
        cursors: ports.CursorRepository = storage.cursors
        settings: ports.SettingsRepository = storage.settings
        retention: ports.Retention = storage.retention
        logs: ports.LogRepository = storage.logs
        maintenance: ports.Maintenance = storage.maintenance
        overview: ports.OverviewQueries = storage.overview
        del stores, runs, inventory, orders, cursors, settings, retention, logs, maintenance, overview
