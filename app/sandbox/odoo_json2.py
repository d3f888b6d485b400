"""Odoo's External JSON-2 API (Odoo 19; odoo.com/documentation/19.0/developer/reference/external_api)
on loopback, over a catalog, as far as a stock read uses it:

- POST /json/2/<model>/<method> with a JSON object body; `Authorization: bearer <API key>` (the
  scheme in any case); an optional `X-Odoo-Database` header naming the database.
- product.product/search_read takes `domain`, `fields`, `offset`, `limit` and `order` and answers
  200 with the plain JSON list of records, each with its `id` and the fields asked for; past the
  last record the list is empty.
- An error is a 4xx/5xx status with {"name", "message", "arguments", "context", "debug"}: 401
  "Invalid apikey" for a wrong key, 404 for an unknown database, model or method.
- Odoo writes an empty field as `false`: every fifth product has no internal reference
  (`default_code: false`), as services and unfinished products often do. Quantities are floats
  (`qty_available: 12.0`), times are UTC without a zone ("2026-03-01 10:00:00").
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from app.core.shipped_presets import shipped_preset
from app.sandbox.catalog import Product
from app.sandbox.messages import Request, Response, json_response
from app.sandbox.server import SimulatorServer

PRESET = "odoo-19-stock"
PRODUCT_MODEL = "product.product"
SEARCH_READ = f"/json/2/{PRODUCT_MODEL}/search_read"
_BEARER = re.compile(r"^bearer\s+(\S+)$", re.IGNORECASE)


def odoo_error(name: str, message: str, status: int) -> Response:
    """An error as the JSON-2 API documents it."""
    return json_response(
        {"name": name, "message": message, "arguments": [message, status], "context": {}, "debug": ""},
        status,
    )


class OdooJson2Api(SimulatorServer):
    platform: ClassVar[str] = "odoo_json2"
    DEMO_CREDENTIALS: ClassVar[dict[str, str]] = {"secret": "6578616d706c65206a736f6e20617069206b6579"}
    DATABASE: ClassVar[str] = "mycompany"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.route("POST", "/json/2/{model}/{method}", self._call)

    def record(self, product: Product) -> dict[str, Any]:
        """A product.product as search_read reads it, with every field a stock read may ask for."""
        return {
            "id": product.id,
            "default_code": False if product.id % 5 == 0 else product.sku,
            "name": product.name,
            "qty_available": float(product.quantity),
            "list_price": float(product.price),
            "write_date": product.updated_at.strftime("%Y-%m-%d %H:%M:%S"),
        }

    def _call(self, request: Request) -> Response:
        key = _BEARER.match(request.headers.get("authorization", "").strip())
        if key is None or key.group(1) != self.credentials.get("secret"):
            return odoo_error("werkzeug.exceptions.Unauthorized", "Invalid apikey", 401)
        database = request.headers.get("x-odoo-database")
        if database is not None and database != self.DATABASE:
            return odoo_error("werkzeug.exceptions.NotFound", f"Database {database} not found", 404)
        model, method = request.params["model"], request.params["method"]
        if (model, method) != (PRODUCT_MODEL, "search_read"):
            return odoo_error("werkzeug.exceptions.NotFound", f"{model}.{method} is not available", 404)
        body = request.json()
        if not isinstance(body, dict):
            return odoo_error("werkzeug.exceptions.BadRequest", "The body must be a JSON object", 400)
        offset, limit = int(body.get("offset") or 0), body.get("limit")
        stop = len(self.catalog) if limit is None else min(len(self.catalog), offset + int(limit))
        fields = body.get("fields") or ["default_code", "name", "qty_available", "list_price", "write_date"]
        rows = [self.record(product) for product in self.catalog.slice(offset, stop)]
        return json_response([{"id": row["id"], **{f: row.get(f, False) for f in fields}} for row in rows])

    def store_settings(self) -> dict[str, Any]:
        """The shipped Odoo preset (resources/presets/odoo-19-stock.json) pointed at this simulator."""
        return {
            **shipped_preset(PRESET).settings,
            "base_url": self.url,
            "headers": {"X-Odoo-Database": self.DATABASE},
        }
