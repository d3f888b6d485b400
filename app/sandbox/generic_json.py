"""A configurable JSON API in the style of an ERP or a marketplace without public docs, for the
generic JSON connector: nested fields, a choice of login and of page style.

    GET  /api/v1/stock                 -> {"data": {"items": [{"id", "code", "title",
                                           "stock": {"available"}, "price": {"gross"}, "modified"}]},
                                           "meta": {...page info...}}
    GET  /api/v1/orders?changed_since=ISO  -> {"data": {"items": [{"id", "number", "state",
                                           "amount", "currency", "created", "modified"}]}, "meta"}
    POST /api/v1/stock/update {"items": [{"sku", "quantity"}]} -> {"results": [{"sku", "ok", "error"?}]}

`auth` is none | bearer | header (X-Api-Key) | basic (user "demo") | query (?api_key=), checked
against `credentials["secret"]`. `paginator` is page (?page&per_page, X-Total-Pages header, the
default) | offset (?offset&limit, meta.total) | cursor_body (meta.next_cursor, ?cursor) |
next_url_body (links.next) | link_header (Link rel=next). `store_settings()` describes it all.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any, ClassVar

from app.sandbox.catalog import Order, Product
from app.sandbox.messages import Request, Response, json_response
from app.sandbox.server import CONTROL_PREFIX, SimulatorServer

AUTH_MODES = ("none", "bearer", "header", "basic", "query")
PAGINATORS = ("none", "page", "offset", "cursor_body", "next_url_body", "link_header")
STOCK_PATH = "/api/v1/stock"
ORDERS_PATH = "/api/v1/orders"
MAX_PAGE = 1000


def item_json(product: Product) -> dict[str, Any]:
    return {
        "id": product.id,
        "code": product.sku,
        "title": product.name,
        "stock": {"available": product.quantity},
        "price": {"gross": product.price, "currency": "EUR"},
        "modified": product.updated_at,
    }


def order_json(order: Order) -> dict[str, Any]:
    return {
        "id": order.id,
        "number": order.number,
        "state": order.status,
        "amount": order.total,
        "currency": order.currency,
        "created": order.created_at,
        "modified": order.updated_at,
    }


class GenericJsonSimulator(SimulatorServer):
    platform: ClassVar[str] = "generic_json"
    DEMO_CREDENTIALS: ClassVar[dict[str, str]] = {"secret": "demo-generic-json-key"}

    def __init__(self, *args: Any, auth: str = "header", paginator: str = "page", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if auth not in AUTH_MODES or paginator not in PAGINATORS:
            raise ValueError(f"auth must be one of {AUTH_MODES}, paginator one of {PAGINATORS}")
        self.auth = auth
        self.paginator = paginator
        self.route("GET", STOCK_PATH, self._stock)
        self.route("GET", ORDERS_PATH, self._orders)
        self.route("POST", STOCK_PATH + "/update", self._update)

    def store_settings(self) -> dict[str, Any]:
        return {
            "base_url": self.url,
            "auth": self.auth,
            "auth_header_name": "X-Api-Key",
            "auth_query_name": "api_key",
            "username": "demo",
            "endpoint": STOCK_PATH,
            "record_path": "data.items",
            "paginator": self.paginator,
            "page_param": "page",
            "page_size_param": "per_page",
            "page_size": 100,
            "total_pages_header": "X-Total-Pages",
            "offset_param": "offset",
            "limit_param": "limit",
            "cursor_path": "meta.next_cursor",
            "cursor_param": "cursor",
            "next_url_path": "links.next",
            "field_map": {
                "sku": "code",
                "name": "title",
                "quantity": "stock.available",
                "price": "price.gross",
                "updated_at": "modified",
                "id": "id",
            },
            "since_param": "changed_since",
            "orders_endpoint": ORDERS_PATH,
            "orders_record_path": "data.items",
            "order_field_map": {
                "id": "id",
                "number": "number",
                "status": "state",
                "total": "amount",
                "currency": "currency",
                "created_at": "created",
                "updated_at": "modified",
            },
            "stock_endpoint": STOCK_PATH + "/update",
        }

    # --- auth ---------------------------------------------------------------------------------

    def handle(self, request: Request) -> Response | None:
        if not request.path.startswith(CONTROL_PREFIX) and not self._authorised(request):
            return json_response({"error": "unauthorized", "message": "Invalid API key"}, 401)
        return super().handle(request)

    def _authorised(self, request: Request) -> bool:
        secret = self.credentials.get("secret", "")
        if self.auth == "none":
            return True
        if self.auth == "bearer":
            return request.headers.get("authorization") == f"Bearer {secret}"
        if self.auth == "header":
            return request.headers.get("x-api-key") == secret
        if self.auth == "basic":
            token = base64.b64encode(f"demo:{secret}".encode()).decode()
            return request.headers.get("authorization") == f"Basic {token}"
        return request.arg("api_key") == secret

    # --- pages --------------------------------------------------------------------------------

    def _window(self, request: Request, total: int) -> tuple[int, int]:
        """(start, stop) of the requested slice under the configured page style."""
        if self.paginator == "none":
            return 0, total
        if self.paginator == "page":
            size = min(MAX_PAGE, max(1, request.int_arg("per_page", 100)))
            start = (max(1, request.int_arg("page", 1)) - 1) * size
            return start, start + size
        if self.paginator == "offset":
            start = max(0, request.int_arg("offset", 0))
            return start, start + min(MAX_PAGE, max(1, request.int_arg("limit", 100)))
        marker = request.arg("cursor") or request.arg("after") or "0"
        start = int(marker[1:]) if marker.startswith("c") and marker[1:].isdigit() else 0
        return start, start + 100

    def _page(self, request: Request, items: list[dict[str, Any]], total: int, start: int) -> Response:
        stop = start + len(items)
        more = stop < total and bool(items)
        body: dict[str, Any] = {"data": {"items": items}, "meta": {"total": total}}
        headers: dict[str, str] = {}
        if self.paginator == "page":
            size = min(MAX_PAGE, max(1, request.int_arg("per_page", 100)))
            headers["X-Total-Pages"] = str(max(1, -(-total // size)))
        elif self.paginator == "cursor_body":
            body["meta"]["next_cursor"] = f"c{stop}" if more else None
        elif self.paginator == "next_url_body":
            extra = f"&changed_since={request.arg('changed_since')}" if request.arg("changed_since") else ""
            body["links"] = {"next": f"{request.path}?after=c{stop}{extra}" if more else None}
        elif self.paginator == "link_header" and more:
            headers["Link"] = f'<{self.url}{request.path}?after=c{stop}>; rel="next"'
        response = json_response(body, 200, headers)
        return response

    def _stock(self, request: Request) -> Response:
        total = len(self.catalog)
        start, stop = self._window(request, total)
        products = self.catalog.slice(start, stop)
        return self._page(request, [item_json(p) for p in products], total, start)

    def _orders(self, request: Request) -> Response:
        since_text = request.arg("changed_since")
        try:
            since = datetime.fromisoformat(since_text) if since_text else None
        except ValueError:
            return json_response({"error": "bad_request", "message": "changed_since must be ISO 8601"}, 400)
        if since is not None and since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        orders = self.catalog.orders_since(since)
        start, stop = self._window(request, len(orders))
        return self._page(request, [order_json(o) for o in orders[start:stop]], len(orders), start)

    def _update(self, request: Request) -> Response:
        return json_response({"results": self.catalog.write_stock_items(request.json().get("items", []))})


SIMULATOR = GenericJsonSimulator
