"""`storesync migrate`: bring a server's PostgreSQL schema to this StoreSync's version, or with
`--from FILE --to URL` copy a desktop's SQLite database, history included, into an empty server."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, UsageError
from app.storage import postgres
from app.storage.schema import SCHEMA_VERSION
from app.storage.sqlite_to_postgres import copy_database, credential_files

DATABASE_URL_VARIABLE = "STORESYNC_DATABASE_URL"


def add_migrate_parser(commands: Any) -> None:
    migrate = commands.add_parser(
        "migrate",
        help="bring a PostgreSQL server's schema up to date, or copy a desktop's database into one",
        epilog=f"The server's URL comes from --database or {DATABASE_URL_VARIABLE}. Secrets are never "
        "copied: a server reads them from its credentials directory.",
    )
    migrate.add_argument("--database", metavar="postgresql://...", help="the server's database")
    migrate.add_argument(
        "--from", dest="source", metavar="FILE", help="a desktop's storesync.sqlite3 to copy"
    )
    migrate.add_argument(
        "--to", dest="target", metavar="postgresql://...", help="the empty server to copy into"
    )


def database_url(given: str | None) -> str:
    """The server's URL from an option or STORESYNC_DATABASE_URL, checked to be PostgreSQL's."""
    url = given or os.environ.get(DATABASE_URL_VARIABLE, "")
    if not url:
        raise UsageError(
            f"give the server's database: --database postgresql://... or {DATABASE_URL_VARIABLE}"
        )
    if not postgres.is_postgres_url(url):
        raise UsageError(
            f"{postgres.shown_url(url)} is not a PostgreSQL URL (postgresql://user@host/database)"
        )
    return url


def migrate(args: argparse.Namespace) -> int:
    if args.source or args.target:
        if not (args.source and args.target):
            raise UsageError(
                "--from and --to go together: storesync migrate --from FILE --to postgresql://..."
            )
        return _copy(Path(args.source).expanduser(), database_url(args.target))
    url = database_url(args.database)
    from app.worker.queue_schema import migrate_queue

    with postgres.connect(url) as connection:
        previous = postgres.migrate(connection)
        queue = migrate_queue(connection)
    if previous == SCHEMA_VERSION:
        print(f"{postgres.shown_url(url)} is up to date (schema {SCHEMA_VERSION}).")
    else:
        print(f"{postgres.shown_url(url)} migrated from schema {previous} to {SCHEMA_VERSION}.")
    print(f"The workers' task queue: {queue}.")
    return EXIT_OK


def _copy(source: Path, url: str) -> int:
    with postgres.connect(url) as connection:
        copied = copy_database(source, connection)
        files = credential_files(connection)
    print(f"Copied {source} into {postgres.shown_url(url)}:")
    for table, rows in copied.items():
        print(f"  {table}: {rows} rows")
    print(
        "Secrets were not copied. Put each in the server's credentials directory, one owner-only file "
        "(chmod 600) per secret:"
    )
    for store, name in files:
        print(f"  {name}  ({store})")
    return EXIT_OK
