"""A PostgreSQL server for the tests marked `postgres` (a pytest plugin, see tests/conftest.py).

.ci/test.sh starts a throwaway cluster (.ci/postgres.sh), exports its URL as STORESYNC_TEST_POSTGRES_URL
and sets STORESYNC_TEST_POSTGRES_REQUIRED=1: there a missing or silent server fails these tests, so a
broken CI cluster cannot pass as a skip. Anywhere else, without a URL, they are skipped with the reason.
Every test gets a database of its own, dropped afterwards."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

SERVER_URL = "STORESYNC_TEST_POSTGRES_URL"


def server_url() -> str:
    """The URL of the test server's maintenance database, after checking that it answers."""
    url = os.environ.get(SERVER_URL, "")
    if not url:
        if os.environ.get("STORESYNC_TEST_POSTGRES_REQUIRED") == "1":
            pytest.fail(f"{SERVER_URL} is not set although .ci/test.sh should have started PostgreSQL")
        pytest.skip(f"needs PostgreSQL: set {SERVER_URL}, or run bash .ci/test.sh, which starts one")
    try:
        with psycopg.connect(url, connect_timeout=20):
            pass
    except psycopg.Error as error:
        pytest.fail(f"{SERVER_URL} is set but PostgreSQL does not answer: {error}")
    return url


def with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path="/" + name))


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """The URL of a new, empty database on the test server, dropped after the test."""
    url = server_url()
    name = "storesync_" + uuid.uuid4().hex[:12]
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield with_database(url, name)
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def restart_server() -> None:
    """Restart the test server as its owner (connections drop; it answers again on the same port)."""
    _server_control("restart")


@contextmanager
def server_stopped() -> Iterator[None]:
    """The test server stopped for the block, started again after it whatever happens in it."""
    _server_control("stop")
    try:
        yield
    finally:
        _server_control("start")


def _server_control(action: str) -> None:
    data = os.environ.get("STORESYNC_TEST_POSTGRES_DATA", "")
    binaries = os.environ.get("STORESYNC_TEST_POSTGRES_BIN", "")
    if not (data and binaries):
        pytest.skip("stopping PostgreSQL needs the cluster .ci/test.sh starts (STORESYNC_TEST_POSTGRES_DATA)")
    command = [f"{binaries}/pg_ctl", "-D", data, "-l", f"{data}/../server.log", "-m", "fast", "-w", action]
    owner = os.environ.get("STORESYNC_TEST_POSTGRES_OWNER", "")
    if os.geteuid() == 0 and owner:
        command = ["runuser", "-u", owner, "--", *command]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, timeout=120)


class CountedStatements:
    """The statements run in one database of the test server, as pg_stat_statements counts them (the
    cluster of .ci/postgres.sh loads it): how many queries an answer costs, measured by the server."""

    def __init__(self, url: str) -> None:
        self._url = url
        with psycopg.connect(url, autocommit=True) as connection:
            loaded = connection.execute("SHOW shared_preload_libraries").fetchone()
            if loaded is None or "pg_stat_statements" not in str(loaded[0]):
                reason = "the test server does not load pg_stat_statements (start it with .ci/postgres.sh)"
                if os.environ.get("STORESYNC_TEST_POSTGRES_REQUIRED") == "1":
                    pytest.fail(reason)
                pytest.skip(reason)
            connection.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")

    def reset(self) -> None:
        with psycopg.connect(self._url, autocommit=True) as connection:
            connection.execute(f"SELECT pg_stat_statements_reset(0, ({_THIS_DATABASE}))")

    def count(self, *, besides: Sequence[str] = ()) -> int:
        """Statements run in the database since `reset()`, without those that counted them and those
        whose text holds one of `besides`."""
        unless = "".join(" AND strpos(query, %s) = 0" for _ in besides)
        with psycopg.connect(self._url, autocommit=True) as connection:
            row = connection.execute(
                "SELECT COALESCE(SUM(calls), 0) FROM pg_stat_statements "
                f"WHERE dbid = ({_THIS_DATABASE}) AND strpos(query, 'pg_stat_statements') = 0{unless}",
                list(besides),
            ).fetchone()
        return 0 if row is None else int(row[0])


_THIS_DATABASE = "SELECT oid FROM pg_database WHERE datname = current_database()"
