"""A bad database file at start is moved aside, the user is told where, and a fresh one is used."""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.core.errors import StorageError
from app.core.models import Platform, Store
from app.storage import Storage, open_storage
from app.storage.health import problem_with
from app.storage.paths import database_file


def _assert_moved_aside(
    storage: Storage, data_dir: Path, original: bytes, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    assert storage.replaced is not None
    moved = Path(storage.replaced.moved_to)
    assert re.fullmatch(r"storesync\.sqlite3\.corrupt-\d{8}-\d{6}", moved.name)
    assert moved.parent == data_dir
    assert moved.read_bytes() == original
    assert reason in storage.replaced.reason
    assert str(moved) in caplog.text
    # The fresh database works.
    saved = asyncio.run(storage.stores.save_store(Store(name="New", platform=Platform.SHOPIFY)))
    assert storage.stores.get_store(saved.id or 0) == saved


def test_a_zero_byte_file_is_moved_aside(data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    data_dir.mkdir()
    database_file(data_dir).write_bytes(b"")
    caplog.set_level(logging.WARNING)
    storage = open_storage(data_dir)
    try:
        _assert_moved_aside(storage, data_dir, b"", "empty", caplog)
    finally:
        storage.close()


def test_a_file_that_is_not_sqlite_is_moved_aside(data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    data_dir.mkdir()
    content = b"<html>this is not a database</html>" * 100
    database_file(data_dir).write_bytes(content)
    caplog.set_level(logging.WARNING)
    storage = open_storage(data_dir)
    try:
        _assert_moved_aside(storage, data_dir, content, "not an SQLite database", caplog)
    finally:
        storage.close()


def test_another_programs_sqlite_file_is_moved_aside(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data_dir.mkdir()
    with closing(sqlite3.connect(database_file(data_dir))) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('Ada')")
        connection.commit()
    original = database_file(data_dir).read_bytes()
    caplog.set_level(logging.WARNING)
    storage = open_storage(data_dir)
    try:
        _assert_moved_aside(storage, data_dir, original, "another program", caplog)
    finally:
        storage.close()


def test_a_damaged_database_is_moved_aside_with_its_journal_files(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    storage = open_storage(data_dir)
    store = asyncio.run(storage.stores.save_store(Store(name="Shop", platform=Platform.SHOPIFY)))
    assert store.id is not None
    connection = storage.database.connection()
    with storage.database.transaction():
        connection.executemany(
            "INSERT INTO inventory_item (store_id, sku, name, quantity, updated_at) VALUES (?, ?, ?, 1, '')",
            ((store.id, f"SKU-{n:06d}", "x" * 200) for n in range(3000)),
        )
    storage.close()
    path = database_file(data_dir)
    page_size = 4096
    with path.open("r+b") as handle:  # scribble over a b-tree page in the middle of the file
        handle.seek(page_size * 20)
        handle.write(b"\xde\xad\xbe\xef" * 512)
    original = path.read_bytes()
    caplog.set_level(logging.WARNING)
    reopened = open_storage(data_dir)
    try:
        _assert_moved_aside(reopened, data_dir, original, "damaged", caplog)
        assert reopened.stores.list_stores() == [reopened.stores.find_store("New")]
    finally:
        reopened.close()


def test_a_left_over_wal_file_moves_with_the_database(data_dir: Path) -> None:
    data_dir.mkdir()
    database_file(data_dir).write_bytes(b"garbage" * 10)
    wal = database_file(data_dir).with_name("storesync.sqlite3-wal")
    wal.write_bytes(b"old journal")
    storage = open_storage(data_dir)
    try:
        assert storage.replaced is not None
        assert Path(storage.replaced.moved_to + "-wal").read_bytes() == b"old journal"
    finally:
        storage.close()


def test_a_healthy_database_is_kept(storage: Storage, data_dir: Path) -> None:
    saved = asyncio.run(storage.stores.save_store(Store(name="Keep me", platform=Platform.AMAZON)))
    storage.close()
    reopened = open_storage(data_dir)
    try:
        assert reopened.replaced is None
        assert reopened.stores.list_stores() == [saved]
        assert not list(data_dir.glob("*.corrupt-*"))
    finally:
        reopened.close()


def test_an_empty_sqlite_file_is_simply_used(data_dir: Path) -> None:
    data_dir.mkdir()
    with closing(sqlite3.connect(database_file(data_dir))) as connection:
        connection.execute("CREATE TABLE scratch (x)")
        connection.execute("DROP TABLE scratch")
    assert database_file(data_dir).stat().st_size > 0
    storage = open_storage(data_dir)
    try:
        assert storage.replaced is None
        assert storage.stores.list_stores() == []
    finally:
        storage.close()


def test_two_bad_starts_in_one_second_keep_both_files(data_dir: Path) -> None:
    data_dir.mkdir()
    moved: list[str] = []
    for content in (b"first bad file", b"second bad file"):
        database_file(data_dir).unlink(missing_ok=True)
        for leftover in data_dir.glob("storesync.sqlite3-*"):
            leftover.unlink()
        database_file(data_dir).write_bytes(content)
        storage = open_storage(data_dir)
        assert storage.replaced is not None
        moved.append(storage.replaced.moved_to)
        storage.close()
    assert len(set(moved)) == 2
    assert {Path(path).read_bytes() for path in moved} == {b"first bad file", b"second bad file"}


def test_a_database_locked_by_another_program_is_not_mistaken_for_damage(data_dir: Path) -> None:
    data_dir.mkdir()
    path = database_file(data_dir)
    with closing(sqlite3.connect(path, isolation_level=None)) as other_program:
        other_program.execute("PRAGMA journal_mode = DELETE")
        other_program.execute("CREATE TABLE t (x)")
        other_program.execute("BEGIN EXCLUSIVE")
        other_program.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(StorageError, match="in use by another program"):
            problem_with(path, busy_timeout=0.05)
        other_program.execute("ROLLBACK")
    assert path.exists() and not list(data_dir.glob("*.corrupt-*"))
