"""BaseLinker: RPC calls to connector.php (X-BLToken; `method` + JSON `parameters`), 100 requests a
minute per token shared by every job using it. A blocked token (ERROR_BLOCKED_TOKEN "... blocked
until <Warsaw time>") pauses every connector on that token until the stated time."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.connectors.base import MAP_SLICE, HttpConnector
from app.connectors.http import Credentials, JsonResponse, where
from app.connectors.record_fields import RecordRejected, read_money, read_quantity, read_text, read_timestamp
from app.core.errors import AuthError, ConfigError, InvalidResponse, RateLimited, RemoteError
from app.core.models import InventoryRecord, ItemFailure, OrderRecord, Platform, StockUpdate
from app.core.ports import Page, PushResult

API_URL = "https://api.baselinker.com/connector.php"
PAGE_SIZE = 1000  # getInventoryProductsList / getInventoryProductsStock / updateInventoryProductsStock
ORDERS_PER_CALL = 100
LIST_OPTIONS = {"include_variants": True, "filter_sort": "id ASC"}  # variants are SKUs of their own
_BLOCKED_UNTIL = re.compile(r"(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})")
_AUTH_CODES = {"ERROR_BAD_TOKEN", "ERROR_USER_ACCOUNT_BLOCKED", "ERROR_NO_PERMISSION", "ERROR_TOKEN_EXPIRED"}


def warsaw_to_utc(local: datetime) -> datetime:
    """A naive Europe/Warsaw wall time as UTC (CET/CEST rules built in when no tz database is there)."""
    try:
        return local.replace(tzinfo=ZoneInfo("Europe/Warsaw")).astimezone(UTC)
    except ZoneInfoNotFoundError:
        year = local.year
        summer_start = _last_sunday(year, 3).replace(hour=2)
        summer_end = _last_sunday(year, 10).replace(hour=3)
        offset = 2 if summer_start <= local < summer_end else 1
        return (local - timedelta(hours=offset)).replace(tzinfo=UTC)


def _last_sunday(year: int, month: int) -> datetime:
    day = datetime(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() - 6) % 7)


def blocked_until(message: str) -> datetime:
    """The end of a token block from BaseLinker's message; a minute from now when it names no time."""
    match = _BLOCKED_UNTIL.search(message)
    if match is None:
        return datetime.now(UTC) + timedelta(minutes=1)
    return warsaw_to_utc(datetime.fromisoformat(f"{match.group(1)} {match.group(2)}"))


class TokenBlocks:
    """Process-wide: token digest -> when BaseLinker lifts its block, so no job on it sends meanwhile."""

    def __init__(self) -> None:
        self._until: dict[str, datetime] = {}

    @staticmethod
    def _key(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    def block(self, token: str, until: datetime) -> None:
        self._until[self._key(token)] = until

    def until(self, token: str) -> datetime | None:
        found = self._until.get(self._key(token))
        if found is not None and found <= datetime.now(UTC):
            self._until.pop(self._key(token), None)
            return None
        return found


TOKEN_BLOCKS = TokenBlocks()


def block_message(until: datetime) -> str:
    return (
        "BaseLinker blocked the API token for sending too many requests (limit: 100 a minute); "
        f"syncs on this token resume at {until:%H:%M:%S} UTC."
    )


class BaseLinkerConnector(HttpConnector):
    platform: ClassVar[Platform] = Platform.BASELINKER

    def base_url(self) -> str:
        return str(self.settings.get("api_url") or API_URL)

    def credentials(self) -> Credentials:
        return Credentials.header("X-BLToken", self.secret("api_token"))

    def rate_limit_credential(self) -> str:
        return self.secret("api_token")

    @property
    def inventory_id(self) -> int:
        value = self.required_setting("inventory_id")
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ConfigError(f"The BaseLinker catalog ID should be a number, not “{value}”.") from None

    def check_body(self, response: JsonResponse) -> None:
        body = response.body
        if not isinstance(body, dict) or "status" not in body:
            raise InvalidResponse("BaseLinker sent an answer without a status.")
        if body["status"] == "SUCCESS":
            return
        code = str(body.get("error_code") or "")
        message = str(body.get("error_message") or "")[:300]
        if code == "ERROR_BLOCKED_TOKEN":
            until = blocked_until(message)
            TOKEN_BLOCKS.block(self.secret("api_token"), until)
            raise RateLimited(block_message(until), until)
        if code in _AUTH_CODES:
            raise AuthError(
                f"BaseLinker refused the API token: {message or code}. Check it under My account > API."
            )
        if code.startswith("ERROR_INVENTORY") or code.startswith("ERROR_STORAGE"):
            raise ConfigError(
                f"BaseLinker: {message or code} — check the catalog ID in the store's settings."
            )
        raise RemoteError(
            f"BaseLinker answered with an error: {message or code or 'no message'}", code=code or None
        )

    async def call(self, method: str, parameters: Mapping[str, Any]) -> dict[str, Any]:
        """One RPC call; refused at once while the token is blocked, so the block is not extended."""
        until = TOKEN_BLOCKS.until(self.secret("api_token"))
        if until is not None:
            raise RateLimited(block_message(until), until)
        form = {"method": method, "parameters": json.dumps(dict(parameters), separators=(",", ":"))}
        response = await self.session.request("POST", self.base, data=form)
        body: dict[str, Any] = response.body
        return body

    # --- app.core.ports.Connector ----------------------------------------------------------

    async def test_connection(self) -> str:
        body = await self.call("getInventories", {})
        inventories = body.get("inventories")
        if not isinstance(inventories, list):
            raise InvalidResponse("BaseLinker sent no catalog list.")
        wanted = self.inventory_id
        chosen = next(
            (i for i in inventories if isinstance(i, dict) and i.get("inventory_id") == wanted), None
        )
        if chosen is None:
            ids = ", ".join(str(i.get("inventory_id")) for i in inventories if isinstance(i, dict))
            raise ConfigError(
                f"BaseLinker has no catalog {wanted}; the catalogs of this account: {ids or 'none'}."
            )
        warehouses = [str(w) for w in chosen.get("warehouses") or []]
        warehouse = self.settings.get("warehouse_id")
        if warehouse and warehouse not in warehouses:
            raise ConfigError(
                f"The warehouse {warehouse} is not in catalog {wanted}; "
                f"its warehouses: {', '.join(warehouses)}."
            )
        return (
            f"Connected to BaseLinker: catalog “{chosen.get('name', wanted)}” (ID {wanted}), "
            f"warehouses {', '.join(warehouses) or 'none'}."
        )

    async def fetch_inventory(self) -> AsyncIterator[Page[InventoryRecord]]:
        """List page N gives SKUs, names and (in current API versions) stock per warehouse; when a
        page comes without stock, stock page N supplies it. Both walk products by id."""
        listed: dict[str, dict[str, Any]] = {}
        stocked: dict[str, dict[str, Any]] = {}
        page = 1
        guard = self.page_guard()
        while True:
            parameters = {"inventory_id": self.inventory_id, "page": page}
            products = _products(await self.call("getInventoryProductsList", {**parameters, **LIST_OPTIONS}))
            listed.update(products)
            if all(isinstance(product.get("stock"), dict) for product in products.values()):
                stocked.update(products)
                last = len(products) < PAGE_SIZE
            else:
                stock = _products(await self.call("getInventoryProductsStock", parameters))
                stocked.update(stock)
                last = len(products) < PAGE_SIZE and len(stock) < PAGE_SIZE
            guard.page(products, where(self.base))
            ready = [pid for pid in listed if pid in stocked or last]
            pairs = [(listed.pop(pid), stocked.pop(pid, None)) for pid in ready]
            records: list[InventoryRecord] = []
            failures: list[ItemFailure] = []
            # A page of 1000 products is mapped a slice at a time, letting the event loop run between.
            for start in range(0, len(pairs), MAP_SLICE):
                await asyncio.sleep(0)
                mapped = self._inventory_page(pairs[start : start + MAP_SLICE])
                records += mapped.records
                failures += mapped.failures
            yield Page(records, failures)
            if last:
                return
            page += 1

    def _inventory_page(
        self, pairs: Sequence[tuple[dict[str, Any], dict[str, Any] | None]]
    ) -> Page[InventoryRecord]:
        records: list[InventoryRecord] = []
        failures: list[ItemFailure] = []
        warehouse = self.settings.get("warehouse_id") or None
        for product, stock in pairs:
            key = str(product.get("sku") or product.get("id") or "?")
            try:
                records.append(_inventory_record(product, stock, warehouse))
            except RecordRejected as error:
                failures.append(ItemFailure(key, str(error), "invalid_record"))
        return Page(records, failures)

    async def fetch_orders(self, since: str | None) -> AsyncIterator[Page[OrderRecord]]:
        """New orders by id: the cursor is the next order id to read."""
        names = await self._status_names()
        next_id = int(since) if since and since.isdigit() else 0
        guard = self.page_guard()
        while True:
            body = await self.call("getOrders", {"id_from": next_id, "get_unconfirmed_orders": True})
            orders = body.get("orders")
            if not isinstance(orders, list):
                raise InvalidResponse("BaseLinker sent no order list.")
            records: list[OrderRecord] = []
            failures: list[ItemFailure] = []
            for raw in orders:
                try:
                    record = self._order(raw, names)
                except RecordRejected as error:
                    key = str(raw.get("order_id")) if isinstance(raw, dict) else "?"
                    failures.append(ItemFailure(key, str(error), "invalid_record"))
                    continue
                records.append(record)
                next_id = max(next_id, int(record.external_id) + 1)
            guard.page(orders, where(self.base))
            yield Page(records, failures, cursor=str(next_id))
            if len(orders) < ORDERS_PER_CALL:
                return

    async def _status_names(self) -> dict[int, str]:
        body = await self.call("getOrderStatusList", {})
        statuses = body.get("statuses") or []
        return {s["id"]: str(s.get("name", s["id"])) for s in statuses if isinstance(s, dict) and "id" in s}

    def _order(self, raw: Any, names: Mapping[int, str]) -> OrderRecord:
        if not isinstance(raw, dict) or not isinstance(raw.get("order_id"), int):
            raise RecordRejected("order without an id")
        remote = names.get(raw.get("order_status_id", -1), str(raw.get("order_status_id", "")))
        total = read_money(raw.get("delivery_price"), "delivery price") or Decimal(0)
        for line in raw.get("products") or []:
            if not isinstance(line, dict):
                raise RecordRejected("order line is not an object")
            price = read_money(line.get("price_brutto"), "product price") or Decimal(0)
            total += price * read_quantity(line.get("quantity"), "product quantity")
        return OrderRecord(
            external_id=str(raw["order_id"]),
            number=read_text(raw.get("external_order_id"), "number") or str(raw["order_id"]),
            status=self.map_status(remote),
            remote_status=remote,
            total=total,
            currency=read_text(raw.get("currency"), "currency"),
            created_at=read_timestamp(raw.get("date_add"), "date_add"),
            updated_at=read_timestamp(raw.get("date_in_status"), "date_in_status"),
            raw=raw,
            customer_country=read_text(raw.get("delivery_country_code"), "delivery country", max_length=60),
            tracking=read_text(raw.get("delivery_package_nr"), "package number", max_length=200),
        )

    async def push_stock(self, updates: Sequence[StockUpdate]) -> PushResult:
        warehouse = self.settings.get("warehouse_id")
        if not warehouse:
            raise ConfigError(
                "Choose the BaseLinker warehouse to write stock to (store setting “Warehouse”)."
            )
        ids, failures = await self._product_ids(updates)
        written = 0
        for start in range(0, len(ids), PAGE_SIZE):
            chunk = ids[start : start + PAGE_SIZE]
            by_id = {product_id: update for update, product_id in chunk}
            products = {product_id: {warehouse: update.quantity} for update, product_id in chunk}
            body = await self.call(
                "updateInventoryProductsStock", {"inventory_id": self.inventory_id, "products": products}
            )
            warnings = body.get("warnings")
            refused = warnings if isinstance(warnings, dict) else {}
            for product_id, message in refused.items():
                sku = by_id[str(product_id)].sku if str(product_id) in by_id else str(product_id)
                failures.append(ItemFailure(sku, f"BaseLinker: {str(message)[:200]}", "WARNING"))
            written += len(chunk) - len([p for p in refused if str(p) in by_id])
        return PushResult(written, failures)

    async def _product_ids(
        self, updates: Sequence[StockUpdate]
    ) -> tuple[list[tuple[StockUpdate, str]], list[ItemFailure]]:
        """BaseLinker writes by product id: take the remote id, else look the SKU up in the catalog."""
        found = [(u, str(u.remote_id)) for u in updates if u.remote_id]
        missing = {u.sku: u for u in updates if not u.remote_id}
        page = 1
        while missing:
            parameters = {"inventory_id": self.inventory_id, "page": page}
            products = _products(await self.call("getInventoryProductsList", {**parameters, **LIST_OPTIONS}))
            for product_id, product in products.items():
                update = missing.pop(str(product.get("sku")), None)
                if update is not None:
                    found.append((update, product_id))
            if len(products) < PAGE_SIZE:
                break
            page += 1
        failures = [
            ItemFailure(sku, "No product in the BaseLinker catalog has this SKU.", "NOT_FOUND")
            for sku in missing
        ]
        return found, failures


def _products(body: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """`products` of a list or stock answer: an object keyed by product id (an empty page may be [])."""
    products = body.get("products")
    if products == []:
        return {}
    if not isinstance(products, dict):
        raise InvalidResponse("BaseLinker sent no product list.")
    return {str(k): v for k, v in products.items() if isinstance(v, dict)}


def _inventory_record(
    product: Mapping[str, Any], stock: Mapping[str, Any] | None, warehouse: str | None
) -> InventoryRecord:
    sku = read_text(product.get("sku"), "sku", required=True).strip()
    levels = stock.get("stock") if isinstance(stock, Mapping) else None
    locations = tuple(
        (str(name), read_quantity(value, f"stock in {name}")) for name, value in (levels or {}).items()
    )
    if warehouse is not None:
        chosen = [quantity for name, quantity in locations if name == warehouse]
        quantity = chosen[0] if chosen else 0
    else:
        quantity = sum(quantity for _, quantity in locations)
    prices = product.get("prices")
    price_value = next(iter(prices.values()), None) if isinstance(prices, dict) and prices else None
    return InventoryRecord(
        sku=sku,
        quantity=quantity,
        name=read_text(product.get("name"), "name"),
        price=read_money(price_value),
        remote_id=str(product.get("id") or (stock or {}).get("product_id") or "") or None,
        locations=locations,
    )


CONNECTOR = BaseLinkerConnector
