"""A throwaway database on a PostgreSQL server for one measurement: made empty, dropped after."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

from app.storage import postgres
from app.worker.queue_schema import migrate_queue


@contextmanager
def fresh_database(server: str) -> Iterator[str]:
    """The URL of a new, empty database on `server` (whose user may create databases)."""
    name = "storesync_bench_" + uuid.uuid4().hex[:10]
    with postgres.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"'.encode())
    try:
        yield urlunsplit(urlsplit(server)._replace(path="/" + name))
    finally:
        with postgres.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'.encode())


def migrate_for_server(url: str) -> None:
    """The schema `storesync migrate` gives a server: the app's tables and the queue's."""
    with postgres.connect(url) as connection:
        postgres.migrate(connection)
        migrate_queue(connection)
