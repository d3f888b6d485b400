"""Shopify through the Admin GraphQL API only (REST is legacy): stock per location, orders by
updated_at, stock writes with inventorySetQuantities (changeFromQuantity + @idempotent, 2026-04 rules).

Every call is paced by the shop's live cost bucket; errors that Shopify reports inside a 200 are
turned into the same typed errors as HTTP statuses."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import re
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Mapping, Sequence
from typing import Any, ClassVar

import httpx

from app.connectors import shopify_documents as docs
from app.connectors.base import HttpConnector
from app.connectors.bulk import records_page, rows_text
from app.connectors.http import Credentials, JsonResponse, abandon, read_ahead, where
from app.connectors.policy import retry_after_seconds
from app.connectors.record_fields import RecordRejected
from app.connectors.shopify_cost import COST_PACERS, CostPacer, read_cost
from app.connectors.shopify_mapping import (
    QueryTooExpensive,
    connection_of,
    graphql_error,
    next_cursor,
    order_record,
    variant_row,
)
from app.connectors.shopify_push import StockWriter
from app.core.addresses import is_loopback
from app.core.errors import AuthError, ConfigError, ConnectorError, InvalidResponse, TransientError
from app.core.models import (
    InventoryRecord,
    ItemFailure,
    OrderRecord,
    OrderStatus,
    Platform,
    StockUpdate,
)
from app.core.platforms import status_map
from app.core.ports import BulkRows, Page, PushResult
from app.core.request_meter import rate_limit_wait
from app.core.stock_rows import StockRow

_VERSION = re.compile(r"^(\d{4})-(01|04|07|10)$")
_LOCATION_GID = "gid://shopify/Location/"


def shop_host(value: str) -> str:
    """The host[:port] of "my-shop", "my-shop.myshopify.com" or "https://my-shop.myshopify.com/admin"."""
    text = value.strip().lower()
    text = re.sub(r"^[a-z]+://", "", text).split("/", 1)[0]
    if not text or not re.fullmatch(r"[a-z0-9.\-:\[\]]+", text):
        raise ConfigError("The shop address should look like my-shop.myshopify.com.")
    host = text.rsplit(":", 1)[0] if text.count(":") == 1 else text
    if "." not in host and not is_loopback(host):
        text += ".myshopify.com"
    return text


def location_gid(value: Any) -> str:
    text = str(value).strip()
    return f"{_LOCATION_GID}{text}" if text.isdigit() else text


class ShopifyConnector(HttpConnector):
    platform: ClassVar[Platform] = Platform.SHOPIFY
    # GraphQL's Money and Decimal scalars are text; the only fractions are the query cost figures.
    numbers_may_be_money: ClassVar[bool] = False
    orders_page_size: ClassVar[int] = docs.MAX_PAGE_SIZE

    # --- declarations ----------------------------------------------------------------------

    @property
    def api_version(self) -> str:
        version = str(self.setting("api_version") or docs.DEFAULT_API_VERSION).strip()
        if not _VERSION.match(version):
            raise ConfigError(
                f"“{version}” is not a Shopify API version (they look like {docs.DEFAULT_API_VERSION})."
            )
        if version < docs.OLDEST_API_VERSION:
            raise ConfigError(
                f"Shopify API version {version} is too old for StoreSync; use {docs.OLDEST_API_VERSION} "
                f"or newer (default {docs.DEFAULT_API_VERSION})."
            )
        return version

    def base_url(self) -> str:
        host = shop_host(str(self.required_setting("shop_domain")))
        scheme = "http" if is_loopback(host.rsplit(":", 1)[0].strip("[]")) else "https"
        return f"{scheme}://{host}/admin/api/{self.api_version}/graphql.json"

    def credentials(self) -> Credentials:
        return Credentials.header("X-Shopify-Access-Token", self.secret("access_token"))

    @property
    def pacer(self) -> CostPacer:
        return COST_PACERS.pacer(f"{self.base.host}:{self.base.port}", self.secret("access_token"))

    def map_error(self, status: int, body: Any, headers: httpx.Headers, where: str) -> ConnectorError | None:
        if status == 401:
            return AuthError(
                "Shopify refused the access token: check it (it starts with shpat_) and that the app is "
                "still installed in the shop."
            )
        if status == 403:
            return AuthError("Shopify refused access: the app lacks a permission this sync needs.")
        if status == 402:
            return ConfigError("The Shopify shop is frozen (unpaid subscription), so it cannot be synced.")
        if status == 423:
            return ConfigError("The Shopify shop is locked; Shopify support can tell you why.")
        if status == 429:
            wait = retry_after_seconds(headers.get("Retry-After"))
            if wait is None and self.pacer.status is not None:
                wait = max(1.0, self.pacer.wait_for(self.pacer.status.maximum_available / 2))
            return TransientError(
                "Shopify asked us to slow down (HTTP 429).", retry_after=wait, throttled=True
            )
        if status == 404:
            return ConfigError(
                f"No Shopify shop answered at {self.base.host} with API version {self.api_version}: "
                "check the shop address and the API version."
            )
        return None

    def check_body(self, response: JsonResponse) -> None:
        body = response.body
        if not isinstance(body, dict):
            raise InvalidResponse("Shopify sent an answer that is not a GraphQL result.")
        cost = read_cost(body)
        self.pacer.observe(cost)
        errors = body.get("errors")
        if errors:
            if not isinstance(errors, list):
                raise graphql_error([{"message": str(errors)}], None)
            wait = self.pacer.wait_for(cost.requested) if cost.requested is not None else None
            raise graphql_error(errors, wait)
        if not isinstance(body.get("data"), dict):
            raise InvalidResponse("Shopify sent a GraphQL result without data.")

    # --- transport -------------------------------------------------------------------------

    async def query(
        self, name: str, variables: Mapping[str, Any], cost: float, sent: asyncio.Event | None = None
    ) -> dict[str, Any]:
        """Runs the document `name` after waiting for `cost` points in the shop's bucket; `sent` is set
        once the request is on the wire."""
        wait = self.pacer.wait_for(cost)
        if wait > 0:
            with rate_limit_wait():
                await self.session.policy.retry.sleep(wait)
        self.pacer.spend(cost)
        payload = {"query": docs.ALL_DOCUMENTS[name], "operationName": name, "variables": dict(variables)}
        response = await self.session.request("POST", self.base, json=payload, sent=sent)
        data: dict[str, Any] = response.body["data"]
        return data

    # --- app.core.ports.Connector ----------------------------------------------------------

    async def test_connection(self) -> str:
        data = await self.query("ShopIdentity", {}, 1)
        shop = data.get("shop") or {}
        chosen = self.setting("location_id")
        if chosen:
            locations = await self.locations()
            if location_gid(chosen) not in locations:
                names = ", ".join(f"{name} ({gid.rsplit('/', 1)[-1]})" for gid, name in locations.items())
                raise ConfigError(
                    f"The location {chosen} is not in this shop. Its locations: {names or 'none'}."
                )
        return (
            f"Connected to the Shopify shop “{shop.get('name', '?')}” ({shop.get('myshopifyDomain', '?')}), "
            f"API version {self.api_version}."
        )

    async def locations(self) -> dict[str, str]:
        """Active locations: id -> name."""
        found: dict[str, str] = {}
        after: str | None = None
        guard = self.page_guard()
        while True:
            data = await self.query("Locations", {"first": docs.MAX_PAGE_SIZE, "after": after}, 502)
            connection = connection_of(data, "locations")
            for node in connection["nodes"]:
                if isinstance(node, dict) and isinstance(node.get("id"), str):
                    found[node["id"]] = str(node.get("name") or node["id"])
            after = next_cursor(connection)
            guard.page(connection["nodes"], where(self.base))
            if after is None:
                return found

    async def fetch_inventory(self) -> AsyncIterator[Page[InventoryRecord]]:
        async with contextlib.aclosing(self.fetch_inventory_bulk()) as pages:
            async for page in pages:
                yield records_page(page)

    async def fetch_inventory_bulk(self) -> AsyncGenerator[Page[InventoryRecord]]:
        """The stock route: the variants as stock rows (shopify_mapping.variant_row)."""
        async for page in self._inventory_pages(self._inventory_rows_page):
            yield page

    async def _inventory_pages(
        self, build: Callable[[Sequence[Any]], Page[InventoryRecord]]
    ) -> AsyncIterator[Page[InventoryRecord]]:
        chosen = self.setting("location_id")
        variables: dict[str, Any]
        if chosen:
            name, levels, variables = "InventoryOneLocation", None, {"locationId": location_gid(chosen)}
        else:
            levels = max(1, min(docs.MAX_PAGE_SIZE, len(await self.locations())))
            name, variables = "InventoryAllLocations", {"levels": levels}
        size = docs.inventory_page_size(levels)

        async def variants(after: str | None, sent: asyncio.Event | None = None) -> dict[str, Any]:
            nonlocal size
            while True:
                try:
                    cost = docs.inventory_query_cost(size, levels)
                    data = await self.query(name, {**variables, "first": size, "after": after}, cost, sent)
                except QueryTooExpensive:
                    if size == 1:
                        raise
                    size = max(1, size // 2)
                    continue
                return connection_of(data, "productVariants")

        # The next page is asked for as soon as this one's cursor is read, and this page is mapped once
        # that request is on the wire, so the store prepares it meanwhile: still one request at a
        # time, in order, each paced by the bucket. Its failure surfaces after this page is handed on.
        guard = self.page_guard()
        following: asyncio.Task[dict[str, Any]] | None = asyncio.ensure_future(variants(None))
        try:
            while following is not None:
                connection = await following
                after = next_cursor(connection)
                nodes = connection["nodes"]
                guard.page(nodes, where(self.base))
                if after is None:
                    following = None
                    yield build(nodes)
                    continue
                following, page = await read_ahead(
                    functools.partial(variants, after), functools.partial(build, nodes)
                )
                yield page
        finally:
            if following is not None:
                await abandon(following)

    @staticmethod
    def _variant_rows(nodes: Sequence[Any]) -> tuple[list[StockRow], list[ItemFailure]]:
        rows: list[StockRow] = []
        failures: list[ItemFailure] = []
        for node in nodes:
            try:
                mapped = variant_row(node)
            except RecordRejected as error:
                key = str(node.get("sku") or node.get("id") or "?")
                failures.append(ItemFailure(key, str(error), "invalid_record"))
                continue
            (failures if type(mapped) is ItemFailure else rows).append(mapped)  # type: ignore[arg-type]
        return rows, failures

    def _inventory_rows_page(self, nodes: Sequence[Any]) -> Page[InventoryRecord]:
        rows, failures = self._variant_rows(nodes)
        return Page([], failures, bulk=BulkRows(rows_text(rows), len(rows)))

    async def fetch_orders(self, since: str | None) -> AsyncIterator[Page[OrderRecord]]:
        # >= rather than >: re-reading the boundary second is harmless (orders upsert by id);
        # skipping it could lose an order changed in that second.
        search = f"updated_at:>='{since}'" if since else None
        statuses = self._statuses()
        newest = since
        after: str | None = None
        size = self.orders_page_size
        guard = self.page_guard()
        while True:
            variables = {"first": size, "after": after, "query": search}
            data = await self.query("OrdersUpdatedSince", variables, docs.orders_query_cost(size))
            connection = connection_of(data, "orders")
            records: list[OrderRecord] = []
            failures: list[ItemFailure] = []
            for node in connection["nodes"]:
                mapped = order_record(node, statuses) if isinstance(node, dict) else None
                if isinstance(mapped, OrderRecord):
                    records.append(mapped)
                    if mapped.updated_at is not None:
                        newest = mapped.updated_at.isoformat().replace("+00:00", "Z")
                else:
                    failures.append(
                        mapped or ItemFailure("?", "Shopify sent an unreadable order.", "MALFORMED")
                    )
            after = next_cursor(connection)
            guard.page(connection["nodes"], where(self.base))
            yield Page(records, failures, cursor=newest)
            if after is None:
                return

    def _statuses(self) -> dict[str, OrderStatus]:
        overrides = self.settings.get("status_map")
        return status_map(self.platform, overrides if isinstance(overrides, dict) else None)

    async def push_stock(self, updates: Sequence[StockUpdate]) -> PushResult:
        chosen = self.setting("location_id")
        if not chosen:
            raise ConfigError("Choose the Shopify location to write stock to (store setting “Location”).")
        return await StockWriter(self.query, location_gid(chosen)).push(updates)


CONNECTOR = ShopifyConnector
