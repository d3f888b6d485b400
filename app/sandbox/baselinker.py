"""BaseLinker RPC simulator: one endpoint, `method` + JSON `parameters` form fields, X-BLToken header.

    POST /connector.php   method=getInventoryProductsList&parameters={"inventory_id": 1, "page": 1}

getInventoryProductsList lists each product's stock per warehouse, as the current API does
(`list_stock=False`: without it, as older versions did, so getInventoryProductsStock is needed).
Every answer is HTTP 200 with `status` SUCCESS or ERROR. More than `limit_per_minute` requests in
60 s from one token block it for `block_seconds`: ERROR_BLOCKED_TOKEN "... blocked until <time>"
in Europe/Warsaw time, as BaseLinker words it. Warehouse bl_1 holds the catalog's quantity, bl_2
starts empty, shop_3 belongs to an external shop and cannot be written.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.sandbox.catalog import Order
from app.sandbox.faults import Fault, FaultKind
from app.sandbox.messages import Request, Response, json_response
from app.sandbox.server import SimulatorServer

PAGE_SIZE = 1000
ORDERS_PER_CALL = 100
INVENTORY_ID = 1
WAREHOUSES = ("bl_1", "bl_2", "shop_3")
WRITABLE = ("bl_1", "bl_2")
STATUSES = {"pending": 1, "paid": 2, "processing": 3, "shipped": 4, "delivered": 5, "cancelled": 6}
STATUS_NAMES = {1: "New orders", 2: "Paid", 3: "In progress", 4: "Shipped", 5: "Delivered", 6: "Cancelled"}
STATUS_OURS = ("pending", "paid", "processing", "shipped", "delivered", "cancelled")


def warsaw_text(moment: datetime) -> str:
    try:
        local = moment.astimezone(ZoneInfo("Europe/Warsaw"))
    except ZoneInfoNotFoundError:
        local = moment.astimezone(UTC) + timedelta(hours=1)
    return local.strftime("%Y-%m-%d %H:%M:%S")


def _error(code: str, message: str) -> Response:
    return json_response({"status": "ERROR", "error_code": code, "error_message": message})


class BaseLinkerSimulator(SimulatorServer):
    platform: ClassVar[str] = "baselinker"
    DEMO_CREDENTIALS: ClassVar[dict[str, str]] = {"api_token": "3001234-3005678-DEMODEMODEMODEMODEMODEMO"}

    def __init__(
        self,
        *args: Any,
        limit_per_minute: int = 100,
        block_seconds: float = 60.0,
        list_stock: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.limit_per_minute = limit_per_minute
        self.block_seconds = block_seconds
        self.list_stock = list_stock  # current API versions list stock with each product; older ones do not
        self.blocked_until: datetime | None = None
        self.blocks = 0  # how often the token was blocked
        self.writes: list[dict[str, Any]] = []
        self._recent: deque[float] = deque()
        self._extra: dict[tuple[int, str], int] = {}
        self._state = threading.Lock()
        self.route("POST", "/connector.php", self._rpc)

    def store_settings(self) -> dict[str, Any]:
        """The settings of a store on this simulator. BaseLinker's order statuses are each account's own,
        so the store maps this account's names onto ours, as a merchant does in the editor."""
        return {
            "api_url": f"{self.url}/connector.php",
            "inventory_id": INVENTORY_ID,
            "warehouse_id": "bl_1",
            "status_map": dict(zip(STATUS_NAMES.values(), STATUS_OURS, strict=True)),
        }

    def warehouse_quantity(self, product_id: int, warehouse: str) -> int:
        if warehouse == "bl_1":
            return self.catalog.product(product_id - 1).quantity
        return self._extra.get((product_id, warehouse), 0)

    def fault_response(self, fault: Fault, request: Request) -> Response:
        if fault.kind is FaultKind.UNAUTHORIZED:
            return _error("ERROR_BAD_TOKEN", "Invalid user token")
        return super().fault_response(fault, request)

    # --- dispatch -----------------------------------------------------------------------------

    def _rpc(self, request: Request) -> Response:
        if request.headers.get("x-bltoken") != self.credentials.get("api_token"):
            return _error("ERROR_BAD_TOKEN", "Invalid user token")
        blocked = self._count_and_check()
        if blocked is not None:
            return _error(
                "ERROR_BLOCKED_TOKEN", f"Query limit exceeded, token blocked until {warsaw_text(blocked)}"
            )
        form = parse_qs(request.body.decode("utf-8"), keep_blank_values=True)
        method = (form.get("method") or [""])[0]
        try:
            parameters = json.loads((form.get("parameters") or ["{}"])[0] or "{}")
        except ValueError:
            return _error("ERROR_PARAMETERS", "Invalid parameters JSON")
        handler = {
            "getInventories": self._inventories,
            "getInventoryWarehouses": self._warehouses,
            "getInventoryProductsList": self._products_list,
            "getInventoryProductsStock": self._products_stock,
            "updateInventoryProductsStock": self._update_stock,
            "getOrderStatusList": self._status_list,
            "getOrders": self._orders,
        }.get(method)
        if handler is None:
            return _error("ERROR_UNKNOWN_METHOD", f"Unknown method: {method}")
        if not isinstance(parameters, dict):
            return _error("ERROR_PARAMETERS", "Parameters must be an object")
        return handler(parameters)

    def _count_and_check(self) -> datetime | None:
        """The block's end when the token is (or just became) blocked; counts this request."""
        now = time.monotonic()
        with self._state:
            if self.blocked_until is not None and datetime.now(UTC) < self.blocked_until:
                return self.blocked_until
            self.blocked_until = None
            self._recent.append(now)
            while self._recent and self._recent[0] <= now - 60.0:
                self._recent.popleft()
            if len(self._recent) > self.limit_per_minute:
                self._recent.clear()
                until = datetime.now(UTC) + timedelta(seconds=self.block_seconds)
                self.blocked_until = until.replace(microsecond=0) + timedelta(seconds=1)
                self.blocks += 1
                return self.blocked_until
        return None

    def _check_inventory(self, parameters: dict[str, Any]) -> Response | None:
        if parameters.get("inventory_id") != INVENTORY_ID and str(parameters.get("inventory_id")) != "1":
            return _error("ERROR_INVENTORY_NOT_FOUND", "Inventory not found")
        return None

    # --- methods ------------------------------------------------------------------------------

    def _inventories(self, parameters: dict[str, Any]) -> Response:
        inventory = {
            "inventory_id": INVENTORY_ID, "name": "Default catalog", "description": "", "languages": ["en"],
            "default_language": "en", "price_groups": [1], "default_price_group": 1,
            "warehouses": list(WAREHOUSES), "default_warehouse": "bl_1", "reservations": False,
            "is_default": True,
        }  # fmt: skip
        return json_response({"status": "SUCCESS", "inventories": [inventory]})

    def _warehouses(self, parameters: dict[str, Any]) -> Response:
        rows = [
            {"warehouse_type": "bl", "warehouse_id": 1, "name": "Main warehouse", "description": "",
             "stock_edition": True, "is_default": True},
            {"warehouse_type": "bl", "warehouse_id": 2, "name": "Back room", "description": "",
             "stock_edition": True, "is_default": False},
            {"warehouse_type": "shop", "warehouse_id": 3, "name": "External shop", "description": "",
             "stock_edition": False, "is_default": False},
        ]  # fmt: skip
        return json_response({"status": "SUCCESS", "warehouses": rows})

    def _page(self, parameters: dict[str, Any]) -> list[Any]:
        page = parameters.get("page", 1)
        page = page if isinstance(page, int) and page >= 1 else 1
        return self.catalog.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)

    def _products_list(self, parameters: dict[str, Any]) -> Response:
        problem = self._check_inventory(parameters)
        if problem is not None:
            return problem
        wanted = parameters.get("filter_sku")
        if isinstance(wanted, str) and wanted:
            found = self.catalog.get(wanted)
            products = [found] if found is not None and parameters.get("page", 1) == 1 else []
        else:
            products = self._page(parameters)
        listed: dict[str, dict[str, Any]] = {}
        for p in products:
            listed[str(p.id)] = {
                "id": p.id,
                "ean": "",
                "sku": p.sku,
                "name": p.name,
                "prices": {"1": float(p.price)},
            }
            if self.list_stock:
                listed[str(p.id)]["stock"] = {w: self.warehouse_quantity(p.id, w) for w in WAREHOUSES}
        return json_response({"status": "SUCCESS", "products": listed})

    def _products_stock(self, parameters: dict[str, Any]) -> Response:
        problem = self._check_inventory(parameters)
        if problem is not None:
            return problem
        stock = {}
        for product in self._page(parameters):
            levels = {w: self.warehouse_quantity(product.id, w) for w in WAREHOUSES}
            stock[str(product.id)] = {
                "product_id": product.id, "stock": levels, "reservations": {w: 0 for w in WAREHOUSES},
                "variants": [],
            }  # fmt: skip
        return json_response({"status": "SUCCESS", "products": stock})

    def _update_stock(self, parameters: dict[str, Any]) -> Response:
        problem = self._check_inventory(parameters)
        if problem is not None:
            return problem
        products = parameters.get("products")
        if not isinstance(products, dict) or not products:
            return _error("ERROR_PARAMETERS", "Field products is required")
        if len(products) > PAGE_SIZE:
            return _error("ERROR_PRODUCTS_LIMIT", f"Maximum {PAGE_SIZE} products per request")
        warnings: dict[str, str] = {}
        counter = 0
        for product_id, levels in products.items():
            number = int(product_id) if str(product_id).isdigit() else 0
            if not 1 <= number <= len(self.catalog) or not isinstance(levels, dict):
                warnings[str(product_id)] = "Product not found"
                continue
            refused = [w for w in levels if w not in WRITABLE]
            if refused:
                warnings[str(product_id)] = (
                    f"Warehouse {refused[0]} cannot be edited (external shop warehouse)"
                )
                continue
            for warehouse, quantity in levels.items():
                if warehouse == "bl_1":
                    self.catalog.set_quantity(self.catalog.sku(number - 1), int(quantity))
                else:
                    self._extra[(number, warehouse)] = int(quantity)
            counter += 1
        self.writes.append(products)
        return json_response({"status": "SUCCESS", "counter": counter, "warnings": warnings or []})

    def _status_list(self, parameters: dict[str, Any]) -> Response:
        statuses = [{"id": number, "name": name, "name_for_customer": name, "color": "#2d96d4"}
                    for number, name in STATUS_NAMES.items()]  # fmt: skip
        return json_response({"status": "SUCCESS", "statuses": statuses})

    def _orders(self, parameters: dict[str, Any]) -> Response:
        id_from = parameters.get("id_from", 0)
        id_from = id_from if isinstance(id_from, int) else 0
        found = sorted((o for o in self.catalog.all_orders() if o.id >= id_from), key=lambda o: o.id)
        return json_response(
            {"status": "SUCCESS", "orders": [_order_json(o) for o in found[:ORDERS_PER_CALL]]}
        )


def _order_json(order: Order) -> dict[str, Any]:
    return {
        "order_id": order.id, "shop_order_id": 0, "external_order_id": order.number,
        "order_source": "personal", "order_status_id": STATUSES.get(order.status, 1), "confirmed": True,
        "date_confirmed": int(order.created_at.timestamp()), "date_add": int(order.created_at.timestamp()),
        "date_in_status": int(order.updated_at.timestamp()), "currency": order.currency,
        "delivery_price": 0, "payment_done": float(order.total), "delivery_country_code": order.country,
        "products": [{"sku": line.sku, "name": line.sku, "price_brutto": float(line.price),
                      "quantity": line.quantity} for line in order.lines],
    }  # fmt: skip


SIMULATOR = BaseLinkerSimulator
