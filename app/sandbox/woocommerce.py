"""A WooCommerce REST API v3 simulator (shared/API_FACTS.md) on the sandbox core.

    GET  /wp-json/wc/v3/products?per_page=1..100&page=N[&sku=]   X-WP-Total, X-WP-TotalPages, Link
    GET  /wp-json/wc/v3/products/{id}/variations?per_page&page
    POST /wp-json/wc/v3/products/batch, /products/{id}/variations/batch  {"update": [{id, stock_quantity}]}
         at most 100 objects (413 above); a refused item comes back as {"id", "error": {...}} in the 200
    GET  /wp-json/wc/v3/orders?modified_after=ISO&orderby=modified&order=asc&per_page&page

Auth: HTTP Basic (consumer key : secret) or `?consumer_key=&consumer_secret=`. With
`strip_auth_header=True` the "host" drops the Authorization header, as some do, so only the query
string works. With `plain_permalinks=True` every API path is a 404 web page. With
`variations_per_parent=V` the first V products of every `variable_every` are the variations of
one variable product. Ids in `locked_ids` refuse stock writes item by item.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any, ClassVar

from app.sandbox.catalog import Order, Product
from app.sandbox.faults import Fault, FaultKind
from app.sandbox.messages import Request, Response, json_response, text_response
from app.sandbox.server import CONTROL_PREFIX, SimulatorServer

ROOT = "/wp-json/wc/v3"
MAX_PER_PAGE = 100
MAX_BATCH = 100
PARENT_ID_BASE = 10_000_000
_COLOUR_NAME = "Colour"
_ORDER_STATUS = {
    "pending": "pending",
    "paid": "processing",
    "processing": "processing",
    "shipped": "completed",
    "delivered": "completed",
    "cancelled": "cancelled",
}


def _gmt(moment: datetime) -> str:
    """WooCommerce's *_gmt fields: ISO 8601 without an offset, in UTC."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def _error(code: str, message: str, status: int) -> dict[str, Any]:
    return {"code": code, "message": message, "data": {"status": status}}


class WooCommerceSimulator(SimulatorServer):
    platform: ClassVar[str] = "woocommerce"
    DEMO_CREDENTIALS: ClassVar[dict[str, str]] = {
        "consumer_key": "ck_demo0000000000000000000000000000000000",
        "consumer_secret": "cs_demo0000000000000000000000000000000000",
    }

    def __init__(
        self,
        *args: Any,
        variations_per_parent: int = 0,
        variable_every: int = 10,
        strip_auth_header: bool = False,
        plain_permalinks: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.variations_per_parent = max(0, min(variations_per_parent, variable_every))
        self.variable_every = max(1, variable_every)
        self.strip_auth_header = strip_auth_header
        self.plain_permalinks = plain_permalinks
        self.locked_ids: set[int] = set()
        self.batch_sizes: list[int] = []
        # top-level listing: a catalog index for a simple product, -(block + 1) for a variable parent
        self._listing: list[int] = []
        for index in range(len(self.catalog)):
            block, position = divmod(index, self.variable_every)
            if position < self.variations_per_parent:
                if position == 0:
                    self._listing.append(-(block + 1))
            else:
                self._listing.append(index)
        self.route("GET", f"{ROOT}/products", self._products)
        self.route("GET", f"{ROOT}/products/{{id}}/variations", self._variations)
        self.route("POST", f"{ROOT}/products/batch", self._product_batch)
        self.route("POST", f"{ROOT}/products/{{id}}/variations/batch", self._variation_batch)
        self.route("GET", f"{ROOT}/orders", self._orders)

    def store_settings(self) -> dict[str, Any]:
        return {"site_url": self.url, "auth_mode": "query" if self.strip_auth_header else "basic"}

    # --- auth and faults ----------------------------------------------------------------------

    def handle(self, request: Request) -> Response | None:
        if request.path.startswith(CONTROL_PREFIX):
            return super().handle(request)
        if self.plain_permalinks:
            page = "<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>"
            return text_response(page, 404, "text/html; charset=UTF-8")
        refusal = self._refusal(request)
        return refusal if refusal is not None else super().handle(request)

    def _refusal(self, request: Request) -> Response | None:
        key = self.credentials.get("consumer_key", "")
        secret = self.credentials.get("consumer_secret", "")
        header = "" if self.strip_auth_header else request.headers.get("authorization", "")
        if header.startswith("Basic "):
            try:
                given_key, _, given_secret = base64.b64decode(header[6:]).decode().partition(":")
            except (ValueError, UnicodeDecodeError):
                given_key = given_secret = ""
        else:
            given_key = request.arg("consumer_key") or ""
            given_secret = request.arg("consumer_secret") or ""
        if not given_key:
            return json_response(
                _error("woocommerce_rest_authentication_error", "Consumer key is missing.", 401), 401
            )
        if given_key != key or given_secret != secret:
            return json_response(
                _error("woocommerce_rest_authentication_error", "Consumer key is invalid.", 401), 401
            )
        return None

    def fault_response(self, fault: Fault, request: Request) -> Response:
        if fault.kind is FaultKind.UNAUTHORIZED:
            return json_response(
                _error("woocommerce_rest_cannot_view", "Sorry, you cannot list resources.", 401), 401
            )
        return super().fault_response(fault, request)

    # --- JSON shapes --------------------------------------------------------------------------

    def _is_variation(self, index: int) -> bool:
        return index % self.variable_every < self.variations_per_parent

    def product_json(self, product: Product) -> dict[str, Any]:
        return {
            "id": product.id,
            "name": product.name,
            "type": "simple",
            "status": "publish",
            "sku": product.sku,
            "price": product.price,
            "regular_price": product.price,
            "manage_stock": True,
            "stock_quantity": product.quantity,
            "stock_status": "instock" if product.quantity > 0 else "outofstock",
            "backorders": "no",
            "date_modified_gmt": _gmt(product.updated_at),
        }

    def parent_json(self, block: int) -> dict[str, Any]:
        first = self.catalog.product(block * self.variable_every)
        variations = [
            first.id + offset
            for offset in range(self.variations_per_parent)
            if first.id - 1 + offset < len(self.catalog)
        ]
        return {
            "id": PARENT_ID_BASE + block,
            "name": first.name.rsplit(" ", 1)[0],
            "type": "variable",
            "status": "publish",
            "sku": f"VAR-{block + 1:05d}",
            "price": first.price,
            "manage_stock": False,
            "stock_quantity": None,
            "stock_status": "instock",
            "variations": variations,
            "date_modified_gmt": _gmt(first.updated_at),
        }

    def variation_json(self, product: Product) -> dict[str, Any]:
        return {
            "id": product.id,
            "sku": product.sku,
            "price": product.price,
            "regular_price": product.price,
            "manage_stock": True,
            "stock_quantity": product.quantity,
            "stock_status": "instock" if product.quantity > 0 else "outofstock",
            "attributes": [{"id": 1, "name": _COLOUR_NAME, "option": product.name.rsplit(" ", 1)[-1]}],
            "date_modified_gmt": _gmt(product.updated_at),
        }

    def order_json(self, order: Order) -> dict[str, Any]:
        return {
            "id": order.id,
            "number": order.number.lstrip("#"),
            "status": _ORDER_STATUS.get(order.status, order.status),
            "currency": order.currency,
            "total": order.total,
            "date_created_gmt": _gmt(order.created_at),
            "date_modified_gmt": _gmt(order.updated_at),
            "line_items": [
                {"sku": line.sku, "quantity": line.quantity, "price": line.price} for line in order.lines
            ],
            "shipping": {"country": order.country},
        }

    # --- routes -------------------------------------------------------------------------------

    def _paging(self, request: Request) -> tuple[int, int] | Response:
        per_page = request.int_arg("per_page", 10)
        if not 1 <= per_page <= MAX_PER_PAGE:
            return json_response(_error("rest_invalid_param", "Invalid parameter(s): per_page", 400), 400)
        return max(1, request.int_arg("page", 1)), per_page

    def _listed(
        self, request: Request, items: list[dict[str, Any]], total: int, page: int, per_page: int
    ) -> Response:
        pages = -(-total // per_page)
        headers = {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)}
        if page < pages:
            headers["Link"] = f'<{self.url}{request.path}?page={page + 1}&per_page={per_page}>; rel="next"'
        return json_response(items, 200, headers)

    def _products(self, request: Request) -> Response:
        paging = self._paging(request)
        if isinstance(paging, Response):
            return paging
        page, per_page = paging
        sku = request.arg("sku")
        if sku:
            product = self.catalog.get(sku)
            found = [self.product_json(product)] if product and not self._is_variation(product.id - 1) else []
            return self._listed(request, found, len(found), 1, per_page)
        entries = self._listing[(page - 1) * per_page : page * per_page]
        items = [
            self.parent_json(-e - 1) if e < 0 else self.product_json(self.catalog.product(e)) for e in entries
        ]
        return self._listed(request, items, len(self._listing), page, per_page)

    def _parent_block(self, request: Request) -> int | None:
        parent_id = int(request.params["id"]) if request.params["id"].isdigit() else -1
        block = parent_id - PARENT_ID_BASE
        if self.variations_per_parent and block >= 0 and block * self.variable_every < len(self.catalog):
            return block
        return None

    def _variations(self, request: Request) -> Response:
        block = self._parent_block(request)
        if block is None:
            return json_response(_error("woocommerce_rest_product_invalid_id", "Invalid ID.", 404), 404)
        paging = self._paging(request)
        if isinstance(paging, Response):
            return paging
        page, per_page = paging
        start = block * self.variable_every
        indices = [i for i in range(start, start + self.variations_per_parent) if i < len(self.catalog)]
        chosen = indices[(page - 1) * per_page : page * per_page]
        return self._listed(
            request,
            [self.variation_json(self.catalog.product(i)) for i in chosen],
            len(indices),
            page,
            per_page,
        )

    def _product_batch(self, request: Request) -> Response:
        return self._batch(request, lambda index: not self._is_variation(index), self.product_json)

    def _variation_batch(self, request: Request) -> Response:
        block = self._parent_block(request)
        if block is None:
            return json_response(_error("woocommerce_rest_product_invalid_id", "Invalid ID.", 404), 404)
        start = block * self.variable_every
        return self._batch(
            request, lambda index: start <= index < start + self.variations_per_parent, self.variation_json
        )

    def _batch(self, request: Request, belongs: Any, render: Any) -> Response:
        body = request.json() or {}
        updates = body.get("update", []) if isinstance(body, dict) else []
        if len(updates) > MAX_BATCH:
            return json_response(
                _error(
                    "woocommerce_rest_request_entity_too_large",
                    f"Unable to accept more than {MAX_BATCH} items for this request.",
                    413,
                ),
                413,
            )
        self.batch_sizes.append(len(updates))
        answered: list[dict[str, Any]] = []
        for item in updates:
            item_id = item.get("id") if isinstance(item, dict) else None
            quantity = item.get("stock_quantity") if isinstance(item, dict) else None
            index = item_id - 1 if isinstance(item_id, int) else -1
            if not (0 <= index < len(self.catalog)) or not belongs(index):
                answered.append(
                    {
                        "id": item_id,
                        "error": _error("woocommerce_rest_product_invalid_id", "Invalid ID.", 400),
                    }
                )
            elif item_id in self.locked_ids:
                answered.append(
                    {
                        "id": item_id,
                        "error": _error(
                            "woocommerce_rest_cannot_edit",
                            "Sorry, you are not allowed to edit this resource.",
                            403,
                        ),
                    }
                )
            elif not isinstance(quantity, int) or isinstance(quantity, bool):
                answered.append(
                    {
                        "id": item_id,
                        "error": _error("rest_invalid_param", "Invalid parameter(s): stock_quantity", 400),
                    }
                )
            else:
                product = self.catalog.set_quantity(self.catalog.sku(index), quantity)
                assert product is not None
                answered.append(render(product))
        return json_response({"update": answered})

    def _orders(self, request: Request) -> Response:
        paging = self._paging(request)
        if isinstance(paging, Response):
            return paging
        page, per_page = paging
        text = request.arg("modified_after")
        try:
            since = datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None
        except ValueError:
            return json_response(
                _error("rest_invalid_param", "Invalid parameter(s): modified_after", 400), 400
            )
        if since is not None and since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        orders = self.catalog.orders_since(since)
        if request.arg("orderby") != "modified":
            orders.sort(key=lambda o: o.created_at)
        if request.arg("order", "desc") == "desc":
            orders.reverse()
        chosen = orders[(page - 1) * per_page : page * per_page]
        return self._listed(request, [self.order_json(o) for o in chosen], len(orders), page, per_page)


SIMULATOR = WooCommerceSimulator
