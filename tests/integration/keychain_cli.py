"""The command line run in this process against chosen data folders, and the real Secret Service entries
behind a folder's stores, for the keychain tests."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.sandbox.simple import SimpleSimulator
from app.storage import open_storage


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
