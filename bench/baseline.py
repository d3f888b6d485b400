"""The baseline a sync is compared with: the same HTTP requests replayed raw with httpx (each body
parsed as JSON), then the same rows upserted with one sqlite3 executemany. No mapping, no diffing,
no bookkeeping: the least work that moves this data from the store into SQLite."""

from __future__ import annotations

import asyncio
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


async def warm_simple_pages(base_url: str, token: str, products: int, per_page: int = 1000) -> None:
    """The simple store renders each page once and caches it: render them all before timing."""
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=120) as client:
        for page in range(1, -(-products // per_page) + 1):
            response = await client.get("/products", params={"page": page, "per_page": per_page})
            response.raise_for_status()


class Pacer:
    """A token bucket of `rate` requests per second (burst `burst`), as the platform's connector
    declares it: a raw client may not ask a rate-limited store faster than the store allows."""

    def __init__(self, rate: float | None, burst: int = 1) -> None:
        self.rate = rate
        self.burst = max(1, burst)
        self._tokens = float(self.burst)
        self._stamp = time.monotonic()

    async def wait(self) -> None:
        if self.rate is None:
            return
        now = time.monotonic()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        if self._tokens < 1:
            await asyncio.sleep((1 - self._tokens) / self.rate)
            self._tokens = 1.0
            self._stamp = time.monotonic()
        self._tokens -= 1


def throttled_wait(body: Any) -> float | None:
    """Seconds a raw client must wait before asking again, None when the answer carries the data.

    Shopify says THROTTLED inside a 200 (or a 429) with the bucket in `extensions.cost`: the least a
    client can do is wait `(requested - currentlyAvailable) / restoreRate` and ask again. Such an
    answer moves no data, so a replay that took it as done would do less work than the sync."""
    if not isinstance(body, dict) or not isinstance(body.get("errors"), list):
        return None
    codes = [e.get("extensions", {}).get("code") for e in body["errors"] if isinstance(e, dict)]
    if "THROTTLED" not in codes:
        return None
    cost = (body.get("extensions") or {}).get("cost") or {}
    bucket = cost.get("throttleStatus") or {}
    try:
        missing = float(cost["requestedQueryCost"]) - float(bucket["currentlyAvailable"])
        return max(0.0, missing / float(bucket["restoreRate"]))
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return 1.0


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return None


async def replay(
    base_url: str,
    requests: list[dict[str, Any]],
    pacer: Pacer | None = None,
    unpaced: tuple[str, ...] = (),
) -> tuple[float, int]:
    """(seconds, retries) to send `requests` in order on one keep-alive client and parse every answer;
    a 429 is retried after its Retry-After, and a THROTTLED answer after the wait its cost data
    names, as any client must: the replay ends with every page's data in hand. Requests to the
    `unpaced` paths (outside the store's rate limit, such as a login endpoint) skip the pacer."""
    pacer = pacer or Pacer(None)
    retries = 0
    async with httpx.AsyncClient(base_url=base_url, timeout=120) as client:
        started = time.perf_counter()
        for recorded in requests:
            for _ in range(1000):
                if recorded["path"] not in unpaced:
                    await pacer.wait()
                response = await client.request(
                    recorded["method"],
                    recorded["path"],
                    params=recorded["query"],
                    headers=recorded["headers"],
                    content=recorded["body"].encode("latin-1") or None,
                )
                if response.status_code == 429:
                    retry_after = float(response.headers.get("Retry-After") or 1)
                    wait = throttled_wait(_json_or_none(response.content))
                    wait = retry_after if wait is None else wait
                else:
                    response.raise_for_status()
                    wait = throttled_wait(json.loads(response.content))
                    if wait is None:
                        break
                retries += 1
                await asyncio.sleep(wait)
            else:
                raise RuntimeError(f"the store kept refusing {recorded['method']} {recorded['path']}")
        return time.perf_counter() - started, retries


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
