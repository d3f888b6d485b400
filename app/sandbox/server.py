"""SimulatorServer: a real HTTP server on 127.0.0.1 in its own thread, the base of every store simulator.

A subclass registers routes in `__init__` with `self.route(method, pattern, handler)`; a pattern is
a path with `{name}` segments (e.g. "/admin/api/{version}/graphql.json"), a handler takes a
`Request` and returns a `Response` (build it with `json_response`, `text_response` or `Response`).
Before the route runs, the server counts the request (`request_count(path)`), consults the
`FaultPlan` and, when told to, misbehaves; `fault_response` can be overridden for a platform's own
error shapes. Paths under /__sandbox/ control the simulator (mutate, tick, faults, stats) from
another process and are neither counted nor faulted.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, ClassVar, Self

from app.sandbox.catalog import Catalog
from app.sandbox.faults import Fault, FaultKind, FaultPlan
from app.sandbox.messages import Handler, Request, Response, json_response, text_response
from app.sandbox.transport import LoopbackHTTPServer

CONTROL_PREFIX = "/__sandbox/"


_HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
    "<h1>Checking your browser before accessing the site.</h1></body></html>"
)


@dataclass(frozen=True, slots=True)
class _Route:
    method: str
    regex: re.Pattern[str]
    handler: Handler


def _compile(pattern: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", pattern)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>[^/]+)" for i, part in enumerate(parts))
    return re.compile(f"^{regex}$")


class SimulatorServer:
    """Base simulator. `platform` names it in the registry; `DEMO_CREDENTIALS` are public demo values."""

    platform: ClassVar[str] = "base"
    DEMO_CREDENTIALS: ClassVar[dict[str, str]] = {}

    def __init__(
        self,
        catalog: Catalog | None = None,
        *,
        port: int = 0,
        faults: FaultPlan | None = None,
        credentials: Mapping[str, str] | None = None,
        tick_seconds: float | None = None,
    ) -> None:
        self.catalog = catalog if catalog is not None else Catalog(100, orders=10)
        self.faults = faults if faults is not None else FaultPlan()
        self.credentials = dict(self.DEMO_CREDENTIALS if credentials is None else credentials)
        self.tick_seconds = tick_seconds
        self.errors: list[str] = []  # handler exceptions, for tests
        self._port = port
        self._routes: list[_Route] = []
        self._counts: Counter[str] = Counter()
        self._in_flight = 0
        self.most_in_flight = 0  # the most requests served at once (tests of a store's concurrency)
        self.record_requests = False  # keep every request, so a benchmark can replay them raw
        self._recorded: list[Request] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: LoopbackHTTPServer | None = None
        self._threads: list[threading.Thread] = []

    # --- subclass API -------------------------------------------------------------------------

    def route(self, method: str, pattern: str, handler: Handler) -> None:
        self._routes.append(_Route(method.upper(), _compile(pattern), handler))

    def fault_response(self, fault: Fault, request: Request) -> Response:
        """The answer for an injected fault; override for a platform's own error shapes."""
        kind = fault.kind
        if kind is FaultKind.RATE_LIMIT:
            return json_response(
                {"error": "Too many requests"}, 429, {"Retry-After": f"{fault.retry_after:g}"}
            )
        if kind is FaultKind.UNAUTHORIZED:
            return json_response({"error": "Unauthorized"}, 401, {"WWW-Authenticate": "Bearer"})
        if kind is FaultKind.HTML:
            return text_response(_HTML_PAGE, fault.status or 200, "text/html; charset=utf-8")
        if kind is FaultKind.MALFORMED_JSON:
            return Response(200, b'{"products": [{"sku": "SKU-0000001", "name": "Classic Mu')
        if kind is FaultKind.BAD_GATEWAY:
            return text_response(
                "<html><body><h1>502 Bad Gateway</h1></body></html>", 502, "text/html; charset=utf-8"
            )
        if kind is FaultKind.CUSTOM:
            return Response(fault.status or 200, fault.body, fault.content_type, dict(fault.headers))
        status = {FaultKind.SERVER_ERROR: 500, FaultKind.UNAVAILABLE: 503}.get(kind, 500)
        return json_response({"error": "Internal error" if status == 500 else "Service unavailable"}, status)

    def store_settings(self) -> dict[str, Any]:
        """Non-secret store settings that point the platform's connector at this simulator."""
        return {"base_url": self.url}

    def store_secrets(self) -> dict[str, str]:
        """The connector's secret fields (app.core.platforms) filled with this simulator's credentials."""
        return dict(self.credentials)

    # --- lifecycle ----------------------------------------------------------------------------

    @property
    def url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("the simulator is not running; call start() first")
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1]) if self._httpd else self._port

    def start(self) -> str:
        """Binds 127.0.0.1 (port 0: any free one), serves in a daemon thread; returns the base URL."""
        if self._httpd is not None:
            return self.url
        self._stopping.clear()
        self._httpd = LoopbackHTTPServer(("127.0.0.1", self._port), self)
        serve = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"sandbox-{self.platform}-{self.port}",
            daemon=True,
        )
        self._threads = [serve]
        serve.start()
        if self.tick_seconds:
            ticker = threading.Thread(
                target=self._tick_forever, name=f"sandbox-tick-{self.port}", daemon=True
            )
            self._threads.append(ticker)
            ticker.start()
        return self.url

    def stop(self, timeout: float = 5.0) -> None:
        """Stops serving, drops open connections, ends hung requests and joins every thread."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()
        httpd.shutdown()
        httpd.close_connections()
        httpd.server_close()
        for thread in [*self._threads, *httpd.connection_threads()]:
            thread.join(timeout)
        self._threads = []

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def wait(self, seconds: float) -> bool:
        """Sleeps up to `seconds` in a handler; returns True early when the server is stopping."""
        return self._stopping.wait(seconds)

    # --- request log --------------------------------------------------------------------------

    def request_count(self, path: str | None = None) -> int:
        """Requests served to `path` (None: to any path), control requests excluded."""
        with self._lock:
            return sum(self._counts.values()) if path is None else self._counts[path]

    def request_counts(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts)

    def reset_counts(self) -> None:
        with self._lock:
            self._counts.clear()
            self._recorded.clear()

    def recorded_requests(self) -> list[Request]:
        """The requests served since the last reset, when `record_requests` is on."""
        with self._lock:
            return list(self._recorded)

    # --- dispatch -----------------------------------------------------------------------------

    def handle(self, request: Request) -> Response | None:
        """Runs faults then the route. None means: send nothing and drop the connection."""
        if request.path.startswith(CONTROL_PREFIX):
            return self._control(request)
        with self._lock:
            self._counts[request.path] += 1
            if self.record_requests:
                self._recorded.append(request)
            self._in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self._in_flight)
        try:
            return self._faulted_or_routed(request)
        finally:
            with self._lock:
                self._in_flight -= 1

    def _faulted_or_routed(self, request: Request) -> Response | None:
        fault = self.faults.choose(request.path)
        if fault is not None:
            if fault.kind is FaultKind.TIMEOUT:
                self.wait(fault.delay)
                return None
            if fault.kind is FaultKind.LATENCY:
                if self.wait(fault.delay):
                    return None
            else:
                return self.fault_response(fault, request)
        return self._route(request)

    def _route(self, request: Request) -> Response:
        allowed = False
        for route in self._routes:
            match = route.regex.match(request.path)
            if match is None:
                continue
            if route.method != request.method:
                allowed = True
                continue
            bound = Request(
                request.method, request.path, request.query, request.headers, request.body, match.groupdict()
            )
            try:
                return route.handler(bound)
            except Exception as error:  # a simulator bug must show up in tests, not kill the thread
                self.errors.append(f"{request.method} {request.path}: {error!r}")
                return json_response({"error": "simulator error", "detail": repr(error)}, 500)
        if allowed:
            return json_response({"error": "method not allowed"}, 405)
        return json_response({"error": f"no route for {request.path}"}, 404)

    def _control(self, request: Request) -> Response:
        action = request.path[len(CONTROL_PREFIX) :]
        body = request.json() if request.body else {}
        if action == "mutate":
            changed = self.catalog.mutate(float(body.get("fraction", 0.01)))
            return json_response({"changed": len(changed)})
        if action == "tick":
            return json_response({"changed": len(self.catalog.tick())})
        if action == "faults":
            if request.method == "DELETE":
                self.faults.clear()
            for spec in body.get("faults", []):
                self.faults.apply_spec(spec)
            return json_response({"ok": True})
        if action == "stats":
            return json_response(
                {
                    "requests": self.request_counts(),
                    "faults_injected": self.faults.injected,
                    "quantity_total": self.catalog.quantity_total(),
                    "products": len(self.catalog),
                    "version": self.catalog.version,
                }
            )
        if action == "requests":
            return json_response({"requests": [_replayable(r) for r in self.recorded_requests()]})
        if action == "reset":
            self.reset_counts()
            return json_response({"ok": True})
        return json_response({"error": f"unknown control action {action!r}"}, 404)

    def _tick_forever(self) -> None:
        assert self.tick_seconds
        while not self._stopping.wait(self.tick_seconds):
            self.catalog.tick()


_NOT_REPLAYED = frozenset({"host", "content-length", "connection", "transfer-encoding"})


def _replayable(request: Request) -> dict[str, Any]:
    """A recorded request as JSON: method, path, query pairs, headers and body (latin-1 text)."""
    return {
        "method": request.method,
        "path": request.path,
        "query": [[name, value] for name, values in request.query.items() for value in values],
        "headers": {k: v for k, v in request.headers.items() if k not in _NOT_REPLAYED},
        "body": request.body.decode("latin-1"),
    }
