"""A server process's log lines reach the database's log table, where the console's Log panel reads them:
secrets masked on the way in, libraries' chatter below WARNING left out, and the last lines stored when the
process stops."""

from __future__ import annotations

import logging

import psycopg
import pytest

from app.core.redaction import Redactor
from app.storage import postgres
from app.storage.postgres_logs import lines_in_database
from app.storage.postgres_storage import open_postgres_storage

pytestmark = pytest.mark.postgres

SECRET = "tok-worker-log-line-5d21"


async def test_a_workers_lines_are_stored_redacted_and_libraries_only_from_warning(
    postgres_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    with postgres.connect(postgres_url) as connection:
        postgres.migrate(connection)
    redactor = Redactor()
    redactor.add_secret(SECRET)
    storage = open_postgres_storage(postgres_url)
    try:
        async with lines_in_database(storage.logs, redactor):
            logging.getLogger("app.sync").info("GET https://shop.example/items?key=%s failed", SECRET)
            logging.getLogger("httpx").info("HTTP Request: GET https://shop.example/items")
            logging.getLogger("httpx").warning("Connection pool is full")
    finally:
        storage.close()
    with psycopg.connect(postgres_url) as connection:
        rows = connection.execute("SELECT logger, level, message FROM log_record ORDER BY id").fetchall()
    assert [(logger, level) for logger, level, _ in rows] == [("app.sync", "INFO"), ("httpx", "WARNING")]
    assert SECRET not in rows[0][2] and "GET https://shop.example/items?key=" in rows[0][2]
