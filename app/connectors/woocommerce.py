"""WooCommerce REST API v3 (see shared/API_FACTS.md): products and their variations 100 per page,
orders by modified_after, stock writes through products/batch and variations/batch with per-item
errors. Basic auth, or the consumer key in the query string when a host strips the login header
(the key is then registered with the log redactor like every other secret)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator, AsyncIterator, Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from itertools import repeat
from typing import Any, Final

import httpx

from app.connectors.base import HttpConnector, Stream
from app.connectors.bulk import PlainKeys, page_rows, records_page
from app.connectors.http import Credentials, JsonResponse
from app.connectors.paginators import ModifiedAfterPaginator, PageNumberPaginator
from app.connectors.record_fields import RecordRejected, read_money, read_quantity, read_text, read_timestamp
from app.core.errors import AuthError, ConfigError, ConnectorError, RemoteError
from app.core.models import InventoryRecord, ItemFailure, OrderRecord, Platform, StockUpdate
from app.core.ports import Page, PushResult

API_ROOT: Final = "wp-json/wc/v3/"
PER_PAGE: Final = 100
BATCH_SIZE: Final = 100
VARIATION_FETCHES: Final = 4  # variable products whose variations are read at the same time
AUTH_CODES: Final = frozenset(
    {
        "woocommerce_rest_cannot_view",
        "woocommerce_rest_cannot_edit",
        "woocommerce_rest_cannot_create",
        "woocommerce_rest_cannot_batch",
        "woocommerce_rest_authentication_error",
        "woocommerce_rest_authentication_missing_parameter",
        "rest_forbidden",
    }
)


def _pages() -> PageNumberPaginator:
    return PageNumberPaginator("page", "per_page", PER_PAGE, total_pages_header="X-WP-TotalPages")


def _order_windows() -> ModifiedAfterPaginator:
    return ModifiedAfterPaginator("date_modified_gmt", "modified_after", size=PER_PAGE)


class WooCommerceConnector(HttpConnector):
    platform = Platform.WOOCOMMERCE

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._sku_targets: dict[str, str] | None = None

    # --- declarations ----------------------------------------------------------------------

    def base_url(self) -> str:
        site = str(self.required_setting("site_url")).strip().rstrip("/")
        return f"{site}/{API_ROOT}"

    def credentials(self) -> Credentials:
        key, secret = self.secret("consumer_key"), self.secret("consumer_secret")
        if self.setting("auth_mode") == "query":
            return Credentials.query(consumer_key=key, consumer_secret=secret)
        return Credentials.basic(key, secret)

    def inventory_stream(self) -> Stream:
        return Stream("products", paginator=_pages)

    def orders_stream(self, since: str | None) -> Stream:
        params: dict[str, Any] = {"orderby": "modified", "order": "asc", "dates_are_gmt": "true"}
        if since:
            params["modified_after"] = since
        return Stream("orders", params=params, paginator=_order_windows)

    def to_inventory(self, raw: Any) -> InventoryRecord:
        """A simple product or one variation (`_parent` added by us) with managed stock."""
        if not isinstance(raw, dict):
            raise RecordRejected("the product is not an object")
        sku = read_text(raw.get("sku"), "sku", max_length=200)
        if not sku:
            raise RecordRejected("has no SKU, so it cannot be matched with other stores")
        parent = raw.get("_parent")
        name = read_text(raw.get("name"), "name")
        if parent is not None:
            options = [str(a.get("option")) for a in raw.get("attributes") or [] if isinstance(a, dict)]
            name = " — ".join(p for p in (str(parent.get("name") or ""), ", ".join(options)) if p) or name
        own_id = raw.get("id")
        if parent is not None:
            remote_id: str | None = f"{parent['id']}/{own_id}"
        else:
            remote_id = str(own_id) if own_id is not None else None
        return InventoryRecord(
            sku=sku,
            quantity=read_quantity(raw.get("stock_quantity"), "stock_quantity"),
            name=name,
            price=read_money(raw.get("price")),
            remote_id=remote_id,
            updated_at=read_timestamp(raw.get("date_modified_gmt"), "date_modified_gmt"),
        )

    def to_order(self, raw: Any) -> OrderRecord:
        if not isinstance(raw, dict):
            raise RecordRejected("the order is not an object")
        external_id = read_text(raw.get("id"), "id", required=True)
        remote_status = read_text(raw.get("status"), "status")
        total = read_money(raw.get("total"), "total")
        return OrderRecord(
            external_id=external_id,
            number=read_text(raw.get("number"), "number") or external_id,
            status=self.map_status(remote_status),
            remote_status=remote_status,
            total=total if total is not None else Decimal("0"),
            currency=read_text(raw.get("currency"), "currency", max_length=3),
            created_at=read_timestamp(raw.get("date_created_gmt"), "date_created_gmt"),
            updated_at=read_timestamp(raw.get("date_modified_gmt"), "date_modified_gmt"),
            raw=raw,
            customer_country=_country(raw),
        )

    def failure_key(self, raw: Any, index: int) -> str:
        if isinstance(raw, dict):
            if raw.get("sku"):
                return str(raw["sku"])
            if raw.get("id") is not None:
                kind = "variation" if raw.get("_parent") is not None else "product"
                return f"{kind} {raw['id']}"
        return f"record {index + 1}"

    def map_error(self, status: int, body: Any, headers: httpx.Headers, where: str) -> ConnectorError | None:
        """WooCommerce's {"code", "message", "data": {"status"}} errors in plain words."""
        code = str(body.get("code", "")) if isinstance(body, dict) else ""
        message = str(body.get("message", ""))[:200] if isinstance(body, dict) else ""
        if code == "rest_no_route" or (status == 404 and not code):
            return ConfigError(
                f"WooCommerce's API was not found at {where}. Check the shop address and turn on pretty "
                "permalinks (WordPress > Settings > Permalinks: anything but 'Plain')."
            )
        if (
            "consumer key is missing" in message.lower()
            or code == "woocommerce_rest_authentication_missing_parameter"
        ):
            return AuthError(
                "The store did not receive the consumer key: the web server strips the login header. "
                "Set 'How to send the key' to 'query' in the store's settings."
            )
        if code in AUTH_CODES or (status in (401, 403) and code):
            return AuthError(
                "The store refused the credentials: the key may lack read/write permission, or its "
                f"WordPress user was deleted ({message or code})."
            )
        if code and status < 500 and status != 429:
            return RemoteError(f"WooCommerce refused the request: {message or code}", code=code)
        return None

    # --- behaviour -------------------------------------------------------------------------

    async def test_connection(self) -> str:
        response = await self.get("products", {"per_page": 1})
        total = response.headers.get("X-WP-Total")
        count = f" with {total} products" if total and total.isdigit() else ""
        return f"Connected to the WooCommerce shop at {self.base.host}{count}."

    async def fetch_inventory(self) -> AsyncIterator[Page[InventoryRecord]]:
        """Products page by page; a variable product's stock comes from its variations."""
        async with contextlib.aclosing(self.fetch_inventory_bulk()) as pages:
            async for page in pages:
                yield records_page(page)

    async def fetch_inventory_bulk(self) -> AsyncGenerator[Page[InventoryRecord]]:
        """The stock route: each page's simple products as stock rows (app.connectors.bulk.page_rows),
        then its variations, built one by one."""
        async for simple, variations in self._stocked_items():
            records: list[InventoryRecord] = []
            failures: list[ItemFailure] = []
            self._map_variations(variations, records, failures)
            bulk, rejected = page_rows(simple, _product_values, self.inventory_of, _PRODUCT_KEYS, records)
            yield Page([], rejected + failures, bulk=bulk)

    def _map_variations(
        self, variations: list[list[Any]], records: list[InventoryRecord], failures: list[ItemFailure]
    ) -> None:
        for found in variations:
            more, more_failures = self.map_records(found, self.to_inventory)
            records.extend(more)
            failures.extend(more_failures)

    async def _stocked_items(self) -> AsyncIterator[tuple[list[Any], list[list[Any]]]]:
        """Per product page: its simple products with counted stock, and the variations of each of
        its variable products (each variation with `_parent`)."""
        limit = asyncio.Semaphore(VARIATION_FETCHES)
        async for raws, _response in self.iter_pages(self.inventory_stream(), ahead=True):
            if _all_simple_and_counted(raws):
                yield raws, []
                continue
            simple: list[Any] = []
            variable: list[dict[str, Any]] = []
            for raw in raws:
                if isinstance(raw, dict) and raw.get("type") == "variable":
                    variable.append(raw)
                elif not _unmanaged(raw):
                    simple.append(raw)
            yield simple, await self._all_variations(variable, limit)

    async def _all_variations(
        self, products: list[dict[str, Any]], limit: asyncio.Semaphore
    ) -> list[list[Any]]:
        """Variations of several products at once; the first failure stops the others and is raised."""
        try:
            async with asyncio.TaskGroup() as group:
                tasks = [group.create_task(self._variations(product, limit)) for product in products]
        except BaseExceptionGroup as failed:
            first: BaseException = failed
            while isinstance(first, BaseExceptionGroup):
                first = first.exceptions[0]
            raise first from None
        return [task.result() for task in tasks]

    async def _variations(self, product: dict[str, Any], limit: asyncio.Semaphore) -> list[Any]:
        parent = {"id": product.get("id"), "name": product.get("name")}
        found: list[Any] = []
        async with limit:
            stream = Stream(f"products/{product.get('id')}/variations", paginator=_pages)
            async for raws, _response in self.iter_pages(stream):
                for raw in raws:
                    if isinstance(raw, dict) and not _unmanaged(raw):
                        found.append({**raw, "_parent": parent})
        return found

    async def fetch_orders(self, since: str | None) -> AsyncIterator[Page[OrderRecord]]:
        """Orders by modification time; the overlap between windows is read twice, passed on once."""
        seen: set[tuple[str, datetime | None]] = set()
        async for page in super().fetch_orders(since):
            fresh = [order for order in page.records if (order.external_id, order.updated_at) not in seen]
            seen.update((order.external_id, order.updated_at) for order in fresh)
            yield Page(fresh, page.failures, page.cursor)

    async def push_stock(self, updates: Sequence[StockUpdate]) -> PushResult:
        """Sets stock_quantity (and manage_stock) through the batch endpoints, 100 items per call."""
        failures: list[ItemFailure] = []
        groups: dict[str, list[tuple[str, int, int]]] = {}  # batch path -> [(sku, id, quantity)]
        for update in updates:
            target = update.remote_id or await self._target_of(update.sku)
            if target is None:
                failures.append(
                    ItemFailure(update.sku, "No product or variation with this SKU.", "unknown_sku")
                )
                continue
            parent, _, child = target.partition("/")
            path = f"products/{parent}/variations/batch" if child else "products/batch"
            groups.setdefault(path, []).append((update.sku, int(child or parent), update.quantity))
        written = 0
        for path, items in groups.items():
            for start in range(0, len(items), BATCH_SIZE):
                chunk = items[start : start + BATCH_SIZE]
                body = {"update": [{"id": i, "stock_quantity": q, "manage_stock": True} for _, i, q in chunk]}
                response = await self.session.request("POST", self.url(path), json=body)
                done, refused = _batch_outcome(response, chunk)
                written += done
                failures.extend(refused)
        return PushResult(written, failures)

    async def _target_of(self, sku: str) -> str | None:
        """remote_id ("product" or "parent/variation") for a SKU, from one full read when needed."""
        if self._sku_targets is None:
            targets: dict[str, str] = {}
            async for page in self.fetch_inventory():
                targets.update({r.sku: r.remote_id for r in page.records if r.remote_id})
            self._sku_targets = targets
        return self._sku_targets.get(sku)


# _product_values for a whole page at once (see app.connectors.bulk.PlainKeys).
_PRODUCT_KEYS: Final = PlainKeys(
    ("sku", "stock_quantity", "name", "price", "date_modified_gmt", "id"), utc_without_offset=True
)


def _all_simple_and_counted(raws: list[Any]) -> bool:
    """Whether every record of a page is a product without variations whose stock WooCommerce counts
    (the usual page), told a column at a time instead of record by record."""
    if set(map(type, raws)) != {dict}:
        return False
    if "variable" in set(map(dict.get, raws, repeat("type"))):
        return False
    return False not in set(map(dict.get, raws, repeat("manage_stock"))) or not any(map(_unmanaged, raws))


def _product_values(raw: dict[str, Any]) -> tuple[Any, Any, Any, Any, Any, Any]:
    """(sku, quantity, name, price, updated_at, remote_id) of a simple product as page_rows reads
    them. date_modified_gmt is UTC without an offset ("2026-01-31T08:00:00"), so it gets its "Z"."""
    modified = raw.get("date_modified_gmt")
    if type(modified) is str and len(modified) == 19:
        modified += "Z"
    return (
        raw.get("sku"),
        raw.get("stock_quantity"),
        raw.get("name"),
        raw.get("price"),
        modified,
        raw.get("id"),
    )


def _unmanaged(raw: Any) -> bool:
    """Stock that WooCommerce does not count (manage_stock off, no quantity) has nothing to sync."""
    return isinstance(raw, dict) and raw.get("manage_stock") is False and raw.get("stock_quantity") is None


def _batch_outcome(
    response: JsonResponse, chunk: list[tuple[str, int, int]]
) -> tuple[int, list[ItemFailure]]:
    """Items of a batch answer: a failed one is {"id", "error": {"code", "message"}} inside the 200."""
    sku_of = {item_id: sku for sku, item_id, _ in chunk}
    answered = response.body.get("update") if isinstance(response.body, Mapping) else None
    if not isinstance(answered, list):
        return 0, [
            ItemFailure(sku, "WooCommerce did not confirm this update.", "unconfirmed") for sku, _, _ in chunk
        ]
    written = 0
    failures: list[ItemFailure] = []
    seen: set[int] = set()
    for item in answered:
        if not isinstance(item, dict):
            continue
        item_id = item.get("id")
        sku = sku_of.get(item_id, str(item_id)) if isinstance(item_id, int) else str(item_id)
        if isinstance(item_id, int):
            seen.add(item_id)
        error = item.get("error")
        if isinstance(error, dict):
            failures.append(
                ItemFailure(sku, str(error.get("message", "refused"))[:200], str(error.get("code", "")))
            )
        else:
            written += 1
    failures.extend(
        ItemFailure(sku, "WooCommerce did not confirm this update.", "unconfirmed")
        for sku, item_id, _ in chunk
        if item_id not in seen
    )
    return written, failures


def _country(order: dict[str, Any]) -> str:
    """Where the order goes: the shipping address's country, else the billing address's."""
    for address in ("shipping", "billing"):
        part = order.get(address)
        if isinstance(part, dict) and part.get("country"):
            return read_text(part["country"], f"{address} country", max_length=60)
    return ""


CONNECTOR = WooCommerceConnector
