"""The baseline a sync is compared with: the same HTTP requests replayed raw with httpx (each body
parsed as JSON), then the same rows upserted with one sqlite3 executemany. No mapping, no diffing,
no bookkeeping: the least work that moves this data from the store into SQLite."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Any

import httpx

from app.sandbox.catalog import Catalog

Row = tuple[int, str, str, int, str, str]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS inventory_item (
    id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL, sku TEXT NOT NULL, name TEXT NOT NULL,
    quantity INTEGER NOT NULL, price TEXT, updated_at TEXT NOT NULL, UNIQUE (store_id, sku))
"""
_UPSERT = """
INSERT INTO inventory_item (store_id, sku, name, quantity, price, updated_at) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (store_id, sku) DO UPDATE SET name = excluded.name, quantity = excluded.quantity,
    price = excluded.price, updated_at = excluded.updated_at
"""


def catalog_rows(catalog: Catalog, store_id: int = 1) -> list[Row]:
    stamp = "2026-01-01T00:00:00+00:00"
    return [(store_id, p.sku, p.name, p.quantity, p.price, stamp) for p in catalog.slice(0, len(catalog))]


async def replay(base_url: str, requests: list[dict[str, Any]]) -> float:
    """Seconds to send `requests` in order on one keep-alive client and parse every answer."""
    async with httpx.AsyncClient(base_url=base_url, timeout=120) as client:
        started = time.perf_counter()
        for recorded in requests:
            response = await client.request(
                recorded["method"],
                recorded["path"],
                params=recorded["query"],
                headers=recorded["headers"],
                content=recorded["body"].encode("latin-1") or None,
            )
            response.raise_for_status()
            json.loads(response.content)
        return time.perf_counter() - started


class BaselineDatabase:
    """A raw SQLite file with the same pragmas as the app's (WAL, synchronous NORMAL)."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path, isolation_level=None)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("PRAGMA synchronous=NORMAL")
        self.connection.execute(_SCHEMA)

    def upsert(self, rows: list[Row]) -> float:
        started = time.perf_counter()
        with self.connection:
            self.connection.execute("BEGIN")
            self.connection.executemany(_UPSERT, rows)
        return time.perf_counter() - started

    def close(self) -> None:
        self.connection.close()
