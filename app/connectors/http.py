"""The one HTTP policy every connector sends through: timeouts and a whole-request deadline, limits,
User-Agent, https-only (except loopback), no redirects, logged retries of transient failures, rate
limits, status -> typed error, and the checked JSON body (answer_body). Error messages name host and
path only, never a query string or a secret."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import importlib
import logging
import ssl
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx

from app.connectors.answer_body import (
    ACCEPT_ENCODING,
    MAX_BODY_BYTES,
    WEB_PAGE_MESSAGE,
    parse_json_body,
    read_capped,
)
from app.connectors.policy import RateLimiter, RetryPolicy, retry_after_seconds
from app.core.addresses import is_loopback
from app.core.errors import (
    AuthError,
    ConfigError,
    ConnectorError,
    InvalidResponse,
    RateLimited,
    RemoteError,
    TooSlow,
    TransientError,
)
from app.core.product import USER_AGENT
from app.core.request_meter import current_meter, rate_limit_wait
from app.core.settings import DEFAULTS

T = TypeVar("T")
R = TypeVar("R")

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class HttpPolicy:
    """Timeouts (seconds), connection limits, retries, the body cap and the page cap shared by every
    connector. `read_timeout` bounds each wait for more bytes; `request_timeout` is the deadline of a
    whole request, its retries included, which a store trickling its answer cannot stretch."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    request_timeout: float = 120.0
    max_connections: int = 10
    max_body_bytes: int = MAX_BODY_BYTES
    max_pages: int = 10_000
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    user_agent: str = USER_AGENT

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any], **overrides: Any) -> HttpPolicy:
        """From the app settings `retry_attempts`, `request_timeout_seconds` (each wait for bytes),
        `request_deadline_seconds` (a whole request) and `max_pages_per_read`."""

        def setting(key: str) -> Any:
            return settings.get(key, DEFAULTS[key])

        values: dict[str, Any] = {
            "read_timeout": float(setting("request_timeout_seconds")),
            "request_timeout": float(setting("request_deadline_seconds")),
            "max_pages": max(1, int(setting("max_pages_per_read"))),
            "retry": RetryPolicy.from_settings(settings),
        }
        values.update(overrides)
        return cls(**values)

    def new_client(self) -> httpx.AsyncClient:
        """An httpx client that never follows redirects and always verifies TLS; the system's proxy
        settings apply, as merchants behind an office proxy expect."""
        return httpx.AsyncClient(
            timeout=httpx.Timeout(self.read_timeout, connect=self.connect_timeout, pool=self.request_timeout),
            limits=httpx.Limits(max_connections=self.max_connections, max_keepalive_connections=5),
            headers={
                "User-Agent": self.user_agent,
                "Accept": "application/json",
                "Accept-Encoding": ACCEPT_ENCODING,
            },
            follow_redirects=False,
            verify=verified_tls(),
            trust_env=True,
        )


@functools.cache
def verified_tls() -> ssl.SSLContext:
    """The TLS settings of every client, built once: httpx's `verify=True` loads the CA bundle anew for
    each client, ~30 ms on the event loop's thread at the start of every sync. Certificates and host
    names are verified exactly as with `verify=True` (SSL_CERT_FILE / SSL_CERT_DIR still apply)."""
    return httpx.create_ssl_context(verify=True, trust_env=True)


@functools.cache
def load_transport() -> None:
    """httpx imports its transport (httpcore, h11, anyio and its asyncio backend) when the first client
    is made: 70 ms inside the first sync, on the loop, unless loaded beforehand in a thread. Making a
    transport opens nothing (no socket until a request)."""
    httpx.AsyncHTTPTransport(verify=verified_tls())
    importlib.import_module("anyio._backends._asyncio")


def where(url: httpx.URL | str) -> str:
    """Host and path of `url`, for messages: never the query string, which may carry a key."""
    parsed = httpx.URL(url) if isinstance(url, str) else url
    return f"{parsed.host}{parsed.path}"


def host_and_port(url: httpx.URL) -> str:
    """The host of `url` with its port when one is given: two services on one host differ by it."""
    return f"{url.host}:{url.port}" if url.port is not None else url.host


def require_safe_url(url: str | httpx.URL, label: str = "The store address") -> httpx.URL:
    """Parse `url` (unless it is parsed already) and insist on https (plain http only to this
    computer)."""
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError):
        raise ConfigError(f"{label} is not a valid web address.") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigError(f"{label} must start with https:// and name a host.")
    if parsed.scheme == "http" and not is_loopback(parsed.host):
        raise ConfigError(f"{label} must use https:// (plain http would send your credentials unprotected).")
    return parsed


@dataclass(frozen=True, slots=True)
class Credentials:
    """What a request carries to prove who we are: headers and/or query parameters.

    Query parameters put the secret in the URL; every value here is also in `secrets` so the
    connector can register them for redaction.
    """

    headers: Mapping[str, str] = field(default_factory=dict)
    params: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def bearer(cls, token: str) -> Credentials:
        return cls(headers={"Authorization": f"Bearer {token}"})

    @classmethod
    def header(cls, name: str, value: str) -> Credentials:
        return cls(headers={name: value})

    @classmethod
    def basic(cls, username: str, password: str) -> Credentials:
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        return cls(headers={"Authorization": f"Basic {token}"})

    @classmethod
    def query(cls, **params: str) -> Credentials:
        return cls(params=dict(params))

    @property
    def secrets(self) -> tuple[str, ...]:
        return tuple(v for v in [*self.headers.values(), *self.params.values()] if v)


@dataclass(frozen=True, slots=True)
class JsonResponse:
    """A checked answer: status, headers, parsed JSON body and the URL it came from; `content` is the
    body as received (what storage reads a raw page from)."""

    status: int
    headers: httpx.Headers
    body: Any
    url: httpx.URL
    content: bytes = b""

    @property
    def where(self) -> str:
        return where(self.url)


ErrorMapper = Callable[[int, Any, httpx.Headers, str], ConnectorError | None]
BodyCheck = Callable[[JsonResponse], None]


def default_error(status: int, headers: httpx.Headers, place: str, detail: str = "") -> ConnectorError:
    """Status -> typed error in plain words; `detail` is the platform's own message when it gave one."""
    suffix = f" ({detail})" if detail else ""
    if status in (401, 403):
        return AuthError(
            "The store refused the credentials: check the key or token and its permissions" + suffix + "."
        )
    if status == 404:
        return ConfigError(f"Nothing found at {place} — check the address and the API settings{suffix}.")
    if status == 429 or (status == 503 and "Retry-After" in headers):
        message = f"The store asked us to slow down (HTTP {status}){suffix}."
        wait = retry_after_seconds(headers.get("Retry-After"))
        if wait is None:  # no stated wait: back off exponentially instead of hammering at once
            return TransientError(message, throttled=True)
        return RateLimited(message, datetime.now(UTC) + timedelta(seconds=wait), retry_after=wait)
    if status >= 500:
        wait = retry_after_seconds(headers.get("Retry-After"))
        return TransientError(f"The store had a server error (HTTP {status}) at {place}{suffix}.", wait)
    return RemoteError(f"The store answered HTTP {status} at {place}{suffix}.", code=str(status))


class HttpSession:
    """One connector's connection: sends a request under the policy and returns a checked JsonResponse.

    `error_mapper(status, body, headers, where)` lets a platform turn its error bodies into typed
    errors (None falls back to `default_error`); `body_check(response)` raises for errors inside a
    200 (GraphQL `errors`, RPC `status: ERROR`). A TransientError raised by either is retried too.
    """

    def __init__(
        self,
        policy: HttpPolicy,
        *,
        credentials: Credentials | None = None,
        error_mapper: ErrorMapper | None = None,
        body_check: BodyCheck | None = None,
        limiter: Callable[[], RateLimiter | None] | None = None,
        gate: Callable[[], asyncio.Semaphore | None] | None = None,
        scrub: Iterable[str] = (),
        exact_numbers: bool = True,
    ) -> None:
        self.policy = policy
        self.exact_numbers = exact_numbers  # see answer_body.parse_json_body
        self.credentials = credentials or Credentials()
        self._error_mapper = error_mapper
        self._body_check = body_check
        self._limiter = limiter
        self._gate = gate
        self._scrub = tuple(s for s in (*scrub, *self.credentials.secrets) if s)
        self._client: httpx.AsyncClient | None = None

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = self.policy.new_client()
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def request(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        data: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        sent: asyncio.Event | None = None,
    ) -> JsonResponse:
        """Send with retries; raises ConnectorError subclasses with merchant-readable messages.
        `sent` is set once a request is on the wire (see read_ahead)."""
        target = require_safe_url(url)
        extensions = {"trace": _setting_when_sent(sent)} if sent is not None else None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.policy.request_timeout
        retry = self.policy.retry
        attempt = 1
        while True:
            try:
                async with asyncio.timeout_at(deadline):
                    return await self._attempt(method, target, params, json, data, headers, extensions)
            except TimeoutError:
                raise TooSlow(
                    f"{host_and_port(target)} did not finish answering within "
                    f"{self.policy.request_timeout:g} s."
                ) from None
            except ConnectorError as error:
                throttled = isinstance(error, TransientError) and error.throttled
                meter = current_meter()
                if throttled and meter is not None:
                    meter.throttled()
                if not retry.should_retry(error, attempt):
                    raise
                wait = retry.delay(error, attempt)
                if loop.time() + wait >= deadline:
                    log.info(
                        "%s %s: attempt %d of %d failed (%s); no time is left for another before the "
                        "%g s deadline",
                        method, where(target), attempt, retry.attempts, error, self.policy.request_timeout,
                    )  # fmt: skip
                    raise
                log.info(
                    "%s %s: attempt %d of %d failed (%s); trying again in %.1f s",
                    method, where(target), attempt, retry.attempts, error, wait,
                )  # fmt: skip
                with rate_limit_wait() if throttled else contextlib.nullcontext():
                    await retry.sleep(wait)
                attempt += 1

    async def _attempt(
        self,
        method: str,
        url: httpx.URL,
        params: Mapping[str, Any] | None,
        json: Any,
        data: Mapping[str, str] | None,
        headers: Mapping[str, str] | None,
        extensions: dict[str, Any] | None,
    ) -> JsonResponse:
        limiter = self._limiter() if self._limiter else None
        if limiter is not None:
            with rate_limit_wait():
                await limiter.acquire(self.policy.retry.sleep)
        if url.query:  # the query goes into params, where ours and the credentials' join it
            merged_params = {**dict(url.params), **(params or {}), **self.credentials.params}
            url = url.copy_with(query=None)
        else:
            merged_params = {**(params or {}), **self.credentials.params}
        request = self.client.build_request(
            method,
            url,
            params={k: _param(v) for k, v in merged_params.items() if v is not None},
            json=json,
            data=data,
            headers={**self.credentials.headers, **(headers or {})},
            extensions=extensions,
        )
        place = where(url)
        gate = self._gate() if self._gate else None
        try:
            async with gate if gate is not None else contextlib.nullcontext():
                meter = current_meter()
                if meter is not None:
                    meter.request()
                response = await self.client.send(request, stream=True)
                try:
                    body = await read_capped(response, self.policy.max_body_bytes, place)
                finally:
                    await response.aclose()
        except httpx.TimeoutException:
            raise TransientError(f"{host_and_port(url)} did not answer in time.") from None
        except httpx.TransportError as error:
            raise TransientError(f"Could not reach {host_and_port(url)}: {self._clean(error)}.") from None
        return self._check(response, body, place)

    def _check(self, response: httpx.Response, body: bytes, place: str) -> JsonResponse:
        status = response.status_code
        content_type = response.headers.get("Content-Type")
        if 300 <= status < 400:
            try:
                target = response.url.join(response.headers.get("Location", ""))
                host = host_and_port(target) if target.host else ""
            except (httpx.InvalidURL, TypeError):
                host = ""
            raise ConfigError(f"The store redirected to {host or 'another address'} — check the URL.")
        if status >= 400:
            document = self._lenient_json(body, content_type, place)
            mapped = (
                self._error_mapper(status, document, response.headers, place) if self._error_mapper else None
            )
            if mapped is None and status == 403 and document is None and _is_html(content_type):
                raise InvalidResponse(WEB_PAGE_MESSAGE)
            raise mapped or default_error(status, response.headers, place)
        if status == 204 or (not body.strip() and not content_type):
            parsed = None  # "done, nothing to say": a write may answer so; a list read then fails plainly
        else:
            parsed = parse_json_body(
                body,
                content_type,
                place,
                max_bytes=self.policy.max_body_bytes,
                exact_numbers=self.exact_numbers,
            )
        checked = JsonResponse(status, response.headers, parsed, response.url, body)
        if self._body_check is not None:
            self._body_check(checked)
        return checked

    def _lenient_json(self, body: bytes, content_type: str | None, place: str) -> Any:
        """The JSON of an error answer if it has one; error pages are often HTML, which is fine here."""
        try:
            return parse_json_body(body, content_type, place, max_bytes=self.policy.max_body_bytes)
        except InvalidResponse:
            return None

    def _clean(self, error: Exception) -> str:
        text = str(error) or type(error).__name__
        for secret in self._scrub:
            text = text.replace(secret, "***")
        return text[:200]


def _setting_when_sent(sent: asyncio.Event) -> Callable[[str, dict[str, Any]], Awaitable[None]]:
    """An httpcore trace hook that sets `sent` once the request body has gone out."""

    async def trace(event: str, _info: dict[str, Any]) -> None:
        if event.endswith("send_request_body.complete"):
            sent.set()

    return trace


async def read_ahead(
    send: Callable[[asyncio.Event], Awaitable[T]], handle: Callable[[], R]
) -> tuple[asyncio.Task[T], R]:
    """Start the request `send(sent)`, and once it is on the wire (or has ended) run `handle()`:
    the store prepares the next page while this one is mapped. A request of a task created and not
    yet run goes out only after the mapping, as the loop gets no turn in between. The task's failure
    surfaces when it is awaited; should this be cancelled, or `handle` fail, the request is too."""
    sent = asyncio.Event()
    task = asyncio.ensure_future(send(sent))
    task.add_done_callback(lambda _task: sent.set())
    try:
        await sent.wait()
        return task, handle()
    except BaseException:
        await abandon(task)
        raise


async def abandon(task: asyncio.Task[Any]) -> None:
    """Cancel a request no longer wanted and wait for it, so nothing is left running or unreported."""
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task


def _is_html(content_type: str | None) -> bool:
    return "html" in (content_type or "").lower()


def _param(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
