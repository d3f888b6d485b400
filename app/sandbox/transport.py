"""The socket side of a simulator: HTTP/1.1 keep-alive, one tracked daemon thread per connection."""

from __future__ import annotations

import contextlib
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

from app.sandbox.messages import Request, Response

MAX_BODY_BYTES = 32 * 1024 * 1024


class RequestSink(Protocol):
    def handle(self, request: Request) -> Response | None:
        """The response to send, or None to send nothing and drop the connection."""
        ...


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real stores and httpx's pool expect
    # Headers and body go out in two writes; without this, each small answer waits for the
    # client's delayed ACK (about 40 ms) and the simulators are far slower than a real store.
    disable_nagle_algorithm = True
    server: LoopbackHTTPServer
    timeout = 60  # an idle keep-alive connection is closed after a minute

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY_BYTES:
            self.send_error(413)
            return
        body = self.rfile.read(length) if length else b""
        request = Request(
            self.command,
            parts.path,
            parse_qs(parts.query, keep_blank_values=True),
            {k.lower(): v for k, v in self.headers.items()},
            body,
        )
        response = self.server.sink.handle(request)
        if response is None:
            self.close_connection = True
            return
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests and benches read stdout
        pass


class LoopbackHTTPServer(HTTPServer):
    """HTTPServer with one tracked daemon thread per connection, so stop() can end them all."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], sink: RequestSink) -> None:
        self.sink = sink
        self._connections: dict[threading.Thread, socket.socket] = {}
        self._connections_lock = threading.Lock()
        super().__init__(address, _RequestHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self._serve_connection,
            args=(request, client_address),
            name="sandbox-connection",
            daemon=True,
        )
        with self._connections_lock:
            self._connections[thread] = request
        thread.start()

    def _serve_connection(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except (ConnectionError, TimeoutError, OSError):
            pass
        finally:
            self.shutdown_request(request)
            with self._connections_lock:
                self._connections.pop(threading.current_thread(), None)

    def close_connections(self) -> None:
        with self._connections_lock:
            sockets = list(self._connections.values())
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def connection_threads(self) -> list[threading.Thread]:
        with self._connections_lock:
            return list(self._connections)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass
