"""Stores that misbehave, each a small server written here from the behaviour seen in the wild (not the
sandbox simulators, which were written beside the connectors): one that trickles its answer a byte
every half second, one that answers a page past the end with its last page again, one whose gzip
answer inflates a thousandfold, one with a quantity thousands of digits long, one that redirects.
Each is read through the real connector and engine, and the first two through `storesync` itself."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest

from app.connectors.generic_json import GenericJsonConnector
from app.connectors.http import HttpPolicy
from app.connectors.policy import RetryPolicy
from app.connectors.registry import ConnectorRegistry
from app.core.errors import ConfigError, InvalidResponse, TooSlow
from app.core.models import Platform, RunStatus, Store, Trigger
from app.core.ports import Page
from tests.cli.process import Result, run_cli
from tests.sync.harness import Harness

ROOT = Path(__file__).resolve().parents[2]


class QuietHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send_json(self, document: Any, *, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(document).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def query(self) -> dict[str, str]:
        return {key: values[0] for key, values in parse_qs(urlsplit(self.path).query).items()}


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """The base address of `handler` served on a loopback port from a thread."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def products(first: int, count: int) -> list[dict[str, Any]]:
    return [{"sku": f"SKU-{i}", "quantity": i, "name": f"Item {i}"} for i in range(first, first + count)]


class Trickle(QuietHandler):
    """Answers a byte every half second; the first request of a test gets a 503 instead when asked."""

    fail_first: ClassVar[bool] = False
    requests: ClassVar[int] = 0

    def do_GET(self) -> None:
        type(self).requests += 1
        if self.fail_first and self.requests == 1:
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        ends = time.monotonic() + 60
        try:
            while time.monotonic() < ends:
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.5)
        except OSError:  # the client gave up, as it should
            return


class RepeatsLastPage(QuietHandler):
    """Page numbers over 3 pages of 2; any page past the end answers with page 3 again, and nothing
    says how many pages there are."""

    def do_GET(self) -> None:
        page = min(int(self.query().get("page", "1")), 3)
        self.send_json({"products": products((page - 1) * 2, 2), "page": int(self.query().get("page", "1"))})


class NeverEnds(QuietHandler):
    """Every page number has new records: a list no paginator signal ever ends."""

    def do_GET(self) -> None:
        page = int(self.query().get("page", "1"))
        self.send_json({"products": products(page * 10, 10)})


class HugeQuantity(QuietHandler):
    """One page whose second record has a quantity 5,000 digits long."""

    def do_GET(self) -> None:
        rows = products(0, 3)
        body = json.dumps({"products": rows}).replace('"quantity": 1,', '"quantity": ' + "7" * 5000 + ",")
        encoded = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(encoded)))
        self.end_headers()
        self.wfile.write(encoded)


def gzip_of_zeros(megabytes: int) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, 31)
    block = bytes(1024 * 1024)
    return b"".join([*(packer.compress(block) for _ in range(megabytes)), packer.flush()])


class GzipBomb(QuietHandler):
    body: ClassVar[bytes] = b""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)


class GzipPage(QuietHandler):
    def do_GET(self) -> None:
        body = gzip.compress(json.dumps({"products": products(0, 50)}).encode())
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def store_at(base: str, **settings: Any) -> Store:
    values = {
        "base_url": base,
        "auth": "none",
        "endpoint": "/products",
        "record_path": "products",
        "paginator": "page",
        "page_size": 2,
        **settings,
    }
    return Store("Hostile", Platform.GENERIC_JSON, values)


def connector(base: str, policy: HttpPolicy | None = None, **settings: Any) -> GenericJsonConnector:
    chosen = policy or HttpPolicy(retry=RetryPolicy(attempts=1))
    return GenericJsonConnector(store_at(base, **settings), {}, policy=chosen)


async def all_pages(pages: Any) -> list[Page[Any]]:
    return [page async for page in pages]


# --- 7: a whole-request deadline --------------------------------------------------------------


async def test_a_trickled_answer_ends_at_the_request_deadline() -> None:
    Trickle.fail_first, Trickle.requests = False, 0
    policy = HttpPolicy(read_timeout=5, request_timeout=1.5, retry=RetryPolicy(attempts=3))
    with serving(Trickle) as base:
        shop = connector(base, policy)
        try:
            with pytest.raises(TooSlow) as failed:
                await all_pages(shop.fetch_inventory_bulk())
        finally:
            await shop.aclose()
    port = base.rsplit(":", 1)[1]
    assert str(failed.value) == f"127.0.0.1:{port} did not finish answering within 1.5 s."
    assert Trickle.requests == 1  # the deadline covers the retries: a second try would be as slow


# --- 8: a list that never ends ----------------------------------------------------------------


async def test_a_page_repeated_past_the_end_fails_the_run_after_storing_the_real_pages(
    harness: Harness,
) -> None:
    with serving(RepeatsLastPage) as base:
        store = await harness.storage.stores.save_store(store_at(base))
        assert store.id is not None
        harness.credentials.demo_secrets[store.id] = {}
        run = await harness.engine.run(await harness.add_job(store), Trigger.MANUAL)
    assert run.status is RunStatus.FAILED
    assert run.error_message == (
        "127.0.0.1/products answered page 4 with the same records as page 3: its list would never end, "
        "so reading stopped."
    )
    assert harness.storage.inventory.count_items() == 6


async def test_connection_test_warns_that_the_end_of_the_list_cannot_be_reached() -> None:
    with serving(RepeatsLastPage) as base:
        answer = await ConnectorRegistry(HttpPolicy(max_pages=50)).test_connection(store_at(base), {})
    assert answer == (
        "Connected to 127.0.0.1: the first page has 2 products: 2 items to store. "
        "Warning: the answer tells no number of "
        "pages, and a page far past the end (page=51, per_page=2) still lists 2 records, so a sync could "
        "never see the end of the list and would stop with an error. Set where the API tells its number "
        "of pages (a header or a path in the answer)."
    )


async def test_a_list_that_never_ends_stops_at_the_page_cap() -> None:
    with serving(NeverEnds) as base:
        shop = connector(base, HttpPolicy(max_pages=7, retry=RetryPolicy(attempts=1)), page_size=10)
        read: list[Page[Any]] = []
        try:
            with pytest.raises(InvalidResponse) as failed:
                async for page in shop.fetch_inventory():
                    read.append(page)
        finally:
            await shop.aclose()
    assert len(read) == 7
    assert str(failed.value) == (
        "Reading stopped after 7 pages from 127.0.0.1/products: a list that long is taken for one that "
        "never ends. If the store really has more, raise “Pages per read, at most” in Settings."
    )


# --- 9: a compressed answer is capped as it inflates ------------------------------------------


async def test_a_gzip_bomb_is_refused_and_a_gzip_page_is_read() -> None:
    GzipBomb.body = gzip_of_zeros(64)
    with serving(GzipBomb) as bomb, serving(GzipPage) as fine:
        policy = HttpPolicy(max_body_bytes=8 * 1024 * 1024, retry=RetryPolicy(attempts=1))
        refusing = connector(bomb, policy, paginator="none")
        reading = connector(fine, policy, paginator="none")
        try:
            with pytest.raises(
                InvalidResponse, match=r"^The answer from 127.0.0.1/products is larger than 8 MB"
            ):
                await all_pages(refusing.fetch_inventory())
            pages = await all_pages(reading.fetch_inventory())
        finally:
            await refusing.aclose()
            await reading.aclose()
    assert [record.sku for record in pages[0].records] == [f"SKU-{i}" for i in range(50)]


MEASURE_BOMB = """
import asyncio, resource, sys, threading
from http.server import ThreadingHTTPServer
sys.path.insert(0, sys.argv[1])
from tests.integration.test_hostile_stores import GzipBomb, gzip_of_zeros
from app.connectors.http import HttpPolicy, HttpSession
from app.connectors.policy import RetryPolicy
from app.core.errors import InvalidResponse

GzipBomb.body = gzip_of_zeros(int(sys.argv[2]))
server = ThreadingHTTPServer(("127.0.0.1", 0), GzipBomb)
threading.Thread(target=server.serve_forever, daemon=True).start()

async def main() -> None:
    session = HttpSession(HttpPolicy(retry=RetryPolicy(attempts=1)))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        await session.request("GET", f"http://127.0.0.1:{server.server_address[1]}/products")
    except InvalidResponse as error:
        print(error)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print((after - before) // 1024)
    await session.aclose()

asyncio.run(main())
"""


def bomb_memory(megabytes: int) -> tuple[str, int]:
    """What a child process says reading a gzip of `megabytes` MB of zeros, and how much its peak
    memory grew meanwhile (MB)."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE_BOMB, str(ROOT), str(megabytes)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=ROOT,
    )
    message, grown = done.stdout.strip().splitlines()
    return message, int(grown)


def test_a_gzip_bomb_is_refused_without_being_inflated_into_memory() -> None:
    message, grown = bomb_memory(512)
    assert message == "The answer from 127.0.0.1/products is larger than 32 MB."
    assert grown < 80, f"peak memory grew by {grown} MB reading a 512 MB bomb"  # the cap is 32 MB


# --- 10: one absurd number fails its record alone ---------------------------------------------


async def test_a_quantity_thousands_of_digits_long_fails_its_record_alone(harness: Harness) -> None:
    with serving(HugeQuantity) as base:
        plain = connector(base, paginator="none")
        try:
            [page] = await all_pages(plain.fetch_inventory())
        finally:
            await plain.aclose()
        store = await harness.storage.stores.save_store(store_at(base, paginator="none"))
        assert store.id is not None
        harness.credentials.demo_secrets[store.id] = {}
        run = await harness.engine.run(await harness.add_job(store), Trigger.MANUAL)
    assert [record.sku for record in page.records] == ["SKU-0", "SKU-2"]
    expected = "quantity 77777777777777777777... (5000 digits) is beyond any real stock level"
    assert [(failure.key, failure.message) for failure in page.failures] == [("SKU-1", expected)]
    assert run.status is RunStatus.PARTIAL
    assert (run.counts.created, run.counts.failed) == (2, 1)
    assert run.error_message == f"1 item failed; first: SKU-1: {expected}"


# --- 15: a redirect is named with its port -----------------------------------------------------


async def test_a_redirect_refusal_names_host_and_port() -> None:
    class Redirect(QuietHandler):
        def do_GET(self) -> None:
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.1:9/elsewhere")
            self.send_header("Content-Length", "0")
            self.end_headers()

    with serving(Redirect) as base:
        shop = connector(base, paginator="none")
        try:
            with pytest.raises(ConfigError) as failed:
                await all_pages(shop.fetch_inventory())
        finally:
            await shop.aclose()
    assert str(failed.value) == "The store redirected to 127.0.0.1:9 — check the URL."


# --- 7 and 8 through the command line ----------------------------------------------------------


def storesync(data: Path, *args: str) -> Result:
    return run_cli("--data-dir", str(data), *args, timeout=120)


def add_store_with_settings(
    data: Path, name: str, base: str, tmp: Path, *options: str, **settings: Any
) -> str:
    """Adds a generic JSON store at `base` (with `options` for `store add`), then sets app `settings`
    through an exported and re-imported configuration; returns what `store add` printed."""
    added = storesync(
        data, "store", "add", name, "--platform", "generic_json", "--no-first-sync", *options,
        "--set", f"base_url={base}", "--set", "auth=none", "--set", "endpoint=/products",
        "--set", "record_path=products", "--set", "paginator=page", "--set", "page_size=2",
    )  # fmt: skip
    assert added.code == 0, added.err
    exported = tmp / "export.json"
    assert storesync(data, "config", "export", str(exported)).code == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["settings"].update(settings)
    exported.write_text(json.dumps(document), encoding="utf-8")
    imported = storesync(data, "config", "import", str(exported))
    assert imported.code == 0, imported.err
    return added.out


def last_line(output: str) -> str:
    """The result line of a sync, its counts and duration left out (what this file checks is why the
    run ended; what a failed run counts is checked where counting is)."""
    line = output.strip().splitlines()[-1]
    return re.sub(r"failed - fetched .* in \d+\.\d s:", "failed - (counts):", line)


def test_storesync_sync_logs_each_retry_and_ends_a_trickled_answer_at_the_deadline(tmp_path: Path) -> None:
    Trickle.fail_first, Trickle.requests = True, 0
    data = tmp_path / "data"
    with serving(Trickle) as base:
        add_store_with_settings(
            data, "Slow", base, tmp_path, "--no-test", request_deadline_seconds=3, retry_attempts=3
        )
        synced = storesync(data, "--debug", "sync", "--store", "Slow")
    port = base.rsplit(":", 1)[1]
    assert synced.code == 1
    assert last_line(synced.out) == (
        f"Slow · inventory_pull: failed - (counts): 127.0.0.1:{port} did not finish answering within 3 s."
    )
    retries = [line for line in synced.err.splitlines() if "attempt" in line]
    assert len(retries) == 1, synced.err
    assert re.search(
        r"GET 127\.0\.0\.1/products: attempt 1 of 3 failed \(The store had a server error \(HTTP 503\) at "
        r"127\.0\.0\.1/products\.\); trying again in \d+\.\d s$",
        retries[0],
    ), retries[0]


def test_storesync_warns_at_store_add_and_stops_the_sync_at_a_page_repeated_past_the_end(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    with serving(RepeatsLastPage) as base:
        added = add_store_with_settings(data, "Loop", base, tmp_path, max_pages_per_read=100)
        tested = storesync(data, "store", "test", "Loop")
        synced = storesync(data, "sync", "--store", "Loop")
    warning = (
        "Connected to 127.0.0.1: the first page has 2 products: 2 items to store. "
        "Warning: the answer tells no number of "
        "pages, and a page far past the end (page=101, per_page=2) still lists 2 records, so a sync could "
        "never see the end of the list and would stop with an error. Set where the API tells its number "
        "of pages (a header or a path in the answer)."
    )
    assert tested.code == 0 and tested.out.strip() == warning, tested.err
    assert "Warning: the answer tells no number of pages" in added
    assert synced.code == 1, synced.err
    assert last_line(synced.out) == (
        "Loop · inventory_pull: failed - (counts): "
        "127.0.0.1/products answered page 4 with the same records as page 3: its list would never end, "
        "so reading stopped."
    )
