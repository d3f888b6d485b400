"""A Python whose SQLite is too old for the inventory merge is refused at start, in words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.errors import StorageError
from app.storage import open_storage


def test_an_old_sqlite_is_refused_with_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 31, 1))
    monkeypatch.setattr(sqlite3, "sqlite_version", "3.31.1")
    with pytest.raises(StorageError, match=r"needs SQLite 3\.35\.0 or newer; this Python uses 3\.31\.1"):
        open_storage(tmp_path / "data")
    assert not (tmp_path / "data").exists(), "nothing is created for a database that cannot be used"
