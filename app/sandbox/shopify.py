"""Shopify Admin GraphQL simulator: the operations StoreSync sends, with Shopify's cost-based throttling.

    POST /admin/api/{version}/graphql.json   header X-Shopify-Access-Token, body {query, variables}

Operations are recognised by name (ShopIdentity, Locations, InventoryAllLocations,
InventoryOneLocation, VariantsBySku, OrdersUpdatedSince, SetAvailableQuantities). Every answer
carries `extensions.cost` from a leaky bucket; a query that does not fit gets THROTTLED inside a
200 (or a 429 with `throttle_status=429`), one above 1000 points MAX_COST_EXCEEDED. The mutation
needs `@idempotent(key:)` and `changeFromQuantity` (2026-04 rules), is all-or-nothing, and a
repeated key replays the first answer. Location 1 holds the catalog's quantity; other locations
start empty.

The default bucket (2,000 points, as on Shopify's Standard plan) refills at 10,000,000 points/s,
5,000 times the largest published restore rate (2,000/s): no plan is modelled and no client, the
benchmark's raw replay included, is ever paced by it, so a benchmark measures the client, not the
budget. Standard is `bucket_size=2000, restore_rate=100`; the other plans restore 200, 1000, 2000.
"""

from __future__ import annotations

import base64
import re
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar

from app.sandbox.catalog import Order, Product
from app.sandbox.faults import Fault, FaultKind
from app.sandbox.messages import Request, Response, json_response
from app.sandbox.server import SimulatorServer

MAX_COST = 1000
_VARIANT = "gid://shopify/ProductVariant/"
_ITEM = "gid://shopify/InventoryItem/"
_LOCATION = "gid://shopify/Location/"
_ORDER = "gid://shopify/Order/"
_SINCE = re.compile(r"updated_at:(>=?)'?([^' ]+)'?")
_SKU_TERM = re.compile(r"sku:'?([^' ]+)'?")


def _cursor(index: int) -> str:
    return base64.b64encode(f"idx:{index}".encode()).decode()


def _offset(cursor: Any) -> int:
    """The index after `cursor` (0 without one); an unreadable cursor starts over, as a bad one would."""
    if not isinstance(cursor, str):
        return 0
    try:
        return int(base64.b64decode(cursor).decode().split(":", 1)[1]) + 1
    except (ValueError, IndexError):
        return 0


def _first(variables: dict[str, Any], default: int = 50) -> int:
    value = variables.get("first", default)
    return max(1, min(250, int(value))) if isinstance(value, int) else default


def _error(message: str, code: str) -> dict[str, Any]:
    return {"message": message, "extensions": {"code": code}}


class ShopifySimulator(SimulatorServer):
    platform: ClassVar[str] = "shopify"
    DEMO_CREDENTIALS: ClassVar[dict[str, str]] = {"access_token": "shpat_demo0000000000000000000000000"}

    def __init__(
        self,
        *args: Any,
        locations: int = 2,
        bucket_size: float = 2000.0,
        restore_rate: float = 10_000_000.0,
        throttle_status: int = 200,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.locations = max(1, locations)
        self.bucket_size = bucket_size
        self.restore_rate = restore_rate
        self.throttle_status = throttle_status
        self.shop_inactive = False
        self.mutations_applied = 0
        self.throttled = 0  # THROTTLED answers given
        self.before_mutation: Callable[[], object] | None = None  # once, e.g. a sale racing a stock write
        self._available = bucket_size
        self._stamp = time.monotonic()
        self._extra: dict[tuple[int, int], int] = {}  # (product index, location number) -> quantity
        self._replies: dict[str, dict[str, Any]] = {}
        self._state = threading.Lock()
        self.route("POST", "/admin/api/{version}/graphql.json", self._graphql)

    def store_settings(self) -> dict[str, Any]:
        return {"shop_domain": f"127.0.0.1:{self.port}", "api_version": "2026-04"}

    def location_quantity(self, sku: str, location: int) -> int | None:
        product = self.catalog.get(sku)
        if product is None:
            return None
        return product.quantity if location == 1 else self._extra.get((product.id - 1, location), 0)

    def fault_response(self, fault: Fault, request: Request) -> Response:
        if fault.kind is FaultKind.RATE_LIMIT:
            return json_response(
                {
                    "errors": "Exceeded 2 calls per second for api client. Reduce request "
                    "rates to resume uninterrupted service."
                },
                429,
                {"Retry-After": f"{fault.retry_after:g}"},
            )
        if fault.kind is FaultKind.UNAUTHORIZED:
            return json_response(
                {"errors": "[API] Invalid API key or access token (unrecognized login or wrong password)"},
                401,
            )
        return super().fault_response(fault, request)

    # --- the endpoint -------------------------------------------------------------------------

    def _graphql(self, request: Request) -> Response:
        if request.headers.get("x-shopify-access-token") != self.credentials.get("access_token"):
            return self.fault_response(Fault(FaultKind.UNAUTHORIZED), request)
        if self.shop_inactive:
            return json_response({"errors": [_error("This shop is unavailable", "SHOP_INACTIVE")]})
        body = request.json()
        query = str(body.get("query", ""))
        variables = body.get("variables") or {}
        name = body.get("operationName") or _operation_name(query)
        handler = self._operations().get(str(name))
        if handler is None:
            return json_response({"errors": [_error(f"Unknown operation {name!r}", "BAD_REQUEST")]})
        requested = self._requested_cost(str(name), variables)
        if requested > MAX_COST:
            return json_response(
                {
                    "errors": [
                        _error(
                            f"Query cost is {requested}, which exceeds the single query max cost limit "
                            f"({MAX_COST}).",
                            "MAX_COST_EXCEEDED",
                        )
                    ],
                    "extensions": {"cost": self._cost(requested, None)},
                }
            )
        with self._state:
            self._refill()
            if requested > self._available:
                self.throttled += 1
                payload = {
                    "errors": [_error("Throttled", "THROTTLED")],
                    "extensions": {"cost": self._cost(requested, None)},
                }
                return json_response(payload, self.throttle_status)
            self._available -= requested
        data, actual = handler(query, variables)
        if isinstance(data, Response):
            return data
        with self._state:
            self._available = min(self.bucket_size, self._available + max(0, requested - actual))
            cost = self._cost(requested, actual)
        return json_response({"data": data, "extensions": {"cost": cost}})

    def _operations(self) -> dict[str, Any]:
        return {
            "ShopIdentity": self._shop,
            "Locations": self._locations,
            "InventoryAllLocations": self._inventory,
            "InventoryOneLocation": self._inventory,
            "VariantsBySku": self._by_sku,
            "OrdersUpdatedSince": self._orders,
            "SetAvailableQuantities": self._set_quantities,
        }

    # --- cost ---------------------------------------------------------------------------------

    def _requested_cost(self, name: str, variables: dict[str, Any]) -> int:
        first = _first(variables)
        if name == "InventoryAllLocations":
            levels = max(1, min(250, int(variables.get("levels", 1))))
            return 2 + first * (4 + 3 * levels)
        if name == "InventoryOneLocation":
            return 2 + first * 5
        if name in ("OrdersUpdatedSince",):
            return 2 + first * 3
        if name in ("Locations", "VariantsBySku"):
            return 2 + first * 2
        if name == "SetAvailableQuantities":
            return 10
        return 1

    def _refill(self) -> None:
        now = time.monotonic()
        self._available = min(self.bucket_size, self._available + (now - self._stamp) * self.restore_rate)
        self._stamp = now

    def _cost(self, requested: int, actual: int | None) -> dict[str, Any]:
        return {
            "requestedQueryCost": requested,
            "actualQueryCost": actual,
            "throttleStatus": {
                "maximumAvailable": self.bucket_size,
                "currentlyAvailable": int(self._available),
                "restoreRate": self.restore_rate,
            },
        }

    # --- operations ---------------------------------------------------------------------------

    def _shop(self, query: str, variables: dict[str, Any]) -> tuple[Any, int]:
        return {"shop": {"name": "StoreSync Demo Shop", "myshopifyDomain": "storesync-demo.myshopify.com"}}, 1

    def _locations(self, query: str, variables: dict[str, Any]) -> tuple[Any, int]:
        start, first = _offset(variables.get("after")), _first(variables)
        numbers = list(range(1, self.locations + 1))[start : start + first]
        nodes = [
            {"id": f"{_LOCATION}{n}", "name": "Warehouse" if n == 1 else f"Shop {n}", "isActive": True}
            for n in numbers
        ]
        has_next = start + first < self.locations
        info = {"hasNextPage": has_next, "endCursor": _cursor(start + len(nodes) - 1) if nodes else None}
        return {"locations": {"pageInfo": info, "nodes": nodes}}, 2 + 2 * len(nodes)

    def _level(self, product: Product, location: int) -> dict[str, Any]:
        quantity = product.quantity if location == 1 else self._extra.get((product.id - 1, location), 0)
        return {
            "location": {"id": f"{_LOCATION}{location}", "name": f"Location {location}"},
            "quantities": [{"name": "available", "quantity": quantity}],
        }

    def _inventory(self, query: str, variables: dict[str, Any]) -> tuple[Any, int]:
        start, first = _offset(variables.get("after")), _first(variables)
        products = self.catalog.slice(start, start + first)
        one = variables.get("locationId")
        levels = max(1, int(variables.get("levels", 1) or 1))
        nodes = []
        cost = 2
        for product in products:
            item: dict[str, Any] = {"id": f"{_ITEM}{product.id}", "tracked": True}
            if one is not None:
                number = int(str(one).rsplit("/", 1)[-1]) if str(one).startswith(_LOCATION) else 0
                known = 1 <= number <= self.locations
                item["inventoryLevel"] = self._level(product, number) if known else None
                cost += 5
            else:
                shown = list(range(1, self.locations + 1))[:levels]
                item["inventoryLevels"] = {
                    "pageInfo": {"hasNextPage": self.locations > levels},
                    "nodes": [self._level(product, n) for n in shown],
                }
                cost += 4 + 3 * len(shown)
            nodes.append(
                {
                    "id": f"{_VARIANT}{product.id}",
                    "sku": product.sku,
                    "displayName": product.name,
                    "price": product.price,
                    "updatedAt": product.updated_at,
                    "inventoryItem": item,
                }
            )
        has_next = start + len(products) < len(self.catalog)
        end = _cursor(start + len(products) - 1) if products else None
        info = {"hasNextPage": has_next, "endCursor": end}
        return {"productVariants": {"pageInfo": info, "nodes": nodes}}, cost

    def _by_sku(self, query: str, variables: dict[str, Any]) -> tuple[Any, int]:
        skus = _SKU_TERM.findall(str(variables.get("query", "")))
        found = [p for p in (self.catalog.get(sku) for sku in skus[: _first(variables)]) if p is not None]
        nodes = [{"sku": p.sku, "inventoryItem": {"id": f"{_ITEM}{p.id}"}} for p in found]
        return {"productVariants": {"nodes": nodes}}, 2 + 2 * len(nodes)

    def _orders(self, query: str, variables: dict[str, Any]) -> tuple[Any, int]:
        match = _SINCE.search(str(variables.get("query") or ""))
        orders = sorted(self.catalog.all_orders(), key=lambda o: (o.updated_at, o.id))
        if match:
            since = datetime.fromisoformat(match.group(2).replace("Z", "+00:00"))
            inclusive = match.group(1) == ">="
            orders = [o for o in orders if o.updated_at > since or (inclusive and o.updated_at == since)]
        start, first = _offset(variables.get("after")), _first(variables)
        page = orders[start : start + first]
        info = {
            "hasNextPage": start + first < len(orders),
            "endCursor": _cursor(start + len(page) - 1) if page else None,
        }
        return {"orders": {"pageInfo": info, "nodes": [_order_node(o) for o in page]}}, 2 + 3 * len(page)

    def _set_quantities(self, query: str, variables: dict[str, Any]) -> tuple[Any, int]:
        key = re.search(r"@idempotent\(\s*key:\s*\$(\w+)", query)
        value = variables.get(key.group(1)) if key else None
        if not isinstance(value, str) or not value.strip():
            return self._top_error(
                "The @idempotent directive with a non-empty key is required.", "BAD_REQUEST"
            ), 10
        with self._state:
            if value in self._replies:
                return self._replies[value], 10
            reply = self._apply(variables.get("input") or {})
            self._replies[value] = reply
        return reply, 10

    def _top_error(self, message: str, code: str) -> Response:
        return json_response({"errors": [_error(message, code)]})

    def _apply(self, given: dict[str, Any]) -> dict[str, Any]:
        hook, self.before_mutation = self.before_mutation, None
        if hook is not None:
            hook()
        errors: list[dict[str, Any]] = []
        writes: list[tuple[Product, int, int]] = []
        for position, entry in enumerate(given.get("quantities") or []):
            path = ["input", "quantities", str(position)]
            product = self._product_of(str(entry.get("inventoryItemId", "")))
            location = _number_of(str(entry.get("locationId", "")), _LOCATION)
            if product is None:
                errors.append(
                    _user_error(
                        [*path, "inventoryItemId"],
                        "The specified inventory item could not be found.",
                        "INVALID_INVENTORY_ITEM",
                    )
                )
            elif location is None or not 1 <= location <= self.locations:
                errors.append(
                    _user_error(
                        [*path, "locationId"],
                        "The specified location could not be found.",
                        "INVALID_LOCATION",
                    )
                )
            elif "changeFromQuantity" not in entry:
                errors.append(
                    _user_error(
                        [*path, "changeFromQuantity"],
                        "changeFromQuantity is required.",
                        "CHANGE_FROM_QUANTITY_STALE",
                    )
                )
            else:
                current = self.location_quantity(product.sku, location)
                expected = entry["changeFromQuantity"]
                if expected is not None and expected != current:
                    errors.append(
                        _user_error(
                            [*path, "changeFromQuantity"],
                            "The specified compare quantity does not match the current quantity.",
                            "CHANGE_FROM_QUANTITY_STALE",
                        )
                    )
                else:
                    writes.append((product, location, int(entry.get("quantity", 0))))
        if errors:
            return {"inventorySetQuantities": {"inventoryAdjustmentGroup": None, "userErrors": errors}}
        for product, location, quantity in writes:
            if location == 1:
                self.catalog.set_quantity(product.sku, quantity)
            else:
                self._extra[(product.id - 1, location)] = quantity
        self.mutations_applied += 1
        group = {"id": f"gid://shopify/InventoryAdjustmentGroup/{self.mutations_applied}"}
        return {"inventorySetQuantities": {"inventoryAdjustmentGroup": group, "userErrors": []}}

    def _product_of(self, item_id: str) -> Product | None:
        number = _number_of(item_id, _ITEM)
        if number is None or not 1 <= number <= len(self.catalog):
            return None
        return self.catalog.product(number - 1)


def _number_of(gid: str, prefix: str) -> int | None:
    if not gid.startswith(prefix) or not gid[len(prefix) :].isdigit():
        return None
    return int(gid[len(prefix) :])


def _user_error(field: list[str], message: str, code: str) -> dict[str, Any]:
    return {"field": field, "message": message, "code": code}


def _operation_name(query: str) -> str:
    match = re.search(r"\b(?:query|mutation)\s+(\w+)", query)
    return match.group(1) if match else ""


_FINANCIAL = {
    "pending": "PENDING",
    "paid": "PAID",
    "processing": "PAID",
    "shipped": "PAID",
    "delivered": "PAID",
    "cancelled": "VOIDED",
}


def _order_node(order: Order) -> dict[str, Any]:
    shipped = order.status in ("shipped", "delivered")
    return {
        "id": f"{_ORDER}{order.id}",
        "name": order.number,
        "displayFinancialStatus": _FINANCIAL.get(order.status, "PENDING"),
        "displayFulfillmentStatus": "FULFILLED" if shipped else "UNFULFILLED",
        "cancelledAt": order.updated_at if order.status == "cancelled" else None,
        "closed": order.status == "delivered",
        "createdAt": order.created_at,
        "updatedAt": order.updated_at,
        "totalPriceSet": {"shopMoney": {"amount": order.total, "currencyCode": order.currency}},
    }


SIMULATOR = ShopifySimulator
