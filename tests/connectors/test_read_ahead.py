"""read_ahead: the next page's request is on the wire while this page is mapped, against a real
loopback server that holds its answer until the mapping has run."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app.connectors.http import HttpPolicy, HttpSession, read_ahead

WAIT = 10.0  # seconds; reached only when the behaviour under test is broken


class HeldAnswer:
    """A server whose answer waits until the test says the page was mapped."""

    def __init__(self) -> None:
        self.received = threading.Event()
        self.mapped = threading.Event()
        held = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                held.received.set()
                when = "after mapping" if held.mapped.wait(WAIT) else "before mapping"
                body = json.dumps({"answered": when}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/page"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.mapped.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def held() -> Iterator[HeldAnswer]:
    server = HeldAnswer()
    yield server
    server.close()


async def test_the_page_is_mapped_while_the_next_request_is_out(held: HeldAnswer) -> None:
    session = HttpSession(HttpPolicy())

    async def send(sent: asyncio.Event) -> object:
        return (await session.request("GET", held.url, sent=sent)).body

    def handle() -> str:
        assert held.received.wait(WAIT), "the request went out before the page was mapped"
        held.mapped.set()
        return "mapped"

    try:
        task, mapped = await read_ahead(send, handle)
        assert mapped == "mapped"
        assert await task == {"answered": "after mapping"}
    finally:
        await session.aclose()


async def test_a_failing_mapping_takes_the_request_with_it(held: HeldAnswer) -> None:
    session = HttpSession(HttpPolicy())
    started: list[asyncio.Task[object]] = []

    async def send(sent: asyncio.Event) -> object:
        started.append(asyncio.current_task())  # type: ignore[arg-type]
        return (await session.request("GET", held.url, sent=sent)).body

    def handle() -> str:
        raise ValueError("mapping failed")

    try:
        with pytest.raises(ValueError, match="mapping failed"):
            await read_ahead(send, handle)
        assert started and started[0].done(), "no request is left running"
    finally:
        await session.aclose()
