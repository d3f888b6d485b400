"""A PostgreSQL server for the tests marked `postgres` (a pytest plugin, see tests/conftest.py).

.ci/test.sh starts a throwaway cluster (.ci/postgres.sh), exports its URL as STORESYNC_TEST_POSTGRES_URL
and sets STORESYNC_TEST_POSTGRES_REQUIRED=1: there a missing or silent server fails these tests, so a
broken CI cluster cannot pass as a skip. Anywhere else, without a URL, they are skipped with the reason.
Every test gets a database of its own, dropped afterwards."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
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
    data = os.environ.get("STORESYNC_TEST_POSTGRES_DATA", "")
    binaries = os.environ.get("STORESYNC_TEST_POSTGRES_BIN", "")
    if not (data and binaries):
        pytest.skip(
            "restarting PostgreSQL needs the cluster .ci/test.sh starts (STORESYNC_TEST_POSTGRES_DATA)"
        )
    command = [f"{binaries}/pg_ctl", "-D", data, "-l", f"{data}/../server.log", "-m", "fast", "-w", "restart"]
    owner = os.environ.get("STORESYNC_TEST_POSTGRES_OWNER", "")
    if os.geteuid() == 0 and owner:
        command = ["runuser", "-u", owner, "--", *command]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, timeout=120)
