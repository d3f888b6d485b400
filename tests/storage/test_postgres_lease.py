"""The lock that chooses which serve of a database sends its alerts: one holder at a time, handed on
when the holder lets go or its session is cut, and lost (not believed held) while the server is away.
Each database has its own: serves of two databases on one server do not stand by for each other."""

from __future__ import annotations

import time

import psycopg
import pytest

from app.storage.postgres_lease import ALERTS_LOCK, SessionLock
from tests.postgres import server_stopped

pytestmark = pytest.mark.postgres


HELD_HERE = (
    "FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = "
    "(SELECT oid FROM pg_database WHERE datname = current_database())"
)


def _cut_the_holders_session(url: str) -> None:
    """What a dead process or a cut network does to it, as an administrator would: the server ends the
    session, and its lock goes once the session has ended."""
    with psycopg.connect(url, autocommit=True) as admin:
        assert admin.execute(f"SELECT pg_terminate_backend(pid) {HELD_HERE}").fetchall() == [(True,)]
        deadline = time.monotonic() + 30
        while admin.execute(f"SELECT count(*) {HELD_HERE}").fetchone() != (0,):
            assert time.monotonic() < deadline, "the cut session still holds its lock after 30 s"
            time.sleep(0.05)


def test_one_holder_at_a_time_and_the_next_takes_it_when_it_lets_go(postgres_url: str) -> None:
    first = SessionLock(postgres_url, ALERTS_LOCK, name="the serve on web-1:8787")
    second = SessionLock(postgres_url, ALERTS_LOCK)
    try:
        assert first.hold()
        assert not second.hold()
        assert second.holder() == "the serve on web-1:8787"  # what the one standing by tells
        assert first.hold()  # kept: asking again does not lose it
        first.release()
        assert second.hold()
        assert not first.hold()
    finally:
        first.release()
        second.release()


def test_a_cut_session_hands_the_lock_on(postgres_url: str) -> None:
    first, second = SessionLock(postgres_url, ALERTS_LOCK), SessionLock(postgres_url, ALERTS_LOCK)
    try:
        assert first.hold()
        assert not second.hold()
        _cut_the_holders_session(postgres_url)
        assert second.hold()
        assert not first.hold()  # its session is gone, and with it the lock: it asks again and waits
    finally:
        first.release()
        second.release()


def test_a_holder_that_loses_the_server_stops_holding_and_takes_it_again_after(postgres_url: str) -> None:
    lock = SessionLock(postgres_url, ALERTS_LOCK)
    try:
        assert lock.hold() and lock.reachable
        with server_stopped():
            assert not lock.hold()
            assert not lock.reachable and lock.holder() is None
        assert lock.hold() and lock.reachable
    finally:
        lock.release()


def test_each_database_has_its_own_holder(postgres_url: str) -> None:
    other_name = postgres_url.rsplit("/", 1)[1] + "_other"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{other_name}"')
    other_url = postgres_url.rsplit("/", 1)[0] + "/" + other_name
    here, there = SessionLock(postgres_url, ALERTS_LOCK), SessionLock(other_url, ALERTS_LOCK)
    try:
        assert here.hold()
        assert there.hold()
    finally:
        here.release()
        there.release()
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{other_name}" WITH (FORCE)')
