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
- A call without a valid key answers HTTP 401 (Mirakl uses standard HTTP return codes).

The 401 body and the cap of 100 offers per page are this simulator's own: the documentation read
does not show them."""

from __future__ import annotations

from typing import Any, ClassVar

from app.core.shipped_presets import shipped_preset
from app.sandbox.catalog import Product
from app.sandbox.messages import Request, Response, json_response
from app.sandbox.server import SimulatorServer

PRESET = "mirakl-offers"
OFFERS = "/api/offers"
DEFAULT_MAX = 10
LARGEST_PAGE = 100


class MiraklSellerApi(SimulatorServer):
    platform: ClassVar[str] = "mirakl_offers"
    DEMO_CREDENTIALS: ClassVar[dict[str, str]] = {"secret": "4d2b9c1e-demo-shop-api-key"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.route("GET", OFFERS, self._offers)

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

    def _offers(self, request: Request) -> Response:
        if request.headers.get("authorization") != self.credentials.get("secret"):
            return json_response({"status": 401, "message": "Unauthorized"}, 401)
        total = len(self.catalog)
        if request.arg("paginate") == "false":
            start, stop = 0, total
        else:
            size = min(LARGEST_PAGE, max(1, request.int_arg("max", DEFAULT_MAX)))
            start = max(0, request.int_arg("offset", 0))
            stop = min(total, start + size)
        offers = [self.record(product) for product in self.catalog.slice(start, stop)]
        return json_response({"offers": offers, "total_count": total})

    def store_settings(self) -> dict[str, Any]:
        """The shipped Mirakl preset (resources/presets/mirakl-offers.json) pointed at this simulator."""
        return {**shipped_preset(PRESET).settings, "base_url": self.url}
