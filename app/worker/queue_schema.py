"""procrastinate's own tables and functions in the server's database, put there by `storesync migrate`
beside StoreSync's schema: a new database gets procrastinate's whole schema, one made by an older
procrastinate gets that release's migration files it has not had yet, in order.

The setting `queue_schema` names the last migration file the database has; the advisory lock of
app.storage.postgres makes several machines migrating at once wait for each other."""

from __future__ import annotations

from importlib import resources

from procrastinate.schema import SchemaManager

from app.storage import postgres

SETTING = "queue_schema"
_SAVE = (
    "INSERT INTO setting (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


def migration_files() -> list[str]:
    """The pinned procrastinate's migration files, oldest first (their names sort by version)."""
    folder = resources.files("procrastinate.sql.migrations")
    return sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".sql"))


def migrate_queue(connection: postgres.Connection) -> str:
    """Bring procrastinate's schema up to the pinned release, in one transaction; says what was done."""
    latest = migration_files()[-1]
    with connection.transaction():
        connection.execute("SELECT pg_advisory_xact_lock(%s)", (postgres.MIGRATION_LOCK,))
        row = connection.execute("SELECT value FROM setting WHERE key = %s", (SETTING,)).fetchone()
        present = connection.execute("SELECT to_regclass('procrastinate_jobs')").fetchone() != (None,)
        if not present:
            connection.execute(SchemaManager.get_schema().encode())
            done = "created"
        elif row is None or row[0] == latest:
            # Up to date, or made by hand with procrastinate's own command: taken as this release's.
            done = "up to date"
        else:
            folder = resources.files("procrastinate.sql.migrations")
            since = "" if row is None else str(row[0])
            for name in migration_files():
                if name > since:
                    connection.execute((folder / name).read_text(encoding="utf-8").encode())
            done = "migrated"
        connection.execute(_SAVE, (SETTING, latest))
    return done
