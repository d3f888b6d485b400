"""The command line run in this process against chosen data folders, and the real Secret Service entries
behind a folder's stores, for the keychain tests."""

from __future__ import annotations

import io
import sqlite3
import sys
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest

from app.cli import main
from app.core.schedule import ScheduleSpec
from app.sandbox.simple import SimpleSimulator
from app.storage import open_storage
from app.storage.paths import database_file
from app.storage.schema import MIGRATIONS
from app.storage.timestamps import to_db


@dataclass
class Cli:
    capsys: pytest.CaptureFixture[str]
    monkeypatch: pytest.MonkeyPatch

    def __call__(self, data_dir: Path, *args: str, stdin: str = "") -> tuple[int, str]:
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data_dir), *args])
        captured = self.capsys.readouterr()
        return code, captured.out + captured.err

    def add_store(self, data_dir: Path, shop: SimpleSimulator, token: str, name: str = "ERP") -> None:
        code, output = self(
            data_dir, "store", "add", name, "--platform", "generic_json",
            *(f"--set={key}={value}" for key, value in shop_settings(shop).items()),
            stdin=token + "\n",
        )  # fmt: skip
        assert code == 0, output

    def sync(self, data_dir: Path, name: str = "ERP") -> tuple[int, str]:
        return self(data_dir, "sync", "--store", name)


def shop_settings(shop: SimpleSimulator) -> dict[str, Any]:
    return {key: value for key, value in shop.store_settings().items() if isinstance(value, str)}


def bearer_tokens_seen(shop: SimpleSimulator) -> set[str]:
    return {str(request.headers.get("authorization")) for request in shop.recorded_requests()}


def keychain_id(data_dir: Path, store_name: str = "ERP") -> str:
    """The id a store's keychain entries are named after, read from its database."""
    storage = open_storage(data_dir)
    try:
        store = storage.stores.find_store(store_name)
        assert store is not None and store.id is not None
        found = storage.stores.keychain_id(store.id)
    finally:
        storage.close()
    assert found is not None
    return found


def make_version_4_database(data_dir: Path, stores: Iterable[tuple[str, str, dict[str, Any]]]) -> None:
    """A data folder as StoreSync left it before keychain ids (schema 4), holding `stores`
    (name, platform, settings), numbered from 1, each with an inventory job."""
    data_dir.mkdir(mode=0o700, parents=True)
    with closing(sqlite3.connect(database_file(data_dir), isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode = wal")
        for script in MIGRATIONS[:4]:
            connection.executescript(script)
        connection.execute("PRAGMA user_version = 4")
        for name, platform, settings in stores:
            store_id = connection.execute(
                "INSERT INTO store (name, platform, settings, created_at) VALUES (?, ?, ?, ?)",
                (name, platform, orjson.dumps(settings).decode(), to_db(datetime.now(UTC))),
            ).lastrowid
            connection.execute(
                "INSERT INTO job (store_id, kind, schedule) VALUES (?, 'inventory_pull', ?)",
                (store_id, orjson.dumps(ScheduleSpec.every(minutes=15).to_dict()).decode()),
            )
