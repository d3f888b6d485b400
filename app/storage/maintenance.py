"""Backup, history export and retention (implements ports.Maintenance and ports.Retention)."""

from __future__ import annotations

import asyncio
import csv
import os
import sqlite3
from contextlib import closing, suppress
from datetime import datetime
from pathlib import Path

from app.core.errors import StorageError
from app.core.models import RunStatus
from app.core.operations.history_csv import HEADER, csv_row
from app.core.ports import RunQuery
from app.core.redaction import Redactor
from app.storage import timestamps
from app.storage.database import BUSY_TIMEOUT_SECONDS, Database
from app.storage.paths import PRIVATE_FILE_MODE, make_private
from app.storage.run_rows import RUN_COLUMNS, run_from_row
from app.storage.runs import where_clause

EXPORT_PAGE = 5_000
PURGE_CHUNK = 20_000


class SqliteMaintenance:
    def __init__(self, database: Database, redactor: Redactor) -> None:
        self._db = database
        self._redactor = redactor

    def database_path(self) -> str:
        return str(self._db.path)

    def database_size_bytes(self) -> int:
        """The file plus its write-ahead log, which holds recent commits until a checkpoint."""
        total = 0
        for path in (self._db.path, self._db.path.with_name(self._db.path.name + "-wal")):
            with suppress(FileNotFoundError):
                total += path.stat().st_size
        return total

    async def backup(self, target: str) -> str:
        """VACUUM INTO a temporary file next to `target`, then rename it into place. It runs on its own
        connection as a reader, so syncs keep writing meanwhile and the copy is one consistent moment."""
        return await asyncio.to_thread(self._backup_to, target)

    def _backup_to(self, target: str) -> str:
        destination = Path(target).expanduser().resolve()
        if destination == self._db.path.resolve():
            raise StorageError("Choose a backup file other than the database itself.")
        if not destination.parent.is_dir():
            raise StorageError(f"The folder {destination.parent} does not exist.")
        partial = destination.with_name(f".{destination.name}.partial-{os.getpid()}")
        partial.unlink(missing_ok=True)
        try:
            with closing(sqlite3.connect(self._db.path, timeout=BUSY_TIMEOUT_SECONDS)) as connection:
                connection.execute("VACUUM INTO ?", (str(partial),))
            make_private(partial, PRIVATE_FILE_MODE)
            os.replace(partial, destination)
        except (sqlite3.Error, OSError) as error:
            partial.unlink(missing_ok=True)
            raise StorageError(f"The backup to {destination} failed: {error}") from error
        return str(destination)

    async def export_history_csv(self, target: str, query: RunQuery) -> int:
        """The matching runs, newest first, with store names (kept on the run, so a removed store's runs
        still name it); error texts pass the redactor again."""
        return await asyncio.to_thread(self._export_to, target, query)

    def _export_to(self, target: str, query: RunQuery) -> int:
        destination = Path(target).expanduser()
        where, params = where_clause(query)
        count = 0
        try:
            connection = sqlite3.connect(self._db.path, timeout=BUSY_TIMEOUT_SECONDS)
            with closing(connection), destination.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(HEADER)
                connection.execute("BEGIN")  # one read snapshot for every page
                for offset in range(0, 1 << 62, EXPORT_PAGE):
                    rows = connection.execute(
                        f"SELECT {RUN_COLUMNS} FROM sync_run{where} "
                        "ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?",
                        [*params, EXPORT_PAGE, offset],
                    ).fetchall()
                    writer.writerows(csv_row(run_from_row(row), self._redactor.redact) for row in rows)
                    count += len(rows)
                    if len(rows) < EXPORT_PAGE:
                        break
        except (sqlite3.Error, OSError) as error:
            raise StorageError(f"The export to {destination} failed: {error}") from error
        return count


class SqliteRetention:
    """Deletes history older than a cutoff, keeping each job's latest run (catch-up needs it). Runs of a
    removed job or store have no job any more and go once they are old like any other.

    Rows go in chunks of separate transactions, so a sync waiting for the writer is held up by one
    chunk at most, not by the whole purge of a million log lines."""

    def __init__(self, database: Database) -> None:
        self._db = database

    async def purge_before(self, cutoff: datetime) -> int:
        limit = timestamps.to_db(cutoff)
        old_runs = (
            "SELECT id FROM sync_run WHERE started_at < ? AND status != ? "
            "AND id NOT IN (SELECT MAX(id) FROM sync_run WHERE job_id IS NOT NULL GROUP BY job_id)"
        )
        run_params = (limit, RunStatus.RUNNING.value)
        removed = await self._delete_in_chunks(
            "DELETE FROM inventory_change WHERE id IN "
            f"(SELECT id FROM inventory_change WHERE run_id IN ({old_runs}) LIMIT {PURGE_CHUNK})",
            run_params,
        )
        removed += await self._delete_in_chunks(
            f"DELETE FROM sync_run WHERE id IN ({old_runs} LIMIT {PURGE_CHUNK})", run_params
        )
        removed += await self._delete_in_chunks(
            "DELETE FROM log_record WHERE id IN "
            f"(SELECT id FROM log_record WHERE time < ? LIMIT {PURGE_CHUNK})",
            (limit,),
        )
        return removed

    async def _delete_in_chunks(self, statement: str, params: tuple[str | None, ...]) -> int:
        def one_chunk() -> int:
            with self._db.transaction():
                return self._db.connection().execute(statement, params).rowcount

        removed = 0
        while True:
            count = await self._db.write(one_chunk)
            removed += count
            if count < PURGE_CHUNK:
                return removed
