"""The simple JSON store: the smallest useful API, the default shape of the generic JSON connector.

    GET  /products?page=N&per_page=M   -> {"products": [{id, sku, name, quantity, price, updated_at}],
                                           "page": N, "per_page": M, "total": T, "total_pages": P}
                                          (header X-Total-Pages: P; a page past the end is empty)
    GET  /orders?updated_since=ISO&page=N&per_page=M
                                       -> {"orders": [{id, number, status, total, currency,
                                           created_at, updated_at, lines: [{sku, quantity, price}],
                                           customer_country}],
                                           "page", "per_page", "total", "total_pages"}
    PUT  /orders/{id}/status {"status", ...}   -> {"id", "status"} (404: no such order; 422: the order
                                          is cancelled and stays so)
    POST /products/stock {"items": [{"sku", "quantity"}]}
                                       -> {"results": [{"sku", "ok": true} | {"sku", "ok": false, "error"}]}

With a token in `credentials["token"]` every request needs `Authorization: Bearer <token>`.
Rendered product pages are cached per catalog version, so the server is never the bottleneck of
a benchmark.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any, ClassVar

from app.core.platforms import GENERIC_FIELD_MAP_DEFAULT
from app.sandbox.catalog import Order, Product, StatusRefused
from app.sandbox.messages import Request, Response, json_bytes, json_response
from app.sandbox.server import SimulatorServer

MAX_PER_PAGE = 1000
DEFAULT_PER_PAGE = 100


def product_json(product: Product) -> dict[str, Any]:
    return {
        "id": product.id,
        "sku": product.sku,
        "name": product.name,
        "quantity": product.quantity,
        "price": product.price,
        "updated_at": product.updated_at,
    }


def order_json(order: Order) -> dict[str, Any]:
    return {
        "id": order.id,
        "number": order.number,
        "status": order.status,
        "total": order.total,
        "currency": order.currency,
        "created_at": order.created_at,
        "updated_at": order.updated_at,
        "lines": [{"sku": line.sku, "quantity": line.quantity, "price": line.price} for line in order.lines],
        "customer_country": order.country,
    }


class SimpleSimulator(SimulatorServer):
    platform: ClassVar[str] = "simple"
    DEMO_CREDENTIALS: ClassVar[dict[str, str]] = {"token": "demo-simple-token"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_cache: dict[tuple[int, int], bytes] = {}
        self._cache_version = -1
        self._cache_lock = threading.Lock()
        self.route("GET", "/products", self._products)
        self.route("GET", "/orders", self._orders)
        self.route("POST", "/products/stock", self._stock)
        self.route("PUT", "/orders/{order_id}/status", self._order_status)
        self.status_writes: list[dict[str, Any]] = []  # bodies of order status writes, for tests

    def store_settings(self) -> dict[str, Any]:
        """Settings of a generic JSON store (app.core.platforms field names) that reads this shape."""
        return {
            "base_url": self.url,
            "auth": "bearer",
            "endpoint": "/products",
            "record_path": "products",
            "paginator": "page",
            "page_param": "page",
            "page_size_param": "per_page",
            "page_size": MAX_PER_PAGE,
            "total_pages_header": "X-Total-Pages",
            "field_map": dict(GENERIC_FIELD_MAP_DEFAULT),
            "orders_endpoint": "/orders",
            "orders_record_path": "orders",
            "since_param": "updated_since",
            "stock_endpoint": "/products/stock",
        }

    def store_secrets(self) -> dict[str, str]:
        token = self.credentials.get("token")
        return {"secret": token} if token else {}

    def handle(self, request: Request) -> Response | None:
        token = self.credentials.get("token")
        if (
            token
            and not request.path.startswith("/__sandbox/")
            and request.headers.get("authorization") != f"Bearer {token}"
        ):
            return json_response({"error": "invalid or missing token"}, 401)
        return super().handle(request)

    def _products(self, request: Request) -> Response:
        page = max(1, request.int_arg("page", 1))
        per_page = min(MAX_PER_PAGE, max(1, request.int_arg("per_page", DEFAULT_PER_PAGE)))
        with self._cache_lock:
            if self._cache_version != self.catalog.version:
                self._page_cache.clear()
                self._cache_version = self.catalog.version
            body = self._page_cache.get((page, per_page))
        catalog_page = None
        if body is None:
            catalog_page = self.catalog.page(page, per_page)
            body = json_bytes(
                {
                    "products": [product_json(p) for p in catalog_page.products],
                    "page": page,
                    "per_page": per_page,
                    "total": catalog_page.total,
                    "total_pages": catalog_page.total_pages,
                }
            )
            with self._cache_lock:
                self._page_cache[(page, per_page)] = body
        total_pages = max(1, -(-len(self.catalog) // per_page))
        return Response(200, body, "application/json; charset=utf-8", {"X-Total-Pages": str(total_pages)})

    def _orders(self, request: Request) -> Response:
        since_text = request.arg("updated_since")
        try:
            since = datetime.fromisoformat(since_text) if since_text else None
        except ValueError:
            return json_response({"error": "updated_since must be an ISO 8601 date-time"}, 400)
        if since is not None and since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        page = max(1, request.int_arg("page", 1))
        per_page = min(MAX_PER_PAGE, max(1, request.int_arg("per_page", DEFAULT_PER_PAGE)))
        orders = self.catalog.orders_since(since)
        chunk = orders[(page - 1) * per_page : page * per_page]
        return json_response(
            {
                "orders": [order_json(o) for o in chunk],
                "page": page,
                "per_page": per_page,
                "total": len(orders),
                "total_pages": max(1, -(-len(orders) // per_page)),
            }
        )

    def _order_status(self, request: Request) -> Response:
        body = request.json()
        order_id = request.params.get("order_id", "")
        status = body.get("status") if isinstance(body, dict) else None
        if not isinstance(status, str) or not status:
            return json_response({"error": "status is required"}, 400)
        try:
            if not order_id.isdigit() or not self.catalog.set_order_status(int(order_id), status):
                return json_response({"error": f"no order {order_id}"}, 404)
        except StatusRefused as refusal:
            return json_response({"error": str(refusal)}, 422)
        self.status_writes.append({"id": int(order_id), **body})
        return json_response({"id": int(order_id), "status": status})

    def _stock(self, request: Request) -> Response:
        return json_response({"results": self.catalog.write_stock_items(request.json().get("items", []))})
