"""Maintenance of a server's database (implements ports.Maintenance): its name and size for the API
server; a copy or an export is the database administrator's tool's work (pg_dump, psql's \\copy), not a
file the API server writes on its own disk, so those are refused in one sentence that says so."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from app.core.errors import InvalidRequest
from app.core.ports import DayTotals, RunQuery, StoreFigures
from app.storage.postgres_database import PostgresDatabase

BACKUP_REFUSED = (
    "a server's PostgreSQL database is backed up with pg_dump (or the server's own backups), not by StoreSync"
)

OVERVIEW_REFUSED = "the Overview's figures are served by a desktop or headless instance, not from PostgreSQL"


class PostgresMaintenance:
    def __init__(self, database: PostgresDatabase) -> None:
        self._db = database

    def database_path(self) -> str:
        return self._db.shown_url

    def database_size_bytes(self) -> int:
        return int(self._db.read_value((b"SELECT pg_database_size(current_database())", [])) or 0)

    async def backup(self, target: str) -> str:
        raise InvalidRequest(BACKUP_REFUSED)

    async def export_history_csv(self, target: str, query: RunQuery) -> int:
        raise InvalidRequest(
            "a server's history is exported through its control API (`storesync history --json`), "
            "not into a file on the server"
        )


class NoOverview:
    """The Overview's figures (ports.OverviewQueries) are the desktop window's, read from its own
    database; a process without a window is never asked for them."""

    def store_figures(
        self,
        failures_since: datetime,
        thresholds: Mapping[int, int],
        default_threshold: int,
        recent: int = 20,
    ) -> dict[int, StoreFigures]:
        raise InvalidRequest(OVERVIEW_REFUSED)

    def day_totals(self, since: datetime) -> DayTotals:
        raise InvalidRequest(OVERVIEW_REFUSED)

    def ended_run_ids(self, since: datetime) -> set[int]:
        raise InvalidRequest(OVERVIEW_REFUSED)
