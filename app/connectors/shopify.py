"""Shopify through the Admin GraphQL API only (REST is legacy): stock per location, orders by
updated_at, stock writes with inventorySetQuantities (changeFromQuantity + @idempotent, 2026-04 rules).

Every call is paced by the shop's live cost bucket; errors that Shopify reports inside a 200 are
turned into the same typed errors as HTTP statuses."""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any, ClassVar

import httpx

from app.connectors import shopify_documents as docs
from app.connectors.base import HttpConnector
from app.connectors.guard import RecordRejected
from app.connectors.http import Credentials, JsonResponse, is_loopback
from app.connectors.policy import retry_after_seconds
from app.connectors.shopify_cost import COST_PACERS, CostPacer, read_cost
from app.connectors.shopify_mapping import (
    QueryTooExpensive,
    graphql_error,
    order_record,
    user_error_failures,
    variant_record,
)
from app.core.errors import AuthError, ConfigError, ConnectorError, InvalidResponse, TransientError
from app.core.models import (
    InventoryRecord,
    ItemFailure,
    JobKind,
    OrderRecord,
    OrderStatus,
    Platform,
    StockUpdate,
)
from app.core.platforms import status_map
from app.core.ports import Page, PushResult

_VERSION = re.compile(r"^(\d{4})-(01|04|07|10)$")
_LOCATION_GID = "gid://shopify/Location/"
SKU_LOOKUP_BATCH = 50
PUSH_REASON = "correction"


def shop_host(value: str) -> str:
    """ "my-shop", "my-shop.myshopify.com" or "https://my-shop.myshopify.com/admin" -> the host[:port]."""
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
    supported_jobs = frozenset({JobKind.INVENTORY_PULL, JobKind.ORDERS_PULL, JobKind.STOCK_PUSH})
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
            return TransientError("Shopify asked us to slow down (HTTP 429).", retry_after=wait)
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

    async def query(self, name: str, variables: Mapping[str, Any], cost: float) -> dict[str, Any]:
        """Runs the document `name` after waiting for `cost` points in the shop's bucket."""
        wait = self.pacer.wait_for(cost)
        if wait > 0:
            await self.session.policy.retry.sleep(wait)
        self.pacer.spend(cost)
        payload = {"query": docs.ALL_DOCUMENTS[name], "operationName": name, "variables": dict(variables)}
        response = await self.session.request("POST", self.base, json=payload)
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
        while True:
            data = await self.query("Locations", {"first": docs.MAX_PAGE_SIZE, "after": after}, 502)
            connection = _connection(data, "locations")
            for node in connection["nodes"]:
                if isinstance(node, dict) and isinstance(node.get("id"), str):
                    found[node["id"]] = str(node.get("name") or node["id"])
            after = _next_cursor(connection)
            if after is None:
                return found

    async def fetch_inventory(self) -> AsyncIterator[Page[InventoryRecord]]:
        chosen = self.setting("location_id")
        variables: dict[str, Any]
        if chosen:
            name, levels, variables = "InventoryOneLocation", None, {"locationId": location_gid(chosen)}
        else:
            levels = max(1, min(docs.MAX_PAGE_SIZE, len(await self.locations())))
            name, variables = "InventoryAllLocations", {"levels": levels}
        size = docs.inventory_page_size(levels)
        after: str | None = None
        while True:
            try:
                cost = docs.inventory_query_cost(size, levels)
                data = await self.query(name, {**variables, "first": size, "after": after}, cost)
            except QueryTooExpensive:
                if size == 1:
                    raise
                size = max(1, size // 2)
                continue
            connection = _connection(data, "productVariants")
            yield self._inventory_page(connection["nodes"])
            after = _next_cursor(connection)
            if after is None:
                return

    def _inventory_page(self, nodes: Sequence[Any]) -> Page[InventoryRecord]:
        records: list[InventoryRecord] = []
        failures: list[ItemFailure] = []
        for node in nodes:
            if not isinstance(node, dict):
                failures.append(
                    ItemFailure("?", "Shopify sent a variant that is not an object.", "MALFORMED")
                )
                continue
            try:
                mapped = variant_record(node)
            except RecordRejected as error:
                key = str(node.get("sku") or node.get("id") or "?")
                failures.append(ItemFailure(key, str(error), "invalid_record"))
                continue
            (records if isinstance(mapped, InventoryRecord) else failures).append(mapped)  # type: ignore[arg-type]
        return Page(records, failures)

    async def fetch_orders(self, since: str | None) -> AsyncIterator[Page[OrderRecord]]:
        # >= rather than >: re-reading the boundary second is harmless (orders upsert by id);
        # skipping it could lose an order changed in that second.
        search = f"updated_at:>='{since}'" if since else None
        statuses = self._statuses()
        newest = since
        after: str | None = None
        size = self.orders_page_size
        while True:
            variables = {"first": size, "after": after, "query": search}
            data = await self.query("OrdersUpdatedSince", variables, docs.orders_query_cost(size))
            connection = _connection(data, "orders")
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
            yield Page(records, failures, cursor=newest)
            after = _next_cursor(connection)
            if after is None:
                return

    def _statuses(self) -> dict[str, OrderStatus]:
        overrides = self.settings.get("status_map")
        return status_map(self.platform, overrides if isinstance(overrides, dict) else None)

    async def push_stock(self, updates: Sequence[StockUpdate]) -> PushResult:
        chosen = self.setting("location_id")
        if not chosen:
            raise ConfigError("Choose the Shopify location to write stock to (store setting “Location”).")
        location = location_gid(chosen)
        items, failures = await self._resolve_items(updates)
        written = 0
        for start in range(0, len(items), docs.MAX_PAGE_SIZE):
            chunk = items[start : start + docs.MAX_PAGE_SIZE]
            done, refused = await self._set_quantities(chunk, location)
            written += done
            failures.extend(refused)
        return PushResult(written, failures)

    async def _resolve_items(
        self, updates: Sequence[StockUpdate]
    ) -> tuple[list[tuple[StockUpdate, str]], list[ItemFailure]]:
        """Each update with its inventory item id; SKUs without a remote id are looked up by SKU."""
        known = [(u, u.remote_id) for u in updates if u.remote_id]
        missing = [u for u in updates if not u.remote_id]
        failures: list[ItemFailure] = []
        for start in range(0, len(missing), SKU_LOOKUP_BATCH):
            batch = missing[start : start + SKU_LOOKUP_BATCH]
            search = " OR ".join(f"sku:'{u.sku.replace(chr(39), '')}'" for u in batch)
            data = await self.query("VariantsBySku", {"first": docs.MAX_PAGE_SIZE, "query": search}, 502)
            found: dict[str, str] = {}
            for node in _connection(data, "productVariants", paged=False)["nodes"]:
                item = node.get("inventoryItem") if isinstance(node, dict) else None
                if isinstance(item, dict) and isinstance(node.get("sku"), str) and item.get("id"):
                    found.setdefault(node["sku"], str(item["id"]))
            for update in batch:
                if update.sku in found:
                    known.append((update, found[update.sku]))
                else:
                    failures.append(ItemFailure(update.sku, "No Shopify variant has this SKU.", "NOT_FOUND"))
        return [(u, remote) for u, remote in known if remote], failures

    async def _set_quantities(
        self, chunk: Sequence[tuple[StockUpdate, str]], location: str
    ) -> tuple[int, list[ItemFailure]]:
        """One all-or-nothing mutation; when some items are refused, the others are sent again once."""
        failures: list[ItemFailure] = []
        pending = list(chunk)
        for _round in range(2):
            if not pending:
                break
            skus = [update.sku for update, _ in pending]
            key = str(uuid.uuid4())
            variables = {
                "idempotencyKey": key,
                "input": {
                    "name": "available",
                    "reason": PUSH_REASON,
                    "referenceDocumentUri": f"storesync://stock-push/{key}",
                    "quantities": [
                        {
                            "inventoryItemId": remote,
                            "locationId": location,
                            "quantity": update.quantity,
                            "changeFromQuantity": update.expected_quantity,
                        }
                        for update, remote in pending
                    ],
                },
            }
            data = await self.query("SetAvailableQuantities", variables, 10)
            payload = data.get("inventorySetQuantities")
            if not isinstance(payload, dict):
                raise InvalidResponse("Shopify sent no result for the stock update.")
            refused = user_error_failures(payload.get("userErrors") or [], skus, skus)
            if payload.get("inventoryAdjustmentGroup") is not None or not refused:
                return len(pending) - len({f.key for f in refused}), failures + refused
            failures.extend(refused)
            refused_skus = {f.key for f in refused}
            pending = [(u, r) for u, r in pending if u.sku not in refused_skus]
        return 0, failures + [
            ItemFailure(u.sku, "Shopify did not apply this change.", "NOT_APPLIED") for u, _ in pending
        ]


def _connection(data: Mapping[str, Any], field: str, *, paged: bool = True) -> dict[str, Any]:
    connection = data.get(field)
    if not isinstance(connection, dict) or not isinstance(connection.get("nodes"), list):
        raise InvalidResponse(f"Shopify's answer has no {field} list.")
    if paged and not isinstance(connection.get("pageInfo"), dict):
        raise InvalidResponse(f"Shopify's answer has no page information for {field}.")
    return connection


def _next_cursor(connection: Mapping[str, Any]) -> str | None:
    info = connection["pageInfo"]
    if not info.get("hasNextPage"):
        return None
    cursor = info.get("endCursor")
    if not isinstance(cursor, str) or not cursor:
        raise InvalidResponse("Shopify said there are more pages but sent no cursor for the next one.")
    return cursor


CONNECTOR = ShopifyConnector
