"""A Mirakl marketplace's Seller API (Empik, Carrefour, Decathlon... run their marketplaces on it) on
loopback, over a catalog, as far as a stock read uses it. Written from Mirakl's documentation
(developer.mirakl.com, Marketplace APIs for sellers, "OF21 - List offers of a shop") and its own
seller SDK (github.com/mirakl/sdk-php-shop: GetOffersRequest, PageableTrait, ShopOffer):

- GET /api/offers on the marketplace's own instance (https://<instance>.mirakl.net); the shop's API
  key is the whole value of the `Authorization` header, with no scheme in front of it.
- Offset pagination: `max` (the SDK's default is 10) and `offset` in the query, with
  `paginate=true`; the answer is {"offers": [...], "total_count": N}.
- Each offer carries `offer_id`, `shop_sku` (the seller's SKU), `product_sku`, `product_title`,
  `quantity`, `price`, `active` and `state_code`, among others.
- "OR11 - List orders with pagination": GET /api/orders, the same offset pages, answering
  {"orders": [...], "total_count": N}; `start_update_date` asks only for orders changed since then.
  Each order carries `order_id`, `commercial_id`, `order_state` (STAGING, WAITING_ACCEPTANCE,
  WAITING_DEBIT, WAITING_DEBIT_PAYMENT, SHIPPING, SHIPPED, TO_COLLECT, RECEIVED, CLOSED, REFUSED,
  CANCELED), `total_price`, `currency_iso_code`, `created_date`, `last_updated_date`,
  `shipping_tracking` and the `customer` with its `shipping_address`.
- A call without a valid key answers HTTP 401 (Mirakl uses standard HTTP return codes).

The 401 body and the cap of 100 offers per page are this simulator's own: the documentation read
does not show them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from app.core.shipped_presets import shipped_preset
from app.sandbox.catalog import Order, Product
from app.sandbox.messages import Request, Response, json_response
from app.sandbox.server import SimulatorServer

PRESET = "mirakl-offers"
OFFERS = "/api/offers"
ORDERS = "/api/orders"
# The catalog's order states as Mirakl names them (SHIPPING: paid, waiting for the shop to ship).
ORDER_STATES = {
    "pending": "WAITING_ACCEPTANCE",
    "paid": "SHIPPING",
    "processing": "SHIPPING",
    "shipped": "SHIPPED",
    "delivered": "RECEIVED",
    "cancelled": "CANCELED",
}
DEFAULT_MAX = 10
LARGEST_PAGE = 100


class MiraklSellerApi(SimulatorServer):
    platform: ClassVar[str] = "mirakl_offers"
    DEMO_CREDENTIALS: ClassVar[dict[str, str]] = {"secret": "4d2b9c1e-demo-shop-api-key"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.route("GET", OFFERS, self._offers)
        self.route("GET", ORDERS, self._orders)

    def record(self, product: Product) -> dict[str, Any]:
        """An offer as OF21 lists it (the fields a stock read uses, and a few beside them)."""
        return {
            "offer_id": 2000 + product.id,
            "shop_sku": product.sku,
            "product_sku": f"MKP-{product.id:06d}",
            "product_title": product.name,
            "quantity": product.quantity,
            "price": float(product.price),
            "currency_iso_code": "EUR",
            "active": product.quantity > 0,
            "state_code": "11",
        }

    def order(self, order: Order) -> dict[str, Any]:
        """An order as OR11 lists it (the fields an order import uses)."""
        return {
            "order_id": f"{order.number.lstrip('#')}-A",
            "commercial_id": order.number.lstrip("#"),
            "order_state": ORDER_STATES.get(order.status, "STAGING"),
            "total_price": float(order.total),
            "currency_iso_code": order.currency,
            "created_date": _mirakl_time(order.created_at),
            "last_updated_date": _mirakl_time(order.updated_at),
            "shipping_tracking": f"TRK{order.id:08d}" if order.status in ("shipped", "delivered") else None,
            "customer": {"shipping_address": {"country": order.country}},
        }

    def _offers(self, request: Request) -> Response:
        if not self._authorised(request):
            return _unauthorised()
        total = len(self.catalog)
        start, stop = _window(request, total)
        offers = [self.record(product) for product in self.catalog.slice(start, stop)]
        return json_response({"offers": offers, "total_count": total})

    def _orders(self, request: Request) -> Response:
        if not self._authorised(request):
            return _unauthorised()
        since_text = request.arg("start_update_date")
        try:
            since = datetime.fromisoformat(since_text) if since_text else None
        except ValueError:
            return json_response({"status": 400, "message": "start_update_date is not a date"}, 400)
        if since is not None and since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        orders = self.catalog.orders_since(since)
        start, stop = _window(request, len(orders))
        return json_response(
            {"orders": [self.order(o) for o in orders[start:stop]], "total_count": len(orders)}
        )

    def _authorised(self, request: Request) -> bool:
        return request.headers.get("authorization") == self.credentials.get("secret")

    def store_settings(self) -> dict[str, Any]:
        """The shipped Mirakl preset (resources/presets/mirakl-offers.json) pointed at this simulator."""
        return {**shipped_preset(PRESET).settings, "base_url": self.url}


def _window(request: Request, total: int) -> tuple[int, int]:
    """The offset page asked for: `max` records from `offset` (all of them with paginate=false)."""
    if request.arg("paginate") == "false":
        return 0, total
    size = min(LARGEST_PAGE, max(1, request.int_arg("max", DEFAULT_MAX)))
    start = max(0, request.int_arg("offset", 0))
    return start, min(total, start + size)


def _unauthorised() -> Response:
    return json_response({"status": 401, "message": "Unauthorized"}, 401)


def _mirakl_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
