"""Any JSON REST API, configured only by the store's settings (see app.core.platforms.generic_json):
the way ERPs, marketplaces and couriers without a connector of their own are connected. Logins are in
app.connectors.generic_login, record shaping (filter, nested lists, joins) in .generic_records.
Presets of those settings export and import as JSON, never with a secret in them."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import operator
import re
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Final

from app.connectors.answer_status import AnswerStatus
from app.connectors.base import HttpConnector, Stream, placed_in_body
from app.connectors.bulk import PlainKeys, page_rows, records_page
from app.connectors.generic_json_write import StockWriter, WriteTemplates
from app.connectors.generic_login import LoginSession, LoginStep, filled
from app.connectors.generic_order_status import OrderStatusWrite
from app.connectors.generic_records import ItemMapper, RecordShaper, join_index, merged_by_sku, skip_rules
from app.connectors.http import Credentials, JsonResponse
from app.connectors.paginators import (
    BodyCursorPaginator,
    LinkHeaderPaginator,
    NextPageNumberPaginator,
    NextUrlPaginator,
    OffsetPaginator,
    PageNumberPaginator,
    PageRequest,
    Paginator,
    SinglePage,
)
from app.connectors.record_fields import (
    MAX_QUANTITY,
    MIN_QUANTITY,
    RecordRejected,
    compile_path,
    read_money,
    read_quantity,
    read_text,
    read_timestamp,
)
from app.core.errors import AuthError, ConfigError
from app.core.models import (
    InventoryRecord,
    ItemFailure,
    JobKind,
    OrderRecord,
    OrderStatus,
    OrderStatusUpdate,
    Platform,
    ShipmentRecord,
    StockUpdate,
    Store,
)
from app.core.platforms import (
    DEFAULT_ORDER_STATUS_MAP,
    GENERIC_FIELD_MAP_DEFAULT,
    GENERIC_ORDER_FIELD_MAP_DEFAULT,
    jobs_for,
)
from app.core.platforms.generic_json import GENERIC_SHIPMENT_FIELD_MAP_DEFAULT
from app.core.ports import Page, PushResult, skip_words
from app.core.presets import make_preset, read_preset
from app.core.wording import counted

PAGINATOR_ALIASES: Final = {"page_number": "page", "cursor": "cursor_body", "next_url": "next_url_body"}
INVENTORY_FIELDS: Final = ("sku", "quantity", "name", "price", "updated_at", "id")
TOKEN_AUTH: Final = frozenset({"login", "oauth2"})
# The form the 'form' login posts with every request when the store's request body names no other.
DEFAULT_FORM: Final = {"username": "{username}", "password": "{password}", "user_token": "{user_token}"}
# The values a login request may be filled with, from the keychain or (username) the settings.
LOGIN_VALUES: Final = ("username", "password", "user_token", "secret", "oauth_client_id", "client_secret")
_PLACEHOLDER: Final = re.compile(r"\{(\w+)\}")
_RATE: Final = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*/\s*(s|sec|second|m|min|minute)\s*$", re.IGNORECASE)
_new_record: Final = tuple.__new__


class GenericJsonConnector(HttpConnector):
    """Reads stock (and optionally orders, and writes stock) from a JSON API described by settings."""

    platform = Platform.GENERIC_JSON

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.supported_jobs = jobs_for(self.platform, self.settings)
        # A courier store lists shipments where a shop lists stock: it has no stock to read.
        self._courier = JobKind.INVENTORY_PULL not in self.supported_jobs
        self.record_key = self._field_map("field_map", GENERIC_FIELD_MAP_DEFAULT)["sku"] or "sku"
        inventory_map = {"id": "id", **self._field_map("field_map", GENERIC_FIELD_MAP_DEFAULT)}
        self._inventory_values = _extractor(inventory_map, INVENTORY_FIELDS)
        self._inventory_keys = _plain_keys(inventory_map, INVENTORY_FIELDS)
        self._order_getters = self._getters("order_field_map", GENERIC_ORDER_FIELD_MAP_DEFAULT)
        self._shipment_getters = self._getters("shipment_field_map", GENERIC_SHIPMENT_FIELD_MAP_DEFAULT)
        field_map = self._field_map("field_map", GENERIC_FIELD_MAP_DEFAULT)
        locations = self._json_setting("location_quantities")
        self._shaper = RecordShaper(
            skip_rules(self._json_setting("skip_if")),
            str(self.setting("items_path") or ""),
            str(self.setting("join_on") or field_map["sku"]) if self.setting("join_endpoint") else "",
        )
        self._item_mapper = ItemMapper(field_map, {str(k): str(v) for k, v in locations.items()})
        # Plain records (one SKU each, plain fields) keep the fast route; the others are shaped first.
        self._shaped = bool(
            self._shaper.rules
            or self._shaper.items_path
            or self.setting("join_endpoint")
            or locations
            or field_map.get("location")
            or "+" in field_map["quantity"]
        )
        self._ahead = self.request_concurrency() > 1
        self._answer_status = AnswerStatus.from_settings(self.store.name, self.setting)
        self._login = self._login_session()

    # --- declarations ----------------------------------------------------------------------

    def base_url(self) -> str:
        return str(self.required_setting("base_url"))

    def check_body(self, response: JsonResponse) -> None:
        """An API that answers 200 whatever happened says in the body whether it worked (ok_path)."""
        if self._answer_status is not None:
            self._answer_status.check(response)

    def request_rate(self) -> tuple[float, int] | None:
        """The store's own `rate_limit` ("5/s", "100/min"), one request at a time past the first."""
        text = str(self.setting("rate_limit") or "").strip()
        if not text:
            return None
        match = _RATE.match(text)
        if match is None or float(match.group(1)) <= 0:
            raise ConfigError(f"The request rate “{text}” should read like 5/s or 100/min.")
        count = float(match.group(1))
        return (count if match.group(2).lower().startswith("s") else count / 60.0), 1

    def request_concurrency(self) -> int:
        """The store's `concurrency`: requests on the wire at once, across all its jobs."""
        return _positive_int(self.setting("concurrency"), 2)

    def rate_limit_credential(self) -> str:
        """Each store keeps its own rate, whoever else uses the same API."""
        return f"{self.base}|{self.store.id}|{self.store.name}"

    def credentials(self) -> Credentials:
        mode = str(self.setting("auth") or "none")
        if mode in ("none", "body", "form") or mode in TOKEN_AUTH:
            return Credentials()  # a body key or form goes into each request's body; a token once logged in
        secret = self._secret_value()
        if mode == "bearer":
            return Credentials.bearer(secret)
        if mode == "header":
            return Credentials.header(str(self.required_setting("auth_header_name")), secret)
        if mode == "basic":
            return Credentials.basic(str(self.required_setting("username")), secret)
        if mode == "query":
            return Credentials.query(**{str(self.required_setting("auth_query_name")): secret})
        raise ConfigError(f"The login method “{mode}” is not one StoreSync knows.")

    def inventory_stream(self) -> Stream:
        return self._stream(str(self.required_setting("endpoint")), str(self.setting("record_path") or ""))

    def orders_stream(self, since: str | None) -> Stream | None:
        endpoint = self.setting("orders_endpoint")
        if not endpoint:
            return None
        return self._stream(str(endpoint), str(self.setting("orders_record_path") or ""), self._since(since))

    def shipments_stream(self, since: str | None) -> Stream:
        endpoint = self.setting("shipments_endpoint")
        if not endpoint:
            raise ConfigError("This store has no shipments endpoint set, so it cannot follow shipments.")
        return self._stream(
            str(endpoint), str(self.setting("shipments_record_path") or ""), self._since(since)
        )

    def _since(self, since: str | None) -> dict[str, Any]:
        """The changed-since parameter, when the store has one and a cursor is known."""
        since_param = self.setting("since_param")
        if since and since_param:
            return {str(since_param): _since_value(since, str(self.setting("since_format") or "iso"))}
        return {}

    def _stream(self, path: str, record_path: str, params: Mapping[str, Any] | None = None) -> Stream:
        method = str(self.setting("method") or "GET").upper()
        body: dict[str, Any] | None = None
        if method == "POST":
            body = dict(self._json_setting("request_body"))
        if str(self.setting("auth") or "") == "body":
            if body is None:
                raise ConfigError("A key sent in the request body needs the POST request method.")
            body = placed_in_body(
                body, {str(self.setting("auth_body_field") or "api_key"): self._secret_value()}
            )
        form = None
        if str(self.setting("auth") or "") == "form":
            if method != "POST":
                raise ConfigError("The 'form' login posts its fields: choose the POST request method.")
            form = self._form_fields(body)
            body = None
        return Stream(
            path=path,
            record_path=record_path,
            params=dict(params or {}),
            paginator=self._paginator,
            method=method,
            body=body,
            headers={str(k): str(v) for k, v in self._json_setting("headers").items()},
            form=form,
        )

    def _form_fields(self, template: Mapping[str, Any] | None) -> dict[str, str]:
        """The 'form' login's fields: the request body's (DEFAULT_FORM when it names none), their
        "{name}" placeholders filled from the store's user name and secrets, each as text."""
        fields = filled(dict(template or DEFAULT_FORM), self._login_values())
        unfilled = sorted({name for value in fields.values() for name in _PLACEHOLDER.findall(str(value))})
        if unfilled:
            raise ConfigError(f"The form needs {', '.join(unfilled)}: enter it in the store's settings.")
        return {str(key): "" if value is None else str(value) for key, value in fields.items()}

    def _login_values(self) -> dict[str, str]:
        """What a login request or form may be filled with: the keychain's values and the user name."""
        values = {name: self._secret_values[name] for name in LOGIN_VALUES if self._secret_values.get(name)}
        if self.setting("username"):
            values["username"] = str(self.setting("username"))
        return values

    def to_inventory(self, raw: Any) -> InventoryRecord:
        if type(raw) is not dict:
            raise RecordRejected("the record is not an object")
        sku, quantity, name, price, updated_at, remote_id = self._inventory_values(raw)
        # The common shapes (text SKU, int quantity) are checked inline: this runs once per SKU, so
        # the record is made as the tuple it is, without the keyword handling of its constructor.
        return _new_record(
            InventoryRecord,
            (
                sku
                if type(sku) is str and 0 < len(sku) <= 200
                else read_text(sku, "sku", required=True, max_length=200),
                quantity
                if type(quantity) is int and MIN_QUANTITY <= quantity <= MAX_QUANTITY
                else read_quantity(quantity),
                name if type(name) is str and len(name) <= 1000 else read_text(name, "name"),
                read_money(price),
                None if remote_id is None else str(remote_id),
                (),
                read_timestamp(updated_at),
            ),
        )

    async def fetch_inventory_bulk(self) -> AsyncGenerator[Page[InventoryRecord]]:
        """The stock route: each page as stock rows (app.connectors.bulk.page_rows); a store that
        shapes its records (filter, nested lists, join) hands over records."""
        if self._shaped:
            async for page in self.fetch_inventory():
                yield page
            return
        async with contextlib.aclosing(self._row_pages(ahead=self._ahead)) as pages:
            async for page in pages:
                yield page

    async def _row_pages(self, *, ahead: bool) -> AsyncGenerator[Page[InventoryRecord]]:
        # Closed with this generator (a preview stops early), so a page read ahead is abandoned
        # on the event loop rather than by the garbage collector.
        async with contextlib.aclosing(self.iter_pages(self.inventory_stream(), ahead=ahead)) as pages:
            async for raws, _response in pages:
                bulk, failures = page_rows(
                    raws, self._inventory_values, self.inventory_of, self._inventory_keys
                )
                yield Page([], failures, bulk=bulk)

    async def fetch_inventory(self) -> AsyncIterator[Page[InventoryRecord]]:
        if not self._shaped:
            # The stock route's rows as records; a reader of records (a preview) may stop at any
            # record, so no page is asked for before it is wanted.
            async with contextlib.aclosing(self._row_pages(ahead=False)) as pages:
                async for page in pages:
                    yield records_page(page)
            return
        joined = await self._joined()
        async with contextlib.aclosing(self.iter_pages(self.inventory_stream(), ahead=self._ahead)) as pages:
            async for raws, _response in pages:
                yield self.shaped_page(raws, joined)

    def shaped_page(self, raws: Sequence[Any], joined: Mapping[str, Any] | None) -> Page[InventoryRecord]:
        """A page of API records through the filter, nested lists and join, mapped item by item."""
        records: list[InventoryRecord] = []
        failures: list[ItemFailure] = []
        skips: collections.Counter[str] = collections.Counter()
        for index, raw in enumerate(raws):
            shaped = self._shaper.shape(raw, joined)
            skips.update(shaped.skips)
            mapped, rejected = self.map_records(shaped.items, self._item_mapper, index)
            records += merged_by_sku(mapped)
            failures += rejected
        return Page(records, failures, skips=dict(skips))

    async def _joined(self) -> dict[str, Any] | None:
        """The second endpoint's records by their key, read whole before the stock is."""
        endpoint = self.setting("join_endpoint")
        if not endpoint:
            return None
        stream = self._stream(str(endpoint), str(self.setting("join_record_path") or ""))
        records: list[Any] = []
        async for raws, _response in self.iter_pages(stream):
            records += raws
        return join_index(records, str(self.required_setting("join_key")))

    async def _fetch_page(
        self, stream: Stream, request: PageRequest, sent: asyncio.Event | None = None
    ) -> JsonResponse:
        """A page, with a login token when the store logs in; a refused token is renewed once."""
        if self._login is None:
            return await super()._fetch_page(stream, request, sent)
        token = await self._login.token()
        try:
            return await super()._fetch_page(self._with_token(stream, token), request, sent)
        except AuthError:
            token = await self._login.renew(token)
            return await super()._fetch_page(self._with_token(stream, token), request, sent)

    def _with_token(self, stream: Stream, token: str) -> Stream:
        placement = str(self.setting("token_placement") or "bearer")
        if placement == "body":
            field = str(self.setting("auth_body_field") or "api_key")
            return dataclasses.replace(stream, body=placed_in_body(stream.body or {}, {field: token}))
        if placement == "header":
            self.session.credentials = Credentials.header(
                str(self.required_setting("auth_header_name")), token
            )
        elif placement == "query":
            self.session.credentials = Credentials.query(
                **{str(self.required_setting("auth_query_name")): token}
            )
        else:
            self.session.credentials = Credentials.bearer(token)
        return stream

    def _login_session(self) -> LoginSession | None:
        style = str(self.setting("auth") or "none")
        if style not in TOKEN_AUTH:
            return None
        values = self._login_values()
        if style == "oauth2" and not (values.get("oauth_client_id") and values.get("client_secret")):
            raise ConfigError(
                "OAuth2 needs the client ID and client secret: enter them in the store's settings."
            )
        step = LoginStep(
            style=style,
            url=self.url(str(self.required_setting("login_endpoint"))),
            body=self._json_setting("login_body"),
            token_path=str(self.setting("login_token_path") or "access_token"),
            expires_path=str(self._optional("login_expires_path") or ""),
            values=values,
            scope=str(self.setting("oauth_scope") or ""),
        )
        status = self._answer_status
        return LoginSession(step, self.session.policy, body_check=status.check_login if status else None)

    def to_order(self, raw: Any) -> OrderRecord:
        get = self._order_getters
        if not isinstance(raw, dict):
            raise RecordRejected("the order is not an object")
        external_id = read_text(get["id"](raw), "id", required=True, max_length=200)
        remote_status = read_text(get["status"](raw), "status") if "status" in get else ""
        total = read_money(get["total"](raw), "total") if "total" in get else None
        return OrderRecord(
            external_id=external_id,
            number=(read_text(get["number"](raw), "number") if "number" in get else "") or external_id,
            status=self.map_status(remote_status),
            remote_status=remote_status,
            total=total if total is not None else Decimal("0"),
            currency=read_text(get["currency"](raw), "currency", max_length=3) if "currency" in get else "",
            created_at=read_timestamp(get["created_at"](raw), "created_at") if "created_at" in get else None,
            updated_at=read_timestamp(get["updated_at"](raw), "updated_at") if "updated_at" in get else None,
            raw=raw,
            customer_country=_optional_text(get, raw, "customer_country", 60),
            tracking=_optional_text(get, raw, "tracking", 200),
        )

    def to_shipment(self, raw: Any) -> ShipmentRecord:
        get = self._shipment_getters
        if not isinstance(raw, dict):
            raise RecordRejected("the shipment is not an object")
        if "reference" not in get:
            raise ConfigError("The shipment field mapping needs a reference: the value that names the order.")
        remote_status = read_text(get["status"](raw), "status") if "status" in get else ""
        return ShipmentRecord(
            reference=read_text(get["reference"](raw), "reference", required=True, max_length=200),
            status=self.map_status(remote_status),
            remote_status=remote_status,
            tracking=_optional_text(get, raw, "tracking", 200),
            updated_at=_shipment_time(get, raw),
        )

    # --- behaviour -------------------------------------------------------------------------

    async def fetch_shipments(self, since: str | None) -> AsyncIterator[Page[ShipmentRecord]]:
        """A courier's shipments changed since the cursor, each naming the order it carries."""
        async for page in self.changes_since(self.shipments_stream(since), since, self.to_shipment):
            yield page

    def writes_order_status(self) -> bool:
        return bool(self.setting("order_status_endpoint"))

    async def write_order_status(self, updates: Sequence[OrderStatusUpdate]) -> PushResult:
        """Writes through the store's order status template (see generic_order_status)."""
        writer = OrderStatusWrite(
            self.setting,
            self._status_names(),
            lambda method, url, body: self.session.request(method, url, json=body),
            self.url,
        )
        return await writer.write(updates)

    def _status_names(self) -> dict[str, OrderStatus]:
        """The store's own order status names, its own mapping before the defaults."""
        names: dict[str, OrderStatus] = {}
        overrides = self.settings.get("status_map")
        for remote, ours in (overrides if isinstance(overrides, dict) else {}).items():
            try:
                names[str(remote)] = OrderStatus(ours)
            except ValueError:
                continue
        for remote, status in DEFAULT_ORDER_STATUS_MAP[self.platform].items():
            names.setdefault(remote, status)
        return names

    async def test_connection(self) -> str:
        """Reads the first page and maps it as a sync would, so a wrong record path or field mapping
        shows at once: what would be stored, skipped and failed (and why), and whether the configured
        paging can tell where the list ends. A courier store's test reads its shipments instead."""
        if self._courier:
            return await self._test_shipments()
        stream = self.inventory_stream()
        joined = await self._joined() if self._shaped else None
        async for raws, response in self.iter_pages(stream):
            if self._shaped:
                page = self.shaped_page(raws, joined)
            else:
                records, failures = self.map_records(raws, self.to_inventory)
                page = Page(records, failures)
            if raws and not page.records and not page.skipped:
                reason = page.failures[0].message if page.failures else "no usable record"
                raise ConfigError(
                    f"Connected to {self.base.host}, but the records do not match the field mapping "
                    f"({reason})."
                )
            if not raws:
                return f"Connected to {response.url.host}; the list is empty."
            warning = await self.list_end_warning(stream, response, len(raws))
            return f"Connected to {response.url.host}: {_page_summary(len(raws), page)}{warning}"
        return f"Connected to {self.base.host}."

    async def _test_shipments(self) -> str:
        stream = self.shipments_stream(None)
        async for raws, response in self.iter_pages(stream):
            shipments, failures = self.map_records(raws, self.to_shipment)
            if raws and not shipments:
                reason = failures[0].message if failures else "no usable record"
                raise ConfigError(
                    f"Connected to {self.base.host}, but the shipments do not match the shipment field "
                    f"mapping ({reason})."
                )
            if not raws:
                return f"Connected to {response.url.host}; the shipment list is empty."
            unmapped = sorted({s.remote_status for s in shipments if s.status is OrderStatus.UNKNOWN})
            words = f"the first page has {len(raws)} shipments: {len(shipments)} readable"
            if failures:
                words += f", {len(failures)} failed (first: {failures[0].key}: {failures[0].message})"
            if unmapped:
                words += f"; statuses with no order status yet: {', '.join(unmapped[:5])}"
            warning = await self.list_end_warning(stream, response, len(raws))
            return f"Connected to {response.url.host}: {words}.{warning}"
        return f"Connected to {self.base.host}."

    async def push_stock(self, updates: Sequence[StockUpdate]) -> PushResult:
        """Writes through the store's write templates (see generic_json_write)."""
        templates = WriteTemplates.from_settings(self.setting)
        writer = StockWriter(
            templates, lambda method, url, body: self.session.request(method, url, json=body), self.url
        )
        return await writer.push(updates)

    # --- settings helpers ------------------------------------------------------------------

    def _secret_value(self) -> str:
        for name in ("secret", "token"):
            value = self._secret_values.get(name)
            if value:
                return value
        raise ConfigError("The token, key or password is missing: enter it in the store's settings.")

    def _json_setting(self, name: str) -> Mapping[str, Any]:
        """A JSON-object setting; one that is not an object is a mistake the merchant must hear of."""
        value = self.setting(name)
        if value in (None, "", {}):
            return {}
        if not isinstance(value, Mapping):
            raise ConfigError(f"The store setting “{self._field_label(name)}” must be a JSON object.")
        return value

    def _field_map(self, name: str, default: Mapping[str, str]) -> dict[str, str]:
        configured = self.settings.get(name)
        mapping = dict(default)
        if isinstance(configured, dict):
            mapping.update({str(k): str(v) for k, v in configured.items() if v is not None})
        return mapping

    def _getters(self, name: str, default: Mapping[str, str]) -> dict[str, Callable[[Any], Any]]:
        """Compiled getters for the mapped fields; a field mapped to "" is not read at all."""
        return {key: compile_path(path) for key, path in self._field_map(name, default).items() if path}

    def _optional(self, name: str) -> str | None:
        """A setting that may be blanked on purpose ("" means: do not send/read it)."""
        value = self.settings[name] if name in self.settings else self.setting(name)
        return str(value) if value else None

    def _paginator(self) -> Paginator:
        kind = str(self.setting("paginator") or "none")
        kind = PAGINATOR_ALIASES.get(kind, kind)
        size = _positive_int(self.setting("page_size"), 100)
        if kind == "none":
            return SinglePage()
        if kind == "page":
            return PageNumberPaginator(
                str(self.setting("page_param") or "page"),
                self._optional("page_size_param"),
                size,
                total_pages_header=self._optional("total_pages_header"),
                total_pages_path=str(self.setting("total_pages_path") or ""),
                total_count_path=str(self.setting("total_count_path") or ""),
                total_count_header=self._optional("total_count_header"),
            )
        if kind == "offset":
            return OffsetPaginator(
                str(self.setting("offset_param") or "offset"),
                str(self.setting("limit_param") or "limit"),
                size,
                total_path=str(self.setting("total_count_path") or ""),
            )
        if kind == "cursor_body":
            return BodyCursorPaginator(
                str(self.setting("cursor_path") or "next_cursor"),
                str(self.setting("cursor_param") or "cursor"),
            )
        if kind == "next_url_body":
            return NextUrlPaginator(str(self.setting("next_url_path") or "next"))
        if kind == "next_page_body":
            return NextPageNumberPaginator(
                str(self.setting("next_page_path") or "next_page"),
                str(self.setting("page_param") or "page"),
                self._optional("page_size_param"),
                size,
            )
        if kind == "link_header":
            return LinkHeaderPaginator()
        raise ConfigError(f"The page style “{kind}” is not one StoreSync knows.")


def _page_summary(count: int, page: Page[InventoryRecord]) -> str:
    """What a sync would make of the first page, in words."""
    parts = [f"the first page has {counted(count, 'product')}: {counted(len(page.records), 'item')} to store"]
    if page.skipped:
        parts.append(f"{page.skipped} skipped as not stock ({skip_words(page.skips)})")
    if page.failures:
        first = page.failures[0]
        parts.append(f"{len(page.failures)} failed (first: {first.key}: {first.message})")
    return ", ".join(parts) + "."


def _extractor(
    mapping: Mapping[str, str], fields: Sequence[str]
) -> Callable[[dict[str, Any]], Sequence[Any]]:
    """Reads `fields` (in order) from a record through `mapping`; a field mapped to "" reads as None.

    When every path is a plain key present in the record, one C-level itemgetter reads them all;
    this is the hot path of a large stock fetch."""
    paths = [mapping.get(name, "") for name in fields]
    if all(path and "." not in path for path in paths):
        together = operator.itemgetter(*paths)

        def extract(raw: dict[str, Any]) -> Sequence[Any]:
            try:
                values: Sequence[Any] = together(raw)
            except KeyError:
                return [raw.get(path) for path in paths]
            return values

        return extract
    getters = [compile_path(path) if path else _nothing for path in paths]
    return lambda raw: [get(raw) for get in getters]


def _plain_keys(mapping: Mapping[str, str], fields: Sequence[str]) -> PlainKeys | None:
    """The keys of `fields` when each maps to a plain key, so page_rows reads a page a column at a
    time; None otherwise."""
    paths = tuple(mapping.get(name, "") for name in fields)
    if len(paths) == 6 and all(path and "." not in path for path in paths):
        return PlainKeys(paths)
    return None


def _optional_text(getters: Mapping[str, Callable[[Any], Any]], raw: Any, name: str, longest: int) -> str:
    """A mapped text value the record may lack."""
    return read_text(getters[name](raw), name, max_length=longest) if name in getters else ""


def _shipment_time(getters: Mapping[str, Callable[[Any], Any]], raw: Any) -> datetime | None:
    """When a shipment last changed; only the read's cursor depends on it, so a time in a form
    StoreSync cannot read leaves the shipment's status usable (and the cursor where it was)."""
    if "updated_at" not in getters:
        return None
    try:
        return read_timestamp(getters["updated_at"](raw), "updated_at")
    except RecordRejected:
        return None


def _nothing(_raw: Any) -> None:
    return None


def _since_value(cursor: str, style: str) -> str:
    """Our cursor (ISO 8601, UTC) in the form the API asked for; an unreadable cursor goes as it is."""
    try:
        moment = datetime.fromisoformat(cursor)
    except ValueError:
        return cursor
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if style == "unix":
        return str(int(moment.timestamp()))
    if style == "unix_ms":
        return str(int(moment.timestamp() * 1000))
    if style == "datetime":
        return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    return cursor


def _positive_int(value: Any, default: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return number if number > 0 else default


def export_preset(store: Store) -> dict[str, Any]:
    """A shareable description of a generic JSON store: its settings without any secret."""
    return make_preset(store.name, store.settings)


def import_preset(preset: Mapping[str, Any]) -> dict[str, Any]:
    """Store settings from a preset; unknown keys (and anything secret) are dropped, never trusted."""
    return read_preset(preset).settings


CONNECTOR = GenericJsonConnector
