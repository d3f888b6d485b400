"""The fat base class every HTTP connector builds on, in the way the Singer SDK models streams: a
platform declares its base URL, credentials, streams (path, record path, paginator) and `to_domain`
mappings; the base walks the pages, guards the records and implements app.core.ports.Connector.

A platform module subclasses `HttpConnector`, overrides the declarations it needs and names its
class in a module attribute `CONNECTOR` so the registry can load it lazily."""

from __future__ import annotations

import asyncio
import copy
import functools
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar, Final, TypeVar

import httpx

from app.connectors.http import (
    Credentials,
    HttpPolicy,
    HttpSession,
    JsonResponse,
    abandon,
    read_ahead,
    require_safe_url,
)
from app.connectors.page_guard import PageGuard
from app.connectors.paginators import PageRequest, Paginator, SinglePage
from app.connectors.policy import CONCURRENCY_GATES, RATE_LIMITERS, RateLimiter
from app.connectors.record_fields import RecordRejected, dig
from app.core.errors import ConfigError, ConnectorError, InvalidResponse
from app.core.models import (
    InventoryRecord,
    ItemFailure,
    JobKind,
    OrderRecord,
    OrderStatus,
    Platform,
    ShipmentRecord,
    StockUpdate,
    Store,
)
from app.core.platforms import DECLARATIONS, PLATFORM_FIELDS, PLATFORM_LABELS, setting_or_default, status_map
from app.core.ports import Page, PushResult
from app.core.redaction import REDACTOR

Changed = TypeVar("Changed", OrderRecord, ShipmentRecord)

# Records mapped between two turns of the event loop (a page of 1,000 took up to 40 ms under load).
MAP_SLICE: Final = 250


@dataclass(frozen=True, slots=True)
class Stream:
    """One list endpoint: `path` (relative to the base URL, or absolute on the same host), the dotted
    `record_path` of the list inside each answer, fixed `params`, and a paginator factory. With a JSON
    `body` (RPC-style APIs read by POST) the params and each page's paging values go into the body,
    a dotted name placing its value in a nested object; `headers` go with every request."""

    path: str
    record_path: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)
    paginator: Callable[[], Paginator] = SinglePage
    method: str = "GET"
    body: Mapping[str, Any] | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    # A form body (fields as text) sent with every request; the paging values stay in the address.
    form: Mapping[str, str] | None = None


class HttpConnector:
    """Base of every HTTP connector. Subclasses declare; the base does the walking and checking.

    Declarations (override as needed):
      platform, record_key (dotted path naming a record in failures),
      base_url() -> str, credentials() -> Credentials, inventory_stream() -> Stream | None,
      orders_stream(since) -> Stream | None, to_inventory(raw) -> record(s), to_order(raw) -> OrderRecord,
      map_error(status, body, headers, where) -> ConnectorError | None, check_body(response) -> None.

    `supported_jobs` and `rate_limit` come from the platform's declaration (app.core.platforms).
    """

    platform: ClassVar[Platform]
    supported_jobs: frozenset[JobKind] = frozenset({JobKind.INVENTORY_PULL})
    record_key: str = "sku"
    rate_limit: ClassVar[tuple[float, int] | None] = None
    # Whether the platform may write money as a JSON number, which must then be read exactly.
    numbers_may_be_money: ClassVar[bool] = True

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        platform = cls.__dict__.get("platform")
        if isinstance(platform, Platform):
            declared = DECLARATIONS[platform]
            cls.supported_jobs = declared.capabilities
            cls.rate_limit = declared.rate_limit

    def __init__(self, store: Store, secrets: Mapping[str, str], *, policy: HttpPolicy | None = None) -> None:
        self.store = store
        self._secret_values = {k: v for k, v in secrets.items() if v}
        for value in self._secret_values.values():
            REDACTOR.add_secret(value)
        self.base = require_safe_url(self.base_url(), "The store address")
        self._credentials = self.credentials()
        self.session = HttpSession(
            policy or HttpPolicy(),
            credentials=self._credentials,
            error_mapper=self.map_error,
            body_check=self.check_body,
            limiter=self._limiter,
            gate=self._gate,
            scrub=self._secret_values.values(),
            exact_numbers=self.numbers_may_be_money,
        )
        for secret in self._credentials.secrets:
            REDACTOR.add_secret(secret)

    # --- declarations ----------------------------------------------------------------------

    def base_url(self) -> str:
        """The root every relative stream path is joined to."""
        raise NotImplementedError

    def credentials(self) -> Credentials:
        return Credentials()

    def inventory_stream(self) -> Stream | None:
        return None

    def orders_stream(self, since: str | None) -> Stream | None:
        return None

    def to_inventory(self, raw: Any) -> InventoryRecord | Iterable[InventoryRecord]:
        """Map one raw record; raise record_fields.RecordRejected to fail just this record."""
        raise NotImplementedError

    def to_order(self, raw: Any) -> OrderRecord:
        raise NotImplementedError

    def map_error(self, status: int, body: Any, headers: httpx.Headers, where: str) -> ConnectorError | None:
        """A typed error for a platform's error answer (status >= 400); None: the generic mapping."""
        return None

    def check_body(self, response: JsonResponse) -> None:
        """Raise for an error reported inside a 2xx answer."""

    def rate_limit_credential(self) -> str:
        """The credential whose budget requests count against (the limiter keys on its digest)."""
        return "|".join(sorted(self._secret_values.values())) or str(self.base.host)

    # --- helpers for subclasses ------------------------------------------------------------

    @property
    def settings(self) -> Mapping[str, Any]:
        return self.store.settings

    @property
    def secrets(self) -> tuple[str, ...]:
        """Every secret this connector may send (raw values and the header forms built from them);
        all are registered with the log redactor when the connector is built."""
        return tuple(dict.fromkeys([*self._secret_values.values(), *self._credentials.secrets]))

    @property
    def label(self) -> str:
        return PLATFORM_LABELS.get(self.platform, str(self.platform))

    def setting(self, name: str) -> Any:
        """A store setting, or the platform's default for it when unset or empty."""
        return setting_or_default(self.platform, self.settings, name)

    def required_setting(self, name: str) -> Any:
        value = self.setting(name)
        if value is None or value == "":
            raise ConfigError(f"The store setting “{self._field_label(name)}” is empty.")
        return value

    def secret(self, name: str) -> str:
        value = self._secret_values.get(name)
        if not value:
            raise ConfigError(f"The {self._field_label(name)} is missing: enter it in the store's settings.")
        return value

    def _field_label(self, name: str) -> str:
        for item in PLATFORM_FIELDS.get(self.platform, ()):
            if item.name == name:
                return item.label
        return name

    def url(self, path: str) -> httpx.URL:
        """`path` joined to the base URL (a base without a trailing slash is treated as a folder)."""
        return _joined_url(str(self.base), path)

    async def get(self, path: str, params: Mapping[str, Any] | None = None) -> JsonResponse:
        return await self.session.request("GET", self.url(path), params=params)

    def map_status(self, remote: str) -> OrderStatus:
        """Remote order status -> ours, through the store's `status_map` setting over the defaults."""
        overrides = self.settings.get("status_map")
        mapping = status_map(self.platform, overrides if isinstance(overrides, dict) else None)
        return mapping.get(remote, OrderStatus.UNKNOWN)

    @staticmethod
    def records_of(response: JsonResponse, record_path: str) -> list[Any]:
        found = dig(response.body, record_path)
        if found is None and record_path:
            raise InvalidResponse(f"The answer from {response.where} has no list at “{record_path}”.")
        if not isinstance(found, list):
            raise InvalidResponse(f"The answer from {response.where} does not hold a list of records.")
        return found

    def page_guard(self) -> PageGuard:
        """The stops of one walk through pages (a repeated page, the page cap): every walk has one."""
        return PageGuard(self.session.policy.max_pages)

    async def iter_pages(
        self, stream: Stream, *, ahead: bool = False
    ) -> AsyncGenerator[tuple[list[Any], JsonResponse]]:
        """Raw records page by page, following the stream's paginator under a PageGuard. With `ahead`
        the next page's request is on the wire before this page is handed on, so the store prepares
        it while this one is mapped (one request ahead at most; one not wanted any more is cancelled)."""
        paginator = stream.paginator()
        guard = self.page_guard()
        following: asyncio.Task[JsonResponse] | None = None
        may_repeat = False
        try:
            response = await self._fetch_page(stream, paginator.first())
            while True:
                raws = self.records_of(response, stream.record_path)
                request = paginator.next(response, len(raws))
                guard.page(raws, response.where, may_repeat=may_repeat)
                may_repeat = paginator.rereads
                if request is not None and ahead:
                    send = functools.partial(self._fetch_page, stream, request)
                    following, _ = await read_ahead(send, _nothing)
                yield raws, response
                if request is None:
                    return
                if following is not None:
                    response, following = await following, None
                else:
                    response = await self._fetch_page(stream, request)
        finally:
            if following is not None:
                await abandon(following)

    async def _fetch_page(
        self, stream: Stream, request: PageRequest, sent: asyncio.Event | None = None
    ) -> JsonResponse:
        if request.url is not None:
            target, params = request.url, {}
        else:
            target, params = self.url(stream.path), {**stream.params, **request.params}
        body = None
        if stream.body is not None:
            body, params = placed_in_body(stream.body, params), {}
        return await self.session.request(
            stream.method,
            target,
            params=params,
            json=body,
            data=stream.form,
            headers=stream.headers or None,
            sent=sent,
        )

    def failure_key(self, raw: Any, index: int) -> str:
        key = dig(raw, self.record_key) if isinstance(raw, dict) else None
        return str(key) if key not in (None, "") else f"record {index + 1}"

    def map_records(
        self, raws: Sequence[Any], mapper: Callable[[Any], Any], first_index: int = 0
    ) -> tuple[list[Any], list[ItemFailure]]:
        """Apply `mapper` to each raw record; a rejected record becomes an ItemFailure, the rest go on.
        `first_index` is the position of raws[0] in its page, for naming a record without a key."""
        records: list[Any] = []
        failures: list[ItemFailure] = []
        keep = records.append
        for index, raw in enumerate(raws, first_index):
            try:
                mapped = mapper(raw)
            except RecordRejected as error:
                failures.append(ItemFailure(self.failure_key(raw, index), str(error), "invalid_record"))
                continue
            if (
                type(mapped) is InventoryRecord
                or type(mapped) is OrderRecord
                or type(mapped) is ShipmentRecord
            ):
                keep(mapped)
            else:
                records.extend(mapped)
        return records, failures

    def inventory_of(self, raw: Any, index: int) -> tuple[list[InventoryRecord], list[ItemFailure]]:
        """to_inventory of the record at `index` of its page, as app.connectors.bulk.page_rows builds a
        record that is not plain (a rejected one named by its place)."""
        return self.map_records((raw,), self.to_inventory, index)

    # --- app.core.ports.Connector ----------------------------------------------------------

    async def list_end_warning(self, stream: Stream, first: JsonResponse, count: int) -> str:
        """For a connection test: a warning (with a leading space) when the stream's list can end
        only with an empty page and the page past any a sync would read is not empty, so a sync
        could never end it; "" when the end can be reached."""
        request = stream.paginator().past_the_end(first, count, self.session.policy.max_pages)
        if request is None:
            return ""
        asked = ", ".join(f"{name}={value}" for name, value in request.params.items())
        try:
            beyond = await self._fetch_page(stream, request)
            found = len(self.records_of(beyond, stream.record_path))
        except ConnectorError as error:
            return (
                f" Warning: the answer tells no number of pages, and asking for a page past the end "
                f"({asked}) failed ({error}); a sync reaching the end of the list would fail so too."
            )
        if not found:
            return ""
        return (
            f" Warning: the answer tells no number of pages, and a page far past the end ({asked}) still "
            f"lists {found} records, so a sync could never see the end of the list and would stop with "
            "an error. Set where the API tells its number of pages (a header or a path in the answer)."
        )

    async def test_connection(self) -> str:
        stream = self.inventory_stream() or self.orders_stream(None)
        if stream is None:
            raise ConfigError(f"{self.label} has nothing to read.")
        async for raws, response in self.iter_pages(stream):
            warning = await self.list_end_warning(stream, response, len(raws))
            return f"Connected to {self.base.host}: {len(raws)} records on the first page.{warning}"
        return f"Connected to {self.base.host}."

    async def fetch_inventory(self) -> AsyncIterator[Page[InventoryRecord]]:
        stream = self.inventory_stream()
        if stream is None:
            raise ConfigError(f"{self.label} stores do not offer stock to read.")
        async for raws, _response in self.iter_pages(stream):
            records: list[InventoryRecord] = []
            failures: list[ItemFailure] = []
            # A large page is mapped a slice at a time, letting the event loop run in between.
            for start in range(0, len(raws), MAP_SLICE):
                if start:
                    await asyncio.sleep(0)
                mapped, rejected = self.map_records(raws[start : start + MAP_SLICE], self.to_inventory, start)
                records += mapped
                failures += rejected
            yield Page(records, failures)

    async def fetch_orders(self, since: str | None) -> AsyncIterator[Page[OrderRecord]]:
        stream = self.orders_stream(since)
        if stream is None:
            raise ConfigError(f"{self.label} orders are not set up for this store.")
        async for page in self.changes_since(stream, since, self.to_order):
            yield page

    async def changes_since(
        self, stream: Stream, since: str | None, mapper: Callable[[Any], Changed]
    ) -> AsyncIterator[Page[Changed]]:
        """Records changed since the cursor `since`, mapped; each page's cursor is the newest change
        seen so far (ISO 8601), where the next read starts."""
        newest = since
        newest_time: datetime | None = _parse_cursor(since)
        async for raws, _response in self.iter_pages(stream):
            records, failures = self.map_records(raws, mapper)
            for record in records:
                if record.updated_at is not None and (newest_time is None or record.updated_at > newest_time):
                    newest_time = record.updated_at
                    newest = record.updated_at.isoformat()
            yield Page(records, failures, cursor=newest)

    async def push_stock(self, updates: Sequence[StockUpdate]) -> PushResult:
        raise ConfigError(f"Writing stock to {self.label} is not supported.")

    async def aclose(self) -> None:
        await self.session.aclose()

    def request_rate(self) -> tuple[float, int] | None:
        """(requests per second, burst) this connector keeps to: the platform's declared limit."""
        return self.rate_limit

    def request_concurrency(self) -> int | None:
        """How many requests this connector's store may have on the wire at once (None: no cap)."""
        return None

    def _gate(self) -> asyncio.Semaphore | None:
        limit = self.request_concurrency()
        if limit is None:
            return None
        return CONCURRENCY_GATES.gate(str(self.platform), self.rate_limit_credential(), limit)

    def _limiter(self) -> RateLimiter | None:
        limit = self.request_rate()
        if limit is None:
            return None
        rate, burst = limit
        return RATE_LIMITERS.limiter(str(self.platform), self.rate_limit_credential(), rate, burst)


def placed_in_body(template: Mapping[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the JSON body `template` with each of `values` set at its dotted name
    ("page" at the top, "filter.page" inside "filter"); the template itself is left as it was."""
    body = copy.deepcopy(dict(template))
    for name, value in values.items():
        *parents, last = name.split(".")
        node = body
        for step in parents:
            child = node.get(step)
            if not isinstance(child, dict):
                child = node[step] = {}
            node = child
        node[last] = value
    return body


def _parse_cursor(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


@functools.lru_cache(maxsize=1024)
def _joined_url(base: str, path: str) -> httpx.URL:
    """Kept, as a page of a large sync asks for the same few addresses again and again and httpx
    parses an address in about 0.1 ms."""
    if "://" in path:
        return httpx.URL(path)
    root = base if base.endswith("/") else base + "/"
    return httpx.URL(root).join(path.lstrip("/"))


def _nothing() -> None:
    return None
